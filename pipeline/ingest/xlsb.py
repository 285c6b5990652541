"""Walk an Excel binary workbook's (.xlsb) records as they are unpacked: what calamine does not say.

python-calamine gives a hidden row like any other and an error value as an empty cell, and
fills a dense grid up to the last value. Each sheet part is a run of records (MS-XLSB 2.1.4):
BrtRowHdr carries the row number and its hidden flag, every cell record its column, and
BrtCellError / BrtFmlaError the error code; BrtBundleSh in xl/workbook.bin names the sheets.
"""

from __future__ import annotations

import struct

from pipeline.ingest.biff import ERROR_CODES, MAX_MARKS
from pipeline.ingest.ooxml import PartFacts

_ROW_HEADER, _BUNDLE_SHEET = 0x00, 0x9C
_CELL_ERROR, _FORMULA_ERROR = 0x03, 0x0B
_VALUES = range(0x02, 0x0C)  # BrtCellRk .. BrtFmlaError (BrtCellBlank 0x01 holds nothing)
_HIDDEN = 0x10  # fDyZero, in the 12th byte of BrtRowHdr
_U32 = struct.Struct("<I")


class RecordScan:
    """Split an .xlsb part into records as it is unpacked, keeping what a sheet's records say."""

    def __init__(self) -> None:
        self.facts = PartFacts()
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id), from workbook.bin
        self._pending = b""
        self._row = 0

    def feed(self, chunk: bytes) -> None:
        """Take the next unpacked bytes of the part."""
        data = self._pending + chunk if self._pending else chunk
        at = 0
        while (found := _header(data, at)) is not None:
            kind, start, size = found
            if start + size > len(data):
                break
            self._record(kind, data, start, size)
            at = start + size
        self._pending = data[at:]

    def _record(self, kind: int, data: bytes, at: int, size: int) -> None:
        facts = self.facts
        if kind == _ROW_HEADER and size >= 12:
            self._row = _U32.unpack_from(data, at)[0] + 1
            if data[at + 11] & _HIDDEN and len(facts.hidden_rows) < MAX_MARKS:
                facts.hidden_rows.add(self._row)
        elif kind in _VALUES and size >= 9:
            column = _U32.unpack_from(data, at)[0] + 1
            facts.last_row = max(facts.last_row, self._row)
            facts.last_column = max(facts.last_column, column)
            if kind in (_CELL_ERROR, _FORMULA_ERROR) and len(facts.errors) < MAX_MARKS:
                facts.errors[(self._row, column)] = ERROR_CODES.get(data[at + 8], "#N/A")
        elif kind == _BUNDLE_SHEET and size >= 12:
            self.sheets.append(_bundle(data[at : at + size]))


def _header(data: bytes, at: int) -> tuple[int, int, int] | None:
    """Return a record's type, where its data starts and its size, or None if cut short."""
    kind, at = _varint(data, at, 2)
    if kind < 0:
        return None
    size, at = _varint(data, at, 4)
    return None if size < 0 else (kind, at, size)


def _varint(data: bytes, at: int, most: int) -> tuple[int, int]:
    """Read a record type (2 bytes at most) or size (4): 7 bits a byte, low bits first."""
    value = 0
    for shift in range(most):
        if at >= len(data):
            return -1, at
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << (7 * shift)
        if not byte & 0x80:
            break
    return value, at


def _bundle(payload: bytes) -> tuple[str, str]:
    """Return a BrtBundleSh's sheet name and relationship id (two XLWideStrings after 8 bytes)."""
    relation, at = _wide(payload, 8)
    name, _ = _wide(payload, at)
    return name, relation


def _wide(payload: bytes, at: int) -> tuple[str, int]:
    if at + 4 > len(payload):
        return "", at
    count = _U32.unpack_from(payload, at)[0]
    end = at + 4 + 2 * count
    return payload[at + 4 : end].decode("utf-16-le", "replace"), end
