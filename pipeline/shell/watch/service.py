"""The watch service: one watcher per workspace, a rotating log file, clean stops, the loop."""

from __future__ import annotations

import contextlib
import logging
import math
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from watchdog.observers import Observer

from pipeline.core.errors import QualiopiError
from pipeline.core.inbox import Organisation
from pipeline.core.stop import clear_stop, request_stop
from pipeline.i18n import text
from pipeline.shell.watch.events import Hints
from pipeline.shell.watch.journal import Journal, WatchEvent
from pipeline.shell.watch.loop import Process, Report, Worker
from pipeline.shell.watch.settle import Timing
from pipeline.shell.watch.supervisor import Factory, Supervisor
from pipeline.workspace import Workspace, require_workspace

if TYPE_CHECKING:
    from pipeline.build.flow import OrganisationResult

LOG_FILE = "qualiopi-docs.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(message)s"
MAX_NAP = 0.25  # seconds: how fast a stop request is noticed
log = logging.getLogger("pipeline.shell.watch")


def run_watch(root: Path, poll: float | None) -> int:
    """Watch a workspace until Ctrl-C or SIGTERM; return the exit code (0 after a clean stop).

    Raises QualiopiError (another watcher holds the workspace, bad --poll...) for the CLI.
    """
    stop = threading.Event()
    with _stop_on_signals(stop), _log_to_console():
        serve(root, poll, stop)
    return 0


def serve(
    root: Path,
    poll: float | None,
    stop: threading.Event,
    *,
    on_event: Report | None = None,
    process: Process | None = None,
    timing: Timing | None = None,
    native: Factory = Observer,
) -> None:
    """Hold the workspace lock, log to the workspace's log file, clean up, then watch.

    A folder that is not a workspace (no qualiopi.toml) is refused before anything is written.
    """
    workspace = require_workspace(root)
    _check_poll(poll, workspace)
    from pipeline.build.flow import holding_workspace

    with holding_workspace(workspace), log_to_file(workspace):
        watch(
            workspace, poll, stop, on_event=on_event, process=process, timing=timing, native=native
        )


def watch(
    workspace: Workspace,
    poll: float | None,
    stop: threading.Event,
    *,
    on_event: Report | None = None,
    process: Process | None = None,
    timing: Timing | None = None,
    clock: Callable[[], float] = time.monotonic,
    native: Factory = Observer,
) -> None:
    """Build each organisation whose inbox files changed, until `stop` is set.

    Events only wake the loop; a full scan at start, every `timing.rescan` seconds and after
    any restart of the observer finds what changed. A failing file or build never stops it.
    """
    timing = timing or default_timing(workspace)
    journal = Journal(workspace.settings.lang, str(workspace.inbox.absolute()), timing.settle)
    report = _fan_out(journal.record, on_event)
    hints = Hints()
    worker = Worker(workspace, process or _build, report, clock, timing)
    supervisor = Supervisor(workspace.inbox.absolute(), poll, hints, report, native)
    done = threading.Event()
    supervising = threading.Thread(
        target=supervisor.run, args=(done,), daemon=True, name="qualiopi-docs-supervisor"
    )
    supervisor.ensure()
    supervising.start()
    try:
        _loop(worker, hints, stop, clock, timing)
    finally:
        done.set()
        supervising.join()
        supervisor.stop()
        report(WatchEvent("stopped"))


def default_timing(workspace: Workspace) -> Timing:
    """Return the timing from the workspace settings ([watch] settle_seconds)."""
    settle = max(0.0, workspace.settings.settle_seconds)
    return Timing(settle=settle, patience=10 * settle)


def _loop(
    worker: Worker, hints: Hints, stop: threading.Event, clock: Callable[[], float], timing: Timing
) -> None:
    next_scan = clock()
    while not stop.is_set():
        try:
            everything, names = hints.take()
            full = everything or clock() >= next_scan
            if full:
                names = frozenset(worker.everything())
                next_scan = clock() + timing.rescan
            worker.examine(names)
            if full:
                worker.forget_vanished_files()
            deadline = min(worker.step(), next_scan)
        except Exception:  # a bug in one turn must not end the service
            log.exception("watch loop: unexpected error; carrying on")
            deadline = clock() + 1.0
        hints.wait(min(deadline - clock(), MAX_NAP))


def _build(workspace: Workspace, organisation: Organisation) -> OrganisationResult:
    from pipeline.build.flow import build_organisation

    return build_organisation(workspace, organisation, False, date.today())


def _fan_out(journal: Report, on_event: Report | None) -> Report:
    def report(event: WatchEvent) -> None:
        journal(event)
        if on_event is not None:
            try:
                on_event(event)
            except Exception:
                log.exception("event listener failed")

    return report


def _check_poll(poll: float | None, workspace: Workspace) -> None:
    if poll is not None and not (math.isfinite(poll) and poll > 0):
        lang = workspace.settings.lang
        raise QualiopiError(
            text(lang, "watch.poll_invalid", value=f"{poll:g}"), text(lang, "watch.poll_hint")
        )


@contextlib.contextmanager
def log_to_file(workspace: Workspace) -> Iterator[Path]:
    """Log the package's messages to `logs/qualiopi-docs.log` (rotating, with timestamps)."""
    path = workspace.logs / LOG_FILE
    workspace.logs.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    with _handler(handler):
        yield path


@contextlib.contextmanager
def _log_to_console() -> Iterator[None]:
    console = logging.StreamHandler(sys.stderr)
    console.addFilter(_without_traceback)  # tracebacks are for the log file, not the user
    with _handler(console):
        yield


def _without_traceback(record: logging.LogRecord) -> bool:
    return record.exc_info is None


@contextlib.contextmanager
def _handler(handler: logging.Handler) -> Iterator[None]:
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    loggers = [logging.getLogger("pipeline"), logging.getLogger("watchdog")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
        handler.close()


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C and SIGTERM ask the loop to stop; a render in progress is cut short, the rest of
    the turn finishes and cleans up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [
        signal.SIGINT,
        signal.SIGTERM,
        *([signal.SIGBREAK] if hasattr(signal, "SIGBREAK") else []),
    ]
    clear_stop()

    def asked(_sig: int, _frame: object) -> None:
        stop.set()
        request_stop()  # a render in progress stops too, within a moment

    previous = {sig: signal.signal(sig, asked) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
