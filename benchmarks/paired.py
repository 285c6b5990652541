"""Time a cold build and a bare calamine read of the same workspace in turns, pair by pair.

`python -m benchmarks.paired [SIZE] [PAIRS]` (default L, 5). On a machine others load, a
build and a calamine read measured minutes apart are slowed unevenly; measured in turns, each
pair shares the same load. Each pair gives wall and CPU seconds (the child's own user + system
time, less swayed by other work) and the load average when it ended.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
from pathlib import Path

from benchmarks import generate, scenarios
from benchmarks.measure import Run, run_once
from benchmarks.run import CALAMINE_TARGET


def pair(tool: scenarios.Tools, workspace: Path) -> tuple[Run, Run, float]:
    """Return one cold build, one calamine read right after it, and the 1-minute load."""
    scenarios.clean(workspace)()
    build = run_once([*tool.cli, "build", str(workspace)], scenarios.ROOT, tool.env)
    read = run_once(tool.floor("calamine", str(workspace)), scenarios.ROOT, tool.env)
    if build.returncode != 0 or read.returncode != 0:
        raise SystemExit(f"build or calamine read failed: {build.stderr}{read.stderr}")
    return build, read, os.getloadavg()[0]


def main(argv: list[str]) -> int:
    """Print one line per pair, then the median ratios against the target."""
    name = argv[0].upper() if argv else "L"
    pairs = int(argv[1]) if len(argv) > 1 else 5
    tool = scenarios.tools()
    workspace = generate.scratch_copy(generate.generate_apart([name])[name])
    try:
        _pairs(tool, workspace, name, pairs)
    finally:
        shutil.rmtree(workspace.parent, ignore_errors=True)
    return 0


def _pairs(tool: scenarios.Tools, workspace: Path, name: str, pairs: int) -> None:
    pair(tool, workspace)  # untimed: byte code written, files in the page cache
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(pairs):
        build, read, load = pair(tool, workspace)
        walls.append(build.seconds / read.seconds)
        cpus.append(build.cpu / read.cpu)
        print(
            f"build {build.seconds:.2f} s (cpu {build.cpu:.2f}) | calamine read "
            f"{read.seconds:.2f} s (cpu {read.cpu:.2f}) | ratio {walls[-1]:.1f} "
            f"(cpu {cpus[-1]:.1f}) | load {load:.2f}"
        )
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"median build / calamine read {name}: {wall:.1f} wall, {cpu:.1f} cpu")
    print(f"target ≤ {CALAMINE_TARGET:g}: {'met' if wall <= CALAMINE_TARGET else 'not met'}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
