"""A portfolio build killed with -9 leaves no worker behind and no lock: the next build runs."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from tests.end_to_end.children import cli_child

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


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


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            text = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        children = {int(part) for part in text.split()}
        found |= children
        todo += children
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_portfolio_build_leaves_no_worker_and_the_next_build_succeeds(
    tmp_path: Path,
) -> None:
    root = _portfolio(tmp_path / "portfolio", 4)
    child = cli_child(root, "build")
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
        workers = _descendants(child.pid)
    assert len(workers) >= 2, "the build never started its workers"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)  # not communicate(): orphaned workers would keep its pipes open
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    orphans = [pid for pid in workers if _alive(pid)]
    for pid in orphans:  # ours: started by the build this test started
        os.kill(pid, signal.SIGKILL)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    assert not orphans, "workers outlived their build"
    results = build_workspace(root, today=date(2026, 11, 27))  # no "already in use" error
    assert sorted(r.name for r in results) == [f"organisation-{n}" for n in range(4)]
    assert all((root / "outbox" / r.name / "audit-preparation.docx").is_file() for r in results)
