"""Where calamine places the cells of a sheet part written without references: the grid's bound.

A cell element usually says where it is (`<c r="B7">`); without `r`, calamine puts it after the
previous cell of its row, on the row its `<row r="…">` names (or the row after the last one).
A value so placed on row 1,048,576 makes calamine build a dense grid of a million rows before
anything can be checked. The probe's fast scan (ooxml.py) sees that a part has such cells;
this walk then reads that part once more with the standard library's expat parser and returns
the last row and column holding a value. The probe refuses a DTD before any part is walked,
and expat fetches nothing: no entity can be declared, let alone expanded.
"""

from __future__ import annotations

import re
from typing import IO
from xml.parsers import expat

from pipeline.ingest.ooxml import column_number

_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)")
_VALUES = frozenset({"v", "is", "f"})  # what gives a cell a value (a formula its cached one)
_CHUNK = 64 * 1024


class _Walk:
    """Follow rows and cells as calamine does, noting the furthest one that holds a value."""

    def __init__(self) -> None:
        self.row = 0
        self.column = 0
        self.cell: tuple[int, int] | None = None
        self.valued = False
        self.last = (0, 0)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            number = attributes.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
        elif local == "c":
            found = _REFERENCE.fullmatch(attributes.get("r", ""))
            row, column = (
                (int(found.group(2)), column_number(found.group(1).encode()))
                if found
                else (self.row, self.column + 1)
            )
            self.column, self.cell, self.valued = column, (row, column), False
        elif local in _VALUES and self.cell is not None:
            self.valued = True

    def end(self, name: str) -> None:
        if name.rpartition(":")[2] == "c" and self.cell is not None:
            if self.valued:
                self.last = (max(self.last[0], self.cell[0]), max(self.last[1], self.cell[1]))
            self.cell = None


def placed_bound(part: IO[bytes]) -> tuple[int, int]:
    """Return the last row and the last column of a value in a sheet part, as calamine places
    its cells (up to where the part stops being XML: calamine then reports it unreadable)."""
    walk = _Walk()
    parser = expat.ParserCreate()
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    try:
        while chunk := part.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        pass
    return walk.last
