"""Files that are not workbooks get a finding that says what they are and what to do."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from pipeline.authoring.workbooks import write_workbook
from pipeline.i18n import text
from tests.ingest.books import headers, read, rezip, workspace, write_book
from tests.ingest.ole2 import compound_file
from tests.office import convert

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small, real evidence list."""
    path = tmp_path_factory.mktemp("book") / "evidence.xlsx"
    write_workbook(
        path,
        "evidence",
        "en",
        None,
        {
            "evidence": [
                {
                    "id": "P-001",
                    "title": "Welcome booklet",
                    "indicators": (1, 2),
                    "location": "booklet.pdf",
                }
            ]
        },
    )
    return path


@pytest.fixture(scope="module")
def saved_by_libreoffice(
    workbook: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, bytes]:
    """The same list saved by LibreOffice as .pdf and as every spreadsheet format it writes."""
    out = tmp_path_factory.mktemp("lo")
    filters = {
        "pdf": "pdf",
        "fods": "fods",
        "html": "html",
        "slk": "slk",
        "dif": "dif",
    }
    return {
        key: convert([workbook], target, out / key)[0].read_bytes()
        for key, target in filters.items()
    }


def _docx() -> bytes:
    buffer = BytesIO()
    Document().save(buffer)
    return buffer.getvalue()


def _strict(data: bytes) -> bytes:
    """Return the workbook rewritten in the Strict Open XML namespaces."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return rezip(
        data,
        {
            name: content.replace(MAIN, b"http://purl.oclc.org/ooxml/spreadsheetml/main").replace(
                RELATIONSHIPS, b"http://purl.oclc.org/ooxml/officeDocument/relationships"
            )
            for name, content in parts.items()
            if name.endswith((".xml", ".rels"))
        },
    )


def _flipped(data: bytes) -> bytes:
    """Return the workbook with one byte flipped inside a compressed part."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


ENCRYPTED = compound_file(
    {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x00" * 600}
)
XML2003 = (
    b'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook '
    b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="E"><Table>'
    b'<Row><Cell><Data ss:Type="String">ID</Data></Cell></Row></Table></Worksheet></Workbook>'
)
GSHEET = b'{"url": "https://docs.google.com/spreadsheets/d/abc", "doc_id": "abc"}'
CSV = "ID;Intitulé;Indicateurs\nP-001;Livret d'accueil;1, 2\n".encode()

CASES: list[tuple[str, str, Callable[[Path, dict[str, bytes]], bytes]]] = [
    ("grid.fods", "NOT_WORKBOOK_FORMAT", lambda w, lo: lo["fods"]),
    ("grid.html", "NOT_WORKBOOK_FORMAT", lambda w, lo: lo["html"]),
    ("grid.slk", "NOT_WORKBOOK_FORMAT", lambda w, lo: lo["slk"]),
    ("grid.dif", "NOT_WORKBOOK_FORMAT", lambda w, lo: lo["dif"]),
    ("grid.xml", "NOT_WORKBOOK_FORMAT", lambda w, lo: XML2003),
    ("grid.gsheet", "NOT_WORKBOOK_FORMAT", lambda w, lo: GSHEET),
    ("grid.tsv", "NOT_WORKBOOK_CSV", lambda w, lo: CSV.replace(b";", b"\t")),
    ("grid.pdf", "NOT_WORKBOOK_PDF", lambda w, lo: lo["pdf"]),
    ("grid.csv", "NOT_WORKBOOK_CSV", lambda w, lo: CSV),
    ("grid.xlsx", "NOT_WORKBOOK_CSV", lambda w, lo: CSV),
    ("grid.xlsx", "NOT_WORKBOOK_DOCX", lambda w, lo: _docx()),
    ("grid.xlsx", "WORKBOOK_ENCRYPTED", lambda w, lo: ENCRYPTED),
    ("grid.xlsx", "FILE_EMPTY", lambda w, lo: b""),
    ("grid.xlsx", "FILE_CORRUPT", lambda w, lo: w.read_bytes()[: w.stat().st_size // 2]),
    ("grid.xlsx", "FILE_CORRUPT", lambda w, lo: _flipped(w.read_bytes())),
    ("grid.xlsx", "WORKBOOK_STRICT", lambda w, lo: _strict(w.read_bytes())),
    ("grid.xlsx", "NOT_WORKBOOK", lambda w, lo: b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
]


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    ("name", "code", "make"), CASES, ids=[f"{code}-{name}" for name, code, _ in CASES]
)
def test_not_a_workbook(
    tmp_path: Path,
    workbook: Path,
    saved_by_libreoffice: dict[str, bytes],
    name: str,
    code: str,
    make: Callable[[Path, dict[str, bytes]], bytes],
) -> None:
    ws = workspace(tmp_path, "en")
    path = ws.inbox / name
    data = make(workbook, saved_by_libreoffice)
    path.write_bytes(data)
    dossier = read(ws)
    assert [(f.code, f.severity, f.file) for f in dossier.findings] == [
        (code, "error", f"inbox/{name}")
    ]
    assert dossier.findings[0].message.startswith(name)
    assert dossier.present == frozenset()
    assert path.read_bytes() == data


def test_messages_in_french(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "fr")
    (ws.inbox / "registre.xlsx").write_bytes(ENCRYPTED)
    found = read(ws).findings[0]
    assert found.message == (
        "registre.xlsx est protégé par un mot de passe à l'ouverture : il ne peut pas être lu."
    )
    assert found.hint == text("fr", "hint.WORKBOOK_ENCRYPTED")


def test_other_files_do_not_stop_the_workbooks(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "en")
    (ws.inbox / "old.xls").write_bytes(b"")
    write_book(
        ws.inbox / "evidence.xlsx",
        {"E": [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]},
    )
    dossier = read(ws)
    assert [e.id for e in dossier.evidence] == ["P-001"]
    assert [f.code for f in dossier.findings] == ["FILE_EMPTY"]
