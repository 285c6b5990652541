"""The evidence list against the grid and the evidence folder: cited, linked, present, current."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.core.model import Evidence, Finding, IndicatorEntry
from pipeline.validate.context import Context
from pipeline.validate.locations import Location, classify


def evidence_findings(ctx: Context) -> Iterator[Finding]:
    """Report unknown, unlinked and uncited evidence, bad locations and overdue reviews."""
    by_id = {item.id.strip().casefold(): item for item in ctx.dossier.evidence}
    entries = ctx.dossier.indicators or ()
    if "evidence" in ctx.dossier.present:
        for entry in entries:
            yield from _citations(ctx, entry, by_id)
    cited = {ident.strip().casefold() for entry in entries for ident in entry.evidence_ids}
    for item in ctx.dossier.evidence:
        if entries and item.id.strip().casefold() not in cited:
            yield ctx.at(
                "warning",
                "EVIDENCE_UNCITED",
                item.origin,
                "id",
                id=item.id,
                indicators=_numbers(item),
                linked=len(item.indicators),
                column=ctx.column("indicators", "evidence_ids"),
            )
        yield from _indicators(ctx, item)
        yield from _review(ctx, item)
    yield from _locations(ctx)


def _citations(
    ctx: Context, entry: IndicatorEntry, by_id: dict[str, Evidence]
) -> Iterator[Finding]:
    for ident in entry.evidence_ids:
        item = by_id.get(ident.strip().casefold())
        if item is None:
            yield ctx.at(
                "error",
                "EVIDENCE_ID_UNKNOWN",
                entry.origin,
                "evidence_ids",
                entry.number,
                id=ident,
                number=entry.number or entry.raw_number,
            )
        elif entry.number is not None and item.indicators and entry.number not in item.indicators:
            yield ctx.at(
                "warning",
                "EVIDENCE_NOT_LINKED",
                entry.origin,
                "evidence_ids",
                entry.number,
                id=item.id,
                number=entry.number,
                indicators=_numbers(item),
                linked=len(item.indicators),
            )


def _indicators(ctx: Context, item: Evidence) -> Iterator[Finding]:
    grid = ctx.dossier.grid_version
    if grid is not None and grid != ctx.ref.version:
        return  # numbered after the grid of the other version: one finding says so
    unknown = [n for n in item.indicators if n not in ctx.ref.numbers]
    if unknown:
        yield ctx.at(
            "error",
            "EVIDENCE_INDICATOR_UNKNOWN",
            item.origin,
            "indicators",
            id=item.id,
            numbers=", ".join(map(str, unknown)),
            version=ctx.ref.version,
            count=len(ctx.ref.indicators),
        )


def _review(ctx: Context, item: Evidence) -> Iterator[Finding]:
    if item.review_by is None:
        return
    profile = ctx.dossier.profile
    audit = profile.audit_date if profile else None
    if item.review_by < ctx.today:
        yield ctx.at(
            "warning",
            "EVIDENCE_REVIEW_OVERDUE",
            item.origin,
            "review_by",
            id=item.id,
            date=ctx.date(item.review_by),
        )
    elif audit is not None and item.review_by < audit:
        yield ctx.at(
            "warning",
            "EVIDENCE_REVIEW_BEFORE_AUDIT",
            item.origin,
            "review_by",
            id=item.id,
            date=ctx.date(item.review_by),
            audit=ctx.date(audit),
        )


def _locations(ctx: Context) -> Iterator[Finding]:
    files = ctx.dossier.evidence_files
    folder = ctx.settings.evidence_folder
    # Reading already said the folder is unusable (it lies outside the workspace).
    folder_reported = any(f.code == "EVIDENCE_FOLDER_OUTSIDE" for f in ctx.dossier.findings)
    for item in ctx.dossier.evidence:
        kind = classify(item.location, files, folder)
        if kind is Location.OUTSIDE:
            yield ctx.at(
                "error",
                "EVIDENCE_LOCATION_OUTSIDE",
                item.origin,
                "location",
                id=item.id,
                location=item.location,
                folder=folder,
            )
        elif kind is Location.MISSING:
            yield ctx.at(
                "error",
                "EVIDENCE_FILE_MISSING",
                item.origin,
                "location",
                id=item.id,
                location=item.location,
                folder=folder,
            )
        elif kind is Location.NO_FOLDER and not folder_reported:
            folder_reported = True
            yield ctx.at(
                "error",
                "EVIDENCE_FOLDER_MISSING",
                item.origin,
                "location",
                id=item.id,
                folder=folder,
            )


def _numbers(item: Evidence) -> str:
    return ", ".join(str(n) for n in item.indicators) or "—"
