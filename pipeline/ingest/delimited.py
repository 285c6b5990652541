"""Read a delimited text export (CSV, TSV) into rows, as form services download their answers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from pipeline.ingest.stream import RawRow

_SEPARATORS = ",;\t"
MAX_TEXT_ROWS = 100_000


def delimited_rows(data: bytes) -> Iterator[RawRow]:
    """Yield the rows of a CSV or TSV file (the separator found from its first lines)."""
    text = _decode(data)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, _SEPARATORS)
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        for number, values in enumerate(reader, start=1):
            if number > MAX_TEXT_ROWS:
                return
            cells = {i + 1: v.strip() for i, v in enumerate(values) if v.strip()}
            yield RawRow(number, False, dict(cells))
    except csv.Error:
        return  # a broken line ends the file: what came before is read


def _decode(data: bytes) -> str:
    """Return the text of a file in UTF-8 (with or without BOM), UTF-16 or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
