"""Small real workbooks for the ingest tests, built cell by cell as people lay them out."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook

from pipeline.core.layout import SHEETS
from pipeline.core.model import Dossier, Lang, SheetKind
from pipeline.i18n import text
from pipeline.ingest import read_dossier
from pipeline.workspace import Settings, Workspace

Grid = Sequence[Sequence[object]]


def workspace(root: Path, lang: Lang = "en", **settings: object) -> Workspace:
    """Return a workspace at `root` with an inbox (settings given as keywords)."""
    (root / "inbox").mkdir(parents=True, exist_ok=True)
    return Workspace(root, Settings(lang=lang, **settings))  # type: ignore[arg-type]


def headers(kind: SheetKind, lang: Lang, keys: Sequence[str] | None = None) -> list[str]:
    """Return the header labels of `kind` (all columns, or `keys` in that order)."""
    chosen = keys if keys is not None else [c.key for c in SHEETS[kind].columns]
    return [text(lang, f"col.{kind}.{key}") for key in chosen]


def write_book(
    path: Path,
    sheets: Mapping[str, Grid],
    hidden: Sequence[str] = (),
    merges: Mapping[str, Sequence[str]] | None = None,
    hidden_rows: Mapping[str, Sequence[int]] | None = None,
) -> Path:
    """Write a workbook whose sheets hold `sheets[title]` rows from A1; return its path."""
    book = Workbook()
    book.remove(book.active)
    for title, grid in sheets.items():
        sheet = book.create_sheet(title)
        for row, values in enumerate(grid, start=1):
            for column, value in enumerate(values, start=1):
                if value is not None:
                    sheet.cell(row, column, value)
        for ref in (merges or {}).get(title, ()):
            sheet.merge_cells(ref)
        for row in (hidden_rows or {}).get(title, ()):
            sheet.row_dimensions[row].hidden = True
        if title in hidden:
            sheet.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def read(ws: Workspace, *paths: Path) -> Dossier:
    """Read `paths` (default: everything in the inbox) as one organisation."""
    return read_dossier(list(paths) or sorted(ws.inbox.iterdir()), ws)


def codes(dossier: Dossier) -> list[str]:
    """Return the codes of the dossier's findings, in order."""
    return [f.code for f in dossier.findings]


def errors(dossier: Dossier) -> list[str]:
    """Return the codes of the dossier's error findings."""
    return [f"{f.code} {f.sheet}!{f.cell}" for f in dossier.findings if f.severity == "error"]


def rezip(data: bytes, replace: Mapping[str, bytes]) -> bytes:
    """Return a copy of zip `data` with some members' content replaced."""
    out = BytesIO()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(
                member.filename, replace.get(member.filename, source.read(member.filename))
            )
    return out.getvalue()
