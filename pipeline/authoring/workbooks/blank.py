"""Generate the blank workbooks from the schema and the referential, in each language.

Run `python -m pipeline.authoring.workbooks [DEST]` to regenerate templates/xlsx/ (committed; a test
proves the committed files equal what this code generates).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]

from pipeline.authoring.workbooks.layout import (
    DATE_EXAMPLE,
    write_indicators,
    write_instructions,
    write_lists,
    write_profile,
    write_table,
)
from pipeline.core.layout import SHEETS, WORKBOOKS
from pipeline.core.model import Lang, Version
from pipeline.i18n import LANGS, choice, text
from pipeline.referential import VERSIONS, load

GRID = "self-assessment"  # the one workbook that depends on the referential version
FIXED_TIME = datetime(2026, 1, 1)  # so that regenerating gives the same bytes
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def workbook_name(lang: Lang, stem: str, version: Version | None = None) -> str:
    """Return the file name of blank workbook `stem` in `lang` (e.g. autoevaluation-V10.xlsx)."""
    base = text(lang, f"file.{stem}")
    return f"{base}-{version}.xlsx" if stem == GRID and version else f"{base}.xlsx"


def template_names(lang: Lang) -> list[tuple[str, Version | None, str]]:
    """Return (stem, version, file name) of every blank workbook of `lang`."""
    names: list[tuple[str, Version | None, str]] = []
    for stem in WORKBOOKS:
        versions: tuple[Version | None, ...] = VERSIONS if stem == GRID else (None,)
        names += [(stem, version, workbook_name(lang, stem, version)) for version in versions]
    return names


def blank_workbook(lang: Lang, stem: str, version: Version | None) -> Any:
    """Return blank workbook `stem` (an openpyxl Workbook), laid out from the schema."""
    book = Workbook()
    instructions = book.active
    instructions.title = text(lang, "sheet.instructions")
    sheets = {kind: book.create_sheet(text(lang, f"sheet.{kind}")) for kind in WORKBOOKS[stem]}
    lists = write_lists(book.create_sheet(text(lang, "sheet.lists")), lang)
    ref = load(version or "V10")
    for kind, sheet in sheets.items():
        if kind == "profile":
            write_profile(sheet, lists, lang)
        elif kind == "indicators":
            write_indicators(sheet, SHEETS[kind], ref, lists, lang)
        else:
            write_table(sheet, SHEETS[kind], lists, lang)
    title = text(lang, f"title.{stem}", version=ref.version, count=len(ref.indicators))
    write_instructions(instructions, title, _paragraphs(lang, stem))
    book.properties.title = title
    book.properties.creator = "qualiopi-docs"
    book.properties.created = FIXED_TIME
    return book


def _paragraphs(lang: Lang, stem: str) -> list[str]:
    names = {
        "profile": text(lang, "sheet.profile"),
        "indicators": text(lang, "sheet.indicators"),
        "value": text(lang, "col.profile.value"),
        "na": choice(lang, "status", "not_applicable"),
    }
    return [
        text(lang, f"about.{stem}", **names),
        text(lang, f"fill.{stem}", **names),
        text(lang, "how.cells"),
        text(lang, "how.lists"),
        text(lang, "how.dates", example=DATE_EXAMPLE[lang]),
        text(lang, "how.several"),
        text(lang, "how.computed"),
        text(lang, "how.freedom"),
        text(lang, "how.hidden"),
        text(lang, "how.where"),
    ]


def save_workbook(book: Any, path: Path) -> None:
    """Write a workbook so that the same content always gives the same bytes."""
    buffer = BytesIO()
    book.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_stable(buffer.getvalue()))


def _stable(data: bytes) -> bytes:
    """Return the zip with fixed member times and a fixed 'modified' property."""
    out = BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "docProps/core.xml":
                content = _MODIFIED.sub(
                    rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>", content
                )
            info = zipfile.ZipInfo(member.filename, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)
    return out.getvalue()


def generate_templates(dest: Path) -> list[Path]:
    """Write every blank workbook, in every language, to dest/<lang>/; return their paths."""
    written: list[Path] = []
    for lang in LANGS:
        for stem, version, name in template_names(lang):
            path = dest / lang / name
            save_workbook(blank_workbook(lang, stem, version), path)
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    """Regenerate the blank workbooks (default: templates/xlsx of this checkout)."""
    dest = Path(argv[0]) if argv else Path(__file__).resolve().parents[3] / "templates" / "xlsx"
    for path in generate_templates(dest):
        print(path)
    return 0
