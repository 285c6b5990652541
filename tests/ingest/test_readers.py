"""A column's reader, chosen once, types every cell exactly as `read_cell` does (value and
finding), for every column of every sheet, in both languages, good values and bad ones."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from pipeline.core.layout import SHEETS, Column
from pipeline.core.model import Lang
from pipeline.ingest.cells import (
    EXCEL_CELL_CHARACTERS,
    NO_CACHED_VALUE,
    CellError,
    Context,
    read_cell,
)
from pipeline.ingest.dates import MAC_EPOCH
from pipeline.ingest.readers import reader_for

COLUMNS = {(c.key, c.type, c.choices): c for spec in SHEETS.values() for c in spec.columns}
VALUES: tuple[object, ...] = (
    "Texte simple",
    "  espaces autour  ",
    "ligne 1\r\nligne 2\rligne 3",
    "x" * (EXCEL_CELL_CHARACTERS + 5),
    " p-001 ,  P-002; p-003 ",
    "ind. 12",
    "1.1",
    "Ind. 4 et 5",
    "1-3",
    "Conforme",
    "non conforme",
    "NA",
    "Oui",
    "non",
    "✓",
    "peut-être",
    "04/03/2026",
    "31/02/2026",
    "1 234,50",
    "1,234",
    "douze",
    "",
    0.0,
    -0.0,
    1.0,
    3.0,
    12.0,
    2.5,
    1.1,
    46085.0,
    46085.75,
    1e300,
    2.0**53,
    float("nan"),
    float("inf"),
    7,
    -4,
    True,
    False,
    Decimal("1.50"),
    date(2026, 3, 4),
    date(1901, 1, 1),
    datetime(2026, 3, 4, 17, 45),
    datetime(2300, 1, 1),
    time(9, 30),
    CellError("#N/A"),
    NO_CACHED_VALUE,
)


def same(left: tuple[object, object], right: tuple[object, object]) -> bool:
    """Equal and of the same type and spelling (Decimal('3.0') is not Decimal('3'))."""
    return repr(left) == repr(right) and type(left[0]) is type(right[0])


@pytest.mark.parametrize("column", list(COLUMNS.values()), ids=lambda c: f"{c.key}:{c.type}")
@pytest.mark.parametrize(
    ("lang", "epoch"), [("fr", datetime(1899, 12, 30)), ("en", MAC_EPOCH)], ids=["fr", "en-1904"]
)
def test_reader_types_every_value_as_read_cell(column: Column, lang: Lang, epoch: datetime) -> None:
    context = Context(lang, epoch)
    read = reader_for(column, context)
    for _ in range(2):  # the second pass answers from what closed-list columns remember
        for value in VALUES:
            assert same(read(value), read_cell(value, column, context)), (column, value)


def test_every_column_type_is_covered() -> None:
    assert {c.type for c in COLUMNS.values()} == {
        "text", "longtext", "id", "ids", "indicator", "indicators", "date", "int", "decimal",
        "bool", "choice",
    }  # fmt: skip
