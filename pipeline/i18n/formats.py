"""Dates and numbers as each language writes them (27 novembre 2026 / 27 November 2026)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from pipeline.core.model import Lang

LOCALES: dict[Lang, str] = {"en": "en_GB", "fr": "fr_FR"}


@cache
def long_date(value: date, lang: Lang) -> str:
    """Return a date as people write it: '27 novembre 2026' / '27 November 2026'.

    French writes the first day of a month as an ordinal: « 1er novembre 2026 ».
    """
    written = str(format_date(value, "long", locale=_locale(lang)))
    if lang == "fr" and value.day == 1:
        return "1er" + written[1:]
    return written


@cache
def number(value: Decimal | float | int, lang: Lang, digits: int = 2) -> str:
    """Return a number with the language's separators, at most `digits` decimals.

    Rounding a very large number (1E+25 typed as a score) to `digits` decimals needs more
    than the default 28 significant digits: the precision grows with the number.
    """
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    whole = Decimal(str(value)).adjusted() + 1
    with localcontext() as context:
        context.prec = max(context.prec, whole + digits + 2)
        return str(format_decimal(value, format=pattern, locale=_locale(lang)))


def plural(value: Decimal | float | int, lang: Lang) -> str:
    """Return the language's plural category of `value` ("one", "other"...)."""
    return str(_locale(lang).plural_form(value))


@cache
def _locale(lang: Lang) -> Locale:
    """The language's Babel locale, parsed once (a register writes thousands of dates)."""
    return Locale.parse(LOCALES[lang])
