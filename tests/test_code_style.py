"""The code stays as STYLE.md says: formatted by ruff, lint-clean, and typed under mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TREES = ("pipeline", "tests", "benchmarks")


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["ruff", "format", "--check", *TREES], id="ruff-format"),
        pytest.param(["ruff", "check", *TREES], id="ruff-check"),
        pytest.param(["mypy", "--strict", "pipeline", "benchmarks"], id="mypy-strict"),
    ],
)
def test_code_passes(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{' '.join(command)} fails:\n{done.stdout}{done.stderr}"
