"""Say what an input file really is, from its bytes; refuse zip bombs and XML entities.

Everything here runs before openpyxl sees the file: the zip is measured (member count, declared
and actual unpacked size, compression ratio) and every XML part is scanned for a DTD.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PARTS = 1_000
MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, for parts over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORKBOOK_TYPES = (
    b"spreadsheetml.sheet.main",
    b"sheet.macroEnabled.main",
    b"spreadsheetml.template.main",
    b"template.macroEnabled.main",
)
_STRICT = "purl.oclc.org/ooxml/spreadsheetml/main"
_MERGE = re.compile(r'<(?:\w+:)?mergeCell\s+ref="([A-Za-z]{1,3}\d+:[A-Za-z]{1,3}\d+)"')
_MAX_MERGES = 10_000
_XML_PART = (".xml", ".rels", ".vml")


@dataclass(frozen=True, slots=True)
class Probe:
    """What a file is: `code` '' for a workbook openpyxl may open, else the finding code."""

    code: str = ""
    merges: dict[str, frozenset[str]] = field(default_factory=dict)  # part name -> "A1:B2"


def probe(data: bytes) -> Probe:
    """Return what `data` is: a workbook safe to parse, or why it is not one."""
    if not data:
        return Probe("FILE_EMPTY")
    if len(data) > MAX_FILE_BYTES:
        return Probe("FILE_TOO_LARGE")
    if data.startswith(_OLE2):
        return Probe(_ole2(data))
    if data.startswith(b"%PDF-"):
        return Probe("NOT_WORKBOOK_PDF")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(data)
    return Probe("NOT_WORKBOOK_CSV" if _looks_like_csv(data) else "NOT_WORKBOOK")


def _ole2(data: bytes) -> str:
    """Tell an encrypted (password-to-open) workbook from an old .xls or another OLE2 file."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "WORKBOOK_ENCRYPTED"
    if any(name.encode("utf-16-le") + b"\x00\x00" in data for name in ("Workbook", "Book")):
        return "NOT_WORKBOOK_XLS"
    return "NOT_WORKBOOK"


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
    kind = _package_kind(archive, {m.filename for m in members})
    if kind:
        return Probe(kind)
    if sum(m.file_size for m in members) > MAX_UNPACKED:
        return Probe("ZIP_TOO_LARGE")
    if any(
        m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    ):
        return Probe("ZIP_RATIO")
    return _scan(archive, members)


def _package_kind(archive: zipfile.ZipFile, names: set[str]) -> str:
    """Return '' for an Excel workbook package, else the code saying what the zip holds."""
    if "mimetype" in names:
        mimetype = _head(archive, "mimetype", 200)
        return "NOT_WORKBOOK_ODS" if b"opendocument.spreadsheet" in mimetype else "NOT_WORKBOOK"
    if "word/document.xml" in names:
        return "NOT_WORKBOOK_DOCX"
    if "xl/workbook.bin" in names:
        return "NOT_WORKBOOK_XLSB"
    if "[Content_Types].xml" not in names:
        return "NOT_WORKBOOK"
    content_types = _head(archive, "[Content_Types].xml", 1024 * 1024)
    if "xl/workbook.xml" in names or any(kind in content_types for kind in _WORKBOOK_TYPES):
        return ""
    return "NOT_WORKBOOK"


def _head(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as part:
        return part.read(limit)


def _scan(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> Probe:
    """Unpack every part once, counting real bytes; look for DTDs and Strict Open XML."""
    unpacked = 0
    merges: dict[str, frozenset[str]] = {}
    for member in members:
        scan = _PartScan(member.filename.lower().endswith(_XML_PART))
        with archive.open(member) as part:
            while chunk := part.read(_CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_UNPACKED:
                    return Probe("ZIP_TOO_LARGE")
                scan.feed(chunk)
        if scan.doctype:
            return Probe("XML_ENTITIES")
        if scan.strict:
            return Probe("WORKBOOK_STRICT")
        if scan.merges:
            merges[member.filename] = frozenset(scan.merges)
    return Probe("", merges)


class _PartScan:
    """Look through one XML part as it is unpacked, whatever its encoding."""

    def __init__(self, is_xml: bool) -> None:
        self.is_xml = is_xml
        self.decoder: codecs.IncrementalDecoder | None = None
        self.tail = ""
        self.doctype = False
        self.strict = False
        self.merges: set[str] = set()

    def feed(self, chunk: bytes) -> None:
        if not self.is_xml:
            return
        if self.decoder is None:
            self.decoder = codecs.getincrementaldecoder(_encoding(chunk))(errors="replace")
        text = self.tail + self.decoder.decode(chunk)
        lowered = text.lower()
        self.doctype = self.doctype or "<!doctype" in lowered or "<!entity" in lowered
        self.strict = self.strict or _STRICT in text
        if len(self.merges) < _MAX_MERGES:
            self.merges.update(_MERGE.findall(text))
        self.tail = text[-256:]


def _encoding(start: bytes) -> str:
    """Return the encoding an XML part starts in (ASCII-compatible ones all read as latin-1)."""
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if start.startswith(b"<\x00"):
        return "utf-16-le"
    if start.startswith(b"\x00<"):
        return "utf-16-be"
    return "latin-1"
