"""The watcher: an inbox → outbox service; watchdog events wake it, a scan is the truth."""

from __future__ import annotations

from pipeline.shell.watch.journal import WatchEvent
from pipeline.shell.watch.service import (
    LOG_FILE,
    default_timing,
    log_to_file,
    run_watch,
    serve,
    watch,
)
from pipeline.shell.watch.settle import Timing

__all__ = [
    "LOG_FILE",
    "Timing",
    "WatchEvent",
    "default_timing",
    "log_to_file",
    "run_watch",
    "serve",
    "watch",
]
