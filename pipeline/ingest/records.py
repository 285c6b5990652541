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
from pipeline.ingest.cells import ERROR_TEXTS, CellError, Context, Problem, as_text, indicator_of
from pipeline.ingest.labels import normalise
from pipeline.ingest.notes import Notes
from pipeline.ingest.numbers import NumberProblem
from pipeline.ingest.readers import CellReader, reader_for
from pipeline.ingest.rows import Walk, letter
from pipeline.ingest.sheets import Layout
from pipeline.ingest.stream import ListRow, held

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
    """One read column of a table: its key, where it is in a row's list (from column 1), the reader
    chosen for it, and the problems the record keeps (a tuple: unpacked once per cell, the
    cheapest way Python reads four values)."""

    key: str
    at: int
    read: CellReader
    kept: frozenset[str]  # problem codes the record keeps instead of reporting


def read_records(
    layout: Layout, rows: Iterable[ListRow], walk: Walk, file: str, context: Context
) -> list[Record]:
    """Return one record per data row of a table of kind `layout.kind`; blank rows are skipped
    and each cell that cannot be read becomes a finding."""
    kind = layout.kind
    columns = tuple((key, number) for key, number in layout.columns if (kind, key) not in NOT_READ)
    fields = tuple(
        _Field(key, number - 1, reader_for(SHEETS[kind].column(key), context), _kept(kind, key))
        for key, number in columns
    )
    unread = tuple(n - 1 for key, n in layout.columns if (kind, key) in NOT_READ)
    letters = tuple((key, letter(number)) for key, number in columns)  # once per sheet
    build, empty, sheet = _BUILDERS[kind], _empty(kind), walk.sheet
    records: list[Record] = []
    for number, hidden, values, left in rows:
        typed, problems = _values(fields, values, left, dict(empty))
        if typed is None and not _any_value(values, left, unread):
            if walk.blank(number):
                continue
            break
        if not walk.filled(number, hidden):
            break
        typed = typed or dict(empty)
        if kind == "indicators":
            if is_section_row(layout, values, left):
                continue
            _with_raw_number(layout, typed, values, left)
        origin = Origin(file, sheet, number, letters)
        if problems:
            _report(problems, kind, origin, walk.notes, _row_indicator(layout, values, left))
        records.append(build(origin=origin, **typed))
    walk.report()
    return records


def _values(
    fields: tuple[_Field, ...], values: list[Any], left: int, typed: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[tuple[str, Problem]]]:
    """Return a row's typed values by key (None when it has none) and the problems found.

    One plain loop over the row's cells: the hottest of a read (`held` written inline: blank
    text is no value, Excel's error texts are errors, as in a RawRow).
    """
    problems: list[tuple[str, Problem]] = []
    size = len(values) + left
    filled = False
    for key, at, read, kept in fields:
        if at < left or at >= size:
            continue
        raw = values[at - left]
        if type(raw) is str:
            if not raw or raw.isspace():
                continue
            if raw in ERROR_TEXTS:
                raw = CellError(raw)
        elif raw is None:
            continue
        filled = True
        value, problem = read(raw)
        if problem is not None and problem.code not in kept:
            problems.append((key, problem))
        if value is not None:
            typed[key] = value
    return (typed if filled else None), problems


def _kept(kind: SheetKind, key: str) -> frozenset[str]:
    return frozenset(code for k, name, code in _RAW_KEPT if (k, name) == (kind, key))


@cache
def _empty(kind: SheetKind) -> tuple[tuple[str, Any], ...]:
    keys = {c.key for c in SHEETS[kind].columns}
    return tuple((key, value) for key, value in _EMPTY.items() if key in keys)


def _cell(values: list[Any], left: int, index: int) -> object:
    """Return the value at `index` (from column 1) as a RawRow holds it: None when blank."""
    position = index - left
    return held(values[position]) if 0 <= position < len(values) else None


def _any_value(values: list[Any], left: int, indexes: tuple[int, ...]) -> bool:
    return any(_cell(values, left, index) is not None for index in indexes)


def _with_raw_number(layout: Layout, typed: dict[str, Any], values: list[Any], left: int) -> None:
    """Keep what a grid row's number cell holds as text, so validation can name an unknown one."""
    number = layout.column("number")
    typed["raw_number"] = as_text(None if number is None else _cell(values, left, number - 1))


def _report(
    problems: list[tuple[str, Problem]],
    kind: SheetKind,
    origin: Origin,
    notes: Notes,
    indicator: int | None,
) -> None:
    for key, problem in problems:
        notes.problem(problem, kind, key, origin.sheet, origin.cell(key), indicator)


def _row_indicator(layout: Layout, values: list[Any], left: int) -> int | None:
    """Return the indicator a grid row is about, for locating its findings."""
    number = layout.column("number") if layout.kind == "indicators" else None
    value = None if number is None else _cell(values, left, number - 1)
    if value is None:
        return None
    try:
        return indicator_of(value)
    except NumberProblem:
        return None


def is_section_row(layout: Layout, values: list[Any], left: int) -> bool:
    """Return True for a grid's « Critère 3 : ... » heading row (often merged across the table)."""
    if _row_indicator(layout, values, left) is not None:
        return False
    cells = (_cell(values, left, index) for index in range(left, left + len(values)))
    first = next((v for v in cells if isinstance(v, str)), None)
    return first is not None and normalise(first).startswith(_SECTION)
