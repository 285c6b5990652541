"""Fill a blank workbook the way a person does (for the demo workspace and for tests)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.authoring.workbooks.blank import blank_workbook, save_workbook
from pipeline.core.layout import CHOICES, PROFILE, SHEETS, Column
from pipeline.core.model import Lang, SheetKind, Version
from pipeline.i18n import choice, text

Rows = Mapping[SheetKind, Sequence[Mapping[str, object]]]


def write_workbook(path: Path, stem: str, lang: Lang, version: Version | None, rows: Rows) -> None:
    """Write blank workbook `stem` filled with `rows`, by sheet kind then column key.

    The profile takes one mapping of field key -> value; indicator rows are matched to the
    pre-filled rows by their "number"; register rows are written from the first row down.
    Choice keys and booleans are written as the labels of `lang`.
    """
    book = blank_workbook(lang, stem, version)
    for kind, records in rows.items():
        sheet = book[text(lang, f"sheet.{kind}")]
        if kind == "profile":
            values = records if isinstance(records, Mapping) else (records[0] if records else {})
            _fill_profile(sheet, values, lang)
        elif kind == "indicators":
            _fill_indicators(sheet, records, lang)
        else:
            _fill_register(sheet, kind, records, lang)
    save_workbook(book, path)


def _fill_profile(sheet: Any, values: Mapping[str, object], lang: Lang) -> None:
    for row, column in enumerate(PROFILE.written, start=2):
        if column.key in values:
            sheet.cell(row, 3, cell_value(values[column.key], column, lang))


def _fill_indicators(sheet: Any, records: Sequence[Mapping[str, object]], lang: Lang) -> None:
    spec = SHEETS["indicators"]
    number_column = 1 + [column.key for column in spec.columns].index("number")
    row_of = {sheet.cell(row, number_column).value: row for row in range(2, sheet.max_row + 1)}
    for record in records:
        row = row_of.get(record.get("number"))
        if row is None:
            row = sheet.max_row + 1
        for number, column in enumerate(spec.columns, start=1):
            if column.key in record:
                sheet.cell(row, number, cell_value(record[column.key], column, lang))


def _fill_register(
    sheet: Any, kind: SheetKind, records: Sequence[Mapping[str, object]], lang: Lang
) -> None:
    spec = SHEETS[kind]
    for row, record in enumerate(records, start=2):
        for number, column in enumerate(spec.columns, start=1):
            if column.key in record:
                sheet.cell(row, number, cell_value(record[column.key], column, lang))


def cell_value(value: object, column: Column, lang: Lang) -> object:
    """Return what a person would type for `value` in `column` (labels, lists as text)."""
    if isinstance(value, bool):
        return choice(lang, "yes_no", "yes" if value else "no")
    if isinstance(value, str) and column.type == "choice" and value in CHOICES[column.choices]:
        return choice(lang, column.choices, value)
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(str(item) for item in value)
    if isinstance(value, date | int | float | Decimal | str) or value is None:
        return value
    return str(value)
