"""Turn one cell's raw value into the typed value its column expects, or say why it cannot."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final

from pipeline.core.layout import CHOICES, Column
from pipeline.core.model import Lang, Severity
from pipeline.i18n import choice as choice_label
from pipeline.i18n.formats import number
from pipeline.ingest.dates import WINDOWS_EPOCH, DateProblem, read_date
from pipeline.ingest.labels import match_choice, normalise
from pipeline.ingest.numbers import (
    NumberProblem,
    read_decimal,
    read_indicator,
    read_indicators,
    read_int,
    read_position,
)
from pipeline.referential import load

_ID_SEPARATORS = re.compile(r"[,;\s]+")
EXCEL_CELL_CHARACTERS = 32_767  # the most text an Excel cell holds (Excel specifications)
_YES = frozenset({"yes", "y", "oui", "o", "x", "true", "vrai", "1", "ok"})
_NO = frozenset({"no", "n", "non", "false", "faux", "0"})
_TICKS = frozenset({"✓", "✔", "☑", "✅"})


# The values Excel, LibreOffice and Google Sheets show for a formula that failed.
ERROR_TEXTS: Final = frozenset(
    {"#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
    | {"#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "Err:502"}
)


class CellError(str):
    """An Excel error value (#N/A, #REF!...) found in a cell."""


class _NoCachedValue:
    """A formula whose result was never saved (the file was not opened by a spreadsheet)."""

    def __repr__(self) -> str:
        return "NO_CACHED_VALUE"


NO_CACHED_VALUE: Final = _NoCachedValue()


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a cell's value could not be read as expected (a finding code and its parameters)."""

    code: str
    severity: Severity = "error"
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """What reading a cell depends on: the workbook's date epoch and the workspace language."""

    lang: Lang
    epoch: datetime = WINDOWS_EPOCH


def is_blank(value: object) -> bool:
    """Return True for a cell that holds nothing (None, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """Return a cell's content as the text a person sees (12.0 -> '12', dates as ISO)."""
    if value.__class__ is str:
        text: str = value
        return (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text).strip()
    if value is None or isinstance(value, _NoCachedValue):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def read_cell(value: object, column: Column, context: Context) -> tuple[object, Problem | None]:
    """Return (typed value, problem) for a non-blank cell of `column`."""
    if isinstance(value, CellError):
        return None, Problem("CELL_ERROR", params=(("value", str(value)),))
    if isinstance(value, _NoCachedValue):
        return None, Problem("FORMULA_NO_VALUE", "warning")
    try:
        return _typed(value, column, context)
    except (DateProblem, NumberProblem) as problem:
        return None, Problem(problem.code, params=(("value", as_text(value)),))


def _typed(value: object, column: Column, context: Context) -> tuple[object, Problem | None]:
    kind = column.type
    if kind in ("text", "longtext"):
        return _text(value, context)
    if kind == "id":
        return read_id(value), None
    if kind == "ids":
        return tuple(dict.fromkeys(p for p in _ID_SEPARATORS.split(read_id(value)) if p)), None
    if kind == "indicator":
        return indicator_of(value), None
    if kind == "indicators":
        return read_indicators(value), None
    if kind == "date":
        return read_date(value, context.epoch), None
    if kind in ("int", "decimal"):
        number, ambiguous = (read_int if kind == "int" else read_decimal)(value, context.lang)
        shown = str(number).replace(".", ",") if context.lang == "fr" else str(number)
        warning = Problem(
            "NUMBER_AMBIGUOUS", "warning", (("value", as_text(value)), ("number", shown))
        )
        return number, warning if ambiguous else None
    if kind == "bool":
        return _bool(value, context)
    return _choice(value, column.choices, context)


def indicator_of(value: object) -> int:
    """Return the indicator a cell names: 12, "Ind. 12", or by criterion and rank ("1.1")."""
    position = read_position(value)
    return by_position(*position) if position else read_indicator(value)


def by_position(criterion: int, rank: int) -> int:
    """Return the number of the `rank`-th indicator of `criterion` (V9 and V10 agree up to 32)."""
    numbers = [i.number for i in load("V10").indicators if i.criterion == criterion]
    if not 1 <= rank <= len(numbers):
        raise NumberProblem("BAD_INDICATOR")
    return sorted(numbers)[rank - 1]


def _text(value: object, context: Context) -> tuple[object, Problem | None]:
    """Return the text of a cell, with a warning when Excel itself could not keep all of it."""
    text = as_text(value)
    if len(text) <= EXCEL_CELL_CHARACTERS:
        return text, None
    lang = context.lang
    params = (
        ("length", number(len(text), lang, 0)),
        ("limit", number(EXCEL_CELL_CHARACTERS, lang, 0)),
    )
    return text, Problem("CELL_TOO_LONG", "warning", params)


def read_id(value: object) -> str:
    """Return an identifier in its canonical form: trimmed, single-spaced, upper case."""
    return " ".join(as_text(value).split()).upper()


def _bool(value: object, context: Context) -> tuple[object, Problem | None]:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value), None
    text = as_text(value)
    word = normalise(text)
    if word in _YES or text in _TICKS or match_choice("yes_no", text) == "yes":
        return True, None
    if word in _NO or match_choice("yes_no", text) == "no":
        return False, None
    return None, Problem(
        "BAD_YES_NO", params=(("value", text), ("allowed", _allowed("yes_no", context.lang)))
    )


def _choice(value: object, name: str, context: Context) -> tuple[object, Problem | None]:
    text = as_text(value)
    key = match_choice(name, text)
    if key is not None:
        return key, None
    return None, Problem(
        "BAD_CHOICE", params=(("value", text), ("allowed", _allowed(name, context.lang)))
    )


def _allowed(name: str, lang: Lang) -> str:
    return ", ".join(
        f"« {choice_label(lang, name, key)} »"
        if lang == "fr"
        else f'"{choice_label(lang, name, key)}"'
        for key in CHOICES[name]
    )
