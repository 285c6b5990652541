"""Page layout of a filled document: the contents list written out, columns sized to their words.

Both work on the filled XML, because both depend on what was printed: the headings the
contents list names, the longest word each table column has to hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.render.docx.anchors import ROWS
from pipeline.render.docx.widths import BOLD, TABLE_POINTS, longest_em, twips

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LEVELS = {"Heading1": 1, "Heading2": 2}  # the TOC field's \o "1-2"
BOOKMARK_BASE = 90_000  # above the ids Word gives its own bookmarks
_SPACES = re.compile("[ \t\n]+")  # breaking spaces only: a no-break space stays
_P, _R, _T, _TR, _TC = (f"{{{W}}}{name}" for name in ("p", "r", "t", "tr", "tc"))
_R_PR, _SIZE, _BOLD, _VAL = (f"{{{W}}}{name}" for name in ("rPr", "sz", "b", "val"))
_TC_PR, _GRID_SPAN = f"{{{W}}}tcPr", f"{{{W}}}gridSpan"
_TEXTS = etree.XPath(".//w:t/text()", namespaces={"w": W}, smart_strings=False)
_SIZES = etree.XPath(".//w:sz/@w:val", namespaces={"w": W}, smart_strings=False)


def q(name: str) -> str:
    """Return the Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


def fill_contents(root: etree._Element) -> None:
    """Make the document's table of contents show its headings (in place).

    The TOC field's shown result becomes one linked entry per Heading 1-2 (bookmarked), so
    the contents read right in Word and LibreOffice before anyone updates fields; page
    numbers are left to Word's update (they depend on its pagination).
    """
    field = _toc_paragraph(root)
    headings = list(_headings(root)) if field is not None else []
    if field is None or not headings:
        return
    entries = [
        _bookmark(heading, BOOKMARK_BASE + n, level) for n, (heading, level) in enumerate(headings)
    ]
    _write_entries(field, entries)


def fit_columns(root: etree._Element, rows: Mapping[int, list[int] | None]) -> dict[int, list[int]]:
    """Make each table column wide enough for its longest word (in place).

    A column narrower than its longest word (header included) takes what it needs from the
    columns with room to spare; the table keeps its total width. A table holding the
    placeholder of rows still to come (`<qd-rows i="n"/>`) counts what those rows need
    (`rows[n]`; None: unknown, the table is left as it is); the widths it gets are
    returned by placeholder, for its rows to be written with.
    """
    pending: dict[int, list[int]] = {}
    for table in root.iter(q("tbl")):
        _fit(table, rows, pending)
    return pending


def _toc_paragraph(root: etree._Element) -> etree._Element | None:
    for code in root.iter(q("instrText")):
        instruction = (code.text or "").strip()
        if instruction.startswith("TOC ") and "\\o" in instruction:
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


def _fit(
    table: etree._Element, rows: Mapping[int, list[int] | None], pending: dict[int, list[int]]
) -> bool:
    """Widen the columns of one table that cannot hold their longest word; True when changed."""
    grid = table.findall(f"{q('tblGrid')}/{q('gridCol')}")
    widths = [int(col.get(q("w"), "0")) for col in grid]
    placeholders = [int(p.get("i", "-1")) for p in table.findall(ROWS)]
    if not widths or not all(widths) or any(rows.get(n) is None for n in placeholders):
        return False
    more = [rows[n] or [] for n in placeholders]
    fitted = (
        widths if _roomy(table, widths, more) else _share(widths, _needs(table, len(widths), more))
    )
    pending.update(dict.fromkeys(placeholders, fitted))
    if fitted == widths:
        return False
    for col, width in zip(grid, fitted, strict=True):
        col.set(q("w"), str(width))
    for row in table.findall(q("tr")):
        _set_cell_widths(row, fitted)
    return True


def _roomy(table: etree._Element, widths: list[int], more: list[list[int]]) -> bool:
    """True when no column of the table can lack room, judged without measuring each cell.

    The widest word anywhere in the table, at the largest size the table has, bold, needs no
    more than the narrowest column; the rows still to come need no more than their columns.
    Most tables are so (a 300-table action plan: all but two); the others are measured.
    """
    try:
        largest = max([TABLE_POINTS, *(int(size) / 2 for size in _SIZES(table))]) * BOLD
    except ValueError:  # a size that is not a number: measuring says what it means
        return False
    widest = twips(longest_em(_TEXTS(table)), largest)
    # as `_needs`: a row's cells past the grid's columns count for none
    later = all(n <= w for other in more for n, w in zip(other, widths, strict=False))
    return widest <= min(widths) and later


def table_needs(table: etree._Element) -> list[int]:
    """Return the twips each grid column of a filled table needs to hold its longest word."""
    return _needs(table, len(table.findall(f"{q('tblGrid')}/{q('gridCol')}")), [])


def _needs(table: etree._Element, columns: int, more: list[list[int]]) -> list[int]:
    """Return the twips each grid column needs: its own rows' words, then `more`'s needs."""
    needs = [0] * columns
    for row in table.iterchildren(_TR):
        for index, cell in _cells(row):
            if index < columns:
                needs[index] = max(needs[index], _longest(cell))
    for other in more:
        for index, need in enumerate(other[:columns]):
            needs[index] = max(needs[index], need)
    return needs


def _cells(row: etree._Element) -> Iterator[tuple[int, etree._Element]]:
    """Yield (grid column, cell) for the cells spanning one column only."""
    index = 0
    for cell in row.iterchildren(_TC):
        span = _span(cell)
        if span == 1:
            yield index, cell
        index += span


def _span(cell: etree._Element) -> int:
    """Return the grid columns a cell spans (its first tcPr/gridSpan, as `find` reads it)."""
    for properties in cell:
        if properties.tag == _TC_PR:
            for span in properties:
                if span.tag == _GRID_SPAN:
                    return int(span.get(_VAL, "1"))
    return 1


def _set_cell_widths(row: etree._Element, widths: list[int]) -> None:
    index = 0
    for cell in row.iterchildren(_TC):
        span = _span(cell)
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
    need = 0
    for paragraph in cell.iter(_P):
        points, shown = 0.0, list[str]()
        for run in paragraph.iter(_R):
            size = None
            for child in run:  # its text and first properties (a tab or a break parts words)
                tag = child.tag
                if tag == _T:
                    shown.append(child.text or "")
                elif tag == _R_PR and size is None:
                    size = _points(child)
            points = max(points, TABLE_POINTS if size is None else size)
        need = max(need, twips(longest_em(shown), points or TABLE_POINTS))
    return need


def _points(properties: etree._Element) -> float:
    """Return the size in points of a run's text (from its first w:rPr), bold counted wider."""
    size = bold = None
    for element in properties:
        tag = element.tag
        if tag == _SIZE and size is None:
            size = element
        elif tag == _BOLD and bold is None:
            bold = element
    points = int(size.get(_VAL, "18")) / 2 if size is not None else TABLE_POINTS
    if bold is not None and bold.get(_VAL, "true") not in ("0", "false"):
        return points * BOLD
    return points
