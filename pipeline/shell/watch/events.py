"""Watchdog events become hints: which organisations may have changed. A scan is the truth."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Literal

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from pipeline.core.inbox import counts, organisation_of

EVERYTHING: Literal["*"] = "*"
# Reading a file (our own hashing included) must never look like a change.
_READS = frozenset({"opened", "closed_no_write"})


def hint_target(inbox: Path, path: Path, is_directory: bool, kind: str) -> str | None:
    """Return the organisation an event concerns, EVERYTHING to rescan, or None to ignore it.

    Moves are given twice, once per end: a file moved in counts by its destination.
    """
    if kind in _READS:
        return None
    if is_directory:
        # A folder created, deleted or moved at the top: organisations came or went.
        top = path == inbox or path.parent == inbox
        return EVERYTHING if top and kind != "modified" else None
    if not counts(path):
        return None
    return organisation_of(inbox, path)


class Hints:
    """What the observer saw since the worker last looked; thread-safe, never blocks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._organisations: set[str] = set()
        self._everything = False
        self._wake = threading.Event()

    def add(self, target: str) -> None:
        """Note that an organisation (or EVERYTHING) may have changed, and wake the worker."""
        with self._lock:
            if target == EVERYTHING:
                self._everything = True
            else:
                self._organisations.add(target)
            self._wake.set()

    def take(self) -> tuple[bool, frozenset[str]]:
        """Return (rescan everything?, organisations hinted) and forget them."""
        with self._lock:
            taken = (self._everything, frozenset(self._organisations))
            self._everything = False
            self._organisations.clear()
            self._wake.clear()
        return taken

    def wait(self, timeout: float) -> None:
        """Sleep until a hint arrives or `timeout` seconds have passed."""
        self._wake.wait(max(0.0, timeout))


class HintHandler(FileSystemEventHandler):
    """The watchdog handler: it only turns events into hints, never does any work."""

    def __init__(self, inbox: Path, hints: Hints) -> None:
        super().__init__()
        self.inbox = inbox
        self.hints = hints

    def on_any_event(self, event: FileSystemEvent) -> None:
        ends = [event.src_path, getattr(event, "dest_path", "")]
        for end in ends:
            if not end:
                continue
            raw = end.decode() if isinstance(end, bytes) else end
            target = hint_target(self.inbox, Path(raw), event.is_directory, event.event_type)
            if target is not None:
                self.hints.add(target)
