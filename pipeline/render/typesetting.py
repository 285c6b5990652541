"""Typography of the documents' text: French and English rules, each distinct text set once."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import compress, count
from operator import attrgetter
from typing import Any, TypeVar

from pipeline.core.model import Lang

_Row = TypeVar("_Row")

# Spans typography leaves alone: template tags, web and e-mail addresses, file paths, file
# names, cell references and times (a quote or colon there is part of the value, not prose).
_CODE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}"
    r"|[A-Za-z][A-Za-z0-9+.-]*://\S+|www\.\S+|[^\s@]+@[^\s@]+\.\w+"
    r"|[^\s]*[/\\_=<>{}|][^\s]*"
    r'|[^\s"]+\.[A-Za-z0-9]{2,5}(?![\w.])'
    r"|\w+![A-Z]{1,3}\d+|\d{1,2}:\d{2}"
)
# Outside template tags a span never crosses a space: only the words holding what a span needs
# (a character of a path or an address, "." ":" "!" followed by what a file name, a time, a
# cell or an address has) are searched, one word at a time.
_CODE_WORD = re.compile(r"(?<!\S)\S*?(?:[/\\_=<>{}|@]|[.!:][A-Za-z0-9/]|www\.)\S*")
_HOLD = re.compile("\ue000(\\d+)\ue001")
_NBSP, _NNBSP = "\u00a0", "\u202f"
_SPACES = " \u00a0\u202f"
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# (characters one of which must be present, pattern, replacement): a rule is tried only then.
_FRENCH = (
    ('"', re.compile(r'"\s*([^"\n]*?)\s*"'), f"«{_NBSP}\\1{_NBSP}»"),
    ("'", re.compile("'"), "\u2019"),
    ("«", re.compile(f"«[{_SPACES}]*"), f"«{_NBSP}"),
    ("»", re.compile(f"[{_SPACES}]*»"), f"{_NBSP}»"),
    (";!?", re.compile(f"(?=[{_SPACES};!?])(?<=[^\\s;:!?])[{_SPACES}]?(?=[;!?])"), _NNBSP),
    (":", re.compile(f"(?=[{_SPACES}:])(?<=[^\\s;:!?])[{_SPACES}]?(?=:)"), _NBSP),
    ("1", re.compile(f"\\b1(?=[{_SPACES}](?:{_MONTHS})\\b)"), "1er"),
)
_ENGLISH = (
    ('"', re.compile(r'"([^"\n]*)"'), "\u201c\\1\u201d"),
    ("'", re.compile(r"(?<=\w)'(?=\w)|(?<=s)'(?=\s|$)"), "\u2019"),
)
_ATTENTION = re.compile("['\":;!?«»]|\\b1[ \u00a0]")


def typeset(value: str, lang: Lang) -> str:
    """Return prose as a typographer sets it: in French a no-break space before : ; ! ? and
    inside « », the apostrophe ’, « 1er » for the first of a month; in English curly quotes.

    Web and e-mail addresses, file paths and names, cell references, times and template tags
    are left exactly as they are (their quotes and colons are part of the value).
    """
    if not _ATTENTION.search(value):
        return value
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group())
        return f"\ue000{len(held) - 1}\ue001"

    if "{{" in value or "{%" in value:
        prose = _CODE.sub(hold, value)
    else:
        prose = _CODE_WORD.sub(lambda word: _CODE.sub(hold, word.group()), value)
    for triggers, pattern, replacement in _FRENCH if lang == "fr" else _ENGLISH:
        if any(char in prose for char in triggers):
            prose = pattern.sub(replacement, prose)
    result = _HOLD.sub(lambda m: held[int(m.group(1))], prose) if held else prose
    return value if result == value else result


def typeset_all(value: Any, lang: Lang) -> Any:
    """Return a context with every text typeset for `lang` (ours and the user's alike).

    Objects whose texts need no change are returned as they are, a text met again (a status,
    a date, a group in a long register) is typeset once, and rows made by `typeset_rows` are
    typeset already: large registers stay cheap.
    """
    return _Typesetter(lang).walk(value)


def typeset_rows(kind: type[_Row], lang: Lang, **columns: Sequence[Any]) -> tuple[_Row, ...]:
    """Return a register's records `kind(...)`, one a row, every text typeset for `lang`.

    `columns` holds each field's values, one a row. A register repeats few values: each
    distinct text of a column is typeset once, and each record is built once (`typeset_all`
    keeps these rows as they are).
    """
    names = _field_names(kind)
    if not _positional(kind) or set(columns) != set(names):
        raise TypeError(f"{kind.__name__} needs exactly the columns {', '.join(names)}")
    if len({len(values) for values in columns.values()}) > 1:
        raise ValueError(f"the columns of {kind.__name__} have different lengths")
    typesetter = _Typesetter(lang)
    typeset_columns = [typesetter.column(list(columns[name]))[0] for name in names]
    return _TypesetRows(map(kind, *typeset_columns))


class _TypesetRows(tuple[Any, ...]):
    """Records whose every text is typeset already (see `typeset_rows`)."""

    __slots__ = ()


class _Typesetter:
    """One context's walk: texts typeset once each, long lists of records column by column."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.done: dict[str, str] = {}

    def walk(self, item: Any) -> Any:
        kind = type(item)
        if kind is str:
            found = self.done.get(item)
            if found is None:
                found = self.done[item] = typeset(item, self.lang)
            return found
        if kind is _TypesetRows:
            return item
        if kind is tuple or kind is list:
            items = self.many(item)
            return item if items is item else kind(items)
        names = _field_names(kind)
        if not names:
            return typeset(item, self.lang) if isinstance(item, str) else item
        changes = {}
        for name in names:
            old = getattr(item, name)
            new = self.walk(old)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(item, **changes) if changes else item

    def many(self, items: Sequence[Any]) -> Sequence[Any]:
        """Return `items` typeset (the same object when nothing changed)."""
        kinds = set(map(type, items))
        kind = kinds.pop() if len(kinds) == 1 else None
        if kind is None or not _positional(kind) or len(items) < 2:
            new = [self.walk(item) for item in items]
            return items if all(n is o for n, o in zip(new, items, strict=True)) else new
        columns = [list(map(attrgetter(name), items)) for name in _field_names(kind)]
        changed: set[int] = set()
        for index, values in enumerate(columns):
            columns[index], rows = self.column(values)
            changed.update(rows)
        if not changed:
            return items
        result = list(items)
        for row in changed:
            result[row] = kind(*[values[row] for values in columns])
        return result

    def column(self, values: list[Any]) -> tuple[list[Any], Iterable[int]]:
        """Return one field's values across many records typeset, and the rows that changed.

        A column of texts repeats few values: each distinct one is looked at once.
        """
        kinds = set(map(type, values))
        if kinds <= _PLAIN:
            return values, ()
        if kinds == {str}:
            typeset_text = {value: self.walk(value) for value in set(values)}
            changes = {old: new for old, new in typeset_text.items() if new != old}
            if not changes:
                return values, ()
            rows = compress(count(), map(changes.__contains__, values))
            return list(map(typeset_text.__getitem__, values)), rows
        new = [self.walk(value) for value in values]
        return new, [row for row, (o, n) in enumerate(zip(values, new, strict=True)) if n is not o]


_PLAIN = frozenset({type(None), bool, int, float, Decimal, date})  # nothing to typeset in them


def _positional(kind: type) -> bool:
    """True for a dataclass whose every field is set by position (rebuilt by `kind(*values)`)."""
    fields = dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else ()
    return bool(fields) and all(f.init and not f.kw_only for f in fields)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """Return the fields of a dataclass type, () for any other type."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        fields = dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else ()
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields if f.init)
    return names
