"""Run the real watcher (real observer, real build) in a thread or a child process; wait on it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from watchdog.observers import Observer

from pipeline.shell.watch import LOG_FILE, Timing, WatchEvent, serve
from pipeline.shell.watch.memory import STATE_FILE
from pipeline.shell.watch.supervisor import Factory

REPO = Path(__file__).resolve().parents[3]
TIMING = Timing(settle=0.3, patience=3.0, rescan=60.0, retry_first=2.0, retry_max=10.0)
POLL = 0.1  # seconds, for the polling observer
DEADLINE = 90.0  # seconds: a bound, never a measure; a healthy run takes a fraction of it


def sha(content: bytes) -> str:
    """Return the sha256 of `content`."""
    return hashlib.sha256(content).hexdigest()


def wait_for(what: str, condition: Callable[[], bool], deadline: float = DEADLINE) -> None:
    """Poll `condition` until it holds; fail naming `what` after `deadline` seconds."""
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for: {what}")
        time.sleep(0.02)


class Watcher:
    """A watcher serving a workspace in a thread of the test process; it records every event."""

    def __init__(self, root: Path, poll: float | None, native: Factory = Observer) -> None:
        self.root = root
        self.stop = threading.Event()
        self.events: list[WatchEvent] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, args=(poll, native), daemon=True)

    def _serve(self, poll: float | None, native: Factory) -> None:
        try:
            serve(
                self.root,
                poll,
                self.stop,
                on_event=self.events.append,
                timing=TIMING,
                native=native,
            )
        except BaseException as err:  # handed to the test thread in __exit__
            self.error = err

    def of(self, kind: str, key: str | None = None) -> list[WatchEvent]:
        """Return the events of one kind (for one organisation), in order."""
        return [e for e in list(self.events) if e.kind == kind and key in (None, e.key)]

    def built_from(self, key: str) -> list[dict[str, str]]:
        """Return, per build of `key` that completed, {input path: sha256} it was made from."""
        return [
            {f.path: f.sha256 for f in e.result.dossier.files}
            for e in self.of("built", key)
            if e.result is not None
        ]

    def wait_built(self, key: str, inputs: dict[str, bytes]) -> None:
        """Wait until `key` was built from exactly these inputs (name under inbox → content)."""
        expected = {f"inbox/{name}": sha(content) for name, content in inputs.items()}
        wait_for(
            f"{key or 'inbox'} built from {sorted(expected)}",
            lambda: expected in self.built_from(key),
        )

    def log(self) -> str:
        """Return the workspace's log file."""
        return (self.root / "logs" / LOG_FILE).read_text(encoding="utf-8")

    def __enter__(self) -> Watcher:
        self.thread.start()
        wait_for(
            "the watcher to start",
            lambda: bool(self.of("started") or self.of("down")) or not self.thread.is_alive(),
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "the watcher did not stop when asked"
        if self.error is not None:
            raise self.error
        assert self.of("stopped"), "the watcher ended without saying it stopped"


def put(path: Path, content: bytes) -> Path:
    """Write a file at once (parents created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def memory(root: Path) -> dict[str, dict[str, str]]:
    """Return what the watcher recorded as delivered: build key → {input: sha256}."""
    try:
        data = json.loads((root / ".qualiopi" / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    built: dict[str, dict[str, str]] = data["built"]
    return built


@contextmanager
def child_watcher(root: Path, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    """Run `python -m pipeline watch ROOT` in a child process; kill it if the test ends first.

    Its output goes to files beside the workspace (a full pipe would block it).
    """
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    with open(root.parent / f"{root.name}.out", "ab") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "watch", str(root), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)


def child_output(root: Path) -> str:
    """Return what the child watchers of `root` printed."""
    return (root.parent / f"{root.name}.out").read_text(encoding="utf-8", errors="replace")
