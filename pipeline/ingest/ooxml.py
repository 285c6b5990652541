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

# Markers looked for in every part, whatever its name, even when cut in two by a chunk's end.
_DTD = re.compile(rb"<!(?:doctype|entity)", re.IGNORECASE)  # what no workbook needs
_STRICT = b"purl.oclc.org/ooxml/spreadsheetml/main"
_SEAM = len(_STRICT)  # the bytes of the previous chunk that a marker may start in
_PREFIX = rb"[-.\w\x80-\xff]+:"  # any namespace prefix: XML names may hold - . and non-ASCII


def _xml(pattern: bytes) -> re.Pattern[bytes]:
    """Compile a pattern of XML where `@` stands for a namespace prefix (`x:`, `a-b.c:`)."""
    return re.compile(pattern.replace(b"@", _PREFIX))


# A sheet part is scanned as bytes (ASCII-compatible encodings as they are, UTF-16 re-encoded):
# every element and attribute looked for is ASCII.
_ROW = _xml(rb"<(?:@)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_HIDDEN_ANYWHERE = re.compile(rb'hidden="(?:1|true)"')  # LibreOffice writes "false" on each row
# Literal searches as regexes: faster than `in` on XML, `<f` found from its rarer `f`.
_FORMULA = re.compile(rb"f(?<=<f)")
_ERROR_TYPE = re.compile(rb't="e"')
# The cell patterns match as `<(?:@)?c\s+r=...` would, only faster: `c` is tried before a
# prefix, and runs are possessive (`*+`) where what follows a run cannot match inside it, so a
# cell that is not the one looked for is not tried again with each shorter run.
# A formula cell with no <v>: `<c r="B2"><f>A1</f></c>` (openpyxl writes such cells).
_NO_VALUE = _xml(
    rb'<(?:c|@c)\s++r="([A-Z]{1,3}+)(\d++)"[^>]*+>\s*+<(?:@)?f\b[^<]*+(?:</(?:@)?f>|)\s*+'
    rb"(?:<(?:@)?v\s*/>|<(?:@)?v>\s*</(?:@)?v>)?\s*</(?:@)?c>"
)
# An error value (#N/A, #REF!...): calamine gives it as an empty cell.
_ERROR = _xml(
    rb'<(?:c|@c)\s++r="([A-Z]{1,3}+)(\d++)"[^>]*\bt="e"[^>]*>.*?<(?:@)?v>([^<]*)</(?:@)?v>'
)
# A value-bearing cell beyond column Z (not `<c r="AB1" s="1"/>`), for the dense-grid bound.
_WIDE_CELL = _xml(rb'<(?:c|@c)\s(?:[^>]*?\s)?r="([A-Z]{2,3}+)\d++"[^>]*+(?<!/)>(?!\s*</)')
# A cell whose reference is missing or not its first attribute (`<c>`, `<c s="1" r="B2">`):
# where calamine puts it is worked out apart (placed.py). Writers put `r` first.
# (Two literal searches: far faster than one over `[<:]c`.)
_UNPLACED = re.compile(rb'<c(?:>|/>|\s(?!\s*r="))')
_UNPLACED_PREFIXED = re.compile(rb':c(?:>|/>|\s(?!\s*r="))')
_TWO_LETTERS = re.compile(rb'r="[A-Z][A-Z]')
_VALUE_CELL = _xml(rb'<(?:c|@c)\s(?:[^>]*?\s)?r="[A-Z]{1,3}+(\d++)"[^>]*+(?<!/)>(?!\s*</)')
_SHEET = re.compile(
    r"<(?:\w[-.\w]*:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\b(?:\w[-.\w]*:)?id=\"([^\"]*)\""
)
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
        self.codec = ""  # what the scanned bytes read as, once the part's first bytes are seen
        self.decoder: codecs.IncrementalDecoder | None = None  # UTF-16 only
        self.edge = b""  # the last bytes seen, where a marker cut in two begins
        self.tail = b""  # a sheet's bytes from its last cell start, scanned with the next chunk
        self.kept: list[bytes] = []
        self.doctype = False
        self.strict = False
        self.facts = PartFacts()
        self.unplaced = False  # a cell without its reference first: see placed.py

    def feed(self, chunk: bytes) -> None:
        """Take the next unpacked bytes of the part."""
        if not self.codec:
            # A part may hold XML under any name (the relationships say where): sniff it too.
            self.is_xml = self.is_xml or _looks_like_xml(chunk)
            if not self.is_xml:
                return
            self._start(chunk)
        fresh = chunk if self.decoder is None else self.decoder.decode(chunk).encode()
        self._markers(fresh)
        if self.keep:
            self.kept.append(chunk)
        if self.is_sheet:
            self.facts.malformed = self.facts.malformed or b"\x00" in fresh
            text = self.tail + fresh
            cut = _cut(text)
            self._sheet(text[:cut])
            self.tail = text[cut:]

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

    def _start(self, head: bytes) -> None:
        """Choose how to read the part from its first bytes: UTF-16 is re-encoded as UTF-8."""
        encoding = _encoding(head)
        self.codec = "latin-1" if encoding == "latin-1" else "utf-8"
        if encoding != "latin-1":
            self.decoder = codecs.getincrementaldecoder(encoding)(errors="replace")

    def _markers(self, fresh: bytes) -> None:
        """Look for a DTD and for Strict Open XML in `fresh` and where it meets the last chunk."""
        seam = self.edge + fresh[:_SEAM]
        self.edge = fresh[-_SEAM:] if len(fresh) >= _SEAM else (self.edge + fresh)[-_SEAM:]
        for piece in (seam, fresh):
            # `!` is rare in a sheet: one fast byte search usually spares the regex.
            self.doctype = self.doctype or (b"!" in piece and _DTD.search(piece) is not None)
            self.strict = self.strict or _STRICT in piece

    def _sheet(self, text: bytes) -> None:
        """Record what whole cells and rows in `text` hold (each fact is looked for if cheap)."""
        facts = self.facts
        if len(facts.hidden_rows) < _MAX_MARKS and _HIDDEN_ANYWHERE.search(text):
            for attributes in _ROW.findall(text):
                if b"hidden" in attributes and _HIDDEN.search(attributes):
                    number = _ROW_NUMBER.search(attributes)
                    if number:
                        facts.hidden_rows.add(int(number.group(1)))
        if len(facts.no_value) < _MAX_MARKS and _FORMULA.search(text):
            facts.no_value.update(
                (int(row), column_number(letters)) for letters, row in _NO_VALUE.findall(text)
            )
        if len(facts.errors) < _MAX_MARKS and _ERROR_TYPE.search(text):
            for letters, row, value in _ERROR.findall(text):
                facts.errors[(int(row), column_number(letters))] = html.unescape(
                    value.decode(self.codec)
                )
        self.unplaced = self.unplaced or _unplaced(text)
        last = max(_last_value_row(text), facts.last_row)
        facts.last_row = max(last, _longer_row(text, last))
        facts.last_column = max(facts.last_column, _widest(text, facts.last_column))


def _unplaced(text: bytes) -> bool:
    return bool(_UNPLACED.search(text) or _UNPLACED_PREFIXED.search(text))


def _widest(text: bytes, known: int) -> int:
    """Return the widest column with a cell in `text`, at least `known`.

    Below AA a styled empty cell counts too: the bound then errs by at most 26 columns.
    One search looks for a reference wider than the widest found so far; only if there is one
    (after the header row, seldom) do the searches below run.
    """
    if not _wider(known).search(text):
        return known
    if _TWO_LETTERS.search(text):  # cheap: without r="AA..., no cell can be beyond Z
        wide = _WIDE_CELL.findall(text)
        if wide:
            return max(known, *(column_number(letters) for letters in wide))
    while known < 26 and (found := _narrow(known).search(text)):
        known = column_number(found.group(1))
    return known


@cache
def _wider(known: int) -> re.Pattern[bytes]:
    """Return a pattern that every reference beyond column `known` matches (and a few others)."""
    if known < 26:  # two letters, or one beyond `known`
        return re.compile(b'r="(?:[A-Z][A-Z]|[%c-Z])' % (65 + known))
    if known >= 702:  # beyond ZZ
        return re.compile(rb'r="[A-Z]{3}')
    first, second = divmod(known - 1, 26)  # `known` reads chr(64 + first), chr(65 + second)
    beyond = [b"[A-Z]{3}"]
    if first < 26:
        beyond.append(b"[%c-Z][A-Z]" % (65 + first))
    if second < 25:
        beyond.append(b"%c[%c-Z]" % (64 + first, 66 + second))
    return re.compile(b'r="(?:' + b"|".join(beyond) + b")")


@cache
def _narrow(known: int) -> re.Pattern[bytes]:
    """Return the pattern of a one-letter cell reference beyond column `known` (below 26)."""
    return re.compile(f'<c r="([{chr(65 + known)}-Z])'.encode())


def _cut(text: bytes) -> int:
    """Return where to split `text` so that no cell element is cut in two: before the last `<c`."""
    cut = max(text.rfind(b"<c "), text.rfind(b"<row"))
    return cut if cut > 0 else len(text)


def _last_value_row(text: bytes) -> int:
    """Return the row of the last value-bearing cell in `text` (rows come in order), or 0."""
    for start in (max(0, len(text) - 4096), 0):
        found = _VALUE_CELL.findall(text, start)
        if found:
            return max(map(int, found))
    return 0


def _longer_row(text: bytes, known: int) -> int:
    """Return the largest row of a value-bearing cell in `text` whose number has more digits
    than `known`, else 0: a value planted far down, out of order, before the chunk's last rows
    (one search of a literal `r="` for the usual case, where there is none)."""
    cell, reference = _row_beyond(len(str(known)))
    if not reference.search(text):
        return 0
    return max(map(int, cell.findall(text)), default=0)


@cache
def _row_beyond(digits: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """Return the patterns of a value-bearing cell, and of any reference, whose row has more
    than `digits` digits."""
    longer = rb"(\d{%d,})" % (digits + 1)
    return (
        _xml(rb'<(?:c|@c)\s(?:[^>]*?\s)?r="[A-Z]{1,3}+' + longer + rb'"[^>]*+(?<!/)>(?!\s*</)'),
        re.compile(rb'r="[A-Z]{1,3}+' + longer + rb'"'),
    )


def column_number(letters: bytes) -> int:
    """Return the number of a column from its letters (b'A' -> 1, b'AA' -> 27)."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
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
