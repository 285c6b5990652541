"""A stop request (SIGTERM, Ctrl-C) that long work checks as it goes, e.g. a template render."""

from __future__ import annotations

import threading

_STOP = threading.Event()


def request_stop() -> None:
    """Ask every long piece of work of this process to stop as soon as it can."""
    _STOP.set()


def stop_requested() -> bool:
    """Return True when this process was asked to stop."""
    return _STOP.is_set()


def clear_stop() -> None:
    """Forget a stop request (a new service run starts)."""
    _STOP.clear()
