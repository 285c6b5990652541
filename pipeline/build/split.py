"""One organisation's documents on two cores: its longest register rendered beside the others.

A register of tens of thousands of rows takes as long to render as every other document
together. Where the operating system can fork a process cheaply (Linux) and the build runs
no other thread (the watcher does: it renders in turn), the longest register is rendered by
a child forked from the build, which shares the read inputs without copying them, while
the build renders the rest. The child sends its document back and ends; it ends too as soon
as the build is gone. Anything unexpected in the child, and the build renders that
document itself: the outcome is the same documents, byte for byte, either way.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection

from pipeline.build.lifeline import die_with_parent, tie_to
from pipeline.core.model import DocumentKey, Dossier, RenderedDocument

SPLIT_FROM = 5_000  # rows in the longest register from which a second core pays for itself
Render = Callable[[frozenset[DocumentKey]], tuple[RenderedDocument, ...]]


def render_split(
    render: Render, only: frozenset[DocumentKey], dossier: Dossier, patience: float
) -> tuple[RenderedDocument, ...]:
    """Return `render(only)`, the longest register rendered by a forked child when it pays.

    A child that has not answered `patience` seconds after the build's own share is done
    (its render has a budget: it cannot normally take that long) is ended, and the build
    renders that document itself.
    """
    heavy = longest_register(dossier)
    if heavy not in only or len(only) < 2 or not _can_fork():
        return render(only)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(render, heavy, send, os.getpid()), daemon=True)
    child.start()
    send.close()
    try:
        rest = render(only - {heavy})
        apart = _received(receive, patience)
    finally:
        receive.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
    return rest + (apart if apart is not None else render(frozenset({heavy})))


def longest_register(dossier: Dossier) -> DocumentKey | None:
    """Return the document with the most rows, when it has enough to be worth a core."""
    sizes: dict[DocumentKey, int] = {
        "feedback_register": len(dossier.feedback),
        "complaint_register": len(dossier.complaints),
        "preparation": len(dossier.evidence),
    }
    key = max(sizes, key=lambda k: sizes[k])
    return key if sizes[key] >= SPLIT_FROM else None


def _can_fork() -> bool:
    """Fork only where it is cheap and safe: Linux, two cores or more, no other thread."""
    return sys.platform == "linux" and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


def _child(render: Render, key: DocumentKey, send: Connection, build: int) -> None:
    tie_to(build)  # the kernel's tie (Linux), then the pipe's: see lifeline.py
    die_with_parent()
    try:
        send.send(render(frozenset({key})))
    except BaseException:  # the build renders it again, and reports what is wrong
        send.send(None)
    finally:
        send.close()


def _received(receive: Connection, patience: float) -> tuple[RenderedDocument, ...] | None:
    try:
        if not receive.poll(patience):
            return None
        found = receive.recv()
    except (EOFError, OSError):  # the child died before it could answer
        return None
    return found if isinstance(found, tuple) else None
