"""The kernel's tie between a process and its parent: made in time, or the process ends."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.end_to_end.children import python_child

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl, /proc")

# A parent forks a child that ties itself to it, then stays stuck (only the tie can end it).
# "late": the parent is gone before the child ties itself (a worker starting at the instant
# its build is killed); "early": the parent is killed with -9 once the child is tied.
_PARENT_AND_CHILD = """
import os, signal, sys, time
from pathlib import Path
from pipeline.build.lifeline import tie_to
out, mode = Path(sys.argv[1]), sys.argv[2]
parent = os.getpid()
if os.fork() == 0:
    (out / "pid").write_text(str(os.getpid()))
    while mode == "late" and os.getppid() == parent:
        time.sleep(0.01)
    tie_to(parent)
    (out / "tied").touch()
    time.sleep(120)
    os._exit(0)
if mode == "late":
    os._exit(0)
while not (out / "tied").exists():
    time.sleep(0.01)
os.kill(parent, signal.SIGKILL)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(("mode", "tied"), [("late", False), ("early", True)])
def test_a_child_ends_with_its_parent_even_one_tied_after_the_parent_died(
    tmp_path: Path, mode: str, tied: bool
) -> None:
    parent = python_child(_PARENT_AND_CHILD, str(tmp_path), mode)
    parent.wait(timeout=30)
    if parent.stderr is not None:  # not read: the child holds it open while it lives
        parent.stderr.close()
    deadline = time.monotonic() + 10
    while not (tmp_path / "pid").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    child = int((tmp_path / "pid").read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.02)
    survived = _alive(child)
    if survived:  # ours: forked by the script this test started
        os.kill(child, signal.SIGKILL)
    assert not survived, "the child outlived its parent"
    assert (tmp_path / "tied").exists() == tied
