"""Broken content in real workbooks: every problem is one finding at its cell, the rest is read.

Each case changes the demo workbooks as a person (or another program) would, builds, and
checks the exact findings beyond the demo's own two warnings, and what the documents show.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from typing import Any

import pytest
from openpyxl.styles import PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from tests.end_to_end import forge
from tests.end_to_end.children import limited_build
from tests.end_to_end.conftest import GRID, Case, document_text, located, outcomes

GRID_FILE = "inbox/self-assessment-V10.xlsx"
BASELINE = {  # the demo's own findings: deliberate, and not what these cases are about
    ("warning", "EVIDENCE_REVIEW_OVERDUE", "inbox/evidence.xlsx", "Evidence", "G28"),
    ("warning", "NO_EVIDENCE", GRID_FILE, "Indicators", "F26"),
}
Change = Callable[[Any], object]
WRITTEN_PREPARATION = {"preparation": "written"}


def _new(results: Any) -> list[tuple[str, str, str, str, str]]:
    return [f for f in located(results) if f not in BASELINE]


def _formula(sheet: Any) -> None:
    sheet["D2"] = '="Ready"'  # saved by a program that computes nothing: no cached value


def _errors(sheet: Any) -> None:
    sheet["B2"], sheet["I3"] = "#N/A", "#REF!"


def _merged(sheet: Any) -> None:
    sheet.merge_cells("E2:F2")  # approach and evidence IDs of indicator 1 in one cell


def _duplicated_missing_unknown(sheet: Any) -> None:
    sheet["B8"] = "7.5"  # indicator 7's row now says 7.5: 7 is missing, 7.5 unknown
    for column in range(1, 10):
        sheet.cell(35, column).value = sheet.cell(6, column).value  # indicator 5 again
    sheet["A36"], sheet["B36"], sheet["D36"], sheet["E36"] = 7, 34, "Ready", "Extra row"


def _hidden_row(sheet: Any) -> None:
    sheet.row_dimensions[3].hidden = True


def _hidden_sheet(sheet: Any) -> None:
    sheet.sheet_state = "hidden"


def _removed(sheet: Any) -> None:
    sheet.parent.remove(sheet)


def _renamed(sheet: Any) -> None:
    sheet.title = "Feuil1"


def _far_styled_cell(sheet: Any) -> None:
    sheet.cell(1_048_576, 1).fill = PatternFill("solid", fgColor="FFFF00")  # dimension A1:L1048576


def _reordered(sheet: Any) -> None:
    """Reverse the columns of the grid, moving formats with the values as Excel does."""
    cells = [
        [(cell.value, copy(cell._style)) for cell in row]
        for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, max_col=9)
    ]
    for number, row in enumerate(cells, start=1):
        for column, (value, style) in enumerate(reversed(row), start=1):
            cell = sheet.cell(number, column)
            cell.value, cell._style = value, style
    sheet.data_validations.dataValidation = []


# (id, workbook, sheet kind, change, findings beyond the demo's, documents not left unchanged)
CASES: list[tuple[str, str, str, Change, list[tuple[str, str, str, str, str]], dict[str, str]]] = [
    (
        "FORMULA_NO_VALUE",
        GRID,
        "indicators",
        _formula,
        [("warning", "FORMULA_NO_VALUE", GRID_FILE, "Indicators", "D2")],
        WRITTEN_PREPARATION,
    ),
    (
        "CELL_ERROR",
        "complaints",
        "complaints",
        _errors,
        [
            ("error", "CELL_ERROR", "inbox/complaints.xlsx", "Complaints", "B2"),
            ("error", "CELL_ERROR", "inbox/complaints.xlsx", "Complaints", "I3"),
        ],
        {"complaint_register": "written"},
    ),
    (
        "MERGED_CELLS",
        GRID,
        "indicators",
        _merged,
        [
            ("warning", "EVIDENCE_UNCITED", "inbox/evidence.xlsx", "Evidence", "A3"),
            ("warning", "MERGED_CELLS", GRID_FILE, "Indicators", "E2:F2"),
            ("warning", "NO_EVIDENCE", GRID_FILE, "Indicators", "F2"),
        ],
        {},
    ),
    (
        "INDICATOR_DUPLICATE-MISSING-UNKNOWN",
        GRID,
        "indicators",
        _duplicated_missing_unknown,
        [
            ("error", "INDICATOR_MISSING", GRID_FILE, "Indicators", ""),
            ("error", "INDICATOR_UNKNOWN", GRID_FILE, "Indicators", "B8"),
            ("error", "INDICATOR_DUPLICATE", GRID_FILE, "Indicators", "B35"),
            ("error", "INDICATOR_UNKNOWN", GRID_FILE, "Indicators", "B36"),
        ],
        WRITTEN_PREPARATION,
    ),
    (
        "HIDDEN_ROWS",
        "complaints",
        "complaints",
        _hidden_row,
        [("warning", "HIDDEN_ROWS", "inbox/complaints.xlsx", "Complaints", "A3")],
        {},
    ),
    (
        "HIDDEN_SHEET",
        "complaints",
        "complaints",
        _hidden_sheet,
        [("warning", "HIDDEN_SHEET", "inbox/complaints.xlsx", "Complaints", "")],
        {},
    ),
    (
        "GRID_MISSING",
        GRID,
        "indicators",
        _removed,
        [("error", "GRID_MISSING", "", "Indicators", "")],
        {"preparation": "not produced"},
    ),
    (
        "REGISTER_MISSING",
        "complaints",
        "complaints",
        _removed,
        [
            ("warning", "REGISTER_MISSING", "", "Complaints", ""),
            ("warning", "NO_KNOWN_SHEET", "inbox/complaints.xlsx", "", ""),
        ],
        {"complaint_register": "not produced"},
    ),
    (
        "renamed-sheet",
        GRID,
        "indicators",
        _renamed,  # recognised by content, not by name
        [("warning", "NO_EVIDENCE", GRID_FILE, "Feuil1", "F26")],
        {},
    ),
    ("styled-cell-at-row-1048576", "complaints", "complaints", _far_styled_cell, [], {}),
]
DOCUMENTS = ("preparation", "action_plan", "feedback_register", "complaint_register")


@pytest.mark.parametrize(
    ("stem", "kind", "change", "findings", "documents"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_broken_content_gives_exact_findings_and_the_rest_is_built(
    case: Case,
    stem: str,
    kind: str,
    change: Change,
    findings: list[tuple[str, str, str, str, str]],
    documents: dict[str, str],
) -> None:
    case.edit(stem, kind, change)

    results = case.build()

    assert _new(results) == findings
    done = outcomes(results)
    assert {
        key: done.get(f"outbox/{case.document(key).name}", "not produced") for key in DOCUMENTS
    } == {key: documents.get(key, "unchanged") for key in DOCUMENTS}


def test_a_missing_grid_stops_the_preparation_document_only(case: Case) -> None:
    case.edit(GRID, "indicators", _removed)

    results = case.build()

    assert "outbox/audit-preparation.docx" not in outcomes(results)
    report = document_text(case.document("validation_report"))
    assert "Documents not produced\nDocument\nWhy\naudit-preparation.docx\n" in report


def test_reordered_columns_are_read_by_their_headers(case: Case) -> None:
    before = document_text(case.document("preparation"))
    case.edit(GRID, "indicators", _reordered)

    results = case.build()

    assert _new(results) == [  # the demo's own warning, in column D now instead of F
        ("warning", "NO_EVIDENCE", GRID_FILE, "Indicators", "D26")
    ]
    assert document_text(case.document("preparation")) == before


def test_hidden_rows_and_sheets_are_read_like_the_others(case: Case) -> None:
    case.edit("complaints", "complaints", lambda sheet: (_hidden_row(sheet), _hidden_sheet(sheet)))

    results = case.build()

    assert _new(results) == [
        ("warning", "HIDDEN_SHEET", "inbox/complaints.xlsx", "Complaints", ""),
        ("warning", "HIDDEN_ROWS", "inbox/complaints.xlsx", "Complaints", "A3"),
    ]
    register = document_text(case.document("complaint_register"))
    assert "C-02" in register and "Learner\u2019s absence not reported" in register


def _odd_dates(sheet: Any) -> None:
    sheet["B2"] = "31/02/2024"  # no such day
    sheet["B3"] = 46107  # a serial number without a date format: 26 March 2026
    sheet["B4"] = "25/05/2026 14:30"  # text with a time
    sheet["G4"] = "2026-05-27T09:15:00"  # ISO text with a time


def test_dates_in_odd_forms(case: Case) -> None:
    case.edit("complaints", "complaints", _odd_dates)

    results = case.build()

    assert _new(results) == [("error", "BAD_DATE", "inbox/complaints.xlsx", "Complaints", "B2")]
    (bad,) = [f for r in results for f in r.report.findings if f.code == "BAD_DATE"]
    assert bad.message == (
        '"Received": "31/02/2024" is not a date (dates are read day first, dd/mm/yyyy).'
    )
    register = document_text(case.document("complaint_register"))
    for shown in ("26 March 2026", "25 May 2026", "27 May 2026"):
        assert shown in register


def test_a_workbook_in_the_1904_date_system_gives_the_same_dates(case: Case) -> None:
    def mac(sheet: Any) -> None:
        sheet.parent.epoch = CALENDAR_MAC_1904  # dates are then stored 1,462 days lower

    case.edit("complaints", "complaints", mac)

    results = case.build()

    assert _new(results) == []
    assert outcomes(results)["outbox/complaint-register.docx"] == "unchanged"


def test_numbers_typed_as_text_with_spaces_and_commas(case: Case) -> None:
    def scores(sheet: Any) -> None:
        sheet["E2"], sheet["F2"] = "4,5", "\u00a05\u00a0"
        sheet["E4"] = "4\u00a0,\u00a06"

    case.edit("feedback", "feedback", scores)

    results = case.build()

    assert _new(results) == []
    register = document_text(case.document("feedback_register"))
    assert "4.5" in register and "4.6" in register


def _feedback_row(number: int) -> bytes:
    return (
        b'<c r="A%d" t="n"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>Beneficiaries</t></is></c>'
    ) % (number, 45_000 + number % 1_000, number)


@pytest.mark.slow
def test_200000_filled_rows_stop_at_a_clear_limit_within_bounded_memory(case: Case) -> None:
    path = case.workbook("feedback")
    path.write_bytes(forge.many_rows(path.read_bytes(), "Feedback", 200_000, _feedback_row))
    case.snapshot()

    outcome = limited_build(case.root)  # 400 MB of address space for the whole build

    limit = [f for f in outcome["findings"] if f[1] == "TOO_MANY_ROWS"]
    assert limit == [
        [
            "error",
            "TOO_MANY_ROWS",
            "inbox/feedback.xlsx",
            "Feedback",
            "A100002",
            'Sheet "Feedback" has more than 100000 filled rows: reading stopped there.',
        ]
    ]
    assert outcome["deliveries"]["outbox/feedback-register.docx"] == "written"
    case.verify()


def _impossible_audit_date(sheet: Any) -> None:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == "Planned audit date":
                sheet.cell(cell.row, cell.column + 1).value = "31/02/2027"  # no such day


def test_an_impossible_audit_date_is_called_invalid_not_missing(case: Case) -> None:
    case.edit(GRID, "profile", _impossible_audit_date)

    results = case.build()

    (bad,) = [f for r in results for f in r.report.findings if f.code == "BAD_DATE"]
    assert (bad.file, bad.sheet) == (GRID_FILE, "Profile")
    reason = results[0].report.version_reason
    assert f"the planned audit date (Profile!{bad.cell}) is not a valid date" in reason
    assert "no audit date is given" not in reason
