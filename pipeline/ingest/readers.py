"""Choose once per column the function that types its cells, with fast paths for typed values.

`read_cell` decides from the column's type on every call; a table of 50,000 rows calls it
hundreds of thousands of times. A reader is chosen once per column instead: values calamine
already typed (text, float, date) are handled in a few operations, closed-list and yes/no
texts are remembered per column (a column holds few distinct spellings), and everything else
goes to `read_cell`, so every value gives exactly what `read_cell` gives (same value, same
problem, hence the same finding at the same cell).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from pipeline.core.layout import Column
from pipeline.ingest.cells import EXCEL_CELL_CHARACTERS, Context, Problem, read_cell
from pipeline.ingest.dates import EARLIEST, LATEST

Typed = tuple[object, Problem | None]
CellReader = Callable[[object], Typed]
_EXACT = 2.0**53  # floats below this are whole numbers exactly (IEEE 754 double)
_REMEMBERED = 4_096  # distinct spellings remembered per closed-list column


def reader_for(column: Column, context: Context) -> CellReader:
    """Return the function that types a non-blank cell of `column` as `read_cell` does."""

    def slow(value: object) -> Typed:
        return read_cell(value, column, context)

    kind = column.type
    if kind in ("text", "longtext"):
        return _text(slow)
    if kind == "id":
        return _id(slow)
    if kind == "date":
        return _date(slow)
    if kind in ("int", "indicator"):
        return _whole(slow)
    if kind == "decimal":
        return _decimal(slow)
    if kind in ("choice", "bool"):
        return _remembered(slow)
    return slow


def _text(slow: CellReader) -> CellReader:
    def read(value: object) -> Typed:
        if type(value) is str and "\r" not in value:
            text: str = value.strip()
            if len(text) <= EXCEL_CELL_CHARACTERS:
                return text, None
        return slow(value)

    return read


def _id(slow: CellReader) -> CellReader:
    def read(value: object) -> Typed:
        if type(value) is str:  # split() drops \r, \n and the spaces read_id trims
            return " ".join(value.split()).upper(), None
        return slow(value)

    return read


def _date(slow: CellReader) -> CellReader:
    seen: dict[datetime, Typed] = {}  # a register's dates repeat: each is made once

    def read(value: object) -> Typed:
        if type(value) is datetime:
            found = seen.get(value)
            if found is not None:
                return found
            day = value.date()
            found = (day, None) if EARLIEST <= day <= LATEST else slow(value)
            if len(seen) < _REMEMBERED:
                seen[value] = found
            return found
        if type(value) is date and EARLIEST <= value <= LATEST:
            return value, None
        return slow(value)  # text, serial numbers, out of range: the full rules

    return read


def _whole(slow: CellReader) -> CellReader:
    """Whole numbers and indicator numbers typed as numbers (calamine gives floats)."""

    def read(value: object) -> Typed:
        if type(value) is float and value.is_integer() and -_EXACT < value < _EXACT:
            return int(value), None
        if type(value) is int:
            return value, None
        return slow(value)

    return read


def _decimal(slow: CellReader) -> CellReader:
    seen: dict[float, Typed] = {}  # scores and scales repeat: each Decimal is made once

    def read(value: object) -> Typed:
        if type(value) is float and -_EXACT < value < _EXACT:
            found = seen.get(value)
            if found is None:
                found = (Decimal(repr(value)), None)
                if value and len(seen) < _REMEMBERED:  # 0.0 and -0.0 are one key, two Decimals
                    seen[value] = found
            return found
        if type(value) is int:
            return Decimal(value), None
        return slow(value)

    return read


def _remembered(slow: CellReader) -> CellReader:
    """A closed list's texts: the same spelling always gives the same key or problem."""
    seen: dict[str, Typed] = {}

    def read(value: object) -> Typed:
        if type(value) is not str:
            return slow(value)
        found = seen.get(value)
        if found is None:
            found = slow(value)
            if len(seen) < _REMEMBERED:
                seen[value] = found
        return found

    return read
