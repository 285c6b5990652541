"""Run a build in a child Python process: limited in memory, or killed, as the real world does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
MEMORY_MB = 400  # address space a child build may use: far below what any bomb expands to

# Builds the workspace argv[1] under an address-space limit of argv[2] MB; prints the outcome.
_LIMITED_BUILD = """
import json, resource, sys
from datetime import date
from pathlib import Path
limit = int(sys.argv[2]) << 20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pipeline.build.flow import build_workspace
results = build_workspace(Path(sys.argv[1]), today=date(2026, 11, 27))
print(json.dumps({
    "findings": [[f.severity, f.code, f.file, f.sheet, f.cell, f.message]
                 for r in results for f in r.report.findings],
    "deliveries": {d.path or d.name: d.outcome for r in results for d in r.deliveries},
}))
"""


def run_python(script: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `script` in a child Python with the repository importable; return it finished."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        cwd=REPO,
    )


def limited_build(root: Path, memory_mb: int = MEMORY_MB) -> dict[str, Any]:
    """Build `root` in a child limited to `memory_mb` of address space; return its outcome.

    The child must finish normally: a MemoryError or a crash fails the test with its output.
    """
    done = run_python(_LIMITED_BUILD, str(root), str(memory_mb))
    assert done.returncode == 0, done.stderr[-3000:]
    outcome: dict[str, Any] = json.loads(done.stdout)
    return outcome


def cli_child(root: Path, *args: str, session: bool = False) -> subprocess.Popen[str]:
    """Start `python -m pipeline ARGS... ROOT` (the installed command's code) in a child; with
    `session`, in a session (and process group) of its own, whose id is its pid."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args, str(root)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        start_new_session=session,
    )


def python_child(script: str, *args: str) -> subprocess.Popen[str]:
    """Start `script` in a child Python, in a session (and process group) of its own."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        start_new_session=True,
    )


def limited_cli(root: Path, *args: str, memory_mb: int) -> subprocess.CompletedProcess[str]:
    """Run `python -m pipeline ARGS... ROOT` limited to `memory_mb` of address space."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args, str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=REPO,
        preexec_fn=limit,
    )
