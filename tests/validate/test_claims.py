"""Indicators declared not applicable: allowed where the referential allows it, else refused."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.model import Dossier
from pipeline.validate import validate
from pipeline.workspace import Settings
from tests.validate.dossiers import clean, profile, with_entry


def _codes(dossier: Dossier, today: date) -> list[str]:
    return [f.code for f in validate(dossier, Settings(lang="en"), today).findings]


def test_indicator_14_for_an_apprenticeship_provider_names_the_profile_cell(today: date) -> None:
    dossier = with_entry(clean(), 14, status="not_applicable", na_reason="")
    [error] = validate(dossier, Settings(lang="en"), today).errors
    assert error.code == "NA_APPLIES_BY_PROFILE"
    assert error.message == (
        "Indicator 14 is marked not applicable, but the profile answers “Yes” to “Delivers "
        "apprenticeship training (CFA)” (sheet Profile, cell C9). Applies to these categories, "
        "which the organisation delivers: apprenticeship (CFA)."
    )
    assert error.hint == (
        "Describe your approach for indicator 14, or correct the profile if it is wrong."
    )


def test_a_condition_flag_is_named_when_it_makes_the_indicator_apply(today: date) -> None:
    dossier = with_entry(
        clean(profile=profile(categories=frozenset({"AF"}))),
        27,
        status="not_applicable",
        na_reason="Rarely",
    )
    [error] = validate(dossier, Settings(lang="en"), today).errors
    assert error.code == "NA_APPLIES_BY_PROFILE"
    assert "“Uses subcontracting or portage salarial” (sheet Profile, cell C13)" in error.message


@pytest.mark.parametrize(
    ("short_only", "reason", "applies", "shown", "codes"),
    [
        (
            True,
            "",
            False,
            "Declared not applicable by the organisation: All trainings last 2 days or less",
            ["EVIDENCE_UNCITED"],  # E-12 is no longer cited
        ),
        (
            True,
            "Our courses last one day.",
            False,
            "Declared not applicable by the organisation: Our courses last one day.",
            ["EVIDENCE_UNCITED"],
        ),
        # Guide V9: 12 applies to trainings of more than 2 days; a reason cannot replace the
        # profile's answer.
        (
            False,
            "Our courses last one day.",
            True,
            "Common indicator: applies to every category of action.",
            ["EVIDENCE_UNCITED", "NA_REASON_MISSING"],
        ),
    ],
)
def test_indicator_12_is_not_applicable_only_when_every_training_is_short(
    short_only: bool, reason: str, applies: bool, shown: str, codes: list[str], today: date
) -> None:
    dossier = with_entry(
        clean(profile=profile(short_trainings_only=short_only)),
        12,
        status="not_applicable",
        na_reason=reason,
        approach="",
        evidence_ids=(),
    )
    report = validate(dossier, Settings(lang="en"), today)
    item = next(a for a in report.applicability if a.number == 12)
    assert (item.applies, item.claimed_na, item.reason) == (applies, not applies, shown)
    assert sorted(f.code for f in report.findings) == codes


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "the profile does not say that every training lasts 2 days or less"),
        ("fr", "le profil n'indique pas que toutes les formations durent 2 jours ou moins"),
    ],
)
def test_a_refused_claim_on_12_says_the_profile_answer_is_missing(
    lang: str, expected: str, today: date
) -> None:
    dossier = with_entry(clean(), 12, status="not_applicable", na_reason="Short courses")
    report = validate(dossier, Settings(lang=lang), today)  # type: ignore[arg-type]
    [error] = [f for f in report.findings if f.code == "NA_REASON_MISSING"]
    assert expected in error.message


def test_27_without_subcontracting_is_not_applicable_with_no_reason_needed(today: date) -> None:
    dossier = with_entry(
        clean(profile=profile(subcontracting=False)),
        27,
        status="not_applicable",
        approach="",
        evidence_ids=(),
    )
    assert _codes(dossier, today) == ["EVIDENCE_UNCITED"]


def test_a_profile_excluded_indicator_may_leave_its_status_empty(today: date) -> None:
    dossier = with_entry(
        clean(profile=profile(subcontracting=False)), 27, status=None, approach="", evidence_ids=()
    )
    assert _codes(dossier, today) == ["EVIDENCE_UNCITED"]


def test_a_refused_claim_is_one_finding_not_three(today: date) -> None:
    dossier = with_entry(clean(), 9, status="not_applicable", approach="", evidence_ids=())
    assert sorted(_codes(dossier, today)) == ["EVIDENCE_UNCITED", "NA_COMMON"]
