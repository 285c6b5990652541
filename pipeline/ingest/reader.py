"""Read one input file: what it is, its sheets recognised by content, their records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path, PurePosixPath

from pipeline.core.inbox import is_conflict_copy, shown_name
from pipeline.core.layout import SHEETS
from pipeline.core.model import InputFile, Profile, SheetKind, SourceFile
from pipeline.i18n import text
from pipeline.ingest.cells import Context
from pipeline.ingest.delimited import delimited_rows
from pipeline.ingest.forms import form_header, read_form, source_for
from pipeline.ingest.forms_suggest import suggest
from pipeline.ingest.notes import Notes
from pipeline.ingest.probe import MAX_FILE_BYTES, Probe, probe
from pipeline.ingest.profile import read_profile
from pipeline.ingest.records import NOT_READ, Record, read_records
from pipeline.ingest.rows import BLANK_RUN, Walk, table_rows
from pipeline.ingest.sheets import HEAD_ROWS, Layout, classify, closest
from pipeline.ingest.snapshot import read_input
from pipeline.ingest.stream import BookError, RawRow, SheetSource, open_book
from pipeline.workspace import Workspace


@dataclass(frozen=True, slots=True)
class SheetRead:
    """One recognised sheet and what it holds."""

    kind: SheetKind
    file: str
    sheet: str
    records: tuple[Record, ...] = ()
    profile: Profile | None = None


@dataclass(slots=True)
class FileRead:
    """One input file as read: its identity, its recognised sheets, its findings."""

    source: SourceFile
    conflict: bool
    notes: Notes
    modified: float = 0.0
    sheets: list[SheetRead] = field(default_factory=list)


def read_file(source: InputFile | Path, workspace: Workspace) -> FileRead:
    """Read one input file (already read from disk, or a path); bad content becomes findings."""
    given = source if isinstance(source, InputFile) else read_input(source, workspace)
    path = given.path
    name = workspace.relative(path)
    if given.problem == "FILE_NAME_ENCODING":
        name = shown_name(name)
    notes = Notes(workspace.settings.lang, name)
    conflict = is_conflict_copy(path)
    read = FileRead(SourceFile(name, given.sha256), conflict, notes, _modified(path))
    if given.content is None:
        _not_read(given, notes)
        return read
    _read_content(given.content, read, workspace, notes)
    if conflict:
        notes.add("warning", "CONFLICT_COPY")
    kinds = tuple(dict.fromkeys(s.kind for s in read.sheets))
    read.source = SourceFile(name, given.sha256, kinds)
    return read


def _read_content(data: bytes, read: FileRead, workspace: Workspace, notes: Notes) -> None:
    """Read what the bytes are: a workbook's sheets, a form export, or a finding saying what."""
    found = probe(data)
    if found.other:
        notes.add("error", found.code, format=text(notes.lang, f"format.{found.other}"))
    elif found.code == "NOT_WORKBOOK_CSV":
        _read_text(data, read, workspace, notes)
    elif found.code:
        notes.add("error", found.code)
    else:
        _read_sheets(data, found, read, workspace, notes)


def _not_read(given: InputFile, notes: Notes) -> None:
    if given.problem == "FILE_TOO_LARGE":
        notes.add("error", "FILE_TOO_LARGE", limit=MAX_FILE_BYTES // (1024 * 1024))
    elif given.problem == "FILE_UNREADABLE":
        notes.add("error", "FILE_UNREADABLE", reason=given.reason)
    else:
        notes.add("error", given.problem or "FILE_UNREADABLE", shown=given.reason, reason="")


def _modified(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def _read_sheets(
    data: bytes,
    found: Probe,
    read: FileRead,
    workspace: Workspace,
    notes: Notes,
) -> None:
    try:
        with open_book(data, found) as book:
            context = Context(workspace.settings.lang, book.epoch)
            misses: list[tuple[str, list[RawRow]]] = []
            for sheet in book.sheets:
                try:
                    sheet_read = _read_sheet(
                        sheet, read.source.path, context, notes, workspace, misses
                    )
                except BookError as err:
                    notes.add("error", err.code, sheet.title)
                    continue
                if sheet_read is not None:
                    read.sheets.append(sheet_read)
    except BookError as err:
        notes.add("error", err.code)
        return
    if not read.sheets and not notes.items:
        _not_recognised(misses, notes)


def _not_recognised(misses: list[tuple[str, list[RawRow]]], notes: Notes) -> None:
    """Say that no sheet was recognised: which headers it has, which the nearest table needs."""
    filled = [(title, head) for title, head in misses if any(row.cells for row in head)]
    title, head = filled[0] if filled else ("", [])
    kind, found = closest(head)
    expected = [notes.label(kind, c.key) for c in SHEETS[kind].columns if c.required]
    notes.add(
        "warning",
        "NO_KNOWN_SHEET",
        first=title,
        found=notes.quoted(found[:12]) if found else text(notes.lang, "ingest.no_headers"),
        expected=notes.quoted(expected),
        kind=notes.sheet_name(kind),
    )


def _read_sheet(
    sheet: SheetSource,
    file: str,
    context: Context,
    notes: Notes,
    workspace: Workspace,
    misses: list[tuple[str, list[RawRow]]],
) -> SheetRead | None:
    rows = sheet.rows()
    head = _head(rows)
    layout = classify(head)
    if layout is None:
        form, answers = _form_sheet(head, rows, (file, sheet.title), context, notes, workspace)
        if not form:
            misses.append((sheet.title, head))
        return answers
    if sheet.hidden:
        notes.add("warning", "HIDDEN_SHEET", sheet.title, kind=notes.sheet_name(layout.kind))
    if layout.kind == "profile":
        profile = read_profile(chain(head, rows), sheet.merges, file, sheet.title, context, notes)
        return SheetRead("profile", file, sheet.title, profile=profile)
    _check_columns(layout, sheet.title, notes)
    walk = Walk(layout, sheet.title, notes, workspace.settings.max_rows)
    table = table_rows(walk, head, rows, sheet.merges)
    records = read_records(layout, table, walk, file, context)
    return SheetRead(layout.kind, file, sheet.title, tuple(records))


def _read_text(data: bytes, read: FileRead, workspace: Workspace, notes: Notes) -> None:
    """Read a CSV or TSV file: a form's answer export is used, anything else is reported."""
    rows = delimited_rows(data)
    head = _head(rows)
    title = PurePosixPath(read.source.path).stem
    context = Context(workspace.settings.lang)
    form, answers = _form_sheet(head, rows, (read.source.path, title), context, notes, workspace)
    if not form:
        notes.add("error", "NOT_WORKBOOK_CSV")
    elif answers is not None:
        read.sheets.append(answers)


def _form_sheet(
    head: list[RawRow],
    rows: Iterator[RawRow],
    where: tuple[str, str],
    context: Context,
    notes: Notes,
    workspace: Workspace,
) -> tuple[bool, SheetRead | None]:
    """Return (is it a form's answer export, its feedback entries when qualiopi.toml says how)."""
    header = form_header(head)
    if header is None:
        return False, None
    everything = list(islice(chain(head, rows), workspace.settings.max_rows))
    source = source_for(where[0], workspace.settings.forms)
    if source is None:
        answers = [row for row in everything if row.number > header.number and row.cells]
        entry = suggest(header, answers[:500], where[0])
        notes.add("warning", "FORM_EXPORT", where[1], count=len(answers), entry=entry)
        return True, None
    records = read_form(header, everything, source, where, context, notes)
    return True, SheetRead("feedback", where[0], where[1], tuple(records))


def _head(rows: Iterator[RawRow]) -> list[RawRow]:
    """Return the first rows, up to HEAD_ROWS non-blank ones or a run of blank ones."""
    head: list[RawRow] = []
    filled = 0
    for row in islice(rows, BLANK_RUN):
        head.append(row)
        filled += bool(row.cells)
        if filled == HEAD_ROWS:
            break
    return head


def _check_columns(layout: Layout, sheet: str, notes: Notes) -> None:
    """Report the columns a recognised table lacks, and columns that appear twice."""
    row = f"{layout.header_row}:{layout.header_row}"
    for column in SHEETS[layout.kind].columns:
        missing = layout.column(column.key) is None and not column.optional
        if missing and (layout.kind, column.key) not in NOT_READ:
            notes.add(
                "error" if column.required else "warning",
                "MISSING_COLUMN",
                sheet,
                row,
                column=notes.label(layout.kind, column.key),
            )
    for key, _ in layout.duplicates:
        notes.add("warning", "DUPLICATE_COLUMN", sheet, row, column=notes.label(layout.kind, key))
