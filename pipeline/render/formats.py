"""Text as the documents show it: user text made safe for Word, dates, numbers, durations.

Typography (`typeset`, `typeset_all`, `typeset_rows`) has its own module, `typesetting.py`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from decimal import Decimal

from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.i18n.formats import long_date, number, plural
from pipeline.render.typesetting import typeset, typeset_all, typeset_rows

__all__ = [
    "clean",
    "counted",
    "days",
    "euros",
    "long_date",
    "maybe_date",
    "number",
    "strip_forbidden",
    "typeset",
    "typeset_all",
    "typeset_rows",
]

# XML 1.0 allows tab, line feed, carriage return and these ranges; anything else (NUL, BEL,
# vertical tab, form feed, lone surrogates, U+FFFE/U+FFFF) would corrupt the document.
_FORBIDDEN = re.compile("[^\t\n\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b]")
_SUSPECT = re.compile("[^\t\n\u0020-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(value: str) -> str:
    """Return user text Word can hold: every line break as \\n, forbidden characters removed.

    Vertical tab (Excel's soft line break), \\r\\n, \\r, U+2028 and U+2029 become line breaks;
    the characters XML 1.0 cannot carry (\\x00, \\x07, \\x0c...) are dropped, nothing else is.
    """
    if not _SUSPECT.search(value):
        return value
    return _FORBIDDEN.sub("", _LINE_BREAKS.sub("\n", value))


def strip_forbidden(value: str) -> str:
    """Return `value` without the characters XML 1.0 forbids (the renderer's last safety net)."""
    return _FORBIDDEN.sub("", value) if _FORBIDDEN.search(value) else value


def maybe_date(value: date | None, lang: Lang) -> str:
    """Return the long date, or '' when there is none."""
    return long_date(value, lang) if value is not None else ""


def days(value: Decimal | float | int, lang: Lang) -> str:
    """Return a duration in days, singular or plural as the language wants."""
    whole = int(value) if value == int(value) else value  # "1 day", not "1 days", for 0.5 + 0.5
    key = "doc.days.one" if plural(whole, lang) == "one" else "doc.days.other"
    return text(lang, key, n=number(value, lang, 1))


def counted(lang: Lang, key: str, count: int) -> str:
    """Return a count with its noun, singular or plural as the language wants ("2 warnings")."""
    form = "one" if plural(count, lang) == "one" else "other"
    return text(lang, f"{key}.{form}", n=number(count, lang, 0))


def euros(value: Decimal | int, lang: Lang) -> str:
    """Return an amount in euros without decimals: €150,000 / 150 000 €."""
    return text(lang, "doc.euros", amount=number(value, lang, 0))


def add_months(start: date, months: int) -> date:
    """Return the same day `months` later, clamped to the end of shorter months."""
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    month += 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


def join(lang: Lang, items: list[str] | tuple[str, ...]) -> str:
    """Return items joined with the language's list separator."""
    return text(lang, "list.join").join(items)
