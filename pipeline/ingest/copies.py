"""Count a register entry once when two copies of the register sit in the inbox."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import PurePosixPath

from pipeline.core.inbox import looks_like_copy
from pipeline.core.model import Finding, Lang
from pipeline.ingest.notes import Notes
from pipeline.ingest.reader import SheetRead
from pipeline.ingest.records import Record


def without_copies(chosen: list[SheetRead], lang: Lang) -> tuple[list[SheetRead], list[Finding]]:
    """Return the sheets with entries already read from another file dropped, and a finding each.

    Only entries identical in every field are dropped, and only across files ("complaints
    (1).xlsx" beside "complaints.xlsx"); two equal rows in one file are left to validation.
    """
    seen: dict[tuple[str, tuple[object, ...]], Record] = {}
    kept_sheets: dict[int, SheetRead] = {}
    findings: list[Finding] = []
    originals_first = sorted(
        range(len(chosen)), key=lambda n: looks_like_copy(PurePosixPath(chosen[n].file))
    )
    for number in originals_first:
        sheet = chosen[number]
        alone = sum(1 for other in chosen if other.kind == sheet.kind) == 1
        if alone or sheet.profile is not None or sheet.kind == "indicators":
            kept_sheets[number] = sheet
            continue
        kept: list[Record] = []
        for record in sheet.records:
            key = (sheet.kind, _content(record))
            first = seen.setdefault(key, record)
            if first is record or first.origin.file == record.origin.file:
                kept.append(record)
            else:
                findings += _repeated(record, first, lang)
        kept_sheets[number] = replace(sheet, records=tuple(kept))
    return [kept_sheets[n] for n in range(len(chosen))], findings


def _content(record: Record) -> tuple[object, ...]:
    return tuple(getattr(record, f.name) for f in fields(record) if f.name != "origin")


def _repeated(record: Record, first: Record, lang: Lang) -> list[Finding]:
    notes = Notes(lang, record.origin.file)
    notes.add(
        "warning",
        "DUPLICATE_ENTRY",
        record.origin.sheet,
        f"A{record.origin.row}",
        row=record.origin.row,
        first_name=PurePosixPath(first.origin.file).name,
        first_sheet=first.origin.sheet,
        first_row=first.origin.row,
    )
    return notes.items
