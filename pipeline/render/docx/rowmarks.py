"""Anchors for the rows of a fast table loop, named from the values before the rows exist.

A row's anchor is named after its first cell's text (see `anchors.py`). For rows the fast
path writes, that text is the first cell's fixed text with the item's values put in, so the
anchors are named from the values and each row's bookmark is written with the row: the
long XML is never parsed again. A row whose first cell holds a condition, or whose first
paragraph does not open in the pattern's fixed XML, is not handled here (the document is
then anchored once written, as any other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape

from jinja2 import Environment
from markupsafe import Markup

from pipeline.render.docx.expand import values_of
from pipeline.render.docx.rows import Cond, Field, RowPattern
from pipeline.render.docx.wordxml import CELL, TABLE_START, XML_TAG
from pipeline.render.formats import strip_forbidden

_MARK_POINT = re.compile(r"<w:p(?: [^>]*)?>(?:<w:pPr>.*?</w:pPr>|<w:pPr/>)?", re.DOTALL)
_SHOWN = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab|br)(?: [^>]*)?/>")
_SLOT = re.compile("\ue010(\\d+)\ue011")


@dataclass(frozen=True, slots=True)
class RowMarks:
    """How to name and place the anchors of a pattern's rows."""

    head: int  # characters of the first segment before the anchor's place
    shown: str  # the first cell's text, a str.format field per value
    attrs: tuple[str, ...]  # the values' attributes, in order


def row_marks(pattern: RowPattern) -> RowMarks | None:
    """Return how to anchor the pattern's rows; None when the fast way cannot."""
    first = pattern.segments[0] if pattern.segments else None
    if not isinstance(first, str):
        return None
    point = _MARK_POINT.search(first)
    if point is None:
        return None
    text, attrs = _marked(pattern)
    cell = CELL.search(text)
    if cell is None or "\ue012" in cell.group() or TABLE_START.search(cell.group()):
        return None
    if text.find("<w:p", 0, point.end()) != point.start() or not _before_cell(first, point):
        return None
    shown, used = _shown(cell.group(), attrs)
    return RowMarks(point.end(), shown, used)


def first_cells(
    marks: RowMarks, pattern: RowPattern, items: Sequence[object], env: Environment
) -> list[str]:
    """Return the text of each item's first cell, as the written row will show it."""
    if not marks.attrs:
        return [marks.shown.format().strip()] * len(items)
    columns = [list(map(_as_text, values_of(pattern, items, attr, env))) for attr in marks.attrs]
    shown = marks.shown.format
    return [shown(*values).strip() for values in zip(*columns, strict=True)]


def _before_cell(first: str, point: re.Match[str]) -> bool:
    """True when the anchor's place is inside the first cell (its first paragraph)."""
    cell = first.find("<w:tc")
    return cell != -1 and cell < point.start() and "</w:tc>" not in first[cell : point.start()]


def _marked(pattern: RowPattern) -> tuple[str, list[str]]:
    """Return the pattern's XML with a marker per value (conditions as a bare marker)."""
    out: list[str] = []
    attrs: list[str] = []
    for segment in pattern.segments:
        if isinstance(segment, str):
            out.append(segment)
        elif isinstance(segment, Field):
            out.append(f"\ue010{len(attrs)}\ue011" if segment.in_text else "")
            attrs.append(segment.attr)
        elif isinstance(segment, Cond):
            out.append("\ue012")
    return "".join(out), attrs


def _shown(cell: str, attrs: list[str]) -> tuple[str, tuple[str, ...]]:
    """Return the cell's visible text as a format string, and the attributes it prints."""
    pieces: list[str] = []
    for match in _SHOWN.finditer(cell):
        if match.group(2):
            pieces.append("\t" if match.group(2) == "tab" else "\n")
        else:
            pieces.append(unescape(match.group(1)))
    text = "".join(pieces).replace("{", "{{").replace("}", "}}")
    used: list[str] = []

    def slot(found: re.Match[str]) -> str:
        used.append(attrs[int(found.group(1))])
        return "{}"

    return _SLOT.sub(slot, text), tuple(used)


def _as_text(value: object) -> str:
    """A value as the row's text shows it (markup's tags are not text)."""
    if isinstance(value, Markup):
        return unescape(XML_TAG.sub("", strip_forbidden(str(value))))
    return strip_forbidden(value if type(value) is str else str(value))
