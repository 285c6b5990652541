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
    ("short_only", "reason", "shown"),
    [
        (
            True,
            "",
            "Declared not applicable by the organisation: All trainings last 2 days or less",
        ),
        (
            False,
            "Our courses last one day.",
            "Declared not applicable by the organisation: Our courses last one day.",
        ),
    ],
)
def test_indicator_12_can_be_claimed_not_applicable_for_short_trainings(
    short_only: bool, reason: str, shown: str, today: date
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
    assert (item.applies, item.claimed_na, item.reason) == (False, True, shown)
    assert [f.code for f in report.findings] == ["EVIDENCE_UNCITED"]  # E-12 is no longer cited


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
