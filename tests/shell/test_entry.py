"""The program as people start it: what it prints, in full, and its exit code, as in process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.shell.cli import main

ENV = {"LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}


def _program(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**ENV, "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("entry") / "demo"
    assert _program("demo", str(root), "--lang", "en", cwd=root.parent).returncode == 0
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--format", "json"],
        ["indicators", "--format", "json"],
        ["build", "--no-such-option"],
        ["no-such-command"],
    ],
    ids=["validate json", "indicators json", "bad option", "unknown command"],
)
def test_the_program_says_and_exits_as_the_command_line_in_process(
    demo: Path, args: list[str]
) -> None:
    started = _program(*args, str(demo), cwd=demo)
    in_process = CliRunner().invoke(main, [*args, str(demo)], env=ENV)
    assert started.returncode == in_process.exit_code
    if "json" in args:
        assert json.loads(started.stdout) == json.loads(in_process.stdout)  # all of it, flushed
    else:
        assert started.returncode == 2 and "Usage:" in started.stderr


def test_a_missing_workspace_is_said_with_its_exit_code(tmp_path: Path) -> None:
    started = _program("build", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert started.returncode == 3
    assert "nowhere" in started.stderr
