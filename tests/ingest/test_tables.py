"""Tables are found by their headers, wherever and however people lay them out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.core.model import Lang
from tests.ingest.books import codes, errors, headers, read, workspace, write_book

EVIDENCE_KEYS = ["id", "title", "indicators", "location", "version", "owner", "review_by"]
ROW = ["P-001", "Welcome booklet", "1, 2", "booklet.pdf", "v3", "Anna", "31/12/2027"]


@pytest.mark.parametrize("header_lang", ["en", "fr"])
@pytest.mark.parametrize("workspace_lang", ["en", "fr"])
def test_headers_in_either_language(
    tmp_path: Path, header_lang: Lang, workspace_lang: Lang
) -> None:
    ws = workspace(tmp_path, workspace_lang)
    write_book(ws.inbox / "list.xlsx", {"Sheet1": [headers("evidence", header_lang), ROW]})
    dossier = read(ws)
    assert [(e.id, e.title, e.indicators, e.review_by) for e in dossier.evidence] == [
        ("P-001", "Welcome booklet", (1, 2), date(2027, 12, 31))
    ]
    assert dossier.findings == ()


def test_columns_in_another_order_below_a_title(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    order = list(reversed(EVIDENCE_KEYS))
    grid = [
        ["Our evidence, kept up to date"],
        [],
        ["Updated by Anna"],
        headers("evidence", "fr", order),
        list(reversed(ROW)),
    ]
    write_book(ws.inbox / "anything.xlsx", {"Whatever": grid})
    dossier = read(ws)
    item = dossier.evidence[0]
    assert (item.id, item.location, item.owner) == ("P-001", "booklet.pdf", "Anna")
    assert (item.origin.row, item.origin.cell("id"), item.origin.cell("review_by")) == (
        5,
        "G5",
        "A5",
    )


@pytest.mark.parametrize(
    "label",
    [
        "LOCATION (FILE OR URL)",
        "  location   (file  or url) ",
        "Emplacement",
        "EMPLACEMENT :",
        "emplacement (fichier ou URL)",
        "Location*",
    ],
)
def test_header_case_accents_spacing(tmp_path: Path, label: str) -> None:
    ws = workspace(tmp_path)
    header = headers("evidence", "en")
    header[3] = label
    write_book(ws.inbox / "e.xlsx", {"E": [header, ROW]})
    assert read(ws).evidence[0].location == "booklet.pdf"


def test_blank_rows_are_skipped(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    second = ["P-002", "Rules", "3", "rules.pdf"]
    write_book(
        ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), ROW, [], [None, "  "], [], second]}
    )
    dossier = read(ws)
    assert [(e.id, e.origin.row) for e in dossier.evidence] == [("P-001", 2), ("P-002", 6)]


def test_missing_column_is_named(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    keys = ["id", "title", "location", "owner"]
    write_book(
        ws.inbox / "e.xlsx",
        {"E": [headers("evidence", "en", keys), ["P-001", "Booklet", "b.pdf", "Anna"]]},
    )
    dossier = read(ws)
    missing = [
        (f.severity, f.cell, f.message) for f in dossier.findings if f.code == "MISSING_COLUMN"
    ]
    assert ("error", "1:1", 'Sheet "E" has no column "Indicators".') in missing
    assert ("warning", "1:1", 'Sheet "E" has no column "Review by".') in missing
    assert dossier.evidence[0].indicators == ()


def test_duplicate_column_reads_the_first(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en") + ["Owner"], ROW + ["Bob"]]})
    dossier = read(ws)
    assert dossier.evidence[0].owner == "Anna"
    assert codes(dossier) == ["DUPLICATE_COLUMN"]


def test_bad_cells_are_located_and_left_empty(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "fr")
    bad = ["P-001", "Livret", "1, x", "livret.pdf", "v1", "Anna", "31/02/2024"]
    write_book(ws.inbox / "e.xlsx", {"Preuves": [headers("evidence", "fr"), bad]})
    dossier = read(ws)
    assert errors(dossier) == ["BAD_INDICATOR Preuves!C2", "BAD_DATE Preuves!G2"]
    item = dossier.evidence[0]
    assert (item.indicators, item.review_by) == ((), None)
    message = dossier.findings[1].message
    assert message == (
        "« À revoir avant le » : « 31/02/2024 » n'est pas une date (les dates "
        "se lisent jour d'abord, jj/mm/aaaa)."
    )
    assert dossier.findings[1].file == "inbox/e.xlsx"


def test_formula_without_cached_value_and_error_values(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    write_book(
        ws.inbox / "e.xlsx",
        {
            "E": [
                headers("evidence", "en"),
                ["P-001", '=CONCAT("Book","let")', "1", "b.pdf"],
                ["P-002", "Rules", "#N/A", "r.pdf", None, None, "#REF!"],
            ]
        },
    )
    dossier = read(ws)
    found = [(f.code, f.severity, f.cell) for f in dossier.findings]
    assert found == [
        ("FORMULA_NO_VALUE", "warning", "B2"),
        ("CELL_ERROR", "error", "C3"),
        ("CELL_ERROR", "error", "G3"),
    ]
    assert [e.title for e in dossier.evidence] == ["", "Rules"]
    assert "#REF!" in dossier.findings[2].message


def test_hidden_sheet_and_rows_are_read_with_a_warning(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    second = ["P-002", "Rules", "3", "rules.pdf"]
    write_book(
        ws.inbox / "e.xlsx",
        {"Notes": [["Nothing to see"]], "Old": [headers("evidence", "en"), ROW, second]},
        hidden=["Old"],
        hidden_rows={"Old": [3]},
    )
    dossier = read(ws)
    assert [e.id for e in dossier.evidence] == ["P-001", "P-002"]
    assert [(f.code, f.severity, f.cell) for f in dossier.findings] == [
        ("HIDDEN_SHEET", "warning", ""),
        ("HIDDEN_ROWS", "warning", "A3"),
    ]


def test_merged_cells(tmp_path: Path) -> None:
    """A value merged down several rows applies to each; merged across columns, to the first."""
    ws = workspace(tmp_path)
    grid = [
        headers("evidence", "en"),
        ["P-001", "Booklet", "1", "b.pdf", None, "Anna"],
        ["P-002", "Rules", "2", "r.pdf"],
        ["P-003", "Charter", "3", "c.pdf", "v1"],
    ]
    write_book(ws.inbox / "e.xlsx", {"E": grid}, merges={"E": ["F2:F3", "E4:F4"]})
    dossier = read(ws)
    assert [(e.owner, e.version) for e in dossier.evidence] == [
        ("Anna", ""),
        ("Anna", ""),
        ("", "v1"),
    ]
    assert [(f.code, f.cell) for f in dossier.findings] == [("MERGED_CELLS", "E4:F4")]


def test_merged_header_cell_reads_its_top_left(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    header = headers("evidence", "en")
    grid = [header[:4] + [None] + header[4:], ROW[:4] + [None] + ROW[4:]]
    write_book(ws.inbox / "e.xlsx", {"E": grid}, merges={"E": ["D1:E1"]})
    item = read(ws).evidence[0]
    assert (item.location, item.version, item.origin.cell("version")) == ("booklet.pdf", "v3", "F2")


def test_row_limit_is_a_clear_finding(tmp_path: Path) -> None:
    ws = workspace(tmp_path, max_rows=50)
    rows = [[f"P-{n:03}", "Item", "1", "f.pdf"] for n in range(1, 81)]
    write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), *rows]})
    dossier = read(ws)
    assert len(dossier.evidence) == 50
    assert [(f.code, f.severity, f.cell) for f in dossier.findings] == [
        ("TOO_MANY_ROWS", "error", "A52")
    ]
    assert "more than 50 filled rows" in dossier.findings[0].message


def test_styled_cell_at_the_last_row_does_not_stop_the_real_data(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    ws = workspace(tmp_path)
    path = write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), ROW]})
    book = load_workbook(path)
    book["E"].cell(1_048_576, 16_384).fill = PatternFill("solid", fgColor="FFFF00")
    book.save(path)
    dossier = read(ws)
    assert [e.id for e in dossier.evidence] == ["P-001"]
    assert dossier.findings == ()


def test_long_run_of_formatted_empty_rows_stops_reading(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    ws = workspace(tmp_path)
    path = write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), ROW]})
    book = load_workbook(path)
    for row in range(3, 1_200):
        book["E"].cell(row, 1).fill = PatternFill("solid", fgColor="FFFF00")
    book["E"].append(["P-LOST", "Far below", "1", "x.pdf"])
    book.save(path)
    dossier = read(ws)
    assert [e.id for e in dossier.evidence] == ["P-001"]
    assert [(f.code, f.cell) for f in dossier.findings] == [("ROWS_NOT_READ", "A1002")]


def test_dates_of_a_1904_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    ws = workspace(tmp_path)
    path = write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), ROW]})
    book = load_workbook(path)
    book.epoch = CALENDAR_MAC_1904
    book["E"]["G2"] = date(2027, 12, 31)  # a real date cell, stored as a 1904 serial
    book["E"]["A3"], book["E"]["C3"], book["E"]["D3"] = "P-002", 3, "c.pdf"
    book["E"]["G3"] = 44623  # a bare serial number: 4 March 2026 counted from 1904
    book.save(path)
    assert [e.review_by for e in read(ws).evidence] == [date(2027, 12, 31), date(2026, 3, 4)]


@pytest.mark.libreoffice
def test_formulas_saved_by_a_spreadsheet_are_read_by_their_value(tmp_path: Path) -> None:
    from tests.office import convert

    source = write_book(
        tmp_path / "e.xlsx",
        {
            "E": [
                headers("evidence", "en"),
                [
                    "P-001",
                    '=CONCATENATE("Book", "let")',
                    "=1+1",
                    "b.pdf",
                    None,
                    None,
                    "=DATE(2027,1,31)",
                ],
            ]
        },
    )
    ws = workspace(tmp_path / "ws")
    convert([source], "xlsx", ws.inbox)
    dossier = read(ws)
    item = dossier.evidence[0]
    assert (item.title, item.indicators, item.review_by) == ("Booklet", (2,), date(2027, 1, 31))
    assert dossier.findings == ()
