"""Worker processes that die with the build that started them, even when it is killed with -9.

Two ties, each enough on its own. The kernel's: on Linux, the forkserver asks to be killed when
the build dies and each worker when the forkserver dies (prctl PR_SET_PDEATHSIG), which no
busy worker can miss, not even one inside a long C call that never lets a Python thread run.
The pipe's: a thread in each worker ends it when the build's end of a pipe closes (everywhere).
A process that asks for the kernel's tie after its parent already died would wait forever, so
each one then checks that its parent is still the one it expects, and ends at once if not.
(The kernel ties a process to the thread that started it: the forkserver is started by the
thread that builds, and is started again if it ever died with a thread that ended.)
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import signal
import sys
import threading

BUILD_PID = "QUALIOPI_DOCS_BUILD_PID"  # tells the forkserver which process started it
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PRELOAD = "pipeline.build.lifeline_forkserver"


def worker_context() -> multiprocessing.context.BaseContext:
    """Return how workers are started: by a forkserver tied to this process where there is one
    (workers start fast and share nothing with the build), else spawned."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    os.environ[BUILD_PID] = str(os.getpid())  # read by the forkserver when it starts
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([_PRELOAD])
    return context


def die_with_parent() -> None:
    """End this worker as soon as the build that started it is gone (the pipe's tie)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def wait() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=wait, daemon=True, name="qualiopi-docs-parent-watch").start()


def tie_to(parent: int) -> None:
    """Have the kernel kill this process when `parent` dies; end now if it is already gone."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the tie was made: nobody would ever tell us
        os._exit(1)


def tie_forkserver() -> None:
    """In the forkserver: tie it to the build, and every worker it forks to itself."""
    build = int(os.environ.get(BUILD_PID, "0") or 0)
    if build:
        tie_to(build)
    server = os.getpid()
    os.register_at_fork(after_in_child=lambda: tie_to(server))
