"""Read numbers and indicator references typed as text: "1 234,50", "Ind. 12", "1, 2; 9"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pipeline.core.model import Lang

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']+")
_CURRENCY = re.compile(r"(?i)^(?:€|eur|euros?)|(?:€|eur|euros?)$")
_PLAIN = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:[.,]\d{3})+$")
_PREFIX = re.compile(r"^(?:indicateurs?|indicators?|ind|n\s*°|no|num|nr|#|i)\.?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"^(\d{1,3})(?:[.,]0+)?\.?$")
_RANGE = re.compile(r"^(\d{1,3})\s*(?:-|–|—|à|a|au|to)\s*(\d{1,3})$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;/&+\n\r\t|]|\bet\b|\band\b)\s*", re.IGNORECASE)
_POSITION = re.compile(r"^([1-9])\s*[.,]\s*([1-9])$")  # "2.3": criterion 2, its 3rd indicator
MAX_RANGE = 40


class NumberProblem(Exception):
    """The value is not a number of the expected kind; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def read_decimal(value: object, lang: Lang) -> tuple[Decimal, bool]:
    """Return (number, ambiguous): ambiguous when "1,234" could be 1.234 or 1234."""
    if isinstance(value, bool):
        raise NumberProblem("BAD_NUMBER")
    if isinstance(value, int):
        return Decimal(value), False
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise NumberProblem("BAD_NUMBER")
        return Decimal(repr(value)), False
    if isinstance(value, Decimal):
        return value, False
    if isinstance(value, str):
        return _text_number(value, lang)
    raise NumberProblem("BAD_NUMBER")


def read_int(value: object, lang: Lang) -> tuple[int, bool]:
    """Return (whole number, ambiguous); NumberProblem('NOT_WHOLE_NUMBER') for 2.5."""
    number, ambiguous = read_decimal(value, lang)
    if number != number.to_integral_value():
        raise NumberProblem("NOT_WHOLE_NUMBER")
    return int(number), ambiguous


def _text_number(value: str, lang: Lang) -> tuple[Decimal, bool]:
    text = _CURRENCY.sub("", _SPACES.sub("", value))
    commas, dots = text.count(","), text.count(".")
    if commas + dots == 0:
        return _parse(text), False
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        whole, _, fraction = text.rpartition(decimal_mark)
        if not _GROUPED.match(whole):
            raise NumberProblem("BAD_NUMBER")
        return _parse(re.sub(r"[.,]", "", whole) + "." + fraction), False
    mark = "," if commas else "."
    if text.count(mark) > 1:
        if not _GROUPED.match(text):
            raise NumberProblem("BAD_NUMBER")
        return _parse(text.replace(mark, "")), False
    if _GROUPED.match(text) and not text.lstrip("+-").startswith("0"):
        # "1,234" / "1.234": thousands in one language, decimals in the other.
        thousands = (mark == ",") == (lang == "en")
        return _parse(text.replace(mark, "") if thousands else text.replace(mark, ".")), True
    return _parse(text.replace(",", ".")), False


def _parse(text: str) -> Decimal:
    if not _PLAIN.match(text):
        raise NumberProblem("BAD_NUMBER")
    try:
        return Decimal(text)
    except InvalidOperation as err:
        raise NumberProblem("BAD_NUMBER") from err


def read_indicator(value: object) -> int:
    """Return the indicator number `value` names: 12, "12 ", "Ind. 12", "indicateur 7"."""
    if isinstance(value, bool):
        raise NumberProblem("BAD_INDICATOR")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        match = _NUMBER.match(_PREFIX.sub("", value.strip()).strip())
        if match:
            return int(match.group(1))
    raise NumberProblem("BAD_INDICATOR")


def read_position(value: object) -> tuple[int, int] | None:
    """Return (criterion, rank) for a reference numbered by criterion ("1.1", 2.3), else None.

    No criterion has ten indicators, so 1.1 typed as a number cannot mean 1.10.
    """
    if isinstance(value, float) and not value.is_integer():
        value = f"{value:.1f}"
    if not isinstance(value, str):
        return None
    match = _POSITION.match(_PREFIX.sub("", value.strip()).strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def read_indicators(value: object) -> tuple[int, ...]:
    """Return the indicator numbers of a list such as "1, 2; 9", "Ind. 4 et 5" or "1-3"."""
    if not isinstance(value, str):
        return (read_indicator(value),)
    numbers: list[int] = []
    text = _PREFIX.sub("", value.strip())
    for part in _SEPARATORS.split(text):
        if part.strip():
            numbers.extend(_one_or_range(part.strip()))
    return tuple(dict.fromkeys(numbers))


def _one_or_range(part: str) -> tuple[int, ...]:
    span = _RANGE.match(_PREFIX.sub("", part))
    if span is None:
        return (read_indicator(part),)
    first, last = read_indicator(span.group(1)), read_indicator(span.group(2))
    if not 0 < last - first < MAX_RANGE:
        raise NumberProblem("BAD_INDICATOR")
    return tuple(range(first, last + 1))
