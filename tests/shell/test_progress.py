"""Progress: a portfolio build shows where it is on a terminal, and nothing in a pipe or a log."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.authoring.demo import create_demo
from pipeline.shell.cli import main
from tests.conftest import TODAY


def _portfolio(root: Path) -> Path:
    """A consultant's workspace with two organisations, acme and beta (the demo's workbooks)."""
    create_demo(root, "en", TODAY)
    for name in ("acme", "beta"):
        (root / "inbox" / name).mkdir()
        for workbook in (root / "inbox").glob("*.xlsx"):
            shutil.copy2(workbook, root / "inbox" / name / workbook.name)
    for workbook in (root / "inbox").glob("*.xlsx"):
        workbook.unlink()
    return root


def _on_a_terminal(*args: str) -> str:
    """Run `qualiopi-docs ARGS` with a pseudo-terminal as its terminal; return what it showed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "LANG": "en_GB.UTF-8", "COLUMNS": "200"}
    env.pop("LC_ALL", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the child is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert child.wait(timeout=120) == 0
    return shown.decode("utf-8", "replace")


def test_a_portfolio_build_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    root = _portfolio(tmp_path / "portfolio")
    shown = _on_a_terminal("build", str(root))
    assert "Organisation 1 of 2: acme — reading and checking the workbooks" in shown
    assert "Organisation 2 of 2: beta — writing audit-preparation.docx" in shown
    assert "\r\x1b[K== Organisation: acme ==" in shown  # the progress line is erased first


def test_no_progress_when_not_on_a_terminal(tmp_path: Path) -> None:
    root = _portfolio(tmp_path / "portfolio")
    result = CliRunner().invoke(main, ["build", str(root)], env={"LANG": "en_GB.UTF-8"})
    assert result.exit_code == 0, result.output
    assert "Organisation 1 of 2" not in result.output
    assert "\x1b[K" not in result.output
    assert "== Organisation: beta ==" in result.output
