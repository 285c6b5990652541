"""The measures: a cold build against the floor, rebuilds, the command line, the watcher."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import probe, watch_latency
from benchmarks.measure import Run, Sample, check, run_once, sample

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("outbox", "archive", ".qualiopi", "logs")  # what a build adds to a workspace
MANIFEST = Path(".qualiopi") / "manifest.json"


@dataclass(frozen=True, slots=True)
class Tools:
    """How to start the project's command and the floor, with the checkout's code."""

    cli: tuple[str, ...]
    env: dict[str, str]

    def floor(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "benchmarks.floor", *args]


def tools() -> Tools:
    """Return the installed `qualiopi-docs` beside this Python (else `python -m pipeline`).

    PYTHONPATH puts the checkout first, so the code measured is the code in this clone; byte
    code is allowed (as in an installed package) so repeated runs do not recompile.
    """
    script = Path(sys.executable).with_name("qualiopi-docs")
    cli = (str(script),) if script.exists() else (sys.executable, "-m", "pipeline")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return Tools(cli, env)


def clean(workspace: Path) -> Callable[[], None]:
    """Return a function that removes everything a build wrote (a cold build follows)."""

    def remove() -> None:
        for name in OUTPUTS:
            shutil.rmtree(workspace / name, ignore_errors=True)
        (workspace / "outbox").mkdir()

    return remove


def cold_build(tool: Tools, workspace: Path, runs: int) -> Sample:
    """Time `qualiopi-docs build` from a workspace with no output yet."""
    result = sample([*tool.cli, "build", str(workspace)], runs, clean(workspace), ROOT, tool.env)
    check(result, f"build {workspace.name}")
    return result


def floor(tool: Tools, workspace: Path, jobs: Path, runs: int) -> Sample:
    """Time the floor: bare openpyxl reading the inputs, bare docxtpl rendering the jobs."""
    out = jobs.with_suffix(".out")
    command = tool.floor(str(workspace), str(jobs), str(out))
    result = sample(command, runs, lambda: shutil.rmtree(out, ignore_errors=True), ROOT, tool.env)
    check(result, f"floor {workspace.name}")
    return result


def calamine_floor(tool: Tools, workspace: Path, runs: int) -> Sample:
    """Time a bare python-calamine read of every value of the inputs (no rendering)."""
    result = sample(tool.floor("calamine", str(workspace)), runs, None, ROOT, tool.env)
    check(result, f"calamine floor {workspace.name}")
    return result


def prepare_floor(tool: Tools, workspace: Path, jobs: Path) -> None:
    """Compute the floor's contexts from the project's own stages (untimed)."""
    done = run_once(tool.floor("prepare", str(workspace), str(jobs)), ROOT, tool.env)
    if done.returncode:
        raise RuntimeError(f"floor prepare {workspace.name} failed:\n{done.stderr}")


def rebuild_unchanged(tool: Tools, workspace: Path, runs: int) -> Sample:
    """Time a build of a workspace already built, with nothing changed since."""
    clean(workspace)()
    check(sample([*tool.cli, "build", str(workspace)], 1, None, ROOT, tool.env), "build")
    result = sample([*tool.cli, "build", str(workspace)], runs, None, ROOT, tool.env)
    check(result, f"rebuild {workspace.name}")
    return result


@dataclass(frozen=True, slots=True)
class Rebuilt:
    """Rebuilds after one register changed: their times, and which documents each one made."""

    sample: Sample
    rendered: frozenset[str]  # documents the builds rendered (delivered: written or unchanged)
    rewritten: frozenset[str]  # documents whose content changed
    dependents: frozenset[str]  # documents that depend on the changed sheet (manifest)

    @property
    def only_dependents(self) -> bool:
        """Return True when the feedback register was redone and nothing independent was."""
        return bool(self.rewritten) and (self.rendered | self.rewritten) <= self.dependents


def rebuild_one_changed(
    tool: Tools, workspace: Path, workbook: Path, versions: Sequence[bytes], runs: int
) -> Rebuilt:
    """Alternate `workbook` between its two versions, building after each change.

    The timed builds are the plain command; two more changes, built untimed through
    `benchmarks.probe`, tell which documents the render stage made.
    """
    clean(workspace)()
    check(sample([*tool.cli, "build", str(workspace)], 1, None, ROOT, tool.env), "build")
    rewritten: set[str] = set()
    timed = []
    for _ in range(runs):
        timed.append(_changed_build(tool.cli, workspace, workbook, versions, rewritten, tool))
    rendered: set[str] = set()
    for _ in range(2):
        run = _changed_build(
            (sys.executable, "-m", "benchmarks.probe"),
            workspace,
            workbook,
            versions,
            rewritten,
            tool,
        )
        rendered |= probe.rendered(run.stderr)
    documents = _manifest(workspace)
    dependents = frozenset(
        name for name, entry in documents.items() if "feedback" in _strings(entry.get("sheets"))
    )
    by_name = {Path(key).name: key for key in documents}
    return Rebuilt(
        Sample(tuple(timed)),
        frozenset(by_name.get(n, n) for n in rendered),
        frozenset(rewritten),
        dependents,
    )


def _changed_build(
    command: Sequence[str],
    workspace: Path,
    workbook: Path,
    versions: Sequence[bytes],
    rewritten: set[str],
    tool: Tools,
) -> Run:
    """Swap `workbook` to its other version, build, and note the documents that changed."""
    before = _manifest(workspace)
    workbook.write_bytes(watch_latency.other(workbook, versions))
    run = run_once([*command, "build", str(workspace)], ROOT, tool.env)
    check(Sample((run,)), f"rebuild {workspace.name} after a change")
    after = _manifest(workspace)
    rewritten |= {
        name
        for name, entry in after.items()
        if before.get(name, {}).get("sha256") != entry.get("sha256")
    }
    return run


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _manifest(workspace: Path) -> dict[str, dict[str, object]]:
    data = json.loads((workspace / MANIFEST).read_text(encoding="utf-8"))
    documents: dict[str, dict[str, object]] = data["documents"]
    return documents


def command_line(tool: Tools, option: str, runs: int) -> Sample:
    """Time `qualiopi-docs --help` or `--version`."""
    result = sample([*tool.cli, option], runs, None, ROOT, tool.env)
    check(result, option)
    return result


def watch(
    tool: Tools,
    workspace: Path,
    workbook: Path,
    versions: Sequence[bytes],
    runs: int,
    poll: float | None,
) -> list[watch_latency.Latency]:
    """Measure the watcher's latency (native events, or polling every `poll` seconds)."""
    clean(workspace)()
    command = [*tool.cli, "watch", *(["--poll", f"{poll:g}"] if poll else [])]
    return watch_latency.measure(command, workspace, workbook, versions, runs, tool.env)


def runs_of(values: Sequence[float]) -> Sample:
    """Return a Sample made of plain durations (for measures taken outside `run_once`)."""
    return Sample(tuple(Run(value, 0.0, 0) for value in values))
