"""Writing the rows of a fast table loop: each item's values joined with the pattern's XML.

Values are escaped exactly as Jinja's autoescape and docxtpl's line-break handling would write
them, so a row reads the same whichever path made it (a test compares the bytes).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import chain, repeat
from operator import attrgetter
from typing import Any

from jinja2 import Environment, Undefined
from jinja2.exceptions import UndefinedError
from markupsafe import Markup

from pipeline.render.docx.rows import Cond, Field, RowPattern, Segment
from pipeline.render.formats import strip_forbidden

# A character to escape (& < > " '), a line break or tab, or one XML cannot hold: one negated
# class (the characters that need nothing), searched several times faster than two.
_ATTENTION = re.compile(
    "[^\u0020\u0021\u0023-\u0025\u0028-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
CHUNK_ROWS = 2_000


def expand(
    pattern: RowPattern,
    items: Sequence[object],
    env: Environment,
    marks: Sequence[str] = (),
    head: int = 0,
) -> Iterator[str]:
    """Yield the XML of the rows for `items`, in chunks.

    `marks` (one per item, or none) is XML each row gets after its first `head` characters
    (the rows' anchors, see `rowmarks.py`).
    """
    flat = _flat(pattern.segments)
    for start in range(0, len(items), CHUNK_ROWS):
        chunk = items[start : start + CHUNK_ROWS]
        chunk_marks = marks[start : start + CHUNK_ROWS]
        if flat is not None and head <= len(flat[0][0]):
            yield _flat_rows(pattern, flat, chunk, env, chunk_marks, head)
            continue
        out = _tree_rows(pattern, chunk, env)
        if chunk_marks:
            out = [
                row[:head] + mark + row[head:] for row, mark in zip(out, chunk_marks, strict=True)
            ]
        yield "".join(out)


def _flat_rows(
    pattern: RowPattern,
    flat: tuple[tuple[str, ...], tuple[Field, ...]],
    items: Sequence[object],
    env: Environment,
    marks: Sequence[str],
    head: int,
) -> str:
    """Rows without conditions, column by column: each distinct value escaped once, then the
    pattern's XML pieces and the values joined in one pass."""
    pieces, slots = flat
    columns = [
        _written(values, slot)
        for values, slot in zip(_columns(pattern, items, slots, env), slots, strict=True)
    ]
    if marks:  # the anchor is one more value, inside the first piece
        pieces = (pieces[0][:head], pieces[0][head:], *pieces[1:])
        columns.insert(0, list(marks))
    if not columns:
        return pieces[0] * len(items)
    streams: list[Iterable[str]] = [repeat(pieces[0])]
    for column, piece in zip(columns, pieces[1:], strict=True):
        streams += [column, repeat(piece)]
    # the pieces repeat without end: the values' columns say how many rows there are
    return "".join(chain.from_iterable(zip(*streams, strict=False)))


def _columns(
    pattern: RowPattern, items: Sequence[object], slots: tuple[Field, ...], env: Environment
) -> list[list[Any]]:
    """Return each slot's values, one a row (read directly from context classes)."""
    names = tuple(slot.attr for slot in slots)
    wanted = frozenset(names)
    if all(wanted <= _dataclass_fields(kind) for kind in set(map(type, items))):
        return [list(map(attrgetter(name), items)) for name in names]
    rows = [[_value(pattern, item, name, env) for name in names] for item in items]
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in names]


def _written(values: list[Any], slot: Field) -> list[str]:
    """Return a slot's values as the rows write them; a text met again is escaped once."""
    if set(map(type, values)) == {str}:
        distinct = set(values)
        if not _ATTENTION.search("".join(distinct)):
            return values  # the common case: nothing to escape, no line break
        escaped = {value: _escaped(value, slot) for value in distinct}
        return list(map(escaped.__getitem__, values))
    return [_escaped(value, slot) for value in values]


def values_of(
    pattern: RowPattern, items: Sequence[object], attr: str, env: Environment
) -> list[Any]:
    """Return what `attr` holds for each item, read as the rows read it."""
    if all(attr in _dataclass_fields(kind) for kind in set(map(type, items))):
        return list(map(attrgetter(attr), items))
    return [_value(pattern, item, attr, env) for item in items]


def _tree_rows(pattern: RowPattern, items: Sequence[object], env: Environment) -> list[str]:
    """Rows with conditions: walk the pattern for each item."""
    names = _names(pattern.segments)
    rows: list[str] = []
    for item in items:
        fast = set(names) <= _dataclass_fields(type(item))
        values = (
            {name: getattr(item, name) for name in names}
            if fast
            else {name: _value(pattern, item, name, env) for name in names}
        )
        out: list[str] = []
        _emit(pattern.segments, values, out)
        rows.append("".join(out))
    return rows


@cache
def _flat(segments: tuple[Segment, ...]) -> tuple[tuple[str, ...], tuple[Field, ...]] | None:
    """Return (XML pieces, slots) for rows without conditions: a row is piece, value, piece..."""
    if any(isinstance(s, Cond) for s in segments):
        return None
    pieces: list[str] = []
    slots: list[Field] = []
    done: list[str] = []
    for segment in segments:
        if isinstance(segment, Field):
            pieces.append("".join(done))
            slots.append(segment)
            done = []
        elif isinstance(segment, str):
            done.append(segment)
    pieces.append("".join(done))
    return tuple(pieces), tuple(slots)


def _names(segments: tuple[Segment, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for segment in segments:
        if isinstance(segment, Field):
            found.append(segment.attr)
        elif isinstance(segment, Cond):
            found += [segment.attr, *_names(segment.then), *_names(segment.other)]
    return tuple(dict.fromkeys(found))


def _emit(segments: tuple[Segment, ...], values: dict[str, Any], out: list[str]) -> None:
    for segment in segments:
        if type(segment) is str:
            out.append(segment)
        elif type(segment) is Field:
            out.append(_escaped(values[segment.attr], segment))
        elif type(segment) is Cond:
            chosen = bool(values[segment.attr]) != segment.negate
            _emit(segment.then if chosen else segment.other, values, out)


def _value(pattern: RowPattern, item: Any, attr: str, env: Environment) -> Any:
    value = env.getattr(item, attr)  # the sandbox's own rules for what is not a context class
    if isinstance(value, Undefined):
        raise UndefinedError(f"'{pattern.var}.{attr}' is undefined")
    return value


_FIELDS: dict[type, frozenset[str]] = {}


def _dataclass_fields(kind: type) -> frozenset[str]:
    """Return the public fields of a context dataclass (read directly: no sandbox detour)."""
    found = _FIELDS.get(kind)
    if found is None:
        found = (
            frozenset(f.name for f in dataclasses.fields(kind) if not f.name.startswith("_"))
            if dataclasses.is_dataclass(kind)
            else frozenset()
        )
        _FIELDS[kind] = found
    return found


def _escape(text: str) -> str:
    """Escape for XML exactly as markupsafe does (so both paths write the same bytes)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def _escaped(value: object, slot: Field) -> str:
    """Return a value as Jinja's autoescape and docxtpl's listing handling would write it."""
    if isinstance(value, Markup):
        text = strip_forbidden(str(value))
    else:
        text = value if type(value) is str else str(value)
        if not _ATTENTION.search(text):
            return text  # the common case: nothing to escape, no line break
        text = _escape(strip_forbidden(text))
    if slot.in_text:
        if "\n" in text:
            text = text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        if "\t" in text:
            props = slot.run_properties
            text = text.replace(
                "\t",
                f'</w:t></w:r><w:r>{props}<w:tab/></w:r><w:r>{props}<w:t xml:space="preserve">',
            )
    return text
