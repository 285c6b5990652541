"""What merging a person's edits costs: rebuild M after one workbook fix, with the preparatory
document untouched (written anew) and edited in Word (merged). Target: merged ≤ written + 0.5 s.

Run: `.venv/bin/python -m benchmarks.merge [--runs 5]` (in process, after one warm-up build).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import docx
import openpyxl  # type: ignore[import-untyped]

from benchmarks import generate
from pipeline.build.flow import build_workspace
from pipeline.deliver.merge import merge_documents

DAY = date(2026, 11, 27)
TARGET = 0.5  # seconds the merge may add to the build


def main() -> None:
    runs = _arguments().runs
    with tempfile.TemporaryDirectory(prefix="qd-merge-") as scratch:
        root = Path(scratch) / "M"
        shutil.copytree(generate.workspace("M"), root)
        build_workspace(root, today=DAY)
        document = next((root / "outbox").rglob("prep*.docx"))
        workbook, cell = _approach_cell(root)
        written, merged = [], []
        for number in range(runs):
            document.unlink()
            _set(workbook, cell, f"Approach, version {number}a.")
            written.append(_timed(root))
            _edit(document)
            _set(workbook, cell, f"Approach, version {number}b.")
            merged.append(_timed(root, "merged"))
        _report(document, statistics.median(written), statistics.median(merged), runs)
        print(f"| merge_documents alone (M, edited) | {_merge_alone(root, document):.3f} s | |")


def _timed(root: Path, expected: str = "written") -> float:
    start = time.perf_counter()
    [result] = build_workspace(root, today=DAY)
    seconds = time.perf_counter() - start
    outcomes = {d.name: d.outcome for d in result.deliveries}
    assert set(outcomes.values()) <= {"written", "unchanged", "merged"}, outcomes
    assert expected in outcomes.values(), outcomes
    return seconds


def _merge_alone(root: Path, document: Path) -> float:
    """Return the time of the merge itself, the edited document against its base."""
    manifest = json.loads((root / ".qualiopi" / "manifest.json").read_text(encoding="utf-8"))
    digest = manifest["documents"][f"outbox/{document.name}"]["sha256"]
    base = root / ".qualiopi" / "bases" / f"{digest}.docx"
    _edit(document)
    mine = document.read_bytes()
    start = time.perf_counter()
    merge_documents(base.read_bytes(), mine, base.read_bytes(), "note", datetime.now())
    return time.perf_counter() - start


def _approach_cell(root: Path) -> tuple[Path, tuple[str, str]]:
    """Return the self-assessment workbook and the (sheet, cell) of its first long text."""
    for workbook in sorted((root / "inbox").rglob("*.xlsx")):
        book = openpyxl.load_workbook(workbook, read_only=True)
        for sheet in book:
            for row in sheet.iter_rows(max_row=40):
                for cell in row:
                    if isinstance(cell.value, str) and len(cell.value) > 60 and cell.row > 1:
                        return workbook, (sheet.title, cell.coordinate)
    raise SystemExit("no approach text found in the M workspace")


def _set(workbook: Path, cell: tuple[str, str], value: str) -> None:
    book = openpyxl.load_workbook(workbook)
    book[cell[0]][cell[1]] = value
    book.save(workbook)


def _heading(paragraph: Any) -> bool:
    style = paragraph.style
    return style is not None and str(style.name).startswith("Head")


def _edit(path: Path) -> None:
    """Edit as a person would: bold words at the end of 20 paragraphs, one paragraph added."""
    document = docx.Document(str(path))
    filled = [p for p in document.paragraphs if p.text and not _heading(p)]
    for paragraph in filled[:20]:
        paragraph.add_run(" Checked.").bold = True
    filled[0].insert_paragraph_before("Added by hand.")
    document.save(str(path))


def _report(document: Path, written: float, merged: float, runs: int) -> None:
    extra = merged - written
    verdict = "met" if extra <= TARGET else "NOT met"
    print(f"| rebuild M, {document.name} written anew | {written:.3f} s | {runs} runs |")
    print(f"| rebuild M, {document.name} edited, merged | {merged:.3f} s | {runs} runs |")
    print(f"| merge cost | {extra:+.3f} s | ≤ {TARGET} s | {verdict} |")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    return parser.parse_args()


if __name__ == "__main__":
    main()
