"""Which indicators apply to an organisation, and why not the others."""

from __future__ import annotations

from pipeline.core.model import CATEGORIES, Applicability, Category, Lang, Profile
from pipeline.i18n import text
from pipeline.referential import Indicator, Referential


def applicability(ref: Referential, profile: Profile, lang: Lang) -> tuple[Applicability, ...]:
    """Return, for every indicator of `ref`, whether it applies to `profile` and why."""
    return tuple(_one(indicator, profile, lang) for indicator in ref.indicators)


def applicable_numbers(ref: Referential, profile: Profile) -> frozenset[int]:
    """Return the numbers of the indicators that apply to `profile`."""
    return frozenset(a.number for a in applicability(ref, profile, "en") if a.applies)


def _one(indicator: Indicator, profile: Profile, lang: Lang) -> Applicability:
    delivered = [c for c in CATEGORIES if c in indicator.categories and c in profile.categories]
    if not delivered:
        return Applicability(indicator.number, False, _no_category(indicator, lang))
    condition = indicator.condition
    if condition is None:
        key = "applies.common" if indicator.kind == "common" else "applies.category"
        return Applicability(
            indicator.number, True, text(lang, key, categories=_names(delivered, lang))
        )
    inherent = [c for c in delivered if c in condition.inherent_for]
    if inherent:
        return Applicability(
            indicator.number,
            True,
            text(lang, f"applies.inherent.{condition.flags[0]}", categories=_names(inherent, lang)),
        )
    answered = condition.holds_by(profile)
    if answered is not None:
        return Applicability(indicator.number, True, text(lang, f"applies.flag.{answered}"))
    return Applicability(indicator.number, False, text(lang, f"na.flag.{condition.flags[0]}"))


def _no_category(indicator: Indicator, lang: Lang) -> str:
    concerned = [c for c in CATEGORIES if c in indicator.categories]
    return text(lang, "na.category", categories=_names(concerned, lang))


def _names(categories: list[Category], lang: Lang) -> str:
    return text(lang, "list.join").join(text(lang, f"category.{c}") for c in categories)
