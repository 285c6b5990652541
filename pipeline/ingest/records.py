"""Turn the rows of a recognised table into the model's records, one finding per bad cell."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pipeline.core.layout import SHEETS
from pipeline.core.model import (
    Complaint,
    Evidence,
    Feedback,
    Improvement,
    IndicatorEntry,
    NonConformity,
    Origin,
    SheetKind,
)
from pipeline.ingest.cells import Context, as_text, indicator_of, read_cell
from pipeline.ingest.labels import normalise
from pipeline.ingest.notes import Notes
from pipeline.ingest.numbers import NumberProblem
from pipeline.ingest.rows import letter
from pipeline.ingest.sheets import Layout
from pipeline.ingest.stream import RawRow

Record = IndicatorEntry | Evidence | Feedback | Complaint | Improvement | NonConformity

_BUILDERS: dict[SheetKind, Callable[..., Record]] = {
    "indicators": IndicatorEntry,
    "evidence": Evidence,
    "feedback": Feedback,
    "complaints": Complaint,
    "improvements": Improvement,
    "nonconformities": NonConformity,
}
# Columns that are in the workbook for people but not in the model (printed, never read).
NOT_READ = frozenset({("indicators", "criterion")})
# Cells whose raw text the record keeps, so that validation reports them (INDICATOR_UNKNOWN).
_RAW_KEPT = frozenset({("indicators", "number", "BAD_INDICATOR")})
_SECTION = ("critere", "criterion")
# Positional fields of the model that need a value even when the cell is empty.
_EMPTY: dict[str, Any] = {"id": "", "date": None, "group": None, "number": None}


def read_records(
    layout: Layout, rows: Iterable[RawRow], file: str, sheet: str, context: Context, notes: Notes
) -> list[Record]:
    """Return one record per data row of a table of kind `layout.kind`."""
    columns = tuple(
        (key, number) for key, number in layout.columns if (layout.kind, key) not in NOT_READ
    )
    letters = tuple((key, letter(number)) for key, number in columns)  # once per sheet
    return [
        _record(layout.kind, columns, row, Origin(file, sheet, row.number, letters), context, notes)
        for row in rows
        if not is_section_row(layout, row)
    ]


def _record(
    kind: SheetKind,
    columns: tuple[tuple[str, int], ...],
    row: RawRow,
    origin: Origin,
    context: Context,
    notes: Notes,
) -> Record:
    spec = SHEETS[kind]
    values: dict[str, Any] = dict(_empty(kind))
    indicator = _row_indicator(kind, columns, row)
    for key, number in columns:
        raw = row.cells.get(number)
        if raw is None:
            continue
        value, problem = read_cell(raw, spec.column(key), context)
        if problem is not None and (kind, key, problem.code) not in _RAW_KEPT:
            notes.problem(problem, kind, key, origin.sheet, origin.cell(key), indicator)
        if value is not None:
            values[key] = value
    if kind == "indicators":
        values["raw_number"] = as_text(row.cells.get(dict(columns).get("number", 0)))
    return _BUILDERS[kind](origin=origin, **values)


@cache
def _empty(kind: SheetKind) -> tuple[tuple[str, Any], ...]:
    keys = {c.key for c in SHEETS[kind].columns}
    return tuple((key, value) for key, value in _EMPTY.items() if key in keys)


def _row_indicator(
    kind: SheetKind, columns: tuple[tuple[str, int], ...], row: RawRow
) -> int | None:
    """Return the indicator a row is about (indicators sheet), for locating its findings."""
    if kind != "indicators":
        return None
    try:
        return indicator_of(row.cells.get(dict(columns).get("number", 0)))
    except NumberProblem:
        return None


def is_section_row(layout: Layout, row: RawRow) -> bool:
    """Return True for a grid's « Critère 3 : ... » heading row (often merged across the table)."""
    if layout.kind != "indicators":
        return False
    number = layout.column("number")
    if number is not None and number in row.cells:
        try:
            indicator_of(row.cells[number])
            return False
        except NumberProblem:
            pass
    texts = [normalise(v) for v in row.cells.values() if isinstance(v, str)]
    return bool(texts) and texts[0].startswith(_SECTION)
