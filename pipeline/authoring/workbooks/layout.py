"""Lay out the sheets of a blank workbook from the schema: headers, input cells, dropdowns."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill, Protection  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

from pipeline.core.layout import CHOICES, PROFILE, Column, SheetSpec
from pipeline.core.model import Lang
from pipeline.i18n import choice, text
from pipeline.referential import Referential

INPUT_ROWS = 200  # register rows styled as input
VALIDATION_ROWS = 1_000  # register rows with dropdowns
INPUT_FILL = PatternFill("solid", fgColor="FFF8D6")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
HEADER_FONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = {"en": "yyyy-mm-dd", "fr": "dd/mm/yyyy"}
DATE_EXAMPLE = {"en": "31/01/2026 or 2026-01-31", "fr": "31/01/2026"}
LINE_HEIGHT = 15


@dataclass(frozen=True, slots=True)
class Lists:
    """Where each closed list lives on the hidden lists sheet, for dropdowns."""

    sheet: str
    columns: dict[str, str]  # list name -> column letter

    def formula(self, name: str) -> str:
        """Return the dropdown source of closed list `name`."""
        column = self.columns[name]
        return f"'{self.sheet}'!${column}$1:${column}${len(CHOICES[name])}"


def write_lists(sheet: Any, lang: Lang) -> Lists:
    """Fill the hidden sheet that holds the labels of every closed list, one per column."""
    columns: dict[str, str] = {}
    for number, (name, keys) in enumerate(CHOICES.items(), start=1):
        columns[name] = get_column_letter(number)
        for row, key in enumerate(keys, start=1):
            sheet.cell(row, number, choice(lang, name, key))
    sheet.sheet_state = "hidden"
    return Lists(sheet.title, columns)


def write_header(sheet: Any, spec: SheetSpec, lang: Lang) -> None:
    """Write the header row of a table and freeze it."""
    for number, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(1, number, text(lang, f"col.{spec.kind}.{column.key}"))
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"


def style_input(cell: Any, column: Column, lang: Lang, locked: bool = False) -> None:
    """Make a cell look like what it is: input (light fill) or official text (grey, locked)."""
    cell.fill = LOCKED_FILL if locked else INPUT_FILL
    cell.protection = Protection(locked=locked)
    cell.alignment = WRAP if column.type in ("longtext", "text") else TOP
    if column.type == "date":
        cell.number_format = DATE_FORMAT[lang]
    elif column.type in ("id", "ids", "indicators", "text", "longtext"):
        cell.number_format = "@"  # typed as text: "01" or "1, 2" stay as written


def add_dropdown(sheet: Any, column: Column, cells: str, lists: Lists, lang: Lang) -> None:
    """Attach the dropdown of a closed-list column to a range of cells."""
    if column.type not in ("choice", "bool"):
        return
    validation = DataValidation(
        type="list",
        formula1=lists.formula(column.choices),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=text(lang, "blank.validation.title"),
        error=text(lang, "blank.validation.message"),
    )
    validation.add(cells)
    sheet.add_data_validation(validation)


def write_table(sheet: Any, spec: SheetSpec, lists: Lists, lang: Lang) -> None:
    """Lay out a register: header, input rows, dropdowns over many rows."""
    write_header(sheet, spec, lang)
    for number, column in enumerate(spec.columns, start=1):
        for row in range(2, INPUT_ROWS + 2):
            style_input(sheet.cell(row, number), column, lang)
        column_letter = get_column_letter(number)
        add_dropdown(
            sheet, column, f"{column_letter}2:{column_letter}{VALIDATION_ROWS + 1}", lists, lang
        )


def write_indicators(
    sheet: Any, spec: SheetSpec, ref: Referential, lists: Lists, lang: Lang
) -> None:
    """Lay out the grid: one pre-filled, locked row per indicator; the rest is input."""
    write_header(sheet, spec, lang)
    for row, indicator in enumerate(ref.indicators, start=2):
        official = {
            "criterion": indicator.criterion,
            "number": indicator.number,
            "wording": indicator.wording_fr,
        }
        for number, column in enumerate(spec.columns, start=1):
            cell = sheet.cell(row, number, official.get(column.key))
            style_input(cell, column, lang, locked=column.protected)
        sheet.row_dimensions[row].height = _height(
            indicator.wording_fr, spec.column("wording").width
        )
    last = len(ref.indicators) + 1
    for number, column in enumerate(spec.columns, start=1):
        add_dropdown(
            sheet,
            column,
            f"{get_column_letter(number)}2:{get_column_letter(number)}{last}",
            lists,
            lang,
        )
    sheet.freeze_panes = "C2"
    _protect(sheet)


def write_profile(sheet: Any, lists: Lists, lang: Lang) -> None:
    """Lay out the profile: a label, an answer cell and a short help per field."""
    widths = {"A": 4, "B": 48, "C": 40, "D": 70}
    for column_letter, width in widths.items():
        sheet.column_dimensions[column_letter].width = width
    headers = (
        "",
        text(lang, "col.profile.label"),
        text(lang, "col.profile.value"),
        text(lang, "blank.help_header"),
    )
    for number, value in enumerate(headers, start=1):
        cell = sheet.cell(1, number, value or None)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
    for row, column in enumerate(PROFILE.written, start=2):
        sheet.cell(row, 1, "*" if column.required else None).alignment = TOP
        label = sheet.cell(row, 2, text(lang, f"col.profile.{column.key}"))
        label.alignment, label.fill = WRAP, LOCKED_FILL
        style_input(sheet.cell(row, 3), column, lang)
        add_dropdown(sheet, column, f"C{row}", lists, lang)
        sheet.cell(row, 4, text(lang, f"help.profile.{column.key}")).alignment = WRAP
    sheet.cell(len(PROFILE.written) + 3, 2, text(lang, "blank.required"))
    sheet.freeze_panes = "A2"
    _protect(sheet)


def write_instructions(sheet: Any, title: str, paragraphs: list[str]) -> None:
    """Write the instructions: a title, then one wrapped paragraph per row."""
    sheet.column_dimensions["A"].width = 110
    sheet.cell(1, 1, title).font = Font(bold=True, size=14)
    for row, paragraph in enumerate(paragraphs, start=3):
        sheet.cell(row, 1, paragraph).alignment = WRAP
        sheet.row_dimensions[row].height = _height(paragraph, 110)


def _protect(sheet: Any) -> None:
    """Lock the official cells, without a password; columns and rows stay resizable."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


def _height(value: str, width: int) -> float:
    """Return a row height that shows all of a wrapped text in a column `width` wide."""
    per_line = max(width - 8, 8)  # characters that fit, with room for long words
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
    return float(min(409, max(1, lines) * LINE_HEIGHT))
