"""Choose which sheets make the Dossier: one profile, one grid, every register once.

A grid dropped beside the organisation's own must not win because it is newer: the workbook
that holds the profile comes first, then the grid made for the audit's referential, then the
more complete one; the date a file was saved only breaks a tie.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from pipeline.core.model import Finding, IndicatorEntry, Lang, SheetKind, Version
from pipeline.i18n import text
from pipeline.ingest.notes import Notes
from pipeline.ingest.reader import FileRead, SheetRead
from pipeline.referential import version_for

SINGLE: tuple[SheetKind, ...] = ("profile", "indicators")  # one of each, never merged
GridVersion = Callable[[Sequence[IndicatorEntry]], Version | None]


@dataclass(frozen=True, slots=True)
class _Candidate:
    read: FileRead
    sheet: SheetRead


def choose(
    reads: list[FileRead], lang: Lang, forced: Version | None, version_of: GridVersion
) -> tuple[list[SheetRead], list[Finding]]:
    """Return the sheets to use and a finding for each profile or grid left aside.

    A sync client's conflict copy is used only when nothing else has that sheet.
    """
    chosen: list[SheetRead] = []
    findings: list[Finding] = []
    kinds = dict.fromkeys(sheet.kind for read in reads for sheet in read.sheets)
    for kind in sorted(kinds, key=lambda k: SINGLE.index(k) if k in SINGLE else len(SINGLE)):
        candidates = [_Candidate(r, s) for r in reads for s in r.sheets if s.kind == kind]
        usable = [c for c in candidates if not c.read.conflict] or candidates[:1]
        if kind not in SINGLE:
            chosen += [c.sheet for c in usable]
            continue
        profile = next((s for s in chosen if s.kind == "profile"), None)
        ranks = {id(c): _rank(c, profile, forced, version_of, reads) for c in usable}
        used = max(usable, key=lambda c: ranks[id(c)])
        chosen.append(used.sheet)
        for other in (c for c in usable if c is not used):
            why = _why(ranks[id(used)], ranks[id(other)], lang)
            findings += _left_aside(other.sheet, used.sheet, kind, why, lang)
    return chosen, findings


_REASONS = ("profile", "referential", "complete", "recent")


def _rank(
    candidate: _Candidate,
    profile: SheetRead | None,
    forced: Version | None,
    version_of: GridVersion,
    reads: list[FileRead],
) -> tuple[int, int, int, float]:
    """Return how strongly a profile or grid claims to be the organisation's own."""
    read, sheet = candidate.read, candidate.sheet
    if sheet.kind == "profile":
        holds_grid = any(s.kind == "indicators" for s in read.sheets)
        return int(holds_grid), 0, _filled_profile(sheet), read.modified
    same_file = profile is not None and profile.file == sheet.file
    wanted = forced or _audit_version(profile)
    entries = [r for r in sheet.records if isinstance(r, IndicatorEntry)]
    matches = wanted is not None and version_of(entries) == wanted
    return int(same_file), int(matches), _filled_grid(entries), read.modified


def _audit_version(profile: SheetRead | None) -> Version | None:
    """Return the referential the planned audit falls under, when the profile dates it."""
    if profile is None or profile.profile is None or profile.profile.audit_date is None:
        return None
    return version_for(profile.profile.audit_date, None, profile.profile.audit_date)


def _filled_profile(sheet: SheetRead) -> int:
    if sheet.profile is None:
        return 0
    return sum(1 for f in fields(sheet.profile) if getattr(sheet.profile, f.name) not in ("", None))


def _filled_grid(entries: list[IndicatorEntry]) -> int:
    return sum(1 for e in entries if e.approach or e.evidence_ids or e.status is not None)


def _why(used: tuple[Any, ...], other: tuple[Any, ...], lang: Lang) -> str:
    """Return the first reason that set the used sheet above the other one."""
    reason = next((r for r, a, b in zip(_REASONS, used, other, strict=True) if a != b), "recent")
    return text(lang, f"ingest.chosen.{reason}")


def _left_aside(
    other: SheetRead, used: SheetRead, kind: SheetKind, why: str, lang: Lang
) -> list[Finding]:
    notes = Notes(lang, other.file)
    notes.add(
        "error",
        "DUPLICATE_SHEET",
        other.sheet,
        kind=notes.sheet_name(kind),
        used_file=used.file,
        used_sheet=used.sheet,
        why=why,
    )
    return notes.items
