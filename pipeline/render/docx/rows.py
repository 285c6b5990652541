"""The fast path for long tables: a `{%tr for %}` row is a pattern, filled without Jinja per row.

docxtpl turns `{%tr for e in entries %}` / `{%tr endfor %}` into a Jinja loop around the row XML
and renders it row by row (~100 µs a row). When the repeated rows hold nothing but
`{{ e.field }}` and `{% if e.field %}…{% else %}…{% endif %}`, the loop is cut out of the
template at load time and replaced by a call that defers it: after Jinja has rendered the rest,
each row is written by joining the pattern's XML pieces with the item's values, escaped exactly
as Jinja's autoescape and docxtpl's line-break handling would (a few µs a row). Anything else in
the row (filters, `loop.index`, images, nested loops) keeps the ordinary Jinja path: templates
stay fully editable, and the output is the same either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.render.docx.guards import ROWS_CALL
from pipeline.render.docx.wordxml import RUN_PROPERTIES, RUN_START, TAG, TEXT_OPEN

_FOR = re.compile(r"\{%-?\s*for\s+([A-Za-z]\w*)\s+in\s+((?:(?!%\}).)+?)\s*-?%\}", re.DOTALL)
_ANY_BLOCK = re.compile(r"\{%-?\s*(\w+)")
_FIELD = re.compile(r"\{\{\s*([A-Za-z]\w*)\.([A-Za-z]\w*)\s*\}\}")
_IF = re.compile(r"\{%\s*if\s+(not\s+)?([A-Za-z]\w*)\.([A-Za-z]\w*)\s*%\}")
_ELSE = re.compile(r"\{%\s*else\s*%\}")
_ENDIF = re.compile(r"\{%\s*endif\s*%\}")


@dataclass(frozen=True, slots=True)
class Field:
    """A `{{ item.attr }}` slot; in Word text, line breaks and tabs become w:br / w:tab."""

    attr: str
    in_text: bool
    run_properties: str


@dataclass(frozen=True, slots=True)
class Cond:
    """A `{% if [not] item.attr %} … {% else %} … {% endif %}` inside the row."""

    attr: str
    negate: bool
    then: tuple[Segment, ...]
    other: tuple[Segment, ...]


Segment = str | Field | Cond


@dataclass(frozen=True, slots=True)
class RowPattern:
    """The rows one loop repeats, as XML pieces and slots."""

    var: str
    segments: tuple[Segment, ...]
    place: str  # the text of the repeated row, for error messages


def extract_fast_loops(source: str, place_of: Any) -> tuple[str, tuple[RowPattern, ...]]:
    """Replace each fast-path table loop of a patched part by a deferred call; return patterns.

    `place_of(xml)` returns the visible text of an XML fragment (for messages).
    """
    patterns: list[RowPattern] = []
    pieces: list[str] = []
    done = 0
    for match in _FOR.finditer(source):
        if match.start() < done:
            continue
        end = _matching_endfor(source, match.end())
        if end is None:
            continue
        body = source[match.end() : end.start()]
        pattern = _pattern(match.group(1), match.group(2), body, place_of)
        if pattern is None:
            continue
        pieces.append(source[done : match.start()])
        pieces.append(f"{{{{ {ROWS_CALL}({match.group(2)}, {len(patterns)}) }}}}")
        patterns.append(pattern)
        done = end.end()
    pieces.append(source[done:])
    return "".join(pieces), tuple(patterns)


def _matching_endfor(source: str, start: int) -> re.Match[str] | None:
    """Return the `{% endfor %}` closing a loop opened before `start`, if nothing nests."""
    for tag in TAG.finditer(source, start):
        block = _ANY_BLOCK.match(tag.group())
        if block is None:
            continue
        if block.group(1) == "endfor":
            return tag
        if block.group(1) == "for":
            return None
    return None


def _pattern(var: str, expr: str, body: str, place_of: Any) -> RowPattern | None:
    stripped = body.strip()
    if (
        var == "loop"
        or re.search(r"\b(if|recursive)\b", expr)
        or not stripped.startswith("<w:tr")
        or not stripped.endswith("</w:tr>")
        or "<wp:docPr" in body
        or "{#" in body
    ):
        return None
    segments = _parse(var, body, 0, len(body), top=True)
    if segments is None:
        return None
    return RowPattern(var, segments, place_of(body))


def _parse(var: str, body: str, start: int, stop: int, top: bool) -> tuple[Segment, ...] | None:
    tree, position = _parse_until(var, body, start, stop)
    if tree is None or (top and position != stop):
        return None
    return tree


def _parse_until(
    var: str, body: str, start: int, stop: int
) -> tuple[tuple[Segment, ...] | None, int]:
    """Parse from `start` until an `{% else %}`/`{% endif %}` (not consumed) or `stop`."""
    out: list[Segment] = []
    position = start
    for tag in TAG.finditer(body, start, stop):
        if tag.start() < position:
            continue
        if tag.start() > position:
            out.append(body[position : tag.start()])
        text = tag.group()
        if _ELSE.fullmatch(text) or _ENDIF.fullmatch(text):
            return tuple(out), tag.start()
        piece, position = _piece(var, body, tag, stop)
        if piece is None:
            return None, position
        out.append(piece)
    if position < stop:
        out.append(body[position:stop])
    return tuple(out), stop


def _piece(var: str, body: str, tag: re.Match[str], stop: int) -> tuple[Segment | None, int]:
    field = _FIELD.fullmatch(tag.group())
    if field is not None:
        if field.group(1) != var:
            return None, tag.end()
        in_text, props = _text_context(body, tag.start())
        return Field(field.group(2), in_text, props), tag.end()
    condition = _IF.fullmatch(tag.group())
    if condition is None or condition.group(2) != var:
        return None, tag.end()
    then, position = _parse_until(var, body, tag.end(), stop)
    other: tuple[Segment, ...] | None = ()
    if then is not None and _ELSE.match(body, position):
        after_else = _ELSE.match(body, position)
        assert after_else is not None
        other, position = _parse_until(var, body, after_else.end(), stop)
    closing = _ENDIF.match(body, position)
    if then is None or other is None or closing is None:
        return None, position
    return Cond(condition.group(3), bool(condition.group(1)), then, other), closing.end()


def _text_context(body: str, position: int) -> tuple[bool, str]:
    """Return (inside a w:t, the run's w:rPr) for a slot at `position`, as docxtpl sees them."""
    before = body[:position]
    if before.rfind("<") > before.rfind(">"):
        return False, ""  # inside a tag: an attribute value
    opened = [m.end() for m in TEXT_OPEN.finditer(before)]
    if not opened or before.rfind("</w:t>") > opened[-1]:
        return False, ""
    runs = [m.start() for m in RUN_START.finditer(before)]
    props = RUN_PROPERTIES.search(body, runs[-1], position) if runs else None
    return True, props.group() if props else ""
