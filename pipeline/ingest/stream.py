"""Stream a workbook's sheets row by row with python-calamine: xlsx, xlsm, xlsb, xls and ods.

calamine (Rust) reads cached formula results, dates as dates, and every format with one API,
about ten times faster than openpyxl. What it does not report (hidden rows, error values, for
Excel packages formulas never calculated and the 1904 epoch) comes from the probe's scan of
the file before calamine opens it (ooxml.py, odf.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

import python_calamine

from pipeline.ingest.cells import ERROR_TEXTS, NO_CACHED_VALUE, CellError
from pipeline.ingest.dates import MAC_EPOCH, WINDOWS_EPOCH
from pipeline.ingest.ooxml import PartFacts
from pipeline.ingest.probe import Probe

Box = tuple[int, int, int, int]  # min column, min row, max column, max row (1-based)
ListRow = tuple[int, bool, list[Any], int]  # row number, hidden, values, columns left of them
_NO_FACTS = PartFacts()


class BookError(Exception):
    """The workbook cannot be parsed; `code` is the finding to report."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row as stored: its number, whether it is hidden, and its non-blank cells by column."""

    number: int
    hidden: bool
    cells: dict[int, object]


@dataclass(slots=True)
class SheetSource:
    """One worksheet of an open workbook; its merged ranges are known once `rows()` starts."""

    title: str
    hidden: bool
    _book: Any
    _facts: PartFacts
    merges: tuple[Box, ...] = ()

    def rows(self) -> SheetRows:
        """Return the rows the sheet holds, in order; BookError if calamine cannot read it."""
        if self._facts.malformed:
            raise BookError("WORKBOOK_UNREADABLE")
        try:
            with _quiet():  # a Rust panic (a date out of range) prints to the process's stderr
                sheet = self._book.get_sheet_by_name(self.title)
                grid = sheet.to_python(skip_empty_area=True)  # from sheet.start, one call
            self.merges = _boxes(sheet.merged_cell_ranges)
        except BaseException as err:  # calamine's errors, and pyo3's PanicException
            if isinstance(err, KeyboardInterrupt | SystemExit | GeneratorExit):
                raise
            raise BookError("WORKBOOK_UNREADABLE") from err
        top, left = sheet.start or (0, 0)  # None for an empty sheet
        marks: dict[int, list[tuple[int, object]]] = {}
        for row, column in self._facts.no_value:
            marks.setdefault(row, []).append((column, NO_CACHED_VALUE))
        for (row, column), error in self._facts.errors.items():
            marks.setdefault(row, []).append((column, CellError(error)))
        return SheetRows(grid, top, left, self._facts.hidden_rows, marks)


@dataclass(slots=True)
class SheetRows:
    """A sheet's rows, in order: one RawRow at a time (the head, small sheets), or the rows not
    read yet as calamine's lists (a long table's body: no dictionary built per row)."""

    grid: list[list[Any]]
    top: int  # 0-based row of grid[0]
    left: int  # 0-based column of every list's first value
    hidden: set[int]
    marks: dict[int, list[tuple[int, object]]]  # cells calamine leaves empty: errors, no value
    position: int = 0

    def __iter__(self) -> SheetRows:
        return self

    def __next__(self) -> RawRow:
        if self.position >= len(self.grid):
            raise StopIteration
        values = self.grid[self.position]
        self.position += 1
        number = self.top + self.position
        cells = _cells(values, self.left)
        cells.update(self.marks.get(number, ()))
        return RawRow(number, number in self.hidden, cells)

    def lists(self) -> Iterator[ListRow]:
        """Yield the rows not read yet as (number, hidden, values, left), values as calamine gives
        them (blank text included) but for the cells it leaves empty (errors, formulas without
        a value), which hold what RawRow holds there."""
        hidden, marks, left = self.hidden, self.marks, self.left
        start, self.position = self.position, len(self.grid)
        for number, values in enumerate(islice(self.grid, start, None), self.top + start + 1):
            marked = marks.get(number)
            if marked:
                yield number, number in hidden, *_marked(values, left, marked)
            else:
                yield number, number in hidden, values, left


@dataclass(frozen=True, slots=True)
class Book:
    """An open workbook: its sheets and its date epoch (1900 or 1904)."""

    sheets: tuple[SheetSource, ...]
    epoch: datetime


@contextmanager
def open_book(data: bytes, found: Probe) -> Iterator[Book]:
    """Open workbook bytes with calamine; BookError when it cannot."""
    try:
        with _quiet():
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            metadata = book.sheets_metadata
    except python_calamine.PasswordError as err:
        raise BookError("WORKBOOK_ENCRYPTED") from err
    except Exception as err:  # see SheetSource.rows
        raise BookError("WORKBOOK_UNREADABLE") from err
    try:
        sheets = tuple(
            SheetSource(
                str(sheet.name),
                sheet.visible != python_calamine.SheetVisibleEnum.Visible,
                book,
                found.facts.get(found.parts.get(str(sheet.name), ""), _NO_FACTS),
            )
            for sheet in metadata
            if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet
        )
        yield Book(sheets, MAC_EPOCH if found.epoch_1904 else WINDOWS_EPOCH)
    finally:
        book.close()


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep anything a library writes off our output: `--format json` must stay JSON.

    Rust writes a panic's message straight to file descriptor 2, so both descriptors are
    pointed at the null device while calamine works, not only Python's sys.stdout/stderr.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
            os.dup2(null.fileno(), 2)
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


def held(value: object) -> object:
    """Return a raw value as a row holds it: None when blank (nothing, or only spaces), an
    Excel error text as a CellError. The two hot loops below and in records.py inline it."""
    if type(value) is str:
        if not value or value.isspace():
            return None
        return CellError(value) if value in ERROR_TEXTS else value
    return value


def _cells(values: list[Any], left: int) -> dict[int, object]:
    """Return a row's non-blank values by column number, Excel's error values marked as such."""
    cells: dict[int, object] = {}
    column = left
    for value in values:  # one plain loop: the hottest one of a read (a cell per turn)
        column += 1
        if type(value) is str:
            if not value or value.isspace():  # as is_blank: nothing, or only spaces
                continue
            if value in ERROR_TEXTS:
                value = CellError(value)
        elif value is None:
            continue
        cells[column] = value
    return cells


def _marked(values: list[Any], left: int, marks: list[tuple[int, object]]) -> tuple[list[Any], int]:
    """Return a row's values with the marked cells (1-based columns) set, and their left."""
    first = min(left, *(column - 1 for column, _ in marks))  # calamine starts after an error
    values = [None] * (left - first) + list(values)
    for column, mark in marks:
        index = column - first - 1
        values.extend([None] * (index + 1 - len(values)))
        values[index] = mark
    return values, first


def as_list(cells: dict[int, object]) -> list[object]:
    """Return a RawRow's cells as a list from column 1 (None where blank)."""
    values: list[object] = [None] * max(cells, default=0)
    for column, value in cells.items():
        values[column - 1] = value
    return values


def _boxes(ranges: Any) -> tuple[Box, ...]:
    """Return calamine's merged ranges ((row, col), (row, col), 0-based) as 1-based boxes."""
    if not ranges:
        return ()
    return tuple(
        sorted(
            (left + 1, top + 1, right + 1, bottom + 1) for (top, left), (bottom, right) in ranges
        )
    )
