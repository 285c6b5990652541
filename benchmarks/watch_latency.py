"""Watch latency: from the moment an input is complete in the inbox to its documents written.

The watcher runs as a subprocess on a copy of a workspace. A new version of one workbook is
written beside the inbox and renamed into it (the moment it is complete); the clock stops when
the last document it changes has been replaced in the outbox. The watcher's log timestamps
split the latency into waiting (settle period and event delivery) and building.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

QUIET = 1.0  # seconds with no further document change that end one measurement
TIMEOUT = 120.0
LOG = Path("logs") / "qualiopi-docs.log"


@dataclass(frozen=True, slots=True)
class Latency:
    """One drop: total latency, and when the watcher started building (both from the drop)."""

    seconds: float
    started_building: float

    @property
    def building(self) -> float:
        return self.seconds - self.started_building


def measure(
    command: Sequence[str],
    workspace: Path,
    workbook: Path,
    variants: Sequence[bytes],
    runs: int,
    env: dict[str, str] | None = None,
) -> list[Latency]:
    """Start the watcher, let it build once, then drop `runs` new versions of `workbook`."""
    stderr = (workspace / "watch-stderr.txt").open("wb")
    process = subprocess.Popen(
        [*command, str(workspace)], env=env, stdout=subprocess.DEVNULL, stderr=stderr
    )
    try:
        _settled(workspace, process, lambda: bool(_documents(workspace)))
        results = []
        for _ in range(runs):
            results.append(_drop(workspace, workbook, other(workbook, variants), process))
        return results
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr.close()


def other(workbook: Path, versions: Sequence[bytes]) -> bytes:
    """Return the version of `workbook` that differs from what it holds now."""
    current = workbook.read_bytes()
    return next(version for version in versions if version != current)


def _drop(
    workspace: Path, workbook: Path, content: bytes, process: subprocess.Popen[bytes]
) -> Latency:
    staged = workspace / f".bench-{workbook.name}"
    with staged.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    before = _documents(workspace)
    wall, start = time.time(), time.perf_counter()
    os.replace(staged, workbook)
    last = _settled(workspace, process, lambda: _documents(workspace) != before)
    return Latency(last - start, _first_log_after(workspace, wall) - wall)


def _settled(
    workspace: Path, process: subprocess.Popen[bytes], changed: Callable[[], bool]
) -> float:
    """Wait for `changed()`, then until the outbox is quiet; return when it last changed."""
    deadline = time.perf_counter() + TIMEOUT
    state, last = _documents(workspace), 0.0
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the watcher stopped (exit {process.returncode}); see "
                f"{workspace / 'watch-stderr.txt'}"
            )
        now = _documents(workspace)
        if now != state:
            state, last = now, time.perf_counter()
        if last and changed() and time.perf_counter() - last > QUIET:
            return last
        time.sleep(0.005)
    raise RuntimeError(f"no document written within {TIMEOUT:g} s in {workspace}")


def _documents(workspace: Path) -> dict[str, int]:
    """Return every document of the outbox with its modification time (ns)."""
    found = {}
    for path in (workspace / "outbox").rglob("*.docx"):
        try:
            found[path.as_posix()] = path.stat().st_mtime_ns
        except FileNotFoundError:
            continue
    return found


def _first_log_after(workspace: Path, wall: float) -> float:
    """Return the time of the watcher's first log line at or after `wall` (its build start)."""
    for line in (workspace / LOG).read_text(encoding="utf-8").splitlines():
        try:
            stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()
        except ValueError:
            continue
        if stamp >= wall - 0.001:
            return stamp
    return wall
