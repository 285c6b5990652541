"""What the scan of an Excel package finds does not depend on where its unpacked chunks end."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from pipeline.ingest.ooxml import PartScan
from pipeline.ingest.probe import CHUNK, probe
from tests.ingest.books import headers, rezip, write_book

SHEET = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
# Two hidden rows, two formulas whose result was never saved, two error values, a styled
# empty cell below the last value, and one value beyond Z (AB4).
FAULTY = (
    f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    '<row r="2" hidden="1"><c r="A2"><v>1</v></c></row>'
    '<row r="3" customHeight="1" hidden="true"><c r="A3"><f>1/0</f><v></v></c>'
    '<c r="C3" t="e"><v>#DIV/0!</v></c></row>'
    '<row r="4"><c r="B4"><f>A1</f></c><c r="AB4" t="e"><f>NA()</f><v>#N/A</v></c></row>'
    '<row r="5" hidden="false"><c r="D5" s="1"/></row>'
    "</sheetData></worksheet>"
)


def _scan(data: bytes, name: str, split: int) -> PartScan:
    """Return the scan of a part unpacked in two chunks, the first `split` bytes long."""
    scan = PartScan(name)
    scan.feed(data[:split])
    scan.feed(data[split:])
    scan.finish()
    return scan


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_hidden_rows_formulas_and_errors_are_found_wherever_a_chunk_ends(encoding: str) -> None:
    data = FAULTY.encode(encoding)
    for split in range(4, len(data)):  # the encoding is told from the first chunk's first bytes
        facts = _scan(data, SHEET, split).facts
        assert facts.hidden_rows == {2, 3}, split
        assert facts.no_value == {(3, 1), (4, 2)}, split
        assert facts.errors == {(3, 3): "#DIV/0!", (4, 28): "#N/A"}, split
        assert (facts.last_row, facts.last_column) == (4, 28), split


DTDS = ["<!DOCTYPE worksheet>", "<!doctype worksheet>", '<!EnTiTy x "y">']


@pytest.mark.parametrize("dtd", DTDS, ids=["DOCTYPE", "doctype", "EnTiTy"])
@pytest.mark.parametrize("name", [SHEET, "xl/sharedStrings.xml", "xl/media/image1.png"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_cut_in_two_by_a_chunk_end_is_still_found(dtd: str, name: str, encoding: str) -> None:
    """A part of any name that holds XML is looked through, the DTD in any case."""
    start = FAULTY.index("<worksheet")
    data = (FAULTY[:start] + dtd + FAULTY[start:]).encode(encoding)
    at = len(FAULTY[:start].encode(encoding))
    for split in range(at + 1, at + len(dtd.encode(encoding))):
        assert _scan(data, name, split).doctype, split


def test_the_strict_namespace_cut_in_two_by_a_chunk_end_is_still_found() -> None:
    data = FAULTY.replace(MAIN, STRICT).encode()
    at = data.index(STRICT.encode())
    for split in range(at + 1, at + len(STRICT)):
        assert _scan(data, SHEET, split).strict, split


def test_a_part_without_dtd_or_strict_namespace_is_not_refused() -> None:
    data = FAULTY.replace("</sheetData>", "<!-- doctype! --></sheetData>").encode()
    scans = [_scan(data, SHEET, split) for split in range(1, len(data))]
    assert not any(scan.doctype or scan.strict for scan in scans)


@pytest.fixture(scope="module")
def evidence(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small evidence list written by openpyxl."""
    path = tmp_path_factory.mktemp("seams") / "evidence.xlsx"
    grid = [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]
    return write_book(path, {"Evidence": grid}).read_bytes()


def _padded(book: bytes, insert: bytes, offset: int) -> bytes:
    """Return the workbook with `insert` before its sheet's root, `offset` bytes short of CHUNK."""
    with zipfile.ZipFile(BytesIO(book)) as archive:
        sheet = archive.read(SHEET)
    start = sheet.index(b"<worksheet")
    padding = b" " * (CHUNK - offset - start)  # blanks may stand before a DTD
    return rezip(book, {SHEET: sheet[:start] + padding + insert + sheet[start:]})


@pytest.mark.parametrize("offset", [1, 4, 8])
def test_a_workbook_whose_dtd_straddles_the_probe_chunks_is_refused(
    evidence: bytes, offset: int, tmp_path: Path
) -> None:
    """The DTD starts `offset` bytes before the sheet's first 64 KiB end."""
    data = _padded(evidence, b'<!DOCTYPE worksheet SYSTEM "http://example.com/x.dtd">', offset)
    assert probe(evidence).code == ""
    assert probe(data).code == "XML_ENTITIES"
