"""RESULTS.md: the machine, one table row per measure with its target, and plain words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Line:
    """One row of the results table."""

    measure: str
    value: str  # median, with min–max
    memory: str = ""  # peak resident memory of the process, median (max)
    target: str = ""
    met: bool | None = None  # None: no target, shown for context

    @property
    def verdict(self) -> str:
        return "" if self.met is None else ("met" if self.met else "**not met**")


def seconds(median: float, low: float, high: float) -> str:
    """Return '1.234 s (1.200–1.300)'."""
    return f"{median:.3f} s ({low:.3f}–{high:.3f})"


def write(
    path: Path,
    machine: Sequence[tuple[str, str]],
    lines: Sequence[Line],
    notes: Sequence[str],
    command: str,
    runs: int,
    elapsed: float,
    about: Sequence[str] = (),
) -> None:
    """Write RESULTS.md."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Benchmark results",
        "",
        f"Produced by `{command}` on {stamp}, in {elapsed / 60:.1f} minutes. Every measure runs "
        f"in a fresh process; times are the median of {runs} runs (min–max in brackets); "
        "memory is the process's peak resident set (ru_maxrss), median (max).",
        "",
        "## What is measured",
        "",
        *[f"- {item}" for item in about],
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {what} | {value} |" for what, value in machine],
        "",
        "## Results",
        "",
        "| Measure | Time | Peak memory | Target | Verdict |",
        "|---|---|---|---|---|",
        *[f"| {x.measure} | {x.value} | {x.memory} | {x.target} | {x.verdict} |" for x in lines],
        "",
        "## Notes",
        "",
        *[f"- {note}" for note in notes],
        "",
    ]
    kept = kept_section(path, SOAK_HEADING)  # measured apart, by benchmarks/soak.py
    path.write_text("\n".join(out) + (f"\n{kept}" if kept else ""), encoding="utf-8")


SOAK_HEADING = "## Watcher soak"


def kept_section(path: Path, heading: str) -> str:
    """Return the section of RESULTS.md under `heading` (to its end or the next section)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    start = text.find(f"\n{heading}\n")
    if start < 0:
        return ""
    end = text.find("\n## ", start + 1)
    return text[start + 1 : end + 1 if end >= 0 else len(text)]


def replace_section(path: Path, heading: str, body: str) -> None:
    """Write `body` (starting with `heading`) in place of that section of RESULTS.md."""
    text = path.read_text(encoding="utf-8")
    old = kept_section(path, heading)
    text = text.replace(old, body) if old else text.rstrip("\n") + "\n\n" + body
    path.write_text(text, encoding="utf-8")
