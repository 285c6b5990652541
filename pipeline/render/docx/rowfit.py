"""Column widths for the rows of a fast table loop, measured from the values, not the XML.

A register of many thousand rows is written by the fast path (`rows.py`, `expand.py`) long
after its table is laid out. Its columns are sized from what the rows will hold: for each
column, the longest word of its fixed text and of every value printed in it (each distinct
word measured once). Once the table's widths are known, the row pattern's cell widths are
rewritten to match, so every row agrees with the table's grid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape
from typing import cast

from jinja2 import Environment

from pipeline.render.docx.expand import values_of
from pipeline.render.docx.rows import Cond, Field, RowPattern, Segment
from pipeline.render.docx.widths import BOLD, TABLE_POINTS, longest_em, twips, word_em
from pipeline.render.docx.wordxml import CELL, PARAGRAPH, TABLE_START

_SPAN = re.compile(r'<w:gridSpan w:val="(\d+)"/>')
_CELL_WIDTH = re.compile(r'<w:tcW w:w="\d+" w:type="dxa"/>')
_RUN = re.compile(r"<w:r[ >].*?</w:r>", re.DOTALL)
_SIZE = re.compile(r'<w:sz w:val="(\d+)"/>')
_BOLD = re.compile(r'<w:b(?: w:val="([^"]*)")?/>')
_APART = "\ue014"  # between the branches of a condition: never one word
_SHOWN = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(?:tab|br)(?: [^>]*)?/>|\ue014")
_SLOT = re.compile("\ue010(\\d+)\ue011")
_HELD = re.compile("(\ue010\\d+\ue011|\ue012\\d+\ue013)")


def pattern_needs(
    pattern: RowPattern, items: Sequence[object], env: Environment
) -> list[int] | None:
    """Return the width in twips each grid column of the rows needs; None when unsure.

    A value inside `{% if %}` counts only for the items that print it. A pattern holding a
    nested table or a cell inside a condition is not measured (its table then keeps the
    template's widths).
    """
    text, slots = _measured(pattern, items, env)
    if TABLE_START.search(text) or not _rewritable(pattern):
        return None
    needs: list[int] = []
    for cell in CELL.findall(text):
        span = _span(cell)
        needs.extend([0] * span if span > 1 else [_cell_need(cell, slots)])
    return needs


def with_widths(pattern: RowPattern, widths: Sequence[int]) -> RowPattern:
    """Return the pattern with its cells as wide as `widths` (a pattern `pattern_needs` took)."""
    text = _joined(pattern.segments)
    cells = list(CELL.finditer(text))
    column, pieces, done = 0, [], 0
    for cell in cells:
        span = _span(cell.group())
        width = sum(widths[column : column + span])
        pieces.append(text[done : cell.start()])
        pieces.append(_CELL_WIDTH.sub(f'<w:tcW w:w="{width}" w:type="dxa"/>', cell.group(), 1))
        done, column = cell.end(), column + span
    pieces.append(text[done:])
    return RowPattern(pattern.var, _split("".join(pieces), pattern.segments), pattern.place)


def _rewritable(pattern: RowPattern) -> bool:
    """True when no cell starts inside a condition (its width could not be rewritten)."""
    return not any(isinstance(s, Cond) and "<w:tc" in _xml(s) for s in pattern.segments)


def _xml(segment: Segment) -> str:
    """Return the fixed XML of a segment, conditions' branches included."""
    if isinstance(segment, str):
        return segment
    if isinstance(segment, Field):
        return ""
    return "".join(map(_xml, segment.then)) + "".join(map(_xml, segment.other))


def _measured(
    pattern: RowPattern, items: Sequence[object], env: Environment
) -> tuple[str, list[float]]:
    """Return the row's XML with a marker per slot, and each slot's longest word in em.

    Both branches of a condition are kept, apart (a line break between them); each slot is
    measured over the items that print it.
    """
    out: list[str] = []
    slots: list[float] = []

    def walk(segments: Sequence[Segment], chosen: Sequence[object]) -> None:
        for segment in segments:
            if isinstance(segment, str):
                out.append(segment)
            elif isinstance(segment, Field):
                out.append(f"\ue010{len(slots)}\ue011")
                slots.append(longest_em(_texts(values_of(pattern, chosen, segment.attr, env))))
            else:
                tests = values_of(pattern, chosen, segment.attr, env)
                then = [i for i, t in zip(chosen, tests, strict=True) if bool(t) != segment.negate]
                walk(segment.then, then)
                out.append(_APART)
                walk(
                    segment.other,
                    [i for i, t in zip(chosen, tests, strict=True) if bool(t) == segment.negate],
                )

    walk(pattern.segments, items)
    return "".join(out), slots


def _joined(segments: Sequence[Segment]) -> str:
    """Return the segments' XML with a marker per slot and per condition (see `_split`)."""
    out: list[str] = []
    for index, segment in enumerate(segments):
        if isinstance(segment, str):
            out.append(segment)
        elif isinstance(segment, Field):
            out.append(f"\ue010{sum(isinstance(s, Field) for s in segments[:index])}\ue011")
        else:
            out.append(f"\ue012{index}\ue013")
    return "".join(out)


def _split(text: str, original: Sequence[Segment]) -> tuple[Segment, ...]:
    """Turn marked XML back into segments (the inverse of an unflattened `_joined`)."""
    fields = [s for s in original if isinstance(s, Field)]
    out: list[Segment] = []
    for piece in _HELD.split(text):
        if not piece:
            continue
        if piece.startswith("\ue010"):
            out.append(fields[int(piece[1:-1])])
        elif piece.startswith("\ue012"):
            out.append(original[int(piece[1:-1])])
        else:
            out.append(piece)
    return tuple(out)


def _span(cell: str) -> int:
    found = _SPAN.search(cell)
    return int(found.group(1)) if found else 1


def _cell_need(cell: str, slots: list[float]) -> int:
    """Return the twips a cell needs for its longest word, its slots' values included."""
    need = 0
    for paragraph in PARAGRAPH.findall(cell):
        points, shown = 0.0, list[str]()
        for run in _RUN.findall(paragraph):
            points = max(points, _points(run))
            shown.extend(
                m.group(1) if m.group(1) is not None else " " for m in _SHOWN.finditer(run)
            )
        words = unescape("".join(shown)).split(" ")
        em = max((_word_em(word, slots) for word in words), default=0.0)
        need = max(need, twips(em, points or TABLE_POINTS))
    return need


def _word_em(word: str, slots: list[float]) -> float:
    """A word holding slots: its fixed letters plus the longest word of each slot's values."""
    held = [slots[int(n)] for n in _SLOT.findall(word)]
    return word_em(_SLOT.sub("", word)) + sum(held)


def _points(run: str) -> float:
    size = _SIZE.search(run)
    points = int(size.group(1)) / 2 if size else TABLE_POINTS
    bold = _BOLD.search(run)
    return points * BOLD if bold and bold.group(1) not in ("0", "false") else points


def _texts(values: list[object]) -> list[str]:
    if set(map(type, values)) == {str}:
        return cast("list[str]", values)  # every one a text already
    return [value if type(value) is str else str(value) for value in values]
