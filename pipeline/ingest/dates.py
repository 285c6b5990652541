"""Read a date however it was typed, never swapping day and month silently."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

# Day first, as written in France (and the United Kingdom): 03/04/2026 is 3 April 2026.
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_TIME = re.compile(
    r"(?:[ T]+|\s+[aà]\s+)\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|utc|[ap]\.?m\.?|"
    r"[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_SERIAL = re.compile(r"^\d{1,7}(?:[.,]\d+)?$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janvier", "janv", "january", "jan"),
            ("fevrier", "février", "fevr", "févr", "february", "feb"),
            ("mars", "march", "mar"),
            ("avril", "avr", "april", "apr"),
            ("mai", "may"),
            ("juin", "june", "jun"),
            ("juillet", "juil", "july", "jul"),
            ("aout", "août", "august", "aug"),
            ("septembre", "sept", "september", "sep"),
            ("octobre", "oct", "october"),
            ("novembre", "nov", "november"),
            ("decembre", "décembre", "dec", "déc", "december"),
        ),
        start=1,
    )
    for name in names
}
EARLIEST = date(1950, 1, 1)
LATEST = date(2199, 12, 31)
WINDOWS_EPOCH = datetime(1899, 12, 30)
MAC_EPOCH = datetime(1904, 1, 1)  # workbooks saved with "1904 date system" (old Mac Excel)


class DateProblem(Exception):
    """The value is not a date (`code` says why); raised and caught inside the ingest stage."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def read_date(value: object, epoch: datetime = WINDOWS_EPOCH) -> date:
    """Return the date `value` holds; DateProblem('BAD_DATE' or 'DATE_OUT_OF_RANGE') if none."""
    found = _any_date(value, epoch)
    if not EARLIEST <= found <= LATEST:
        raise DateProblem("DATE_OUT_OF_RANGE")
    return found


def _any_date(value: object, epoch: datetime) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time | timedelta):
        raise DateProblem("BAD_DATE")
    if isinstance(value, int | float):
        return _serial(float(value), epoch)
    if isinstance(value, str):
        return _text(value.strip(), epoch)
    raise DateProblem("BAD_DATE")


def _serial(value: float, epoch: datetime) -> date:
    """Return the day of an Excel serial number in the workbook's epoch (1900 or 1904)."""
    if not 1 <= value < 2_958_466:
        raise DateProblem("DATE_OUT_OF_RANGE")
    # Serials before 1 March 1900 are off by one (Excel's phantom 29/02/1900) but fall
    # outside the accepted range anyway.
    return (epoch + timedelta(days=int(value))).date()


def _text(value: str, epoch: datetime) -> date:
    text = _TIME.sub("", value).strip()
    if _SERIAL.match(text):
        return _serial(float(text.replace(",", ".")), epoch)
    for pattern, order in ((_YEAR_FIRST, "ymd"), (_DAY_FIRST, "dmy")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            return _calendar(
                parts["y"], parts["m"], parts["d"], len(match.group(3)) == 2 and order == "dmy"
            )
    named = _NAMED.match(text)
    if named and named.group(2).casefold() in _MONTHS:
        month = _MONTHS[named.group(2).casefold()]
        return _calendar(int(named.group(3)), month, int(named.group(1)), False)
    raise DateProblem("BAD_DATE")


def _calendar(year: int, month: int, day: int, short_year: bool) -> date:
    """Return the date, or BAD_DATE when the calendar has no such day (31/02, month 13...)."""
    try:
        return date(2000 + year if short_year else year, month, day)
    except ValueError as err:
        raise DateProblem("BAD_DATE") from err
