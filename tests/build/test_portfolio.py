"""A portfolio build killed with -9 leaves no process behind and no lock: the next build runs."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from pipeline.core.inbox import Organisation
from pipeline.workspace import Workspace
from tests.end_to_end.children import cli_child, python_child

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
GONE_WITHIN = 5.0  # seconds a killed build's processes may take to go


def _portfolio(root: Path, count: int) -> Path:
    create_demo(root, "en", date(2026, 11, 27))
    files = [p for p in (root / "inbox").iterdir() if p.is_file()]
    for number in range(count):
        folder = root / "inbox" / f"organisation-{number}"
        folder.mkdir()
        for file in files:
            shutil.copy2(file, folder / file.name)
    for file in files:
        file.unlink()
    return root


def _group(pgid: int) -> dict[int, bytes]:
    """Return the live (not zombie) processes of a process group: pid → command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found[int(entry.name)] = command
    return found


def _forked_by_forkserver(pgid: int) -> int:
    """Return how many processes of the group run the forkserver's code (it and its workers)."""
    return sum(1 for command in _group(pgid).values() if b"multiprocessing.forkserver" in command)


def _kill_and_collect(child_pid: int, wait: Callable[[], object]) -> list[int]:
    """Kill -9 the process `child_pid`; return the processes of its group still alive after
    GONE_WITHIN seconds (killed too: they were started by this test)."""
    os.kill(child_pid, signal.SIGKILL)
    wait()
    deadline = time.monotonic() + GONE_WITHIN
    while _group(child_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = sorted(_group(child_pid))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


Reached = Callable[[int, Path], bool]  # (process group, workspace) → is it the moment?

# One row per moment a build can be killed at, each recognised by what can be seen of it.
MOMENTS = [
    pytest.param(lambda group, root: True, id="right-at-start"),
    pytest.param(lambda group, root: _forked_by_forkserver(group) >= 1, id="forkserver-starting"),
    pytest.param(lambda group, root: _forked_by_forkserver(group) >= 2, id="first-worker-starting"),
    pytest.param(lambda group, root: _forked_by_forkserver(group) >= 3, id="workers-starting"),
    pytest.param(
        lambda group, root: any((root / "outbox").rglob("*.docx")), id="documents-being-written"
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("reached", MOMENTS)
def test_a_killed_portfolio_build_leaves_no_process_and_the_next_build_succeeds(
    tmp_path: Path, reached: Reached
) -> None:
    root = _portfolio(tmp_path / "portfolio", 4)
    child = cli_child(root, "build", session=True)
    deadline = time.monotonic() + 60
    while not reached(child.pid, root) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.005)
    assert child.poll() is None, "the build ended before the moment to kill it"
    # Not communicate(): processes left behind would keep its pipes open.
    left = _kill_and_collect(child.pid, lambda: child.wait(timeout=10))
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    assert not left, "processes outlived their build"
    results = build_workspace(root, today=date(2026, 11, 27))  # no "already in use" error
    assert sorted(r.name for r in results) == [f"organisation-{n}" for n in range(4)]
    assert all((root / "outbox" / r.name / "audit-preparation.docx").is_file() for r in results)


def stuck_in_c(workspace: Workspace, organisation: Organisation, *_: object) -> NoReturn:
    """A build stuck for hours in one C call that never lets another thread of its process run
    (the re module keeps the interpreter to itself), as a huge document could be."""
    (workspace.state / f"busy-{os.getpid()}").touch()
    re.match(r"(a+)+b", "a" * 64)
    raise AssertionError("unreachable in the test's lifetime")


_STUCK_PORTFOLIO = """
import sys
from datetime import date
from pathlib import Path
from pipeline.build.portfolio import build_portfolio
from pipeline.core.inbox import Organisation
from pipeline.workspace import open_workspace
from tests.build.test_portfolio import stuck_in_c
workspace = open_workspace(Path(sys.argv[1]))
organisations = [Organisation(f"organisation-{n}", ()) for n in range(4)]
build_portfolio(workspace, organisations, False, date(2026, 11, 27), stuck_in_c)
"""


@pytest.mark.slow
def test_workers_stuck_in_a_long_call_die_with_their_killed_build(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    create_demo(root, "en", date(2026, 11, 27))
    (root / ".qualiopi").mkdir(exist_ok=True)
    child = python_child(_STUCK_PORTFOLIO, str(root))
    deadline = time.monotonic() + 60
    while len(list(root.glob(".qualiopi/busy-*"))) < 2 and time.monotonic() < deadline:
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        time.sleep(0.02)
    assert len(list(root.glob(".qualiopi/busy-*"))) >= 2, "the workers never started"
    left = _kill_and_collect(child.pid, lambda: child.wait(timeout=10))
    if child.stderr is not None:
        child.stderr.close()
    assert not left, "workers stuck in a long call outlived their build"
