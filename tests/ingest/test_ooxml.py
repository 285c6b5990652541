"""The pre-scan's bound of a sheet's dense grid: the widest column that holds a cell."""

from __future__ import annotations

import pytest

from pipeline.ingest.ooxml import PartScan

HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
TAIL = "</sheetData></worksheet>"


def _row(number: int, *cells: str) -> str:
    return f'<row r="{number}">' + "".join(cells) + "</row>"


def _value(ref: str) -> str:
    return f'<c r="{ref}" t="n"><v>1</v></c>'


def _scan(rows: list[str], chunk: int) -> int:
    scan = PartScan("xl/worksheets/sheet1.xml")
    data = (HEAD + "".join(rows) + TAIL).encode()
    for start in range(0, len(data), chunk):
        scan.feed(data[start : start + chunk])
    scan.finish()
    return scan.facts.last_column


@pytest.mark.parametrize(
    ("rows", "widest"),
    [
        ([_row(1, _value("A1"), _value("K1"))], 11),
        (
            [
                _row(1, _value("A1"), _value("C1")),
                *[_row(n, _value(f"B{n}")) for n in range(2, 400)],
                _row(400, _value("T400")),
            ],
            20,
        ),
        ([_row(1, _value("Z1")), _row(2, _value("D2"))], 26),
        ([_row(1, _value("A1"), '<c r="AB1" s="3"/>')], 1),  # styled, empty, beyond Z: not data
        ([_row(1, _value("A1")), _row(2, _value("AB2"))], 28),
        ([_row(1, _value("A1")), _row(900, '<x:c r="XFD900"><x:v>7</x:v></x:c>')], 16_384),
        (
            [_row(1, _value("A1")), _row(9, '<a-b.c:c r="XFD9"><a-b.c:v>7</a-b.c:v></a-b.c:c>')],
            16_384,
        ),
        ([_row(n, _value(f"{letter}{n}")) for n, letter in enumerate("QCXMA", start=1)], 24),
        ([_row(n, _value(f"{ref}{n}")) for n, ref in enumerate(["AB", "AD", "AC"], 1)], 30),
        ([_row(n, _value(f"{ref}{n}")) for n, ref in enumerate(["BA", "AZ", "CA", "B"], 1)], 79),
        ([_row(1, _value("ZY1")), _row(2, _value("ZZ2")), _row(3, _value("AAA3"))], 703),
        (
            [
                _row(1, _value("A1"), _value("AB1")),
                *[_row(n, _value(f"AB{n}")) for n in range(2, 400)],
                _row(400, _value("AC400")),
            ],
            29,
        ),
    ],
    ids=[
        "K",
        "T far down",
        "Z",
        "styled AB",
        "AB",
        "XFD prefixed",
        "XFD prefixed a-b.c",
        "Q C X M A",
        "AB AD AC",
        "BA AZ CA B",
        "ZY ZZ AAA",
        "AC far down",
    ],
)
@pytest.mark.parametrize("chunk", [64, 65_536], ids=["small chunks", "one chunk"])
def test_widest_column_with_a_cell(rows: list[str], widest: int, chunk: int) -> None:
    assert _scan(rows, chunk) == widest


@pytest.mark.parametrize("chunk", [64, 65_536], ids=["small chunks", "one chunk"])
def test_a_value_planted_far_down_out_of_order_counts(chunk: int) -> None:
    """A cell of row 1,048,576 written before 4 KB of ordinary rows still bounds the grid."""
    planted = _row(2, _value("A2"), _value("H1048576"))
    rows = [_row(1, _value("A1")), planted, *[_row(n, _value(f"B{n}")) for n in range(3, 300)]]
    scan = PartScan("xl/worksheets/sheet1.xml")
    data = (HEAD + "".join(rows) + TAIL).encode()
    for start in range(0, len(data), chunk):
        scan.feed(data[start : start + chunk])
    scan.finish()
    assert scan.facts.last_row == 1_048_576
    styled = _row(2, _value("A2"), '<c r="H1048576" s="1"/>')  # styled, empty: not a value
    scan = PartScan("xl/worksheets/sheet1.xml")
    scan.feed((HEAD + _row(1, _value("A1")) + styled + TAIL).encode())
    scan.finish()
    assert scan.facts.last_row == 2
