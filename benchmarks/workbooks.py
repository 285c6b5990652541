"""Fill the project's blank workbooks with rows, then re-save them as LibreOffice Calc does."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.i18n import choice, text
from pipeline.model import Lang, SheetKind
from pipeline.schema import SHEETS, Column

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HEADER_SEARCH = 15  # rows scanned for the header row


def fill_workspace(folder: Path, sheets: Mapping[str, Any], lang: Lang) -> list[Path]:
    """Write the blank workbooks into `folder`, filled with `sheets`; return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for blank in blank_workbooks(lang):
        book = openpyxl.load_workbook(blank)
        for sheet in book.worksheets:
            kind = kind_of(sheet.title, lang)
            if kind is not None and kind in sheets:
                fill_sheet(sheet, kind, sheets[kind], lang)
        target = folder / blank.name
        book.save(target)
        written.append(target)
    return written


def blank_workbooks(lang: Lang) -> tuple[Path, ...]:
    """Return the blank workbooks `init` gives a user preparing a V10 audit."""
    from pipeline.scaffold import blank_workbooks as packaged
    return packaged(lang, "V10")


def kind_of(title: str, lang: Lang) -> SheetKind | None:
    """Return the kind of sheet called `title` in a blank workbook of `lang`."""
    for kind in SHEETS:
        if text(lang, f"sheet.{kind}") == title:
            return kind
    return None


def fill_sheet(sheet: Worksheet, kind: SheetKind, rows: Any, lang: Lang) -> None:
    """Write `rows` into one sheet: fields by label, the grid by number, tables below headers."""
    spec = SHEETS[kind]
    if spec.fields:
        _fill_fields(sheet, rows, lang)
        return
    header, columns = _header(sheet, kind, lang)
    if kind == "indicators":
        _fill_grid(sheet, header, columns, rows, lang)
        return
    for offset, row in enumerate(rows, start=1):
        for key, value in row.items():
            _put(sheet, header + offset, columns[key], spec.column(key), value, lang)


def _fill_fields(sheet: Worksheet, fields: Mapping[str, object], lang: Lang) -> None:
    labels = {_norm(text(lang, f"col.profile.{c.key}")): c for c in SHEETS["profile"].columns}
    for (label, *_rest) in sheet.iter_rows(min_col=2, max_col=2):
        column = labels.get(_norm(label.value))
        if column is not None and column.key in fields:
            _put(sheet, label.row, 3, column, fields[column.key], lang)


def _fill_grid(sheet: Worksheet, header: int, columns: dict[str, int],
               rows: Mapping[int, Mapping[str, object]], lang: Lang) -> None:
    spec = SHEETS["indicators"]
    for line in range(header + 1, sheet.max_row + 1):
        number = sheet.cell(line, columns["number"]).value
        values = rows.get(int(number)) if isinstance(number, (int, float, str)) and \
            str(number).strip().isdigit() else None
        for key, value in (values or {}).items():
            _put(sheet, line, columns[key], spec.column(key), value, lang)


def _header(sheet: Worksheet, kind: SheetKind, lang: Lang) -> tuple[int, dict[str, int]]:
    """Return the header row number and the column index of each key."""
    labels = {_norm(text(lang, f"col.{kind}.{c.key}")): c.key for c in SHEETS[kind].columns}
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_SEARCH):
        found = {labels[_norm(c.value)]: c.column for c in row if _norm(c.value) in labels}
        if len(found) == len(labels):
            return row[0].row, found
    raise ValueError(f"no header row for {kind} in sheet {sheet.title}")


def _put(sheet: Worksheet, row: int, column: int, spec: Column, value: object,
         lang: Lang) -> None:
    if value is None or value == "":
        return
    if spec.type == "bool":
        value = choice(lang, "yes_no", str(value))
    elif spec.type == "choice":
        value = choice(lang, spec.choices, str(value))
    sheet.cell(row, column).value = value


def _norm(value: object) -> str:
    return " ".join(str(value or "").replace("*", "").split()).casefold()


def resave(paths: Sequence[Path]) -> None:
    """Open and save every workbook with LibreOffice Calc, in place (few soffice processes).

    Files are staged under unique names first: organisations of a portfolio share file names.
    """
    if not paths:
        return
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) is needed to write realistic workbooks")
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as scratch:
        staged, out = Path(scratch) / "in", Path(scratch) / "out"
        staged.mkdir()
        names = {path: staged / f"{index:04d}-{path.name}" for index, path in enumerate(paths)}
        for path, stage in names.items():
            shutil.copyfile(path, stage)
        for start in range(0, len(paths), 100):
            _convert(list(names.values())[start:start + 100], Path(scratch) / "profile", out)
        for path, stage in names.items():
            shutil.move(out / stage.name, path)


def _convert(paths: Sequence[Path], profile: Path, out: Path) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc Office Open XML", "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=900)
    missing = [p.name for p in paths if not (out / p.name).exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not re-save {missing}")
