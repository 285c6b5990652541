"""Hostile files are refused before the parser sees them, with memory kept small."""

from __future__ import annotations

import contextlib
import struct
import tracemalloc
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.core.model import Dossier
from pipeline.ingest.probe import Probe
from pipeline.ingest.stream import BookError, open_book
from pipeline.workspace import Workspace
from tests.ingest.books import headers, read, rezip, workspace, write_book
from tests.office import convert

CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType'
    b'="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"'
    b"/></Types>"
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def _bomb(members: int = 1, size: int = 0, declared: int | None = None) -> bytes:
    """Return a zip that looks like a workbook: many members, or one huge (or lying) part."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for n in range(members - 1):
            archive.writestr(f"xl/media/image{n}.xml", b"<a/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=size >= 1 << 31) as part:
            for _ in range(size // (1 << 20)):
                part.write(b" " * (1 << 20))
    data = buffer.getvalue()
    return data if declared is None else _lie(data, b"xl/worksheets/sheet1.xml", declared)


def _lie(data: bytes, name: bytes, size: int) -> bytes:
    """Return the zip with the unpacked size of `name` understated in both its headers."""
    patched = bytearray(data)
    local = patched.find(b"PK\x03\x04")
    while patched[local + 30 : local + 30 + len(name)] != name:
        local = patched.find(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", patched, local + 22, size)
    central = patched.find(b"PK\x01\x02")
    while patched[central + 46 : central + 46 + len(name)] != name:
        central = patched.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", patched, central + 24, size)
    return bytes(patched)


def _peak(ws: Workspace) -> tuple[Dossier, int]:
    tracemalloc.start()
    try:
        dossier = read(ws)
        return dossier, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (_bomb(size=500 << 20), "ZIP_TOO_LARGE"),  # 0.5 MB unpacking to 500 MB
        (_bomb(size=60 << 20), "ZIP_RATIO"),  # honest sizes, absurd compression
        (_bomb(members=10_000), "ZIP_TOO_MANY_PARTS"),
        (_bomb(size=100 << 20, declared=4_000), "FILE_CORRUPT"),  # sizes that lie
    ],
    ids=["500MB", "ratio", "10000-parts", "lying-sizes"],
)
def test_zip_bomb_refused_with_bounded_memory(tmp_path: Path, data: bytes, code: str) -> None:
    ws = workspace(tmp_path)
    (ws.inbox / "grid.xlsx").write_bytes(data)
    dossier, peak = _peak(ws)
    assert [f.code for f in dossier.findings] == [code]
    assert peak < 20 * len(data) + (16 << 20), f"reading used {peak >> 20} MB"


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small evidence list saved by LibreOffice (its text sits in xl/sharedStrings.xml)."""
    folder = tmp_path_factory.mktemp("lo")
    source = write_book(
        folder / "source.xlsx",
        {"E": [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]},
    )
    return convert([source], "xlsx", folder / "out")[0].read_bytes()


@pytest.mark.parametrize(
    ("part", "content"),
    [
        ("xl/sharedStrings.xml", LAUGHS),
        ("xl/worksheets/sheet1.xml", EXTERNAL),
        (
            "xl/sharedStrings.xml",
            LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="UTF-16"')
            .decode()
            .encode("utf-16"),
        ),
    ],
    ids=["billion-laughs", "external-entity", "utf16-laughs"],
)
@pytest.mark.libreoffice
def test_xml_entities_are_refused(
    tmp_path: Path, saved_by_libreoffice: bytes, part: str, content: bytes
) -> None:
    ws = workspace(tmp_path)
    (ws.inbox / "grid.xlsx").write_bytes(rezip(saved_by_libreoffice, {part: content}))
    dossier, peak = _peak(ws)
    assert [(f.code, f.file) for f in dossier.findings] == [("XML_ENTITIES", "inbox/grid.xlsx")]
    assert dossier.evidence == ()
    assert peak < 32 << 20


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    ("part", "content"),
    [
        ("xl/sharedStrings.xml", LAUGHS),
        ("xl/worksheets/sheet1.xml", EXTERNAL),
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_parser_itself_never_expands_entities(
    saved_by_libreoffice: bytes, part: str, content: bytes
) -> None:
    """Behind the scan, calamine's XML reader expands no entity: the second line of defence."""
    seen: list[str] = []
    with (
        contextlib.suppress(BookError),
        open_book(rezip(saved_by_libreoffice, {part: content}), Probe()) as book,
    ):
        for sheet in book.sheets:
            seen += [str(v) for row in sheet.rows() for v in row.cells.values()]
    assert not any("lollol" in value or "root:" in value for value in seen)


def test_a_value_planted_in_the_last_cell_is_refused_before_the_grid_is_built(
    tmp_path: Path,
) -> None:
    """calamine fills a dense grid up to the last value: XFD1048576 would need gigabytes."""
    ws = workspace(tmp_path)
    grid = [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]
    path = write_book(ws.inbox / "evidence.xlsx", {"Evidence": grid})
    book = load_workbook(path)
    book["Evidence"].cell(1_048_576, 16_384, "planted")
    book.save(path)

    dossier, peak = _peak(ws)

    assert [(f.code, f.file) for f in dossier.findings] == [
        ("SHEET_TOO_LARGE", "inbox/evidence.xlsx")
    ]
    assert peak < 32 << 20


_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PLANTED = {
    # a namespace prefix holding - and . (legal in XML names), read by calamine all the same
    "prefixed": b'<a-b.c:c xmlns:a-b.c="' + _MAIN + b'" r="H1048576" t="n"><a-b.c:v>7</a-b.c:v>'
    b"</a-b.c:c>",
    # written in row 2, before thousands of ordinary rows: out of order, far down
    "out_of_order": b'<c r="H1048576" t="n"><v>7</v></c>',
    # no reference: calamine puts the cell on the row its row element names
    "on_a_far_row": b'</row><row r="1048576"><c t="n"><v>7</v></c>',
    # no references: twenty cells side by side on row 300,000 (a grid of 6 million cells)
    "side_by_side": b'</row><row r="300000">' + b'<c t="n"><v>7</v></c>' * 20,
}


@pytest.mark.parametrize("planted", list(_PLANTED.values()), ids=list(_PLANTED))
def test_a_value_planted_far_down_is_refused_however_it_is_written(
    tmp_path: Path, planted: bytes
) -> None:
    """The dense-grid bound holds for every cell calamine reads, wherever it sits in the part."""
    ws = workspace(tmp_path)
    rows = [headers("evidence", "en")] + [
        [f"P-{n:04}", "Booklet", "1", "b.pdf"] for n in range(3000)
    ]
    path = write_book(ws.inbox / "evidence.xlsx", {"Evidence": rows})
    with zipfile.ZipFile(path) as archive:
        part = next(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        sheet = archive.read(part)
    row_two = sheet.index(b"</row>", sheet.index(b'<row r="2"'))
    path.write_bytes(rezip(path.read_bytes(), {part: sheet[:row_two] + planted + sheet[row_two:]}))

    dossier, peak = _peak(ws)

    assert [(f.code, f.file) for f in dossier.findings] == [
        ("SHEET_TOO_LARGE", "inbox/evidence.xlsx")
    ]
    assert peak < 32 << 20
