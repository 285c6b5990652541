"""Non-conformities raised by the auditor: right indicator, right grade, action plan on time."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.core.model import Finding, NonConformity
from pipeline.core.rules import DONE_NC_STATUSES, minor_accumulations, nc_is_open
from pipeline.referential import Referential, audit_rules, referential_of_audit
from pipeline.validate.context import Context
from pipeline.validate.dates import add_months


def nc_findings(ctx: Context) -> Iterator[Finding]:
    """Report non-conformities on unknown or non-applicable indicators, and their plans."""
    for nc in ctx.dossier.nonconformities:
        yield from _indicator(ctx, nc)
        yield from _due(ctx, nc)
        yield from _progress(ctx, nc)
    yield from _accumulation(ctx)


def referential_of(ctx: Context, nc: NonConformity) -> Referential:
    """Return the version that judged the audit which raised `nc` (its numbers, its grading)."""
    return referential_of_audit(nc.audit_date, ctx.ref, ctx.today)


def _indicator(ctx: Context, nc: NonConformity) -> Iterator[Finding]:
    number = nc.indicator
    if number is None:
        return
    ref = referential_of(ctx, nc)
    if number not in ref.numbers:
        yield ctx.at(
            "error",
            "NC_INDICATOR_UNKNOWN",
            nc.origin,
            "indicator",
            id=nc.id,
            number=number,
            version=ref.version,
            count=len(ref.indicators),
        )
        return
    profile = ctx.dossier.profile
    if (
        profile is not None
        and profile.categories
        and number in ctx.applicability
        and not ctx.applies(number)
    ):
        yield ctx.at(
            "error",
            "NC_INDICATOR_NOT_APPLICABLE",
            nc.origin,
            "indicator",
            number,
            id=nc.id,
            number=number,
            reason=ctx.applicability[number].reason,
        )
    yield from _grade(ctx, nc, ref, number)


def _grade(ctx: Context, nc: NonConformity, ref: Referential, number: int) -> Iterator[Finding]:
    if nc.grade != "minor":
        return
    indicator = ref.indicator(number)
    override = dict(ctx.settings.nc_grading).get(number)
    # Arrêté du 6 juin 2019 (non-conformities) and guide de lecture V9: these indicators
    # can only give a major non-conformity.
    if (override or indicator.nc_grading) != "major_only":
        return
    provisional = override is None and indicator.nc_grading_provisional
    code = "NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL" if provisional else "NC_MINOR_ON_MAJOR_ONLY"
    yield ctx.at(
        "warning" if provisional else "error",
        code,
        nc.origin,
        "grade",
        number,
        id=nc.id,
        number=number,
        version=ref.version,
    )


def _due(ctx: Context, nc: NonConformity) -> Iterator[Finding]:
    if nc.due is None or nc.audit_date is None:
        return
    if nc.due < nc.audit_date:
        yield ctx.at(
            "error",
            "NC_DUE_BEFORE_AUDIT",
            nc.origin,
            "due",
            nc.indicator,
            id=nc.id,
            date=ctx.date(nc.due),
            audit=ctx.date(nc.audit_date),
        )
        return
    months = _deadline_months(nc)
    if months is not None and nc.due > add_months(nc.audit_date, months):
        yield ctx.at(
            "warning",
            "NC_DUE_BEYOND_DEADLINE",
            nc.origin,
            "due",
            nc.indicator,
            id=nc.id,
            date=ctx.date(nc.due),
            months=months,
            grade=ctx.choice("grade", nc.grade or "major").lower(),
        )


def _deadline_months(nc: NonConformity) -> int | None:
    rules = audit_rules()["nc"]
    # Arrêté du 6 juin 2019 (non-conformities): a major NC is corrected within 3 months,
    # a minor NC's action plan is implemented within 6 months.
    if nc.grade == "major":
        return int(rules["major"]["correction_deadline_months"])
    if nc.grade == "minor":
        return int(rules["minor"]["implementation_deadline_months"])
    return None


def _progress(ctx: Context, nc: NonConformity) -> Iterator[Finding]:
    if nc_is_open(nc):
        if nc.due is not None and nc.due < ctx.today:
            yield ctx.at(
                "warning",
                "NC_OVERDUE",
                nc.origin,
                "due",
                nc.indicator,
                id=nc.id,
                date=ctx.date(nc.due),
            )
        yield from _minor_at_next_audit(ctx, nc)
    elif nc.status in DONE_NC_STATUSES and not nc.correction_evidence.strip():
        yield ctx.at(
            "warning",
            "NC_CORRECTED_NO_EVIDENCE",
            nc.origin,
            "correction_evidence",
            nc.indicator,
            id=nc.id,
            status=ctx.choice("nc_status", nc.status),
            column=ctx.column("nonconformities", "correction_evidence"),
        )


def _minor_at_next_audit(ctx: Context, nc: NonConformity) -> Iterator[Finding]:
    profile = ctx.dossier.profile
    planned = profile.audit_date if profile else None
    if nc.grade != "minor" or planned is None or nc.audit_date is None:
        return
    # Arrêté du 6 juin 2019 (non-conformities): a minor NC not lifted at the next audit
    # is requalified as major.
    if nc.audit_date < planned:
        yield ctx.at(
            "warning",
            "NC_MINOR_NOT_LIFTED",
            nc.origin,
            "status",
            nc.indicator,
            id=nc.id,
            audit=ctx.date(planned),
        )


def _accumulation(ctx: Context) -> Iterator[Finding]:
    rule = audit_rules()["nc"]["minor_accumulation"]
    threshold = int(rule["minor_threshold"])
    for accumulation in minor_accumulations(ctx.dossier.nonconformities, threshold):
        yield ctx.on_sheet(
            "warning",
            "NC_MINOR_ACCUMULATION",
            "nonconformities",
            count=accumulation.count,
            threshold=threshold,
            audit=ctx.date(accumulation.audit) if accumulation.audit else "?",
        )
