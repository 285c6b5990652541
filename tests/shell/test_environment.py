"""A full disk or a path too long: a clear message and exit 4, never a traceback or exit 1."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.authoring.demo import create_demo
from pipeline.shell.cli import main
from pipeline.shell.exits import Exit

PATH_MAX = os.pathconf("/", "PC_PATH_MAX") if hasattr(os, "pathconf") else 4096


@pytest.fixture(scope="module")
def demo_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "ws"
    create_demo(root, "en", date(2026, 11, 27))
    return root


def _workspace(root: Path, demo_inbox: Path) -> Path:
    """A workspace with the demo's workbooks and settings, made without long template paths."""
    (root / "inbox").mkdir(parents=True)
    shutil.copy(demo_inbox / "qualiopi.toml", root / "qualiopi.toml")
    for book in (demo_inbox / "inbox").glob("*.xlsx"):
        shutil.copy(book, root / "inbox" / book.name)
    return root


@pytest.fixture
def full_state(tmp_path: Path, demo_inbox: Path) -> Iterator[Path]:
    """A workspace whose state folder is on a tiny tmpfs filled to the last byte."""
    root = _workspace(tmp_path / "ws", demo_inbox)
    state = root / ".qualiopi"
    state.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(state)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with (state / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        yield root
    finally:
        subprocess.run(["umount", str(state)], check=True)


def _deep(base: Path, length: int) -> Path:
    """Return a folder under `base` whose absolute path is `length` characters long."""
    path = base.absolute()
    while len(str(path)) < length:
        room = length - len(str(path)) - 1
        path = path / ("d" * min(200, room) if room > 0 else "")
    path.mkdir(parents=True)
    return path


@pytest.mark.parametrize(
    ("case", "starts", "ends"),
    [
        (
            "full_disk",
            "The disk is full: /",
            "workspace.lock could not be written (No space left on device).",
        ),
        ("long_path", "A path is too long for this system: /", ".xlsx (File name too long)."),
    ],
)
def test_an_environment_failure_is_a_message_and_exit_4(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    demo_inbox: Path,
    case: str,
    starts: str,
    ends: str,
) -> None:
    if case == "full_disk":
        root = request.getfixturevalue("full_state")
    else:  # short enough to read the inbox, too long for the archive's hash-named copies
        root = _workspace(_deep(tmp_path, PATH_MAX - 60), demo_inbox)
    result = CliRunner().invoke(main, ["build", str(root)])
    assert result.exit_code == Exit.ENVIRONMENT, result.output
    first, hint = result.output.splitlines()[:2]
    assert first.startswith(starts) and first.endswith(ends)
    assert "then start again" in hint
