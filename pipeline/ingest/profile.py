"""Read the organisation's profile: one labelled field per row, its answer to the right."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.core.layout import PROFILE
from pipeline.core.model import CATEGORIES, Category, Origin, Profile
from pipeline.ingest.cells import Context, read_cell
from pipeline.ingest.notes import Notes
from pipeline.ingest.rows import BLANK_RUN, letter
from pipeline.ingest.sheets import profile_layout
from pipeline.ingest.stream import Box, RawRow

MAX_PROFILE_ROWS = 500
_CATEGORIES: dict[str, Category] = {f"category_{c.lower()}": c for c in CATEGORIES}
_NEW_ENTRANT: dict[str, Category] = {f"new_entrant_{c.lower()}": c for c in CATEGORIES}
LEGACY_NEW_ENTRANT = "new_entrant"


def read_profile(
    rows: Iterable[RawRow],
    boxes: tuple[Box, ...],
    file: str,
    sheet: str,
    context: Context,
    notes: Notes,
) -> Profile | None:
    """Return the profile a sheet holds, reporting fields it lacks and answers it cannot read."""
    kept = _rows(rows)
    layout = profile_layout(kept)
    if layout is None:
        return None
    cells = {(row.number, column): value for row in kept for column, value in row.cells.items()}
    values: dict[str, Any] = {}
    unreadable: set[str] = set()
    located: list[tuple[str, str]] = []
    for key, row, label_column in layout.fields:
        column = _value_column(row, label_column, boxes)
        cell = f"{letter(column)}{row}"
        located.append((key, cell))
        raw = cells.get((row, column))
        if raw is None:
            _blank(key, sheet, cell, notes)
            continue
        value, problem = read_cell(raw, PROFILE.column(key), context)
        if problem is not None:
            notes.problem(problem, "profile", key, sheet, cell)
            unreadable.add(key)
        if value is not None:
            values[key] = value
    _missing({key for key, _, _ in layout.fields}, sheet, notes)
    origin = Origin(file, sheet, 0, tuple(located))
    profile = _profile(values, origin, frozenset(unreadable))
    if values.get(LEGACY_NEW_ENTRANT):
        _legacy_new_entrant(profile, sheet, origin.cell(LEGACY_NEW_ENTRANT), notes)
    return profile


def _rows(rows: Iterable[RawRow]) -> list[RawRow]:
    kept: list[RawRow] = []
    last = 0
    for row in rows:
        if row.cells:
            kept.append(row)
            last = row.number
        if row.number - last >= BLANK_RUN or len(kept) >= MAX_PROFILE_ROWS:
            break
    return kept


def _value_column(row: int, label_column: int, boxes: tuple[Box, ...]) -> int:
    """Return the column of a field's answer: the first one right of its (merged) label."""
    for min_col, min_row, max_col, max_row in boxes:
        if min_col <= label_column <= max_col and min_row <= row <= max_row:
            return max_col + 1
    return label_column + 1


def _blank(key: str, sheet: str, cell: str, notes: Notes) -> None:
    """Report a required yes/no answer left empty: the model cannot tell it from 'No'."""
    column = PROFILE.column(key)
    if column.required and column.type == "bool":
        notes.add("error", "YES_NO_MISSING", sheet, cell, column=notes.label("profile", key))


def _missing(found: set[str], sheet: str, notes: Notes) -> None:
    expected = {column.key for column in PROFILE.written}
    if LEGACY_NEW_ENTRANT in found:  # an older profile: one answer stands for the four
        expected -= set(_NEW_ENTRANT)
    for column in PROFILE.written:
        if column.key in expected and column.key not in found and not column.optional:
            notes.add(
                "error" if column.required else "warning",
                "MISSING_FIELD",
                sheet,
                column=notes.label("profile", column.key),
            )


def _profile(values: dict[str, Any], origin: Origin, unreadable: frozenset[str]) -> Profile:
    fields = dict(values)
    categories = _answered(fields, _CATEGORIES)
    new_entrant = _answered(fields, _NEW_ENTRANT)
    if fields.pop(LEGACY_NEW_ENTRANT, False):
        new_entrant = categories  # the older yes/no: yes = every category delivered
    kept = {key: value for key, value in fields.items() if value is not None}
    return Profile(
        origin=origin,
        categories=categories,
        new_entrant_categories=new_entrant,
        unreadable=unreadable,
        **kept,
    )


def _answered(fields: dict[str, Any], keys: dict[str, Category]) -> frozenset[Category]:
    """Take the yes/no answers of `keys` out of `fields`; return the categories answered yes."""
    return frozenset(category for key, category in keys.items() if fields.pop(key, False))


def _legacy_new_entrant(profile: Profile, sheet: str, cell: str, notes: Notes) -> None:
    """Say how an older profile's single "New entrant: yes" was read."""
    notes.add(
        "warning",
        "NEW_ENTRANT_SINGLE_ANSWER",
        sheet,
        cell,
        column=notes.label("profile", LEGACY_NEW_ENTRANT),
        categories=", ".join(c for c in CATEGORIES if c in profile.new_entrant_categories),
    )
