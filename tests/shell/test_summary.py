"""`validate`: a summary first, the most blocking findings first, `--brief`, open workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.core.model import Finding
from pipeline.shell.cli import main
from pipeline.shell.summary import prioritised

ENGLISH = {"LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def _finding(severity: str, code: str, cell: str, indicator: int | None) -> Finding:
    return Finding(severity, code, "inbox/grid.xlsx", "Indicators", cell, code, "", indicator)  # type: ignore[arg-type]


TYPO = _finding("error", "BAD_CHOICE", "D4", 4)
APPROACH = [_finding("error", "APPROACH_MISSING", f"D{n}", n) for n in (5, 6, 7)]
WHOLE_SHEET = _finding("error", "GRID_MISSING", "", None)
HIDDEN = _finding("warning", "HIDDEN_ROWS", "", None)
OLD_EVIDENCE = _finding("warning", "EVIDENCE_REVIEW_OVERDUE", "G2", 8)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ([TYPO, *APPROACH], [*APPROACH, TYPO]),  # a problem in three indicators before one in one
        ([OLD_EVIDENCE, TYPO], [TYPO, OLD_EVIDENCE]),  # errors before warnings
        ([TYPO, *APPROACH, WHOLE_SHEET], [WHOLE_SHEET, *APPROACH, TYPO]),  # a whole sheet first
        ([OLD_EVIDENCE, HIDDEN, TYPO], [TYPO, HIDDEN, OLD_EVIDENCE]),
    ],
)
def test_findings_that_block_the_most_come_first(
    given: list[Finding], expected: list[Finding]
) -> None:
    assert prioritised(given) == expected


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    CliRunner().invoke(main, ["init", str(root), "--lang", "en"])
    return root


def test_validate_opens_with_a_summary_per_file(blank: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(blank)], env=ENGLISH)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[1:4] == [
        "Summary: 14 errors, 0 warnings.",
        "  inbox/self-assessment-V10.xlsx: 14 errors, 0 warnings",
        "Findings, the ones that concern the most indicators first:",
    ]
    assert sum(1 for line in lines if line.startswith("  ERROR")) == 14


def test_brief_shows_the_summary_and_the_first_ten(blank: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(blank), "--brief"], env=ENGLISH)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert sum(1 for line in lines if line.startswith("  ERROR")) == 10
    assert "… and 4 more findings: run validate without --brief to see them all." in lines


@pytest.mark.parametrize(
    "lock",
    ["~$lf-assessment-V10.xlsx", "~$self-assessment-V10.xlsx", ".~lock.self-assessment-V10.xlsx#"],
)
def test_a_workbook_open_in_excel_gets_an_info_line(blank: Path, lock: str) -> None:
    (blank / "inbox" / lock).write_bytes(b"owner")
    result = CliRunner().invoke(main, ["validate", str(blank), "--brief"], env=ENGLISH)
    assert (
        "INFO  inbox/self-assessment-V10.xlsx is open in Excel or LibreOffice: changes not saved "
        "yet are not read. Save the workbook, then run the command again."
    ) in result.output.splitlines()


def test_no_info_line_when_nothing_is_open(blank: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(blank)], env=ENGLISH)
    assert "INFO" not in result.output
