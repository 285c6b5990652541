"""Run delivery in a child Python process, to kill it or limit it like the real world does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with the repository importable; return the finished process."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def outcomes(done: subprocess.CompletedProcess[str]) -> list[list[str]]:
    """Return the deliveries a child printed as JSON (name, outcome, path, note)."""
    assert done.returncode == 0, done.stderr
    result: list[list[str]] = json.loads(done.stdout)
    return result
