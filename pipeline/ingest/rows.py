"""Walk the data rows of a recognised table: skip blanks, spread merged cells, enforce limits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from pipeline.ingest.notes import Notes
from pipeline.ingest.sheets import Layout
from pipeline.ingest.stream import Box, ListRow, RawRow, SheetRows, as_list

BLANK_RUN = 1_000  # stop after this many empty rows in a row (styled, never filled)


def letter(column: int) -> str:
    """Return the A1 letters of a column number (1 -> 'A')."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(slots=True)
class Walk:
    """One walk through a table's rows: blank runs, the row limit, hidden rows, merged cells.

    The reader calls `blank` for each row with nothing in the table's columns and `filled` for
    each other row; either returns False when the walk stops there (its finding made).
    """

    layout: Layout
    sheet: str
    notes: Notes
    max_rows: int
    hidden: list[int] = field(default_factory=list)
    wide_merges: list[Box] = field(default_factory=list)
    read: int = 0
    blank_run: int = 0

    def blank(self, number: int) -> bool:
        """Count a blank row; False after BLANK_RUN of them in a row (styled, never filled)."""
        self.blank_run += 1
        if self.blank_run < BLANK_RUN:
            return True
        cell = f"A{number}"
        self.notes.add("warning", "ROWS_NOT_READ", self.sheet, cell, row=number, count=BLANK_RUN)
        return False

    def filled(self, number: int, hidden: bool) -> bool:
        """Count a row with values; False beyond the row limit."""
        self.blank_run = 0
        self.read += 1
        if self.read > self.max_rows:
            cell = f"A{number}"
            self.notes.add("error", "TOO_MANY_ROWS", self.sheet, cell, limit=self.max_rows)
            return False
        if hidden:
            self.hidden.append(number)
        return True

    def report(self) -> None:
        """Say once which rows were hidden and which merged cells span several table columns."""
        notes, sheet = self.notes, self.sheet
        if self.hidden:
            first = self.hidden[0]
            notes.add(
                "warning", "HIDDEN_ROWS", sheet, f"A{first}", count=len(self.hidden), first=first
            )
        mapped = {number for _, number in self.layout.columns}
        wide = [b for b in self.wide_merges if len(mapped & set(range(b[0], b[2] + 1))) > 1]
        if wide:
            box = wide[0]
            cell = f"{letter(box[0])}{box[1]}:{letter(box[2])}{box[3]}"
            notes.add("warning", "MERGED_CELLS", sheet, cell, count=len(wide), range=cell)


def table_rows(
    walk: Walk, head: list[RawRow], rest: SheetRows, boxes: tuple[Box, ...]
) -> Iterator[ListRow]:
    """Yield the rows below the header as lists, with vertically merged values spread down."""
    header = walk.layout.header_row
    below = _by_first_row(boxes, header)
    if not below:  # most tables: calamine's lists as they are
        for row in head:
            if row.number > header:
                yield row.number, row.hidden, as_list(row.cells), 0
        yield from rest.lists()
        return
    carry: dict[int, tuple[int, object]] = {}
    for row in chain(head, rest):
        if row.number > header:
            cells = _spread(walk, below, carry, row)
            yield row.number, row.hidden, as_list(cells), 0


def _by_first_row(boxes: tuple[Box, ...], header_row: int) -> dict[int, list[Box]]:
    found: dict[int, list[Box]] = {}
    for box in boxes:
        if box[1] > header_row:
            found.setdefault(box[1], []).append(box)
    return found


def _spread(
    walk: Walk, boxes: dict[int, list[Box]], carry: dict[int, tuple[int, object]], row: RawRow
) -> dict[int, object]:
    """Return the row's cells, where a cell inside a vertical merge takes its top value."""
    if not carry and row.number not in boxes:
        return row.cells  # nothing to spread: most rows, and no copy
    cells = dict(row.cells)
    for box in boxes.get(row.number, ()):
        min_col, _, max_col, max_row = box
        if max_row > row.number and min_col in cells:
            carry[min_col] = (max_row, cells[min_col])
        if max_col > min_col:
            walk.wide_merges.append(box)
    for column, (until, value) in list(carry.items()):
        if row.number > until:
            del carry[column]
        elif column not in cells:
            cells[column] = value
    return cells
