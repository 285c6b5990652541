"""Which applicable indicators an audit checks: all, or a reduced or minimum scope.

Arrêté du 6 juin 2019, art. 10 (reduced initial audit of a provider holding a recognised label)
and art. 2 as consolidated after 31 May 2023 (minimum scope of a surveillance audit); the lists
are data of each referential version.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.core.model import (
    CATEGORIES,
    Applicability,
    AuditScope,
    Lang,
    NonConformity,
    Profile,
)
from pipeline.i18n import text
from pipeline.referential import Indicator, Referential

LIMITED: frozenset[AuditScope] = frozenset({"reduced", "surveillance"})


@dataclass(frozen=True, slots=True)
class InScope:
    """Whether the audit checks one indicator, and why (in the workspace language)."""

    number: int
    checked: bool
    reason: str


def audit_scope(
    ref: Referential,
    items: Sequence[Applicability],
    audit: AuditScope,
    profile: Profile | None,
    nc_indicators: Iterable[int],
    lang: Lang,
) -> tuple[InScope, ...]:
    """Return, for every indicator, whether an audit of kind `audit` checks it, and why.

    Initial and renewal audits check every applicable indicator; a reduced or surveillance
    audit checks a part of them, and an indicator that does not apply is never checked.
    """
    with_nc = frozenset(nc_indicators)
    return tuple(_one(ref, item, audit, profile, with_nc, lang) for item in items)


def nc_indicators(nonconformities: Iterable[NonConformity]) -> tuple[int, ...]:
    """Return the indicators a non-conformity was raised on (a surveillance audit checks them)."""
    return tuple(nc.indicator for nc in nonconformities if nc.indicator is not None)


def _one(
    ref: Referential,
    item: Applicability,
    audit: AuditScope,
    profile: Profile | None,
    with_nc: frozenset[int],
    lang: Lang,
) -> InScope:
    if not item.applies:
        return InScope(item.number, False, text(lang, "scope.not_applicable"))
    if audit not in LIMITED:
        return InScope(item.number, True, text(lang, "scope.full"))
    indicator = ref.indicator(item.number)
    key = _reduced(ref, indicator) if audit == "reduced" else None
    if audit == "surveillance":
        key = _surveillance(ref, indicator, profile, with_nc)
    if key is None:
        return InScope(item.number, False, text(lang, f"scope.{audit}.out"))
    return InScope(item.number, True, text(lang, key, categories=_new(indicator, profile)))


def _reduced(ref: Referential, indicator: Indicator) -> str | None:
    if indicator.number in ref.reduced_audit_indicators:
        return "scope.reduced.listed"
    return "scope.reduced.specific" if indicator.kind == "specific" else None


def _surveillance(
    ref: Referential, indicator: Indicator, profile: Profile | None, with_nc: frozenset[int]
) -> str | None:
    """Return why a surveillance audit checks an indicator (first reason only), or None."""
    number = indicator.number
    reasons = (
        (profile is not None and bool(_new(indicator, profile)), "scope.surveillance.new_entrant"),
        (number in with_nc, "scope.surveillance.nc"),
        (number in ref.surveillance_minimum_indicators, "scope.surveillance.listed"),
        (indicator.nc_grading == "major_only", "scope.surveillance.major_only"),
        (
            profile is not None and profile.recognised_label and _reduced(ref, indicator) is None,
            "scope.surveillance.after_reduced",
        ),
    )
    return next((key for holds, key in reasons if holds), None)


def _new(indicator: Indicator, profile: Profile | None) -> str:
    if profile is None:
        return ""
    new = profile.new_entrant_for(indicator.categories)
    return ", ".join(c for c in CATEGORIES if c in new)
