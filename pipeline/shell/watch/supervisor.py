"""The observer's life: start it (native, else polling), notice when it dies, restart it."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from pipeline.shell.watch.events import EVERYTHING, HintHandler, Hints
from pipeline.shell.watch.journal import EventKind, WatchEvent

FALLBACK_POLL = 2.0  # seconds between two polls when native watching cannot start
CHECK_EVERY = 1.0  # seconds between two health checks while all is well
MAX_PAUSE = 30.0  # seconds between two restart attempts during a long outage
Factory = Callable[[], BaseObserver]
log = logging.getLogger("pipeline.shell.watch")


class Supervisor:
    """Keeps one observer running on the inbox; logs an outage once, not every second."""

    def __init__(
        self,
        inbox: Path,
        poll: float | None,
        hints: Hints,
        report: Callable[[WatchEvent], None],
        native: Factory = Observer,
    ) -> None:
        self.inbox = inbox
        self.hints = hints
        self.report = report
        self.native = native
        self.polling = poll is not None
        self.interval = poll if poll is not None else FALLBACK_POLL
        self.observer: BaseObserver | None = None
        self.started = False
        self.down = False
        self.attempts = 0
        self.identity: tuple[int, int] | None = None  # the inbox folder being watched

    def ensure(self) -> None:
        """Start the observer unless it runs; after a restart, ask for a full scan."""
        if self.healthy():
            return
        if self.observer is not None:
            self._went_down("inbox_replaced" if self._replaced() else "observer_dead")
        self.stop()
        try:
            self.observer = self._start()
        except OSError as err:
            self._went_down("inbox_missing" if not self.inbox.is_dir() else str(err))
            return
        kind: EventKind = "back" if self.started else "started"
        self.started, self.down, self.attempts = True, False, 0
        mode = "polling" if self.polling else "native"
        self.report(WatchEvent(kind, detail=mode, seconds=self.interval, handle=self.observer))
        self.hints.add(EVERYTHING)

    def healthy(self) -> bool:
        """Return True when the observer and every one of its emitters are alive, on the
        inbox folder that is there now (not one moved away and replaced)."""
        observer = self.observer
        if observer is None or not observer.is_alive() or self._replaced():
            return False
        emitters = list(observer.emitters)
        return bool(emitters) and all(emitter.is_alive() for emitter in emitters)

    def _replaced(self) -> bool:
        """Return True when the inbox folder watched is gone, or is another folder now."""
        return self.identity is not None and _identity(self.inbox) != self.identity

    def run(self, stop: threading.Event) -> None:
        """Check the observer until `stop` is set (the body of the supervisor thread)."""
        while not stop.wait(self._pause()):
            try:
                self.ensure()
            except Exception:  # the supervisor must outlive any surprise
                log.exception("observer supervision failed; trying again")

    def stop(self) -> None:
        """Stop the observer, if any, and wait briefly for its threads."""
        observer, self.observer = self.observer, None
        if observer is None:
            return
        with contextlib.suppress(Exception):
            observer.stop()
            observer.join(timeout=5)

    def _start(self) -> BaseObserver:
        if not self.inbox.is_dir():
            raise FileNotFoundError(str(self.inbox))
        self.identity = _identity(self.inbox)
        if not self.polling:
            try:
                return self._launch(self.native)
            except OSError as err:  # e.g. inotify watch or instance limit reached
                self.polling = True
                self.report(WatchEvent("fallback", detail=str(err), seconds=self.interval))
        return self._launch(lambda: PollingObserver(timeout=self.interval))

    def _launch(self, factory: Factory) -> BaseObserver:
        observer = factory()
        try:
            observer.schedule(HintHandler(self.inbox, self.hints), str(self.inbox), recursive=True)
            observer.start()
        except BaseException:
            with contextlib.suppress(Exception):
                observer.stop()
            raise
        return observer

    def _went_down(self, reason: str) -> None:
        self.attempts += 1
        if not self.down:
            self.down = True
            self.report(WatchEvent("down", detail=reason))

    def _pause(self) -> float:
        if not self.down:
            return CHECK_EVERY
        return float(min(CHECK_EVERY * 2 ** min(self.attempts, 8), MAX_PAUSE))


def _identity(folder: Path) -> tuple[int, int] | None:
    """Return what tells one folder from another at the same path (device, inode)."""
    try:
        stat = folder.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino
