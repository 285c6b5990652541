"""Indicators declared not applicable: which claims the referential allows, which it refuses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pipeline.core.model import CATEGORIES, Applicability, Finding, IndicatorEntry, Lang, Profile
from pipeline.i18n import text
from pipeline.referential import Indicator, Referential
from pipeline.referential.applicability import applicability
from pipeline.validate.context import Context

_WORKING = ("ready", "to_complete")


def claimed_applicability(
    ref: Referential, profile: Profile, entries: Sequence[IndicatorEntry], lang: Lang
) -> tuple[Applicability, ...]:
    """Return what applies from the profile, with the organisation's accepted claims."""
    claims: dict[int, IndicatorEntry] = {}
    for entry in entries:
        if entry.status == "not_applicable" and entry.number is not None:
            claims.setdefault(entry.number, entry)
    return tuple(
        _with_claim(ref, profile, item, claims.get(item.number), lang)
        for item in applicability(ref, profile, lang)
    )


def _with_claim(
    ref: Referential,
    profile: Profile,
    item: Applicability,
    entry: IndicatorEntry | None,
    lang: Lang,
) -> Applicability:
    if entry is None or not item.applies:
        return item
    indicator = ref.indicator(item.number)
    if not claim_accepted(indicator, profile):
        return item
    reason = entry.na_reason.strip() or text(lang, f"col.profile.{indicator.na_claimable}")
    return Applicability(
        item.number, False, text(lang, "na.claimed", reason=reason), claimed_na=True
    )


def claim_accepted(indicator: Indicator, profile: Profile) -> bool:
    """Return True when the referential lets the organisation declare `indicator` not applicable.

    Guide de lecture V9, indicator 12: "s'applique aux formations d'une durée supérieure à
    2 jours" — only the profile's answer (every training lasts 2 days or less) allows it; a
    reason written on the row explains the claim but cannot replace that answer.
    """
    key = indicator.na_claimable
    return key is not None and bool(getattr(profile, key, False))


def claim_findings(ctx: Context) -> Iterator[Finding]:
    """Report refused not-applicable claims, and work on indicators that do not apply."""
    profile = ctx.dossier.profile
    if profile is None or not profile.categories or ctx.dossier.indicators is None:
        return  # with no category, nothing applies: NO_CATEGORY says why, once
    for entry in ctx.dossier.indicators:
        if entry.number is None or entry.number not in ctx.by_profile:
            continue
        if entry.status == "not_applicable":
            yield from _claim(ctx, profile, entry, ctx.ref.indicator(entry.number))
        elif entry.status in _WORKING and not ctx.by_profile[entry.number].applies:
            yield ctx.at(
                "warning",
                "STATUS_ON_NOT_APPLICABLE",
                entry.origin,
                "status",
                entry.number,
                number=entry.number,
                status=ctx.choice("status", entry.status),
                reason=ctx.by_profile[entry.number].reason,
            )


def _claim(
    ctx: Context, profile: Profile, entry: IndicatorEntry, indicator: Indicator
) -> Iterator[Finding]:
    number = indicator.number
    if not ctx.by_profile[number].applies or claim_accepted(indicator, profile):
        return
    if indicator.na_claimable is not None:
        yield ctx.at(
            "error",
            "NA_REASON_MISSING",
            entry.origin,
            "status",
            number,
            number=number,
            field=ctx.column("profile", indicator.na_claimable),
            condition=ctx.text(f"findings.claim.{indicator.na_claimable}"),
        )
    elif indicator.kind == "common" and indicator.condition is None:
        yield ctx.at("error", "NA_COMMON", entry.origin, "status", number, number=number)
    else:
        field = deciding_field(indicator, profile)
        yield ctx.at(
            "error",
            "NA_APPLIES_BY_PROFILE",
            entry.origin,
            "status",
            number,
            number=number,
            field=ctx.column("profile", field),
            yes=ctx.choice("yes_no", "yes"),
            place=place(ctx, profile, field),
            reason=ctx.by_profile[number].reason,
        )


def deciding_field(indicator: Indicator, profile: Profile) -> str:
    """Return the profile field that makes `indicator` apply (a category or a condition flag)."""
    delivered = [c for c in CATEGORIES if c in indicator.categories and c in profile.categories]
    condition = indicator.condition
    if condition is None:
        return f"category_{delivered[0].lower()}"
    inherent = [c for c in delivered if c in condition.inherent_for]
    if inherent:
        return f"category_{inherent[0].lower()}"
    return condition.holds_by(profile) or condition.flags[0]


def place(ctx: Context, profile: Profile, field: str) -> str:
    """Return "sheet Profile, cell C9" (or just the sheet when the cell is unknown)."""
    cell = profile.origin.cell(field)
    sheet = profile.origin.sheet or ctx.text("sheet.profile")
    if cell:
        return ctx.text("findings.place", sheet=sheet, cell=cell)
    return ctx.text("findings.place.sheet", sheet=sheet)
