"""Page layout of a filled document: the contents list written out, columns sized to their words.

Both work on the filled XML, because both depend on what was printed: the headings the
contents list names, the longest word each table column has to hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.render.docx.package import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LEVELS = {"Heading1": 1, "Heading2": 2}  # the TOC field's \o "1-2"
BOOKMARK_BASE = 90_000  # above the ids Word gives its own bookmarks
CELL_MARGINS = 216  # twips: Table Grid's 0.19 cm left and right
SAFETY = 1.08  # widths are estimated from a wide font (DejaVu Sans, LibreOffice's fallback)
TABLE_POINTS = 9.0  # Table Grid's font size in the packaged templates
BOLD = 1.1
# Advance widths in em, of DejaVu Sans (wider than Calibri: what fits it fits Word too).
_NARROW = dict.fromkeys("il.,:;'’!|Ij", 0.30) | dict.fromkeys("frt()[]", 0.42)
_WIDE = dict.fromkeys("mw", 0.98) | dict.fromkeys("MW«»—", 1.0) | {"\u202f": 0.2, "\u00a0": 0.32}
_BREAKS = frozenset(" \t")
_SPACES = re.compile("[ \t\n]+")  # breaking spaces only: a no-break space stays
_BREAK_AFTER = frozenset("-/\u2013")


def q(name: str) -> str:
    """Return the Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


def fill_contents(xml: str) -> str:
    """Return document XML whose table of contents shows the document's headings.

    The TOC field's shown result becomes one linked entry per Heading 1-2 (bookmarked), so
    the contents read right in Word and LibreOffice before anyone updates fields; page
    numbers are left to Word's update (they depend on its pagination).
    """
    if "TOC \\o" not in xml:
        return xml
    root = parse_xml(xml.encode("utf-8"))
    field = _toc_paragraph(root)
    headings = list(_headings(root))
    if field is None or not headings:
        return xml
    entries = [
        _bookmark(heading, BOOKMARK_BASE + n, level) for n, (heading, level) in enumerate(headings)
    ]
    _write_entries(field, entries)
    declaration = xml[: xml.find("?>") + 2] if xml.startswith("<?xml") else ""
    return declaration + str(etree.tostring(root, encoding="unicode"))


def fit_columns(xml: bytes) -> bytes:
    """Return document XML whose table columns are each wide enough for their longest word.

    A column narrower than its longest word (header included) takes what it needs from the
    columns with room to spare; the table keeps its total width.
    """
    root = parse_xml(xml)
    changed = False
    for table in root.iter(q("tbl")):
        changed |= _fit(table)
    if not changed:
        return xml
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _toc_paragraph(root: etree._Element) -> etree._Element | None:
    for code in root.iter(q("instrText")):
        if (code.text or "").strip().startswith("TOC "):
            paragraph = code.getparent().getparent()
            return paragraph if paragraph.tag == q("p") else None
    return None


def _headings(root: etree._Element) -> Iterator[tuple[etree._Element, int]]:
    body = root.find(q("body"))
    for paragraph in body.iter(q("p")) if body is not None else ():
        style = paragraph.find(f"{q('pPr')}/{q('pStyle')}")
        level = LEVELS.get(style.get(q("val"), "")) if style is not None else None
        if level and _text(paragraph).strip():
            yield paragraph, level


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(q("t")))


def _bookmark(heading: etree._Element, number: int, level: int) -> tuple[str, str, int]:
    """Bookmark a heading; return (bookmark name, heading text, level)."""
    name = f"_Toc{number}"
    start = etree.Element(q("bookmarkStart"), {q("id"): str(number), q("name"): name})
    end = etree.Element(q("bookmarkEnd"), {q("id"): str(number)})
    properties = heading.find(q("pPr"))
    heading.insert(1 if properties is not None else 0, start)
    heading.append(end)
    return name, _SPACES.sub(" ", _text(heading)).strip(), level


def _write_entries(field: etree._Element, entries: list[tuple[str, str, int]]) -> None:
    """Replace the field's shown result by the entries, one paragraph each, the end kept last."""
    runs = [r for r in field if r.tag == q("r")]
    kinds = [_field_char(r) for r in runs]
    separate, end = kinds.index("separate"), kinds.index("end")
    for shown in runs[separate + 1 : end]:
        field.remove(shown)
    closing = runs[end]
    field.remove(closing)
    paragraph = field
    for n, (name, title, level) in enumerate(entries):
        if n:
            new = etree.Element(q("p"))
            paragraph.addnext(new)
            paragraph = new
        _entry_style(paragraph, level)
        link = etree.SubElement(paragraph, q("hyperlink"), {q("anchor"): name, q("history"): "1"})
        run = etree.SubElement(link, q("r"))
        text = etree.SubElement(run, q("t"))
        text.text = title
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    paragraph.append(closing)


def _field_char(run: etree._Element) -> str:
    char = run.find(q("fldChar"))
    return char.get(q("fldCharType"), "") if char is not None else ""


def _entry_style(paragraph: etree._Element, level: int) -> None:
    properties = paragraph.find(q("pPr"))
    if properties is None:
        properties = etree.Element(q("pPr"))
        paragraph.insert(0, properties)
    for old in list(properties):
        properties.remove(old)
    etree.SubElement(properties, q("pStyle"), {q("val"): f"TOC{level}"})
    etree.SubElement(properties, q("spacing"), {q("after"): "60"})
    etree.SubElement(properties, q("ind"), {q("left"): str(440 * (level - 1))})


def _fit(table: etree._Element) -> bool:
    """Widen the columns of one table that cannot hold their longest word; True when changed."""
    grid = table.findall(f"{q('tblGrid')}/{q('gridCol')}")
    widths = [int(col.get(q("w"), "0")) for col in grid]
    if not widths or not all(widths):
        return False
    needs = [0] * len(widths)
    for row in table.findall(q("tr")):
        for index, cell in _cells(row):
            if index < len(needs):
                needs[index] = max(needs[index], _longest(cell))
    fitted = _share(widths, needs)
    if fitted == widths:
        return False
    for col, width in zip(grid, fitted, strict=True):
        col.set(q("w"), str(width))
    for row in table.findall(q("tr")):
        _set_cell_widths(row, fitted)
    return True


def _cells(row: etree._Element) -> Iterator[tuple[int, etree._Element]]:
    """Yield (grid column, cell) for the cells spanning one column only."""
    index = 0
    for cell in row.findall(q("tc")):
        span_element = cell.find(f"{q('tcPr')}/{q('gridSpan')}")
        span = int(span_element.get(q("val"), "1")) if span_element is not None else 1
        if span == 1:
            yield index, cell
        index += span


def _set_cell_widths(row: etree._Element, widths: list[int]) -> None:
    index = 0
    for cell in row.findall(q("tc")):
        span_element = cell.find(f"{q('tcPr')}/{q('gridSpan')}")
        span = int(span_element.get(q("val"), "1")) if span_element is not None else 1
        width = cell.find(f"{q('tcPr')}/{q('tcW')}")
        if width is not None and width.get(q("type")) == "dxa":
            width.set(q("w"), str(sum(widths[index : index + span])))
        index += span


def _share(widths: list[int], needs: list[int]) -> list[int]:
    """Give each column its need, taken from the others' room; the total stays the same."""
    if all(w >= n for w, n in zip(widths, needs, strict=True)):
        return widths
    total = sum(widths)
    if sum(needs) >= total:  # cannot hold every word: share in proportion to the needs
        return [n * total // sum(needs) for n in needs]
    short = [w < n for w, n in zip(widths, needs, strict=True)]
    room = sum(w - n for w, n, s in zip(widths, needs, short, strict=True) if not s)
    left = total - sum(n for n, s in zip(needs, short, strict=True) if s)
    left -= sum(n for n, s in zip(needs, short, strict=True) if not s)
    return [
        n if s else n + (w - n) * left // room for w, n, s in zip(widths, needs, short, strict=True)
    ]


def _longest(cell: etree._Element) -> int:
    """Return the width in twips the longest unbreakable word of a cell needs."""
    longest = 0.0
    for paragraph in cell.iter(q("p")):
        longest = max(longest, max(_words(paragraph), default=0.0))
    return int(longest * SAFETY) + CELL_MARGINS if longest else 0


def _words(paragraph: etree._Element) -> Iterator[float]:
    """Yield the width in twips of each unbreakable word of a paragraph."""
    width = 0.0
    for char, points in _characters(paragraph):
        if char in _BREAKS:
            yield width
            width = 0.0
            continue
        width += _em(char) * points * 20
        if char in _BREAK_AFTER:
            yield width
            width = 0.0
    yield width


def _characters(paragraph: etree._Element) -> Iterable[tuple[str, float]]:
    for run in paragraph.iter(q("r")):
        properties = run.find(q("rPr"))
        points, bold = TABLE_POINTS, False
        if properties is not None:
            size = properties.find(q("sz"))
            if size is not None:
                points = int(size.get(q("val"), "18")) / 2
            weight = properties.find(q("b"))
            bold = weight is not None and weight.get(q("val"), "true") not in ("0", "false")
        scale = points * (BOLD if bold else 1.0)
        for element in run:
            if element.tag == q("t"):
                yield from ((char, scale) for char in element.text or "")
            elif element.tag in (q("tab"), q("br")):
                yield " ", scale


def _em(char: str) -> float:
    """Return the advance width of a character in em (a table of DejaVu Sans's widths)."""
    if char in _NARROW:
        return _NARROW[char]
    if char in _WIDE:
        return _WIDE[char]
    base = unicodedata.normalize("NFD", char)[0]
    if base.isupper():
        return 0.76
    if base.isdigit():
        return 0.64
    return 0.62
