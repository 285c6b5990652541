"""Dates as each language writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.i18n.formats import long_date, number


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (date(2026, 11, 1), "fr", "1er novembre 2026"),
        (date(2023, 9, 1), "fr", "1er septembre 2023"),
        (date(2026, 11, 2), "fr", "2 novembre 2026"),
        (date(2026, 11, 11), "fr", "11 novembre 2026"),
        (date(2026, 11, 21), "fr", "21 novembre 2026"),
        (date(2026, 11, 1), "en", "1 November 2026"),
    ],
)
def test_french_writes_the_first_of_the_month_as_1er(day: date, lang: str, expected: str) -> None:
    assert long_date(day, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (Decimal("4.5"), "fr", 1, "4,5"),
        (Decimal("1E+25"), "en", 3, "10,000,000,000,000,000,000,000,000"),  # a score typed so
        (
            Decimal("1E+25"),
            "fr",
            1,
            "10\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000",
        ),
    ],
)
def test_numbers_are_written_however_large(
    value: Decimal, lang: str, digits: int, expected: str
) -> None:
    assert number(value, lang, digits) == expected  # type: ignore[arg-type]
