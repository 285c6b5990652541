"""The audit duration estimate: every band and case of the reference table, and the named rules."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.core.model import AuditType, Category
from pipeline.i18n import text
from pipeline.referential import load
from pipeline.render.context.calendar import duration
from pipeline.render.context.common import Sources
from pipeline.workspace import Settings
from tests.render.factory import dossier, profile, report
from tests.render.reading import TODAY

ALL: tuple[Category, ...] = ("AF", "BC", "VAE", "CFA")


def _estimate(
    turnover: int | None,
    categories: tuple[Category, ...],
    sites: int | None = 1,
    audit_type: AuditType = "initial",
    lang: str = "en",
    recognised_label: bool = False,
    **settings: object,
) -> str:
    changed = profile(
        turnover=None if turnover is None else Decimal(turnover),
        categories=frozenset(categories),
        sites=sites,
        audit_type=audit_type,
        recognised_label=recognised_label,
    )
    doss = replace(dossier(), profile=changed)
    src = Sources(
        doss,
        report(doss),
        Settings(lang=lang, **settings),
        load("V10"),
        TODAY,  # type: ignore[arg-type]
    )
    return duration(src).estimate


# The table of the practitioner's guide (reference README, "Facts from the source article"):
# under 150 k€: 1 day, + 0.5 day for apprenticeship, + 0.5 day per additional site;
# 150 k€ to 750 k€: 1 day + 0.5 day per category + 0.5 day per site;
# over 750 k€: 1.5 days + 0.5 day per category (apprenticeship: + 1 day) + 0.5 day per site.
TABLE = [
    # under 150 k€
    (0, ("AF",), 1, "1 day"),
    (149_999, ("AF",), 1, "1 day"),
    (100_000, ("BC",), 1, "1 day"),
    (100_000, ("VAE",), 1, "1 day"),
    (100_000, ("CFA",), 1, "1.5 days"),
    (100_000, ("AF", "BC", "VAE"), 1, "1 day"),
    (100_000, ALL, 1, "1.5 days"),
    (100_000, ("AF",), 2, "1.5 days"),
    (100_000, ("AF",), 10, "5.5 days"),
    (100_000, ("CFA",), 3, "2.5 days"),
    # 150 k€ to 750 k€
    (150_000, ("AF",), 1, "1.5 days"),
    (400_000, ("BC",), 1, "1.5 days"),
    (400_000, ("VAE",), 1, "1.5 days"),
    (400_000, ("CFA",), 1, "1.5 days"),
    (400_000, ("AF", "CFA"), 1, "2 days"),
    (400_000, ALL, 1, "3 days"),
    (400_000, ("AF",), 2, "2 days"),
    (400_000, ("AF",), 10, "6 days"),
    (749_999, ALL, 3, "4 days"),
    # 750 k€ and over
    (750_000, ("AF",), 1, "2 days"),
    (2_000_000, ("BC",), 1, "2 days"),
    (2_000_000, ("VAE",), 1, "2 days"),
    (2_000_000, ("CFA",), 1, "2.5 days"),
    (2_000_000, ALL, 1, "4 days"),
    (2_000_000, ("AF",), 4, "3.5 days"),
    (2_000_000, ALL, 7, "7 days"),
]


@pytest.mark.parametrize(("turnover", "categories", "sites", "expected"), TABLE)
def test_default_estimate_follows_the_reference_table(
    turnover: int, categories: tuple[Category, ...], sites: int, expected: str
) -> None:
    assert _estimate(turnover, categories, sites) == expected


@pytest.mark.parametrize("audit_type", ["initial", "renewal"])
def test_renewal_lasts_as_long_as_the_initial_audit(audit_type: AuditType) -> None:
    assert _estimate(400_000, ALL, 1, audit_type) == "3 days"


@pytest.mark.parametrize(
    ("turnover", "audit_type", "expected"),
    [
        (None, "initial", ""),  # no figure: one sentence says why instead
        (400_000, "surveillance", ""),
    ],
)
def test_no_estimate_without_turnover_or_for_surveillance(
    turnover: int | None, audit_type: AuditType, expected: str
) -> None:
    assert _estimate(turnover, ("AF",), 1, audit_type) == expected


# The certifier page's rule stays a named option: base 1 / 1.5 / 2 days, nothing per category,
# 0.5 day per sampled site, round(√n) sites sampled when there are several (arrêté multi-sites).
CERTIFIER = [
    (100_000, ALL, 1, "1 day"),
    (400_000, ALL, 1, "1.5 days"),
    (2_000_000, ALL, 1, "2 days"),
    (400_000, ("AF",), 2, "2 days"),
    (400_000, ("AF",), 3, "2.5 days"),
    (400_000, ("AF",), 7, "3 days"),
    (400_000, ("AF",), 10, "3 days"),
]


@pytest.mark.parametrize(("turnover", "categories", "sites", "expected"), CERTIFIER)
def test_certifier_page_rule_is_kept_as_an_option(
    turnover: int, categories: tuple[Category, ...], sites: int, expected: str
) -> None:
    estimate = _estimate(turnover, categories, sites, duration_rule="certifier_page")
    assert estimate == expected


@pytest.mark.parametrize(
    ("lang", "rule", "expected"),
    [
        ("en", "", "1 day (turnover from €150,000 to under €750,000)"),
        ("en", "", "0.5 days (skills assessments (BC))"),
        ("en", "", "0.5 days × 9 site(s) beyond the first (out of 10)"),
        ("en", "certifier_page", "0.5 days × 3 site(s) sampled out of 10"),
        ("fr", "", "0,5 jour × 9 site(s) en plus du premier (sur 10)"),
    ],
)
def test_the_detail_says_how_the_estimate_is_made(lang: str, rule: str, expected: str) -> None:
    changed = profile(turnover=Decimal(400_000), categories=frozenset(ALL), sites=10)
    doss = replace(dossier(), profile=changed)
    settings = Settings(lang=lang, duration_rule=rule)  # type: ignore[arg-type]
    detail = duration(Sources(doss, report(doss), settings, load("V10"), TODAY)).detail
    assert expected in detail


# The reduced initial audit of a provider holding a recognised label (arrêté du 6 juin 2019,
# art. 10, verbatim table in the reference rnq-v9.md 5.4): 0.5 day; under 750 k€ + 0.5 day for
# apprenticeship only, from 750 k€ + 0.5 day for each category; + 0.5 day per sampled site,
# round(√n) sites sampled when there are several.
REDUCED = [
    (0, ("AF",), 1, "0.5 days"),
    (100_000, ("BC",), 1, "0.5 days"),
    (400_000, ("VAE",), 1, "0.5 days"),
    (749_999, ("AF", "BC", "VAE"), 1, "0.5 days"),
    (100_000, ("CFA",), 1, "1 day"),
    (749_999, ALL, 1, "1 day"),
    (750_000, ("AF",), 1, "1 day"),
    (2_000_000, ("BC",), 1, "1 day"),
    (2_000_000, ("VAE",), 1, "1 day"),
    (2_000_000, ("CFA",), 1, "1 day"),
    (2_000_000, ("AF", "BC"), 1, "1.5 days"),
    (2_000_000, ALL, 1, "2.5 days"),
    (400_000, ("AF",), 2, "1 day"),
    (400_000, ("AF",), 10, "2 days"),
    (2_000_000, ALL, 7, "4 days"),
]


@pytest.mark.parametrize(("turnover", "categories", "sites", "expected"), REDUCED)
def test_reduced_initial_audit_follows_its_own_table(
    turnover: int, categories: tuple[Category, ...], sites: int, expected: str
) -> None:
    assert _estimate(turnover, categories, sites, recognised_label=True) == expected


@pytest.mark.parametrize("rule", ["", "certifier_page"])
def test_reduced_audit_table_is_the_regulations_whatever_the_rule_chosen(rule: str) -> None:
    estimate = _estimate(400_000, ALL, 1, recognised_label=True, duration_rule=rule)
    assert estimate == "1 day"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "0.5 days (reduced initial audit, turnover under €750,000)"),
        ("fr", "0,5 jour (audit initial allégé, chiffre d’affaires inférieur à 750\u202f000 €)"),
    ],
)
def test_reduced_audit_detail_names_the_audit_and_its_band(lang: str, expected: str) -> None:
    changed = profile(
        turnover=Decimal(400_000), categories=frozenset({"AF"}), sites=1, recognised_label=True
    )
    doss = replace(dossier(), profile=changed)
    src = Sources(doss, report(doss), Settings(lang=lang), load("V10"), TODAY)  # type: ignore[arg-type]
    found = duration(src)
    assert found.detail == expected
    assert "art. 10" in found.rule


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reduced_audit_without_turnover_says_why_in_one_sentence(lang: str) -> None:
    changed = profile(turnover=None, recognised_label=True)
    doss = replace(dossier(), profile=changed)
    src = Sources(doss, report(doss), Settings(lang=lang), load("V10"), TODAY)  # type: ignore[arg-type]
    found = duration(src)
    assert (found.estimate, found.detail) == ("", text(lang, "doc.duration.no_turnover"))  # type: ignore[arg-type]


def test_a_labelled_providers_surveillance_audit_is_not_reduced() -> None:
    estimate = _estimate(400_000, ALL, 1, "surveillance", recognised_label=True)
    assert estimate == ""
