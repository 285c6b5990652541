"""The repository is a workspace: in a clean clone, `build` with no argument fills ./outbox/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.authoring.demo import create_demo
from pipeline.shell.cli import main
from tests.conftest import TODAY

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    if shutil.which("git") is None or not (REPOSITORY / ".git").exists():
        pytest.skip("needs a git checkout of the repository")
    target = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(REPOSITORY), str(target)], check=True)
    return target


def _git_status(root: Path) -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_a_clean_clone_is_a_workspace(
    clone: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (clone / "qualiopi.toml").is_file()
    assert sorted(p.name for p in (clone / "inbox").iterdir()) == ["README.md"]
    assert sorted(p.name for p in (clone / "outbox").iterdir()) == ["README.md"]
    demo = tmp_path / "demo"
    create_demo(demo, "fr", TODAY)
    for workbook in (demo / "inbox").glob("*.xlsx"):
        shutil.copy2(workbook, clone / "inbox" / workbook.name)
    monkeypatch.chdir(clone)
    result = CliRunner().invoke(main, ["build"], env={"LANG": "C", "LC_ALL": None})
    assert result.exit_code in (0, 1), result.output
    assert "  écrit : outbox/preparation-audit.docx" in result.output.splitlines()
    assert (clone / "outbox" / "preparation-audit.docx").is_file()
    assert _git_status(clone) == ""  # the workbooks, documents, archive and state are ignored
