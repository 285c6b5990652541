"""Scan an Excel package's XML as it is unpacked: refuse DTDs, learn what calamine does not say.

python-calamine reads the cells, but it neither reports hidden rows, nor tells a formula whose
result was never saved from an empty cell, nor exposes the workbook's date epoch; and it fills
a dense grid up to the last value, so a value planted at XFD1048576 would need gigabytes.
This scan, which already reads every byte to count them, records those facts per sheet part.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from functools import cache

_STRICT = "purl.oclc.org/ooxml/spreadsheetml/main"
_ROW = re.compile(r"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(r'\br="(\d+)"')
_HIDDEN = re.compile(r'\bhidden="(?:1|true)"')
# A formula cell with no <v>: `<c r="B2"><f>A1</f></c>` (openpyxl writes such cells).
_NO_VALUE = re.compile(
    r'<(?:\w+:)?c\s+r="([A-Z]{1,3})(\d+)"[^>]*>\s*<(?:\w+:)?f\b[^<]*(?:</(?:\w+:)?f>|)\s*'
    r"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
# An error value (#N/A, #REF!...): calamine gives it as an empty cell.
_ERROR = re.compile(
    r'<(?:\w+:)?c\s+r="([A-Z]{1,3})(\d+)"[^>]*\bt="e"[^>]*>.*?<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>'
)
# A value-bearing cell beyond column Z (not `<c r="AB1" s="1"/>`), for the dense-grid bound.
_WIDE_CELL = re.compile(r'<(?:\w+:)?c\s+r="([A-Z]{2,3})\d+"[^>]*?(?<!/)>(?!\s*</)')
_TWO_LETTERS = re.compile(r'r="[A-Z][A-Z]')
_VALUE_CELL = re.compile(r'<(?:\w+:)?c\s+r="[A-Z]{1,3}(\d+)"[^>]*?(?<!/)>(?!\s*</)')
_SHEET = re.compile(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\b(?:\w+:)?id=\"([^\"]*)\"")
_REL = re.compile(r"<Relationship\b[^>]*?\bId=\"([^\"]*)\"[^>]*?\bTarget=\"([^\"]*)\"")
_REL_REVERSED = re.compile(r"<Relationship\b[^>]*?\bTarget=\"([^\"]*)\"[^>]*?\bId=\"([^\"]*)\"")
_DATE1904 = re.compile(r'date1904="(?:1|true)"')
_MAX_MARKS = 100_000
_XLSB_RELS = "xl/_rels/workbook.bin.rels"


@dataclass(slots=True)
class PartFacts:
    """What one sheet part holds that calamine does not report."""

    hidden_rows: set[int] = field(default_factory=set)
    no_value: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    last_row: int = 0
    last_column: int = 0
    malformed: bool = False  # a raw NUL byte: no XML parser would accept the part


class PartScan:
    """Look through one XML part as it is unpacked, whatever its encoding."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_xml = name.lower().endswith((".xml", ".rels", ".vml"))
        self.is_sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
        self.keep = name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", _XLSB_RELS)
        self.decoder: codecs.IncrementalDecoder | None = None
        self.tail = ""
        self.kept: list[bytes] = []
        self.doctype = False
        self.strict = False
        self.facts = PartFacts()

    def feed(self, chunk: bytes) -> None:
        """Take the next unpacked bytes of the part."""
        if self.decoder is None:
            # A part may hold XML under any name (the relationships say where): sniff it too.
            self.is_xml = self.is_xml or _looks_like_xml(chunk)
        if not self.is_xml:
            return
        if self.decoder is None:
            self.decoder = codecs.getincrementaldecoder(_encoding(chunk))(errors="replace")
        fresh = self.decoder.decode(chunk)
        text = self.tail + fresh
        lowered = text.lower()
        self.doctype = self.doctype or "<!doctype" in lowered or "<!entity" in lowered
        self.strict = self.strict or _STRICT in text
        if self.keep:
            self.kept.append(chunk)
        if self.is_sheet:
            self.facts.malformed = self.facts.malformed or "\x00" in fresh
            cut = _cut(text)
            self._sheet(text[:cut])
            self.tail = text[cut:]
        else:
            self.tail = text[-256:]

    def finish(self) -> None:
        """Scan what is left once the part is fully unpacked."""
        if self.is_sheet:
            self._sheet(self.tail)

    def text(self) -> str:
        """Return a kept part (the workbook and its relationships) as text."""
        data = b"".join(self.kept)
        return data.decode(
            "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8", "replace"
        )

    def _sheet(self, text: str) -> None:
        facts = self.facts
        hidden = 'hidden="1"' in text or 'hidden="true"' in text  # LibreOffice writes "false"
        if hidden and len(facts.hidden_rows) < _MAX_MARKS:
            for attributes in _ROW.findall(text):
                if "hidden" in attributes and _HIDDEN.search(attributes):
                    number = _ROW_NUMBER.search(attributes)
                    if number:
                        facts.hidden_rows.add(int(number.group(1)))
        if "<f" in text and len(facts.no_value) < _MAX_MARKS:
            facts.no_value.update(
                (int(row), column_number(letters)) for letters, row in _NO_VALUE.findall(text)
            )
        if 't="e"' in text and len(facts.errors) < _MAX_MARKS:
            for letters, row, value in _ERROR.findall(text):
                facts.errors[(int(row), column_number(letters))] = html.unescape(value)
        last = _last_value_row(text)
        facts.last_row = max(facts.last_row, last)
        facts.last_column = max(facts.last_column, _widest(text, facts.last_column))


def _widest(text: str, known: int) -> int:
    """Return the widest column with a cell in `text`, at least `known`.

    Below AA a styled empty cell counts too: the bound then errs by at most 26 columns.
    Each search looks only for columns wider than the widest found so far (one pass of a
    literal `r="` search when nothing is wider, the usual case after the header row).
    """
    if _TWO_LETTERS.search(text):  # cheap: without r="AA..., no cell can be beyond Z
        wide = _WIDE_CELL.findall(text)
        if wide:
            return max(known, *(column_number(letters) for letters in wide))
    while known < 26 and (found := _narrow(known).search(text)):
        known = column_number(found.group(1))
    return known


@cache
def _narrow(known: int) -> re.Pattern[str]:
    """Return the pattern of a one-letter cell reference beyond column `known` (below 26)."""
    return re.compile(f'<c r="([{chr(65 + known)}-Z])')


def _cut(text: str) -> int:
    """Return where to split `text` so that no cell element is cut in two: before the last `<c`."""
    cut = max(text.rfind("<c "), text.rfind("<row"))
    return cut if cut > 0 else len(text)


def _last_value_row(text: str) -> int:
    """Return the row of the last value-bearing cell in `text` (rows come in order), or 0."""
    for start in (max(0, len(text) - 4096), 0):
        found = _VALUE_CELL.findall(text, start)
        if found:
            return max(int(row) for row in found)
    return 0


def column_number(letters: str) -> int:
    """Return the number of a column from its letters ('A' -> 1, 'AA' -> 27)."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def sheet_parts(workbook: str, rels: str) -> dict[str, str]:
    """Return {sheet name: part path} from xl/workbook.xml and its relationships."""
    return bound_parts([(html.unescape(n), r) for n, r in _SHEET.findall(workbook)], rels)


def bound_parts(sheets: list[tuple[str, str]], rels: str) -> dict[str, str]:
    """Return {sheet name: part path} from (name, relationship id) pairs and the workbook's rels."""
    targets = dict(_REL.findall(rels)) | {i: t for t, i in _REL_REVERSED.findall(rels)}
    parts: dict[str, str] = {}
    for name, rel in sheets:
        target = targets.get(rel, "")
        parts[name] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def uses_1904(workbook: str) -> bool:
    """Return True when the workbook counts dates from 1904 (old Mac Excel)."""
    return bool(_DATE1904.search(workbook))


def _looks_like_xml(start: bytes) -> bool:
    """Return True when a part's first bytes are XML (in UTF-8 or UTF-16)."""
    head = start[:64].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")
    return head.startswith(b"<")


def _encoding(start: bytes) -> str:
    """Return the encoding an XML part starts in (ASCII-compatible ones all read as latin-1)."""
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if start.startswith(b"<\x00"):
        return "utf-16-le"
    if start.startswith(b"\x00<"):
        return "utf-16-be"
    return "latin-1"
