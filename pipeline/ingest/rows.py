"""Walk the data rows of a recognised table: skip blanks, spread merged cells, enforce limits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.ingest.notes import Notes
from pipeline.ingest.sheets import Layout
from pipeline.ingest.stream import Box, RawRow

BLANK_RUN = 1_000  # stop after this many empty rows in a row (styled, never filled)


def letter(column: int) -> str:
    """Return the A1 letters of a column number (1 -> 'A')."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(slots=True)
class _Walk:
    """The state of one walk through a table's rows."""

    layout: Layout
    boxes: dict[int, list[Box]]
    carry: dict[int, tuple[int, object]] = field(default_factory=dict)
    hidden: list[int] = field(default_factory=list)
    wide_merges: list[Box] = field(default_factory=list)
    read: int = 0
    blank_run: int = 0


def data_rows(
    layout: Layout,
    rows: Iterable[RawRow],
    boxes: tuple[Box, ...],
    sheet: str,
    notes: Notes,
    max_rows: int,
) -> Iterator[RawRow]:
    """Yield the non-blank rows below the header, with vertically merged values spread down."""
    walk = _Walk(layout, _by_first_row(boxes, layout.header_row))
    mapped = {number for _, number in layout.columns}
    for row in rows:
        if row.number <= layout.header_row:
            continue
        cells = _spread(walk, row)
        if mapped.isdisjoint(cells):
            walk.blank_run += 1
            if walk.blank_run >= BLANK_RUN:
                notes.add(
                    "warning",
                    "ROWS_NOT_READ",
                    sheet,
                    f"A{row.number}",
                    row=row.number,
                    count=BLANK_RUN,
                )
                break
            continue
        walk.blank_run = 0
        walk.read += 1
        if walk.read > max_rows:
            notes.add("error", "TOO_MANY_ROWS", sheet, f"A{row.number}", limit=max_rows)
            break
        if row.hidden:
            walk.hidden.append(row.number)
        yield row if cells is row.cells else RawRow(row.number, row.hidden, cells)
    _report(walk, mapped, sheet, notes)


def _by_first_row(boxes: tuple[Box, ...], header_row: int) -> dict[int, list[Box]]:
    found: dict[int, list[Box]] = {}
    for box in boxes:
        if box[1] > header_row:
            found.setdefault(box[1], []).append(box)
    return found


def _spread(walk: _Walk, row: RawRow) -> dict[int, object]:
    """Return the row's cells, where a cell inside a vertical merge takes its top value."""
    if not walk.carry and row.number not in walk.boxes:
        return row.cells  # nothing to spread: most rows, and no copy
    cells = dict(row.cells)
    for box in walk.boxes.get(row.number, ()):
        min_col, _, max_col, max_row = box
        if max_row > row.number and min_col in cells:
            walk.carry[min_col] = (max_row, cells[min_col])
        if max_col > min_col:
            walk.wide_merges.append(box)
    for column, (until, value) in list(walk.carry.items()):
        if row.number > until:
            del walk.carry[column]
        elif column not in cells:
            cells[column] = value
    return cells


def _report(walk: _Walk, mapped: set[int], sheet: str, notes: Notes) -> None:
    if walk.hidden:
        notes.add(
            "warning",
            "HIDDEN_ROWS",
            sheet,
            f"A{walk.hidden[0]}",
            count=len(walk.hidden),
            first=walk.hidden[0],
        )
    wide = [box for box in walk.wide_merges if len(mapped & set(range(box[0], box[2] + 1))) > 1]
    if wide:
        first = wide[0]
        cell = f"{letter(first[0])}{first[1]}:{letter(first[2])}{first[3]}"
        notes.add("warning", "MERGED_CELLS", sheet, cell, count=len(wide), range=cell)
