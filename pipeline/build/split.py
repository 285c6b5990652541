"""One organisation's documents on two cores: the documents shared in two halves of equal work.

A large organisation's documents take a second or more to render: a register of tens of
thousands of rows, an action plan of hundreds of tables. Where the operating system can fork
a process cheaply (Linux) and the build runs no other thread (the watcher does: it renders in
turn), a child forked from the build, which shares the read inputs without copying them,
renders one half while the build renders the other. The halves are made from a rough cost of
each document (what it holds times what one row or table costs to render). The child sends its
documents back and ends; it ends too as soon as the build is gone. Anything unexpected in the
child, and the build renders those documents itself: the outcome is the same documents, byte
for byte, either way.
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

SPLIT_FROM = 0.4  # estimated seconds of rendering from which a second core pays for itself
Render = Callable[[frozenset[DocumentKey]], tuple[RenderedDocument, ...]]

# Rough seconds to render each document: (fixed, per item of what it lists), measured on the
# benchmark's L workspace (benchmarks/RESULTS.md). Only used to share the work: a wrong guess
# costs time, never a different document.
_COSTS: dict[DocumentKey, tuple[float, float]] = {
    "feedback_register": (0.08, 9e-6),
    "complaint_register": (0.03, 25e-6),
    "action_plan": (0.05, 6e-4),
    "preparation": (0.07, 8e-5),
    "improvement_register": (0.02, 5e-5),
    "companion": (0.03, 0.0),
    "validation_report": (0.02, 0.0),
}


def render_split(
    render: Render, only: frozenset[DocumentKey], dossier: Dossier, patience: float
) -> tuple[RenderedDocument, ...]:
    """Return `render(only)`, half of the work rendered by a forked child when it pays.

    A child that has not answered `patience` seconds after the build's own share is done
    (its render has a budget: it cannot normally take that long) is ended, and the build
    renders those documents itself.
    """
    apart = shared_out(only, dossier)
    if not apart or not _can_fork():
        return render(only)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(render, apart, send, os.getpid()), daemon=True)
    child.start()
    send.close()
    try:
        rest = render(only - apart)
        made = _received(receive, patience)
    finally:
        receive.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
    return rest + (made if made is not None else render(apart))


def shared_out(only: frozenset[DocumentKey], dossier: Dossier) -> frozenset[DocumentKey]:
    """Return the documents a second process should render (none when it does not pay).

    The most costly document goes to the child, then each next one to the lighter half.
    """
    costs = sorted(((cost(key, dossier), key) for key in only), reverse=True)
    if len(costs) < 2 or sum(c for c, _ in costs) < SPLIT_FROM:
        return frozenset()
    halves: tuple[list[DocumentKey], list[DocumentKey]] = ([], [])
    loads = [0.0, 0.0]
    for estimate, key in costs:
        lighter = 0 if loads[0] <= loads[1] else 1
        halves[lighter].append(key)
        loads[lighter] += estimate
    return frozenset(halves[0])


def cost(key: DocumentKey, dossier: Dossier) -> float:
    """Return the rough seconds document `key` takes to render for this dossier."""
    fixed, each = _COSTS[key]
    items = {
        "feedback_register": len(dossier.feedback),
        "complaint_register": len(dossier.complaints),
        "action_plan": len(dossier.nonconformities),
        "preparation": len(dossier.evidence),
        "improvement_register": len(dossier.improvements),
    }
    return fixed + each * items.get(key, 0)


def _can_fork() -> bool:
    """Fork only where it is cheap and safe and a core is free: Linux, two cores or more, no
    other thread, and not in a portfolio's worker (the workers already share the cores)."""
    return (
        sys.platform == "linux"
        and (os.cpu_count() or 1) >= 2
        and threading.active_count() == 1
        and multiprocessing.parent_process() is None
    )


def _child(render: Render, keys: frozenset[DocumentKey], send: Connection, build: int) -> None:
    tie_to(build)  # the kernel's tie (Linux), then the pipe's: see lifeline.py
    die_with_parent()
    try:
        send.send(render(keys))
    except BaseException:  # the build renders them again, and reports what is wrong
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
