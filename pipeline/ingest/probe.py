"""Say what an input file really is, from its bytes; refuse zip bombs and XML entities.

Everything here runs before calamine sees the file: the zip is measured (member count, declared
and actual unpacked size, compression ratio) and every XML part is scanned for a DTD.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from typing import Literal

from pipeline.ingest.biff import BiffError, scan_xls
from pipeline.ingest.odf import OdsScan
from pipeline.ingest.ooxml import PartFacts, PartScan, bound_parts, sheet_parts, uses_1904
from pipeline.ingest.placed import placed_bound
from pipeline.ingest.xlsb import RecordScan

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PARTS = 1_000
MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, for parts over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
CHUNK = 64 * 1024  # unpacked bytes read, counted and scanned at a time
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORKBOOK_TYPES = (
    b"spreadsheetml.sheet.main",
    b"sheet.macroEnabled.main",
    b"spreadsheetml.template.main",
    b"template.macroEnabled.main",
)
# calamine holds a sheet as a dense grid up to its last value: bound it (rows x columns).
MAX_CELLS = 4_000_000
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"
_XLSB_BOOK = "xl/workbook.bin"

Format = Literal["xlsx", "xlsb", "xls", "ods"]
# Spreadsheet formats calamine does not read, told apart by their first bytes (lower case).
_SIGNATURES: tuple[tuple[str, tuple[bytes, ...]], ...] = (
    ("fods", (b"application/vnd.oasis.opendocument.spreadsheet",)),
    ("xml2003", (b'progid="excel.sheet"', b"urn:schemas-microsoft-com:office:spreadsheet")),
    ("html", (b"<!doctype html", b"<html", b"<table")),
    ("gsheet", (b'"doc_id"', b'"resource_id"')),
)
_STARTS = (("sylk", b"id;p"), ("dif", b"table\r\n0,1"), ("dif", b"table\n0,1"))


@dataclass(frozen=True, slots=True)
class Probe:
    """What a file is: `code` '' for a workbook calamine may open, else the finding code.

    For an Excel package, `parts` maps sheet names to their part and `facts` holds what the
    scan learnt of each part (hidden rows, formulas without a saved result, error values); for
    an .ods, each sheet is its own "part" (all live in content.xml).
    """

    code: str = ""
    format: Format = "xlsx"
    parts: dict[str, str] = field(default_factory=dict)
    facts: dict[str, PartFacts] = field(default_factory=dict)
    epoch_1904: bool = False
    other: str = ""  # for NOT_WORKBOOK_FORMAT: which format it is (a key of `format.*`)


def probe(data: bytes) -> Probe:
    """Return what `data` is: a workbook safe to parse, or why it is not one."""
    if not data:
        return Probe("FILE_EMPTY")
    if len(data) > MAX_FILE_BYTES:
        return Probe("FILE_TOO_LARGE")
    if data.startswith(_OLE2):
        code = _ole2(data)
        return _xls(data) if not code else Probe(code, "xls")
    if data.startswith(b"%PDF-"):
        return Probe("NOT_WORKBOOK_PDF")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(data)
    other = _other_format(data[:4096])
    if other:
        return Probe("NOT_WORKBOOK_FORMAT", other=other)
    return Probe("NOT_WORKBOOK_CSV" if _looks_like_csv(data) else "NOT_WORKBOOK")


def _other_format(head: bytes) -> str:
    """Return which other spreadsheet format `head` starts, or '' (see `_SIGNATURES`)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"\xff\xfe") or text.startswith(b"\xfe\xff"):
        text = head.decode("utf-16", errors="ignore").lower().encode()
    for format_, marks in _SIGNATURES:
        if any(mark in text for mark in marks):
            return format_
    for format_, start in _STARTS:
        if text.startswith(start):
            return format_
    return ""


def _ole2(data: bytes) -> str:
    """Tell an encrypted (password-to-open) workbook from an old .xls or another OLE2 file."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "WORKBOOK_ENCRYPTED"
    if any(name.encode("utf-16-le") + b"\x00\x00" in data for name in ("Workbook", "Book")):
        return ""
    return "NOT_WORKBOOK"


def _xls(data: bytes) -> Probe:
    """Return the probe of an old Excel workbook: what each worksheet's records hold."""
    try:
        facts = scan_xls(data)
    except BiffError:
        return Probe("FILE_CORRUPT")
    if _too_large(facts):
        return Probe("SHEET_TOO_LARGE")
    return Probe("", "xls", {name: name for name in facts}, facts)


def _looks_like_csv(data: bytes) -> bool:
    """Return True for text whose first lines are split by the same separator."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    elif b"\x00" in head:
        return False
    else:
        text = head.decode("utf-8", errors="replace")
    lines = [line for line in text.splitlines()[:5] if line.strip()]
    return bool(lines) and any(
        all(line.count(sep) >= 1 for line in lines) for sep in (";", ",", "\t")
    )


def _zip(data: bytes) -> Probe:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return _measure(archive)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        KeyError,
    ):
        return Probe("FILE_CORRUPT")


def _measure(archive: zipfile.ZipFile) -> Probe:
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        return Probe("ZIP_TOO_MANY_PARTS")
    names = {m.filename for m in members}
    kind = _package_kind(archive, names)
    if kind == "numbers":
        return Probe("NOT_WORKBOOK_FORMAT", other="numbers")
    if kind not in ("xlsx", "xlsb", "ods"):
        return Probe(kind)
    if sum(m.file_size for m in members) > MAX_UNPACKED:
        return Probe("ZIP_TOO_LARGE")
    if any(
        m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    ):
        return Probe("ZIP_RATIO")
    return _scan(archive, members, kind)


def _package_kind(archive: zipfile.ZipFile, names: set[str]) -> str:
    """Return the format of a workbook package, else the code saying what the zip holds."""
    if "mimetype" in names:
        mimetype = _head(archive, "mimetype", 200).strip()
        return "ods" if mimetype in (_ODS, _ODS + b"-template") else "NOT_WORKBOOK"
    if "Index/Document.iwa" in names:
        return "numbers"
    if "word/document.xml" in names:
        return "NOT_WORKBOOK_DOCX"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "[Content_Types].xml" not in names:
        return "NOT_WORKBOOK"
    content_types = _head(archive, "[Content_Types].xml", 1024 * 1024)
    if "xl/workbook.xml" in names or any(kind in content_types for kind in _WORKBOOK_TYPES):
        return "xlsx"
    return "NOT_WORKBOOK"


def _head(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as part:
        return part.read(limit)


def _scan(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], kind: str) -> Probe:
    """Unpack every part once, counting real bytes; look for DTDs and Strict Open XML."""
    unpacked = 0
    scans: dict[str, PartScan] = {}
    content = OdsScan()
    records: dict[str, RecordScan] = {}
    for member in members:
        scan = PartScan(member.filename)
        sheets = content if kind == "ods" and member.filename == "content.xml" else None
        binary = _binary_part(kind, member.filename, records)
        with archive.open(member) as part:
            while chunk := part.read(CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_UNPACKED:
                    return Probe("ZIP_TOO_LARGE")
                scan.feed(chunk)
                if sheets is not None and not scan.doctype:  # the parser never sees a DTD
                    sheets.feed(chunk)
                if binary is not None:
                    binary.feed(chunk)
        scan.finish()
        refused = _refused(scan)
        if refused:
            return Probe(refused)
        if scan.is_sheet and scan.unplaced:
            _place(archive, member, scan.facts)
        if sheets is not None:
            sheets.finish()
        scans[member.filename] = scan
    if kind == "xlsb":
        return _xlsb(scans, records)
    return _ods(content) if kind == "ods" else _found(kind, scans)


def _refused(scan: PartScan) -> str:
    """Return why a part is refused whatever it holds (a DTD, Strict Open XML), else ''."""
    return "XML_ENTITIES" if scan.doctype else "WORKBOOK_STRICT" if scan.strict else ""


def _place(archive: zipfile.ZipFile, member: zipfile.ZipInfo, facts: PartFacts) -> None:
    """Bound a sheet whose cells do not all say where they are by where calamine puts them."""
    with archive.open(member) as part:
        last_row, last_column = placed_bound(part)
    facts.last_row = max(facts.last_row, last_row)
    facts.last_column = max(facts.last_column, last_column)


def _binary_part(kind: str, name: str, records: dict[str, RecordScan]) -> RecordScan | None:
    """Return the record scan of an .xlsb's workbook or sheet part, else None."""
    sheet = name.startswith("xl/worksheets/") and name.endswith(".bin")
    if kind != "xlsb" or not (name == _XLSB_BOOK or sheet):
        return None
    return records.setdefault(name, RecordScan())


def _xlsb(scans: dict[str, PartScan], records: dict[str, RecordScan]) -> Probe:
    """Return the probe of a safe .xlsb: its sheets' parts and what their records hold."""
    facts = {name: scan.facts for name, scan in records.items() if name != _XLSB_BOOK}
    if _too_large(facts):
        return Probe("SHEET_TOO_LARGE")
    book = records.get(_XLSB_BOOK)
    rels = scans.get("xl/_rels/workbook.bin.rels")
    parts = bound_parts(book.sheets if book else [], rels.text() if rels else "")
    return Probe("", "xlsb", parts, facts)


def _ods(content: OdsScan) -> Probe:
    """Return the probe of a safe .ods: what each sheet of content.xml holds."""
    if _too_large(content.sheets):
        return Probe("SHEET_TOO_LARGE")
    return Probe("", "ods", {name: name for name in content.sheets}, content.sheets)


def _too_large(facts: dict[str, PartFacts]) -> bool:
    """Return True when a sheet's last value is so far out that its dense grid is too large."""
    return any(f.last_row * f.last_column > MAX_CELLS for f in facts.values())


def _found(kind: str, scans: dict[str, PartScan]) -> Probe:
    """Return the probe of a safe Excel package: its format, sheet parts and what they hold."""
    facts = {name: scan.facts for name, scan in scans.items() if scan.is_sheet}
    if _too_large(facts):
        return Probe("SHEET_TOO_LARGE")
    workbook = scans["xl/workbook.xml"].text() if "xl/workbook.xml" in scans else ""
    rels = scans.get("xl/_rels/workbook.xml.rels")
    parts = sheet_parts(workbook, rels.text() if rels else "")
    return Probe("", "xlsx", parts, facts, uses_1904(workbook))
