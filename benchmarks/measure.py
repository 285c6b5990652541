"""Time a command in a fresh process: wall time and the child's own peak memory, over runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Run:
    """One run of one command in a fresh process."""

    seconds: float
    peak_mb: float
    returncode: int
    stderr: str = ""
    stdout: str = ""
    cpu: float = 0.0  # the child's own user + system seconds: less swayed by other work


@dataclass(frozen=True, slots=True)
class Sample:
    """Several runs of one measure: median, min and max of time and of peak memory."""

    runs: tuple[Run, ...]

    @property
    def median(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def low(self) -> float:
        return min(run.seconds for run in self.runs)

    @property
    def high(self) -> float:
        return max(run.seconds for run in self.runs)

    @property
    def peak_mb(self) -> float:
        """Return the median of the runs' peak memory (resident set size)."""
        return statistics.median(run.peak_mb for run in self.runs)

    @property
    def peak_mb_max(self) -> float:
        return max(run.peak_mb for run in self.runs)


def run_once(
    command: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> Run:
    """Run `command` in a fresh process; return its wall time and its own ru_maxrss.

    os.wait4 gives the resource usage of this one child, not the maximum over every child the
    benchmark has started (which RUSAGE_CHILDREN would).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            usage.ru_maxrss / 1024,
            process.returncode,
            err.read().decode("utf-8", "replace"),
            out.read().decode("utf-8", "replace"),
            usage.ru_utime + usage.ru_stime,
        )


def sample(
    command: Sequence[str],
    runs: int,
    before: Callable[[], None] | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Sample:
    """Run `command` `runs` times, calling `before` (untimed) before each run."""
    results = []
    for _ in range(runs):
        if before is not None:
            before()
        results.append(run_once(command, cwd, env))
    return Sample(tuple(results))


def check(result: Sample, what: str, allowed: Sequence[int] = (0,)) -> None:
    """Raise when a run failed: a benchmark of a failing command measures nothing."""
    for run in result.runs:
        if run.returncode not in allowed:
            raise RuntimeError(f"{what} exited {run.returncode}:\n{run.stderr[-3000:]}")
