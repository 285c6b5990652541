"""Writing the rows of a fast table loop: each item's values joined with the pattern's XML.

Values are escaped exactly as Jinja's autoescape and docxtpl's line-break handling would write
them, so a row reads the same whichever path made it (a test compares the bytes).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
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
    rows = _flat_rows if flat is not None else _tree_rows
    for start in range(0, len(items), CHUNK_ROWS):
        out = rows(pattern, items[start : start + CHUNK_ROWS], env)
        if marks:
            chunk = marks[start : start + CHUNK_ROWS]
            out = [row[:head] + mark + row[head:] for row, mark in zip(out, chunk, strict=True)]
        yield "".join(out)


def _flat_rows(pattern: RowPattern, items: Sequence[object], env: Environment) -> list[str]:
    """Rows without conditions: one str.format each, values escaped only when they need it."""
    flat = _flat(pattern.segments)
    assert flat is not None
    text, slots = flat
    names = tuple(slot.attr for slot in slots)
    getter, search, wanted = _getter(names), _ATTENTION.search, frozenset(names)
    out = []
    kind: type | None = None
    for item in items:
        if type(item) is not kind:
            kind = type(item)
            direct = wanted <= _dataclass_fields(kind)
        values = (
            getter(item) if direct else tuple(_value(pattern, item, name, env) for name in names)
        )
        if _plain(values, search):
            out.append(text.format(*values))  # the common case: nothing to escape
        else:
            out.append(
                text.format(
                    *[
                        value if type(value) is str and not search(value) else _escaped(value, slot)
                        for value, slot in zip(values, slots, strict=True)
                    ]
                )
            )
    return out


def values_of(
    pattern: RowPattern, items: Sequence[object], attr: str, env: Environment
) -> list[Any]:
    """Return what `attr` holds for each item, read as the rows read it."""
    if all(attr in _dataclass_fields(kind) for kind in {type(item) for item in items}):
        return list(map(attrgetter(attr), items))
    return [_value(pattern, item, attr, env) for item in items]


def _plain(values: tuple[Any, ...], search: Callable[[str], object]) -> bool:
    """Return True when every value is text with nothing to escape and no line break."""
    try:
        return not search("".join(values))
    except TypeError:  # a number or another object: the careful path
        return False


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
def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """Return a function giving the values of `names` as a tuple (C speed)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda item: (one(item),)
    return attrgetter(*names)


@cache
def _flat(segments: tuple[Segment, ...]) -> tuple[str, tuple[Field, ...]] | None:
    """Return (format string, slots) for rows without conditions: one str.format a row."""
    if any(isinstance(s, Cond) for s in segments):
        return None
    text = "".join(
        s.replace("{", "{{").replace("}", "}}") if isinstance(s, str) else "{}" for s in segments
    )
    return text, tuple(s for s in segments if isinstance(s, Field))


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
