"""Recognise a sheet by its content: a header row of known labels, or the profile's fields."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.core.layout import SHEETS
from pipeline.core.model import SheetKind
from pipeline.ingest.labels import match_column
from pipeline.ingest.stream import RawRow

HEAD_ROWS = 40  # a header or the profile's labels are looked for in a sheet's first rows
MIN_PROFILE_FIELDS = 5
TABLE_KINDS: tuple[SheetKind, ...] = tuple(kind for kind, spec in SHEETS.items() if not spec.fields)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a recognised sheet keeps its data.

    Tables: `header_row` and `columns` (key -> column number). Profile: `fields`
    (key -> row and column of its label), header_row 0.
    """

    kind: SheetKind
    header_row: int = 0
    columns: tuple[tuple[str, int], ...] = ()
    duplicates: tuple[tuple[str, int], ...] = ()  # a second column with the same label
    fields: tuple[tuple[str, int, int], ...] = ()

    def column(self, key: str) -> int | None:
        """Return the column number of `key`, or None when the sheet has no such column."""
        return next((number for name, number in self.columns if name == key), None)


def classify(head: Sequence[RawRow]) -> Layout | None:
    """Return the layout of a sheet from its first rows, or None when it is not one of ours."""
    table = _best_table(head)
    profile = profile_layout(head)
    if profile is not None and (table is None or len(profile.fields) > len(table.columns)):
        return profile
    return table


def _best_table(head: Sequence[RawRow]) -> Layout | None:
    best: tuple[float, int, int] | None = None
    found: Layout | None = None
    for row in head:
        for kind in TABLE_KINDS:
            layout = _header(kind, row)
            matched = len(layout.columns)
            share = matched / len(SHEETS[kind].columns)
            if matched < 2 or (share < 0.5 and not _has_required(layout, matched)):
                continue
            score = (share, matched, -row.number)
            if best is None or score > best:
                best, found = score, layout
    return found


def _has_required(layout: Layout, matched: int) -> bool:
    """Return True for a header of another person's making: every required column, and more."""
    required = [c.key for c in SHEETS[layout.kind].columns if c.required]
    return matched >= 3 and all(layout.column(key) is not None for key in required)


def closest(head: Sequence[RawRow]) -> tuple[SheetKind, tuple[str, ...]]:
    """Return the table kind a sheet came nearest to, and the header texts it has.

    The header is the row with the most text cells; with no match at all the grid is assumed.
    """
    rows = [r for r in head if r.cells] or [RawRow(0, False, {})]
    row = max(rows, key=lambda r: sum(isinstance(v, str) for v in r.cells.values()))
    scores = [(len(_header(kind, row).columns), kind) for kind in TABLE_KINDS]
    best, kind = max(scores, key=lambda s: (s[0], s[1] == "indicators"))
    found = tuple(str(v).strip() for _, v in sorted(row.cells.items()) if isinstance(v, str))
    return (kind if best else "indicators"), found


def _header(kind: SheetKind, row: RawRow) -> Layout:
    columns: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    for number in sorted(row.cells):
        key = match_column(kind, row.cells[number])
        if key is None:
            continue
        if key in columns:
            duplicates.append((key, number))
        else:
            columns[key] = number
    return Layout(kind, row.number, tuple(columns.items()), tuple(duplicates))


def profile_layout(rows: Sequence[RawRow]) -> Layout | None:
    """Return the profile layout when one column of `rows` holds enough field labels."""
    by_column: dict[int, dict[str, tuple[str, int, int]]] = {}
    for row in rows:
        for number, value in sorted(row.cells.items()):
            key = match_column("profile", value)
            if key is not None:
                by_column.setdefault(number, {}).setdefault(key, (key, row.number, number))
    if not by_column:
        return None
    fields = max(by_column.values(), key=len)
    if len(fields) < MIN_PROFILE_FIELDS:
        return None
    return Layout("profile", fields=tuple(fields.values()))
