"""Hidden rows, error values and absurd used ranges are found whatever the workbook's format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.ingest.cells import CellError
from pipeline.ingest.probe import probe
from pipeline.ingest.stream import open_book
from tests.ingest.books import headers, read, workspace, write_book
from tests.ingest.xlsb import Error, write_xlsb
from tests.office import convert

FORMATS = ["xlsx", "ods", "xls"]
FIXTURES = Path(__file__).parent.parent / "fixtures"
GRID = [
    headers("evidence", "en"),
    ["P-001", "Booklet", "1", "b.pdf"],
    ["P-002", "Rules", "#N/A", "r.pdf"],
    ["P-003", "=1/0", "2", "c.pdf"],
    ["P-004", "Old charter", "3", "h.pdf"],
]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two evidence lists as people leave them: one with errors and a hidden row, one planted."""
    folder = tmp_path_factory.mktemp("sources")
    faulty = write_book(folder / "faulty.xlsx", {"Evidence": GRID}, hidden_rows={"Evidence": [5]})
    planted = write_book(folder / "planted.xlsx", {"Evidence": GRID[:2]})
    book = load_workbook(planted)
    book["Evidence"].cell(65_536, 256, "planted")  # IV65536: the last cell an .xls can hold
    book.save(planted)
    return {"faulty": faulty, "planted": planted}


@pytest.fixture(scope="module")
def saved_as(
    sources: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    """The two lists re-saved by LibreOffice in each format (it computes the formulas)."""
    folder = tmp_path_factory.mktemp("saved")
    paths = [sources["faulty"], sources["planted"]]
    saved = {
        target: dict(zip(sources, convert(paths, target, folder / target), strict=True))
        for target in FORMATS
    }
    # LibreOffice does not write .xlsb: the same two lists, record by record.
    faulty = [
        *GRID[:2],
        [*GRID[2][:2], Error("#N/A"), GRID[2][3]],
        ["P-003", Error("#DIV/0!"), "2", "c.pdf"],
        GRID[4],
    ]
    planted = [*GRID[:2], *[[] for _ in range(65_533)], [None] * 255 + ["planted"]]
    saved["xlsb"] = {
        "faulty": write_xlsb(folder / "faulty.xlsb", {"Evidence": faulty}, {"Evidence": [5]}),
        "planted": write_xlsb(folder / "planted.xlsb", {"Evidence": planted}),
    }
    return saved


@pytest.mark.libreoffice
@pytest.mark.parametrize("target", [*FORMATS, "xlsb"])
def test_error_values_and_hidden_rows_are_findings_in_every_format(
    saved_as: dict[str, dict[str, Path]], tmp_path: Path, target: str
) -> None:
    ws = workspace(tmp_path)
    shutil.copy(saved_as[target]["faulty"], ws.inbox / f"evidence.{target}")

    dossier = read(ws)

    found = [(f.code, f.severity, f.cell) for f in dossier.findings]
    assert found == [
        ("CELL_ERROR", "error", "C3"),
        ("CELL_ERROR", "error", "B4"),
        ("HIDDEN_ROWS", "warning", "A5"),
    ]
    assert "#N/A" in dossier.findings[0].message
    assert "#DIV/0!" in dossier.findings[1].message
    assert [e.id for e in dossier.evidence] == ["P-001", "P-002", "P-003", "P-004"]


@pytest.mark.libreoffice
@pytest.mark.parametrize("target", [*FORMATS, "xlsb"])
def test_a_value_planted_far_away_is_refused_in_every_format(
    saved_as: dict[str, dict[str, Path]], tmp_path: Path, target: str
) -> None:
    """calamine fills a dense grid up to the last value: 65,536 rows x 256 columns is too much."""
    ws = workspace(tmp_path)
    shutil.copy(saved_as[target]["planted"], ws.inbox / f"evidence.{target}")

    dossier = read(ws)

    assert [(f.code, f.file) for f in dossier.findings] == [
        ("SHEET_TOO_LARGE", f"inbox/evidence.{target}")
    ]
    assert dossier.evidence == ()


def test_error_values_saved_by_excel_in_a_binary_workbook_are_marked() -> None:
    """SheetJS's ErrorTypes.xlsb, saved by Excel: calamine alone reads its errors as blanks."""
    data = (FIXTURES / "error-types.xlsb").read_bytes()
    with open_book(data, probe(data)) as book:
        rows = {row.number: row.cells for row in book.sheets[0].rows()}
    assert [rows[number].get(1) for number in range(2, 9)] == [
        CellError(error)
        for error in ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
    ]
    assert all(type(rows[number][1]) is CellError for number in range(2, 9))
