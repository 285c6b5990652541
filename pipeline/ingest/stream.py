"""Stream a workbook's sheets row by row with openpyxl: read-only, cached formula values.

openpyxl's read-only worksheet pads every missing row up to the declared dimension, which a
single styled cell at row 1,048,576 turns into a million empty rows; so rows are taken straight
from its sheet parser, which yields only the rows the file really holds.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

import openpyxl  # type: ignore[import-untyped]
from openpyxl.utils.cell import range_boundaries  # type: ignore[import-untyped]
from openpyxl.utils.escape import unescape  # type: ignore[import-untyped]
from openpyxl.worksheet._reader import (  # type: ignore[import-untyped]
    FORMULA_TAG,
    WorkSheetParser,
)
from openpyxl.xml.functions import iterparse  # type: ignore[import-untyped]

from pipeline.ingest.cells import NO_CACHED_VALUE, CellError, is_blank

Box = tuple[int, int, int, int]  # min column, min row, max column, max row (1-based)


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


def defused() -> bool:
    """Return True when openpyxl parses XML with defusedxml (entities and DTDs refused)."""
    return bool(openpyxl.DEFUSEDXML) and iterparse.__module__.startswith("defusedxml")


class _Parser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's sheet parser, telling an uncalculated formula and an error from a blank."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = NO_CACHED_VALUE
        elif cell["data_type"] == "e" and cell["value"] is not None:
            cell["value"] = CellError(cell["value"])
        elif isinstance(cell["value"], str) and "_x" in cell["value"]:
            # Excel stores characters XML cannot carry as _xHHHH_ escapes (_x005F_ for a literal).
            cell["value"] = unescape(cell["value"])
        return cell


@dataclass(frozen=True, slots=True)
class SheetSource:
    """One worksheet of an open workbook."""

    title: str
    hidden: bool
    merges: tuple[Box, ...]
    _sheet: Any
    _book: Any

    def rows(self) -> Iterator[RawRow]:
        """Yield the rows the sheet holds, in order; BookError if its XML is broken."""
        try:
            with self._sheet._get_source() as source:
                parser = _Parser(
                    source,
                    self._sheet._shared_strings,
                    data_only=True,
                    epoch=self._book.epoch,
                    date_formats=self._book._date_formats,
                    timedelta_formats=self._book._timedelta_formats,
                )
                for number, cells in parser.parse():
                    values = {c["column"]: c["value"] for c in cells if not is_blank(c["value"])}
                    yield RawRow(number, _hidden(parser, number), values)
        except BookError:
            raise
        except Exception as err:  # openpyxl raises anything on malformed XML: it is bad data
            raise BookError(_code(err)) from err


@dataclass(frozen=True, slots=True)
class Book:
    """An open workbook: its sheets and its date epoch (1900 or 1904)."""

    sheets: tuple[SheetSource, ...]
    epoch: datetime


@contextmanager
def open_book(data: bytes, merges: dict[str, frozenset[str]]) -> Iterator[Book]:
    """Open workbook bytes read-only with cached values; BookError when openpyxl cannot."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops on reading
        try:
            book = openpyxl.load_workbook(
                BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
        except Exception as err:  # see SheetSource.rows
            raise BookError(_code(err)) from err
        try:
            yield Book(tuple(_source(sheet, book, merges) for sheet in book.worksheets), book.epoch)
        finally:
            book.close()


def _source(sheet: Any, book: Any, merges: dict[str, frozenset[str]]) -> SheetSource:
    path = str(sheet._worksheet_path).lstrip("/")
    boxes = tuple(sorted(range_boundaries(ref) for ref in merges.get(path, ())))
    return SheetSource(str(sheet.title), sheet.sheet_state != "visible", boxes, sheet, book)


def _hidden(parser: Any, number: int) -> bool:
    attributes = parser.row_dimensions.get(str(number), {})
    return str(attributes.get("hidden", "0")).lower() in ("1", "true")


def _code(err: Exception) -> str:
    """Return the finding code for an exception raised while parsing a workbook."""
    names = {type(e).__name__ for e in (err, err.__cause__, err.__context__) if e is not None}
    forbidden = {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"}
    return "XML_ENTITIES" if names & forbidden else "WORKBOOK_UNREADABLE"
