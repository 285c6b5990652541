"""Preparation gaps: applicable indicators with no approach, no evidence, or an old review."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from pipeline.core.model import Finding, IndicatorEntry
from pipeline.validate.context import Context

REVIEW_MAX_AGE = timedelta(days=365)  # a practice of ours, not a rule of the referential


def preparation_findings(ctx: Context) -> Iterator[Finding]:
    """Report, per applicable indicator, what the auditor will ask for and is not written."""
    if ctx.dossier.indicators is None or ctx.dossier.profile is None:
        return
    for entry in ctx.dossier.indicators:
        if entry.number is None or not ctx.applies(entry.number):
            continue
        if entry.status == "not_applicable":
            continue  # a refused claim is reported as such (claims.py)
        yield from _approach(ctx, entry)
        yield from _evidence(ctx, entry)
        yield from _review(ctx, entry)


def _approach(ctx: Context, entry: IndicatorEntry) -> Iterator[Finding]:
    if not entry.approach.strip():
        yield ctx.at(
            "warning",
            "NO_APPROACH",
            entry.origin,
            "approach",
            entry.number,
            number=entry.number,
            approach=ctx.column("indicators", "approach"),
        )


def _evidence(ctx: Context, entry: IndicatorEntry) -> Iterator[Finding]:
    if entry.evidence_ids:
        return
    listed = [item.id for item in ctx.dossier.evidence if entry.number in item.indicators]
    column = ctx.column("indicators", "evidence_ids")
    suggestion = (
        ctx.text("findings.evidence.listed", ids=", ".join(listed), column=column)
        if listed
        else ctx.text("findings.evidence.none", column=column)
    )
    yield ctx.at(
        "warning",
        "NO_EVIDENCE",
        entry.origin,
        "evidence_ids",
        entry.number,
        number=entry.number,
        suggestion=suggestion,
    )


def _review(ctx: Context, entry: IndicatorEntry) -> Iterator[Finding]:
    if entry.last_review is not None and entry.last_review < ctx.today - REVIEW_MAX_AGE:
        yield ctx.at(
            "warning",
            "REVIEW_OLD",
            entry.origin,
            "last_review",
            entry.number,
            number=entry.number,
            date=ctx.date(entry.last_review),
        )
