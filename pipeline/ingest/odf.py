"""Scan an OpenDocument spreadsheet's content.xml as it is unpacked: what calamine does not say.

python-calamine reads an .ods, but gives a hidden row like any other and an error value
(#DIV/0!, #N/A) as an empty cell, and fills a dense grid up to the last value. This scan
records, per sheet, the rows hidden (table:visibility "collapse" or "filter"), the error cells
and the last value's row and column (repeated rows and cells count as what they repeat).
The standard library's expat parser reads it: it never fetches anything, and the probe stops
feeding it at a DTD (refused as XML_ENTITIES), so no entity can be declared, let alone expanded.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree as etree

from pipeline.ingest.cells import ERROR_TEXTS
from pipeline.ingest.ooxml import PartFacts

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_SHEET = f"{{{_TABLE}}}table"
_ROW = f"{{{_TABLE}}}table-row"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_NAME = f"{{{_TABLE}}}name"
_VISIBILITY = f"{{{_TABLE}}}visibility"
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_CALC_TYPE = f"{{{_CALCEXT}}}value-type"
_FORMULA = f"{{{_TABLE}}}formula"
_MAX_MARKS = 100_000


class OdsScan:
    """Follow content.xml's sheets, rows and cells as the part is unpacked."""

    def __init__(self) -> None:
        self.sheets: dict[str, PartFacts] = {}
        self._parser: Any = etree.XMLPullParser(events=("start", "end"))
        self._open: list[etree.Element] = []  # the elements being read, outermost first
        self._facts = PartFacts()
        self._depth = 0  # tables inside tables (sub-tables) are not sheets
        self._row = 0  # the last row number used in the current sheet
        self._column = 0
        self._row_span = 1
        self._row_hidden = False
        self._row_filled = False
        self.malformed = False

    def feed(self, chunk: bytes) -> None:
        """Take the next unpacked bytes of content.xml."""
        if self.malformed:
            return
        try:
            self._parser.feed(chunk)
            self._events()
        except etree.ParseError:
            self.malformed = True

    def finish(self) -> None:
        """Read what is left once content.xml is fully unpacked."""
        if self.malformed:
            return
        try:
            self._parser.close()
            self._events()
        except etree.ParseError:
            self.malformed = True
        for facts in self.sheets.values():
            facts.malformed = self.malformed

    def _events(self) -> None:
        events: Iterator[tuple[str, object]] = self._parser.read_events()
        for event, element in events:
            if not isinstance(element, etree.Element):
                continue  # namespace events, which are not asked for
            if event == "start":
                self._open.append(element)
            else:
                self._open.pop()
            tag = element.tag
            if tag == _SHEET:
                self._sheet(event, element)
            elif self._depth != 1:
                continue
            elif tag in _CELLS:
                if event == "end":
                    self._cell(element)
            elif tag == _ROW:
                self._table_row(event, element)

    def _sheet(self, event: str, element: etree.Element) -> None:
        if event == "start":
            self._depth += 1
            if self._depth == 1:
                self._facts = self.sheets.setdefault(str(element.get(_NAME, "")), PartFacts())
                self._row = 0
        else:
            self._depth -= 1
            element.clear()

    def _table_row(self, event: str, element: etree.Element) -> None:
        if event == "start":
            self._column = 0
            self._row_span = _count(element.get(_ROWS_REPEATED))
            self._row_hidden = element.get(_VISIBILITY) in ("collapse", "filter")
            self._row_filled = False
            return
        first = self._row + 1
        self._row += self._row_span
        facts = self._facts
        if self._row_filled:
            facts.last_row = max(facts.last_row, self._row)
            if self._row_hidden and len(facts.hidden_rows) < _MAX_MARKS:
                facts.hidden_rows.update(range(first, min(self._row, first + _MAX_MARKS) + 1))
        if self._open:
            del self._open[-1][:]  # rows already read: keep memory bounded

    def _cell(self, element: etree.Element) -> None:
        first = self._column + 1
        self._column += _count(element.get(_COLUMNS_REPEATED))
        kind = element.get(_VALUE_TYPE)
        if kind is None:
            return
        self._row_filled = True
        facts = self._facts
        facts.last_column = max(facts.last_column, self._column)
        shown = "".join(element.itertext()).strip() if kind == "string" else ""
        # calcext says "error" (LibreOffice); other writers leave a formula showing the error.
        error = element.get(_CALC_TYPE) == "error" or (
            element.get(_FORMULA) is not None and shown in ERROR_TEXTS
        )
        if error and len(facts.errors) < _MAX_MARKS:
            for column in range(first, min(self._column, first + 16) + 1):
                facts.errors[(self._row + 1, column)] = shown or "#N/A"


def _count(value: str | None) -> int:
    """Return a repetition count attribute as a number (absent or invalid: 1)."""
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1
