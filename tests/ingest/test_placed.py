"""Cells written without their reference are placed as calamine places them, for the bound."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from pipeline.ingest.placed import placed_bound
from tests.ingest.books import headers, read, rezip, workspace, write_book

HEAD = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
TAIL = b"</sheetData></worksheet>"
VALUE = b"<v>1</v>"


@pytest.mark.parametrize(
    ("rows", "last"),
    [
        (b'<row r="3"><c>' + VALUE + b"</c><c>" + VALUE + b"</c></row>", (3, 2)),
        (
            b"<row><c>"
            + VALUE
            + b'</c></row><row><c r="D7">'
            + VALUE
            + b"</c><c>"
            + VALUE
            + b"</c></row>",
            (7, 5),
        ),
        (b'<row r="9"><c s="1"/><c/></row>', (0, 0)),  # styled, empty: no value
        (b'<x:row r="5"><x:c><x:is><x:t>a</x:t></x:is></x:c></x:row>', (5, 1)),
        (b'<row r="2"><c><f>A1</f></c></row>', (2, 1)),  # a formula: calamine keeps its place
    ],
    ids=["after one another", "after a reference", "styled", "prefixed", "formula"],
)
def test_cells_without_references_follow_their_row_and_neighbour(
    rows: bytes, last: tuple[int, int]
) -> None:
    head = HEAD.replace(b"<worksheet ", b'<worksheet xmlns:x="urn:x" ') if b"x:" in rows else HEAD
    assert placed_bound(BytesIO(head + rows + TAIL)) == last


def test_a_sheet_written_without_references_is_read(tmp_path: Path) -> None:
    """Some writers leave references out: such a sheet is read as usual, nothing refused."""
    ws = workspace(tmp_path)
    grid = [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]
    path = write_book(ws.inbox / "evidence.xlsx", {"Evidence": grid})
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        part = next(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        sheet = archive.read(part)
    bare = re.sub(rb'(<c) r="[A-Z]+\d+"', rb"\1", sheet)
    assert bare != sheet
    path.write_bytes(rezip(data, {part: bare}))
    dossier = read(ws)
    assert [(e.id, e.title, e.location) for e in dossier.evidence] == [
        ("P-001", "Booklet", "b.pdf")
    ]
    assert dossier.findings == ()
