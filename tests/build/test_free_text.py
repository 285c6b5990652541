"""The workbooks' free-text fields (an introduction, a note for the auditor per indicator) are
carried into the preparatory document; a workbook made before they existed reads as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace, check_workspace

DAY = date(2026, 11, 27)
# lang, grid, profile sheet, indicators sheet, introduction label, note header, document
CASES = [
    (
        "fr",
        "autoevaluation-V10.xlsx",
        "Profil",
        "Indicateurs",
        "Introduction du document préparatoire",
        "Note pour l’auditeur",
        "preparation-audit.docx",
    ),
    (
        "en",
        "self-assessment-V10.xlsx",
        "Profile",
        "Indicators",
        "Introduction of the preparatory document",
        "Note for the auditor",
        "audit-preparation.docx",
    ),
]


def _cell(sheet: openpyxl.worksheet.worksheet.Worksheet, value: str) -> openpyxl.cell.Cell:
    return next(c for row in sheet.iter_rows() for c in row if c.value == value)


@pytest.mark.parametrize(("lang", "grid", "profile", "sheet", "intro", "note", "name"), CASES)
def test_the_introduction_and_a_note_for_the_auditor_are_in_the_document(
    tmp_path: Path, lang: str, grid: str, profile: str, sheet: str, intro: str, note: str,
    name: str,
) -> None:  # fmt: skip
    root = tmp_path / lang
    create_demo(root, lang, DAY)  # type: ignore[arg-type]
    book = openpyxl.load_workbook(root / "inbox" / grid)
    label = _cell(book[profile], intro)
    book[profile].cell(label.row, label.column + 1).value = "Founded in 2015, three sites."
    header = _cell(book[sheet], note)
    book[sheet].cell(header.row + 1, header.column).value = "See the shared folder for versions."
    book.save(root / "inbox" / grid)
    build_workspace(root, today=DAY)
    texts = [p.text for p in docx.Document(str(root / "outbox" / name)).paragraphs]
    assert texts[texts.index("Founded in 2015, three sites.") - 1] == "Introduction"
    assert texts[texts.index("See the shared folder for versions.") - 1] == note


def test_a_grid_made_before_the_free_text_fields_gets_no_new_warning(tmp_path: Path) -> None:
    root = tmp_path / "old"
    create_demo(root, "fr", DAY)
    grid = root / "inbox" / "autoevaluation-V10.xlsx"
    before = [f.code for f in check_workspace(root, DAY)[0].report.findings]
    book = openpyxl.load_workbook(grid)
    book["Indicateurs"].delete_cols(_cell(book["Indicateurs"], CASES[0][5]).column)
    book["Profil"].delete_rows(_cell(book["Profil"], CASES[0][4]).row)
    book.save(grid)
    after = [f.code for f in check_workspace(root, DAY)[0].report.findings]
    assert after == before
    build_workspace(root, today=DAY)
    document = docx.Document(str(root / "outbox" / "preparation-audit.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Note pour l’auditeur" not in texts and "Introduction" not in texts
