"""Walk an old Excel workbook's (.xls) records: what calamine does not say about its sheets.

python-calamine gives a hidden row like any other and an error value (#N/A, #DIV/0!) as an
empty cell, and fills a dense grid up to the last value. The Workbook stream's records say it
all (MS-XLS 2.4): BoundSheet8 names each sheet and where its records start, Row carries the
hidden flag, BoolErr and Formula carry error values, and every cell record its row and column.
olefile opens the compound file (a well-kept reader of FAT chains, mini streams and their
corruptions, which hand-written code would have to get right too); the records are read here.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from io import BytesIO

import olefile  # type: ignore[import-untyped, unused-ignore]

from pipeline.ingest.ooxml import PartFacts

# The error values by code, shared by .xls (BErr, MS-XLS 2.5.11) and .xlsb (MS-XLSB 2.5.97.2).
ERROR_CODES = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
    0x2B: "#GETTING_DATA",
}
MAX_MARKS = 100_000
_BOF, _EOF, _BOUNDSHEET = 0x0809, 0x000A, 0x0085
_ROW, _BOOLERR, _FORMULA, _MULRK = 0x0208, 0x0205, 0x0006, 0x00BD
# Records that hold one cell's value, each starting with its row and column (0-based).
_VALUES = frozenset({0x0203, 0x00FD, 0x0204, 0x027E, _BOOLERR, _FORMULA, 0x00D6})
_WORKSHEET = 0x00
_HIDDEN = 0x20  # fDyZero in Row's flags
_HEAD = struct.Struct("<HH")


class BiffError(Exception):
    """The compound file or its Workbook stream cannot be walked."""


def scan_xls(data: bytes) -> dict[str, PartFacts]:
    """Return, for each worksheet of an .xls, what its records hold; BiffError if unreadable."""
    stream = _workbook_stream(data)
    try:
        sheets = _sheets(stream)
        # Each walk stops where the next sheet starts: a crafted file whose sheets all point
        # at the same records is still read once, never once per sheet.
        starts = sorted({start for _, start in sheets}) + [len(stream)]
        ends = dict(zip(starts, starts[1:], strict=False))
        return {name: _sheet(stream, start, ends[start]) for name, start in sheets}
    except (struct.error, IndexError) as err:
        raise BiffError(str(err)) from err


def _workbook_stream(data: bytes) -> bytes:
    try:
        with olefile.OleFileIO(BytesIO(data)) as ole:
            name = "Workbook" if ole.exists("Workbook") else "Book"
            with ole.openstream(name) as stream:
                return bytes(stream.read())
    except (OSError, ValueError, IndexError, KeyError, struct.error, TypeError) as err:
        raise BiffError(str(err)) from err


def _records(stream: bytes, offset: int, end: int) -> Iterator[tuple[int, int, int]]:
    """Yield (type, data offset, size) of the records of one substream, from its BOF."""
    while offset + 4 <= end:
        kind, size = _HEAD.unpack_from(stream, offset)
        yield kind, offset + 4, size
        if kind == _EOF:
            return
        offset += 4 + size


def _sheets(stream: bytes) -> list[tuple[str, int]]:
    """Return the worksheets' names and the offsets of their substreams (BoundSheet8)."""
    records = _records(stream, 0, len(stream))
    first = next(records, None)
    if first is None or first[0] != _BOF:
        raise BiffError("no BOF record")
    version = _HEAD.unpack_from(stream, first[1])[0]
    sheets: list[tuple[str, int]] = []
    for kind, at, size in records:
        if kind == _BOUNDSHEET and size >= 8 and stream[at + 5] == _WORKSHEET:
            start = struct.unpack_from("<I", stream, at)[0]
            sheets.append((_name(stream[at + 6 : at + size], version), start))
    return sheets


def _name(field: bytes, version: int) -> str:
    """Return a sheet name: BIFF8 says whether it is 8- or 16-bit; BIFF5 is a code page's."""
    count = field[0]
    if version < 0x0600:
        return field[1 : 1 + count].decode("cp1252", "replace")
    if field[1] & 0x01:
        return field[2 : 2 + 2 * count].decode("utf-16-le", "replace")
    return field[2 : 2 + count].decode("latin-1")


def _sheet(stream: bytes, offset: int, end: int) -> PartFacts:
    facts = PartFacts()
    for kind, at, size in _records(stream, offset, end):
        if kind == _ROW and size >= 16:
            if stream[at + 12] & _HIDDEN and len(facts.hidden_rows) < MAX_MARKS:
                facts.hidden_rows.add(_HEAD.unpack_from(stream, at)[0] + 1)
        elif kind in _VALUES and size >= 4:
            row, column = _HEAD.unpack_from(stream, at)
            facts.last_row = max(facts.last_row, row + 1)
            facts.last_column = max(facts.last_column, column + 1)
            error = _error(stream, kind, at, size)
            if error and len(facts.errors) < MAX_MARKS:
                facts.errors[(row + 1, column + 1)] = error
        elif kind == _MULRK and size >= 6:
            row = _HEAD.unpack_from(stream, at)[0]
            last = struct.unpack_from("<H", stream, at + size - 2)[0]
            facts.last_row = max(facts.last_row, row + 1)
            facts.last_column = max(facts.last_column, last + 1)
    return facts


def _error(stream: bytes, kind: int, at: int, size: int) -> str:
    """Return the error value a BoolErr or Formula record holds, or ''."""
    if kind == _BOOLERR and size >= 8 and stream[at + 7] == 1:
        return ERROR_CODES.get(stream[at + 6], "#N/A")
    # FormulaValue: fExprO 0xFFFF says it is not a number; its first byte 2 says an error.
    if (
        kind == _FORMULA
        and size >= 14
        and stream[at + 6] == 0x02
        and stream[at + 12 : at + 14] == b"\xff\xff"
    ):
        return ERROR_CODES.get(stream[at + 8], "#N/A")
    return ""
