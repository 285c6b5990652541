"""The certification calendar and the audit duration estimate, from the audit rules data."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pipeline.core.model import CATEGORIES, Lang, Profile
from pipeline.i18n import text
from pipeline.referential import audit_rules
from pipeline.render.context.common import Sources
from pipeline.render.formats import add_months, days, euros, long_date


@dataclass(frozen=True, slots=True)
class Calendar:
    """The certification cycle: surveillance window and renewal deadline."""

    basis: str
    """What the dates are computed from (the certification date, or the planned audit)."""
    surveillance_from: str
    """First day of the surveillance audit window (14th month), or ""."""
    surveillance_to: str
    """Last day of the surveillance audit window (22nd month), or ""."""
    renewal_before: str
    """Date the renewal audit must be held before (end of the 3-year validity), or ""."""
    lines: tuple[str, ...]
    """The calendar as sentences, ready to print."""
    rule: str
    """The rule the calendar follows, with its source."""


@dataclass(frozen=True, slots=True)
class Duration:
    """The audit duration estimate and the rule it comes from."""

    estimate: str
    """The estimate, e.g. "1.5 days", or "" when there is none (`detail` then says why)."""
    confirmed: bool
    """True when the duration was confirmed by the certifier (qualiopi.toml)."""
    detail: str
    """How the estimate is computed (base, categories, sites), or, in one sentence, why there
    is no estimate for this audit."""
    rule: str
    """The rule used and where it comes from."""
    note: str
    """Reminder that this is an estimate the certifier confirms ("" when there is none)."""


def calendar(src: Sources) -> Calendar:
    """Return the certification calendar: surveillance window, renewal deadline."""
    lang = src.lang
    cycle = audit_rules()["cycle"]
    window, years = cycle["surveillance_window"], int(cycle["validity"]["years"])
    profile = src.dossier.profile
    start = profile.certification_date if profile else None
    key = "doc.calendar.certified"
    if start is None and profile is not None and profile.audit_date is not None:
        start, key = profile.audit_date, "doc.calendar.from_audit"
    rule = text(lang, "doc.calendar.rule", window=window[f"rule_{lang}"], years=years)
    if start is None:
        return Calendar(
            text(lang, "doc.calendar.unknown"),
            "",
            "",
            "",
            (text(lang, "doc.calendar.unknown"),),
            rule,
        )
    first = long_date(add_months(start, int(window["from_month"])), lang)
    last = long_date(add_months(start, int(window["to_month"])), lang)
    renewal = long_date(add_months(start, 12 * years), lang)
    basis = text(lang, key, date=long_date(start, lang))
    lines = (
        basis,
        text(
            lang,
            "doc.calendar.surveillance",
            start=first,
            end=last,
            first=window["from_month"],
            last=window["to_month"],
        ),
        text(lang, "doc.calendar.renewal", date=renewal, years=years),
    )
    return Calendar(basis, first, last, renewal, lines, rule)


def duration(src: Sources) -> Duration:
    """Return the audit duration estimate, the rule used, and the reminder it is an estimate."""
    lang, settings = src.lang, src.settings
    rules = audit_rules()["audit_duration"]
    note = text(lang, "doc.duration.note")
    if settings.duration_days is not None:
        value = Decimal(str(settings.duration_days))
        return Duration(
            days(value, lang),
            True,
            text(lang, "doc.duration.confirmed"),
            text(lang, "doc.duration.confirmed_rule"),
            note,
        )
    variant, rule = _variant(rules, settings.duration_rule, lang)
    profile = src.dossier.profile
    audit_type = (profile.audit_type if profile else None) or "initial"
    if audit_type == "surveillance":
        return _surveillance(rules, profile, lang)
    if profile is not None and profile.audit_scope == "reduced":
        return _reduced(rules, profile, lang)
    if audit_type not in variant["applies_to"]:
        return Duration("", False, text(lang, "doc.duration.not_for_type"), rule, "")
    if profile is None or profile.turnover is None:
        return Duration("", False, text(lang, "doc.duration.no_turnover"), rule, "")
    total, detail = _estimate(variant, rules, profile, lang)
    return Duration(days(total, lang), False, detail, rule, note)


def _variant(rules: dict[str, Any], wanted: str, lang: Lang) -> tuple[dict[str, Any], str]:
    variants = {v["id"]: v for v in rules["variants"]}
    chosen = variants.get(wanted or rules["default_variant"])
    prefix = ""
    if chosen is None:
        chosen = variants[rules["default_variant"]]
        prefix = text(lang, "doc.duration.unknown_rule", wanted=wanted, used=chosen["id"]) + " "
    return chosen, prefix + text(
        lang, "doc.duration.rule", id=chosen["id"], note=chosen[f"note_{lang}"]
    )


def _surveillance(rules: dict[str, Any], profile: Profile | None, lang: Lang) -> Duration:
    """No standard surveillance duration is confirmed ([FAQ] 2.3 UNCONFIRMED): say so once;
    a new entrant's extra half-day is confirmed ([AFNOR])."""
    surveillance = rules["surveillance"]
    detail = text(lang, "doc.duration.surveillance_unknown")
    if profile is not None and profile.new_entrant:
        extra = Decimal(str(surveillance["new_entrant_extra_days"]))
        detail = text(lang, "doc.duration.surveillance_new_entrant", extra=days(extra, lang))
    return Duration("", False, detail, surveillance[f"note_{lang}"], "")


def _reduced(rules: dict[str, Any], profile: Profile, lang: Lang) -> Duration:
    """The reduced initial audit of a labelled provider has its own table (arrêté du 6 juin
    2019, art. 10): 0.5 day, per-category increments in two turnover bands, sampled sites."""
    table = rules["reduced_audit"]
    rule = text(lang, "doc.duration.reduced_rule")
    if profile.turnover is None:
        return Duration("", False, text(lang, "doc.duration.no_turnover"), rule, "")
    top = next(b for b in rules["turnover_bands"]["bands"] if b["id"] == "gte_750k")
    above = profile.turnover >= top["min_eur"]
    band = "gte_750k" if above else "lt_750k"
    edge = euros(top["min_eur"], lang)
    band_text = (
        text(lang, "doc.band.over", low=edge) if above else text(lang, "doc.band.under", top=edge)
    )
    total = Decimal(str(table["base_days"]))
    parts = [text(lang, "doc.duration.reduced_base", days=days(total, lang), band=band_text)]
    for category in CATEGORIES:
        step = Decimal(str(table["per_category_days"][band][category]))
        if category in profile.categories and step:
            total += step
            name = text(lang, f"category.{category}")
            parts.append(text(lang, "doc.duration.category", days=days(step, lang), category=name))
    counted, key = _sites("sampled", profile.sites)
    if counted:
        step = Decimal(str(table["per_sampled_site_days"]))
        total += step * counted
        parts.append(text(lang, key, days=days(step, lang), count=counted, sites=profile.sites))
    note = text(lang, "doc.duration.note")
    return Duration(days(total, lang), False, " + ".join(parts), rule, note)


def _estimate(
    variant: dict[str, Any], rules: dict[str, Any], profile: Profile, lang: Lang
) -> tuple[Decimal, str]:
    band = _band(rules["turnover_bands"]["bands"], profile.turnover or Decimal(0))
    base = Decimal(str(variant["base_days"][band["id"]]))
    parts = [text(lang, "doc.duration.base", days=days(base, lang), band=_band_text(band, lang))]
    total = base
    increments = variant["per_category_days"][band["id"]]
    for category in CATEGORIES:
        step = Decimal(str(increments[category]))
        if category in profile.categories and step:
            total += step
            parts.append(
                text(
                    lang,
                    "doc.duration.category",
                    days=days(step, lang),
                    category=text(lang, f"category.{category}"),
                )
            )
    counted, key = _sites(variant["sites"]["counted"], profile.sites)
    if counted:
        step = Decimal(str(variant["per_site_days"]))
        total += step * counted
        parts.append(text(lang, key, days=days(step, lang), count=counted, sites=profile.sites))
    return total, " + ".join(parts)


def _band(bands: list[dict[str, Any]], turnover: Decimal) -> dict[str, Any]:
    for band in bands:
        top = band["max_eur_exclusive"]
        if turnover >= band["min_eur"] and (top is None or turnover < top):
            return band
    return bands[0]  # a negative turnover is a data error reported elsewhere


def _band_text(band: dict[str, Any], lang: Lang) -> str:
    if band["min_eur"] == 0:
        return text(lang, "doc.band.under", top=euros(band["max_eur_exclusive"], lang))
    if band["max_eur_exclusive"] is None:
        return text(lang, "doc.band.over", low=euros(band["min_eur"], lang))
    return text(
        lang,
        "doc.band.between",
        low=euros(band["min_eur"], lang),
        top=euros(band["max_eur_exclusive"], lang),
    )


def _sites(counted: str, sites: int | None) -> tuple[int, str]:
    """Return how many sites add to the duration under the rule, and the text key saying so."""
    total = sites or 1
    if counted == "additional":
        # Practitioner's table: + 0.5 day per site beyond the first.
        return total - 1, "doc.duration.sites_additional"
    # Multi-site sampling (arrêté multi-sites; AFNOR): round(√n) sites visited when n > 1.
    sampled = math.floor(math.sqrt(total) + 0.5) if total > 1 else 0
    return sampled, "doc.duration.sites"
