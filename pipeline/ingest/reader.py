"""Read one input file: what it is, its sheets recognised by content, their records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from pipeline.core.inbox import is_conflict_copy, shown_name
from pipeline.core.layout import SHEETS
from pipeline.core.model import InputFile, Profile, SheetKind, SourceFile
from pipeline.ingest.cells import Context
from pipeline.ingest.notes import Notes
from pipeline.ingest.probe import MAX_FILE_BYTES, probe
from pipeline.ingest.profile import read_profile
from pipeline.ingest.records import NOT_READ, Record, read_records
from pipeline.ingest.rows import BLANK_RUN, data_rows
from pipeline.ingest.sheets import HEAD_ROWS, Layout, classify
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
    found = probe(given.content)
    if found.code:
        notes.add("error", found.code)
    else:
        _read_sheets(given.content, found.merges, read, workspace, notes)
    if conflict:
        notes.add("warning", "CONFLICT_COPY")
    kinds = tuple(dict.fromkeys(s.kind for s in read.sheets))
    read.source = SourceFile(name, given.sha256, kinds)
    return read


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
    merges: dict[str, frozenset[str]],
    read: FileRead,
    workspace: Workspace,
    notes: Notes,
) -> None:
    try:
        with open_book(data, merges) as book:
            context = Context(workspace.settings.lang, book.epoch)
            for sheet in book.sheets:
                try:
                    found = _read_sheet(
                        sheet, read.source.path, context, notes, workspace.settings.max_rows
                    )
                except BookError as err:
                    notes.add("error", err.code, sheet.title)
                    continue
                if found is not None:
                    read.sheets.append(found)
    except BookError as err:
        notes.add("error", err.code)
        return
    if not read.sheets and not notes.items:
        notes.add("warning", "NO_KNOWN_SHEET")


def _read_sheet(
    sheet: SheetSource, file: str, context: Context, notes: Notes, max_rows: int
) -> SheetRead | None:
    rows = sheet.rows()
    head = _head(rows)
    layout = classify(head)
    if layout is None:
        return None
    if sheet.hidden:
        notes.add("warning", "HIDDEN_SHEET", sheet.title, kind=notes.sheet_name(layout.kind))
    everything: Iterator[RawRow] = chain(head, rows)
    if layout.kind == "profile":
        profile = read_profile(everything, sheet.merges, file, sheet.title, context, notes)
        return SheetRead("profile", file, sheet.title, profile=profile)
    _check_columns(layout, sheet.title, notes)
    table = data_rows(layout, everything, sheet.merges, sheet.title, notes, max_rows)
    records = read_records(layout, table, file, sheet.title, context, notes)
    return SheetRead(layout.kind, file, sheet.title, tuple(records))


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
        if layout.column(column.key) is None and (layout.kind, column.key) not in NOT_READ:
            notes.add(
                "error" if column.required else "warning",
                "MISSING_COLUMN",
                sheet,
                row,
                column=notes.label(layout.kind, column.key),
            )
    for key, _ in layout.duplicates:
        notes.add("warning", "DUPLICATE_COLUMN", sheet, row, column=notes.label(layout.kind, key))
