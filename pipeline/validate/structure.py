"""Structure: the sheets that must be there, the required cells, identifiers used once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from pipeline.core.layout import SHEETS
from pipeline.core.model import Dossier, Finding, Origin, SheetKind
from pipeline.validate.context import Context

# Criterion 7 registers: feedback (indicator 30), complaints (31), improvements (32).
REGISTERS: tuple[tuple[SheetKind, int], ...] = (
    ("feedback", 30),
    ("complaints", 31),
    ("improvements", 32),
)
_EMPTY: tuple[object, ...] = (None, "", ())


class Record(Protocol):
    """Anything read from one row (or, for the profile, one sheet) of a workbook."""

    @property
    def origin(self) -> Origin: ...


def records(dossier: Dossier, kind: SheetKind) -> Sequence[Record]:
    """Return what was read from the sheets of `kind` (empty when there is none)."""
    if kind == "profile":
        return (dossier.profile,) if dossier.profile is not None else ()
    if kind == "indicators":
        return dossier.indicators or ()
    found: Sequence[Record] = getattr(dossier, kind)
    return found


def describe(ctx: Context, kind: SheetKind, record: Record) -> str:
    """Return how users name one record: "indicator 5", "evidence E-01", "row 12"..."""
    if kind == "profile":
        return ctx.text("findings.record.profile")
    if kind == "indicators":
        number = getattr(record, "number", None)
        raw = getattr(record, "raw_number", "")
        if number is not None or raw:
            return ctx.text("findings.record.indicators", number=number or raw)
    ident = getattr(record, "id", "")
    if ident:
        return ctx.text(f"findings.record.{kind}", id=ident)
    return ctx.text("findings.record.row", row=record.origin.row)


def structure_findings(ctx: Context) -> Iterator[Finding]:
    """Report missing sheets, empty required cells and duplicate identifiers."""
    yield from _missing_sheets(ctx)
    for kind in SHEETS:
        yield from _required(ctx, kind)
        yield from _duplicates(ctx, kind)


def _missing_sheets(ctx: Context) -> Iterator[Finding]:
    dossier = ctx.dossier
    if dossier.profile is None:
        yield ctx.on_sheet("error", "PROFILE_MISSING", "profile")
    if dossier.indicators is None:
        yield ctx.on_sheet("error", "GRID_MISSING", "indicators")
    if "evidence" not in dossier.present:
        yield ctx.on_sheet("warning", "EVIDENCE_LIST_MISSING", "evidence")
    for kind, indicator in REGISTERS:
        if kind not in dossier.present:
            yield ctx.on_sheet(
                "warning",
                "REGISTER_MISSING",
                kind,
                indicator,
                number=indicator,
                register=ctx.text(f"findings.register.{kind}"),
            )


def _required(ctx: Context, kind: SheetKind) -> Iterator[Finding]:
    keys = [column.key for column in SHEETS[kind].columns if column.required]
    found = records(ctx.dossier, kind)
    # Column by column: a register's 50,000 rows are looked at once per required column, and
    # only the empty cells go on (the findings are put in reading order afterwards).
    for key in keys:
        for record in [r for r in found if _is_empty(r, key)]:
            if record.origin.cell(key) and not _status_of_excluded(ctx, record, key):
                yield ctx.at(
                    "error",
                    "REQUIRED_MISSING",
                    record.origin,
                    key,
                    indicator_of(record),
                    column=ctx.column(kind, key),
                    what=describe(ctx, kind, record),
                )


def _status_of_excluded(ctx: Context, record: Record, key: str) -> bool:
    """The status of an indicator the profile excludes may stay empty: the tool decides."""
    number = getattr(record, "number", None) if key == "status" else None
    item = ctx.by_profile.get(number) if isinstance(number, int) else None
    return item is not None and not item.applies


def _is_empty(record: Record, key: str) -> bool:
    if not hasattr(record, key):
        return False  # yes/no profile fields are read into categories and flags
    if key == "number" and str(getattr(record, "raw_number", "")):
        return False  # something was written: an unknown number, reported by the referential
    return getattr(record, key) in _EMPTY


def indicator_of(record: Record) -> int | None:
    """Return the indicator a record is about (a grid row, a non-conformity), if any."""
    number = getattr(record, "number", getattr(record, "indicator", None))
    return number if isinstance(number, int) else None


def _duplicates(ctx: Context, kind: SheetKind) -> Iterator[Finding]:
    if SHEETS[kind].id_column != "id":
        return  # indicator numbers are checked against the referential
    first: dict[str, Record] = {}
    for record in records(ctx.dossier, kind):
        ident = str(getattr(record, "id", "")).strip()
        key = ident.casefold()
        if not key:
            continue
        if key in first:
            other = first[key].origin
            yield ctx.at(
                "error",
                "DUPLICATE_ID" if other.file == record.origin.file else "DUPLICATE_ID_ELSEWHERE",
                record.origin,
                "id",
                id=ident,
                what=ctx.text(f"findings.kind.{kind}"),
                first_row=other.row,
                first_file=other.file,
                first_sheet=other.sheet,
            )
        else:
            first[key] = record
