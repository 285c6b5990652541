"""Turn the rows of a recognised table into the model's records, one finding per bad cell."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, NamedTuple

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
from pipeline.ingest.cells import Context, as_text, indicator_of
from pipeline.ingest.labels import normalise
from pipeline.ingest.notes import Notes
from pipeline.ingest.numbers import NumberProblem
from pipeline.ingest.readers import CellReader, reader_for
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


class _Field(NamedTuple):
    """One read column of a table: its key, number and the reader chosen for it (a tuple:
    unpacked once per cell, the cheapest way Python reads four values)."""

    key: str
    number: int
    read: CellReader
    kept: frozenset[str]  # problem codes the record keeps instead of reporting


def read_records(
    layout: Layout, rows: Iterable[RawRow], file: str, sheet: str, context: Context, notes: Notes
) -> list[Record]:
    """Return one record per data row of a table of kind `layout.kind`."""
    kind = layout.kind
    spec = SHEETS[kind]
    columns = tuple((key, number) for key, number in layout.columns if (kind, key) not in NOT_READ)
    fields = tuple(
        _Field(key, number, reader_for(spec.column(key), context), _kept(kind, key))
        for key, number in columns
    )
    letters = tuple((key, letter(number)) for key, number in columns)  # once per sheet
    number = dict(columns).get("number", 0) if kind == "indicators" else None
    build = _BUILDERS[kind]
    empty = _empty(kind)
    records: list[Record] = []
    for row in rows:
        if is_section_row(layout, row):
            continue
        origin = Origin(file, sheet, row.number, letters)
        values = _values(kind, fields, row, origin, notes, number, dict(empty))
        records.append(build(origin=origin, **values))
    return records


def _values(
    kind: SheetKind,
    fields: tuple[_Field, ...],
    row: RawRow,
    origin: Origin,
    notes: Notes,
    number: int | None,
    values: dict[str, Any],
) -> dict[str, Any]:
    """Return a row's typed values by key; each cell that cannot be read becomes a finding."""
    cells = row.cells
    indicator = None if number is None else _row_indicator(cells.get(number))
    for key, column, read, kept in fields:
        raw = cells.get(column)
        if raw is None:
            continue
        value, problem = read(raw)
        if problem is not None and problem.code not in kept:
            notes.problem(problem, kind, key, origin.sheet, origin.cell(key), indicator)
        if value is not None:
            values[key] = value
    if number is not None:
        values["raw_number"] = as_text(cells.get(number))
    return values


def _kept(kind: SheetKind, key: str) -> frozenset[str]:
    return frozenset(code for k, name, code in _RAW_KEPT if (k, name) == (kind, key))


@cache
def _empty(kind: SheetKind) -> tuple[tuple[str, Any], ...]:
    keys = {c.key for c in SHEETS[kind].columns}
    return tuple((key, value) for key, value in _EMPTY.items() if key in keys)


def _row_indicator(value: object) -> int | None:
    """Return the indicator a row is about (indicators sheet), for locating its findings."""
    if value is None:
        return None
    try:
        return indicator_of(value)
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
