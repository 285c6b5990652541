"""Write a small Excel binary workbook (.xlsb) record by record, as MS-XLSB lays it out.

No library writes .xlsb and LibreOffice only reads it, so the tests make one: a workbook part
listing the sheets, and one part per sheet with text and number cells (MS-XLSB 2.1.4, 2.4).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path

_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="bin" ContentType="application/'
    b'vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType='
    b'"application/vnd.openxmlformats-package.relationships+xml"/></Types>'
)
_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _record(kind: int, payload: bytes = b"") -> bytes:
    return _varint(kind) + _varint(len(payload)) + payload


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


class Error(str):
    """An error value to write as BrtCellError (its text is the one Excel shows)."""


_ERROR_CODES = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#N/A": 0x2A}


def _cell(column: int, value: object) -> bytes:
    head = struct.pack("<II", column, 0)
    if isinstance(value, Error):
        return _record(0x03, head + bytes([_ERROR_CODES[value]]))  # BrtCellError
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _record(0x05, head + struct.pack("<d", float(value)))  # BrtCellReal
    return _record(0x06, head + _wide(str(value)))  # BrtCellSt


def _sheet(rows: Sequence[Sequence[object]], hidden: Sequence[int]) -> bytes:
    width = max((len(r) for r in rows), default=1)
    parts = [_record(0x81), _record(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1))]
    parts.append(_record(0x91))  # BrtBeginSheetData
    for number, row in enumerate(rows):
        flags = 0x1000 if number + 1 in hidden else 0  # fDyZero: the row is hidden
        parts.append(_record(0x00, struct.pack("<IIHHBB", number, 0, 300, flags, 0, 0)))
        parts += [_cell(column, v) for column, v in enumerate(row) if v is not None]
    return b"".join([*parts, _record(0x92), _record(0x82)])


def _workbook(titles: Sequence[str]) -> bytes:
    sheets = b"".join(
        _record(0x9C, struct.pack("<II", 0, n + 1) + _wide(f"rId{n + 1}") + _wide(title))
        for n, title in enumerate(titles)
    )
    return _record(0x83) + _record(0x8F) + sheets + _record(0x90) + _record(0x84)


def write_xlsb(
    path: Path,
    sheets: Mapping[str, Sequence[Sequence[object]]],
    hidden_rows: Mapping[str, Sequence[int]] | None = None,
) -> Path:
    """Write an .xlsb whose sheets hold `sheets[title]` rows from A1; return its path.

    `hidden_rows[title]` lists the rows (1-based) to hide; an `Error` value is an error cell.
    """
    rels = "".join(
        f'<Relationship Id="rId{n + 1}" Type="{_WORKSHEET}" Target="worksheets/sheet{n + 1}.bin"/>'
        for n in range(len(sheets))
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("xl/workbook.bin", _workbook(list(sheets)))
        archive.writestr(
            "xl/_rels/workbook.bin.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for n, (title, rows) in enumerate(sheets.items()):
            hidden = (hidden_rows or {}).get(title, ())
            archive.writestr(f"xl/worksheets/sheet{n + 1}.bin", _sheet(rows, hidden))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path
