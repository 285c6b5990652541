"""Which referential judges the audit, why, and whether the grid sent matches it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pipeline.core.model import Dossier, Finding, Version
from pipeline.referential import load, v10_cutover, version_for
from pipeline.validate.context import Context
from pipeline.workspace import Settings

GRID_CODES: dict[tuple[Version, Version], str] = {
    ("V9", "V10"): "GRID_V9_FOR_V10_AUDIT",
    ("V10", "V9"): "GRID_V10_FOR_V9_AUDIT",
}


def chosen_version(dossier: Dossier, settings: Settings, today: date) -> Version:
    """Return the version in force for the planned audit (or the one forced by the settings)."""
    audit_date = dossier.profile.audit_date if dossier.profile else None
    return version_for(audit_date, settings.referential, today)


def version_reason(ctx: Context) -> str:
    """Return, in the workspace language, which version is used and why."""
    name = ctx.text(f"version.{ctx.ref.version}")
    profile = ctx.dossier.profile
    if ctx.settings.referential is not None:
        return ctx.text("version.forced", version=name)
    if profile is not None and profile.audit_date is not None:
        return ctx.text("version.by_date", version=name, date=ctx.date(profile.audit_date))
    if profile is not None and "audit_date" in profile.unreadable:
        where = f"{profile.origin.sheet}!{profile.origin.cell('audit_date')}"
        return ctx.text("version.bad_date", version=name, where=where, date=ctx.date(ctx.today))
    return ctx.text("version.by_today", version=name, date=ctx.date(ctx.today))


def version_findings(ctx: Context) -> Iterator[Finding]:
    """Report a grid of the other version, and a forced version the audit date contradicts."""
    grid = ctx.dossier.grid_version
    code = GRID_CODES.get((grid, ctx.ref.version)) if grid else None
    if code is not None:
        yield ctx.on_sheet(
            "error",
            code,
            "indicators",
            cutover=ctx.date(v10_cutover().starts),
            reason=version_reason(ctx),
            changed=_changed_in_v10(),
        )
    yield from _forced_against_date(ctx)


def _forced_against_date(ctx: Context) -> Iterator[Finding]:
    profile = ctx.dossier.profile
    forced = ctx.settings.referential
    if forced is None or profile is None or profile.audit_date is None:
        return
    # Décret n° 2026-728, art. 2: audits held from 1 November 2026 are judged on V10,
    # with no transitional period; earlier audits stay on V9.
    by_date = version_for(profile.audit_date, None, ctx.today)
    if by_date != forced:
        yield ctx.at(
            "warning",
            "VERSION_FORCED_AGAINST_DATE",
            profile.origin,
            "audit_date",
            forced=forced,
            by_date=by_date,
            date=ctx.date(profile.audit_date),
            cutover=ctx.date(v10_cutover().starts),
        )


def _changed_in_v10() -> str:
    return ", ".join(
        str(indicator.number)
        for indicator in load("V10").indicators
        if indicator.change_v10 in ("substantive", "form")
    )
