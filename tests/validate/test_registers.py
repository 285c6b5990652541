"""Indicator 30: whose feedback the register must hold, by version and profile."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.model import Category
from pipeline.validate import validate
from pipeline.workspace import Settings
from tests.validate.dossiers import GROUPS, clean, feedback, profile


@pytest.mark.parametrize(
    ("categories", "work_linked", "missing", "warned"),
    [
        # « entreprises concernées »: required where a company is involved.
        (("AF", "CFA"), True, "companies", True),
        (("CFA",), False, "companies", True),  # apprenticeship always involves a company
        (("AF",), True, "companies", True),
        (("AF",), False, "companies", False),  # no company in the profile: where applicable
        (("BC",), False, "companies", False),
        (("AF",), False, "teaching_teams", True),
        (("BC",), False, "teaching_teams", True),
        (("AF",), False, "funders", False),  # V10: « financeurs (le cas échéant) »
    ],
)
def test_feedback_group_required_only_where_concerned(
    categories: tuple[Category, ...], work_linked: bool, missing: str, warned: bool, today: date
) -> None:
    kept = tuple(feedback(i) for i, group in enumerate(GROUPS) if group != missing)
    dossier = clean(
        profile=profile(categories=frozenset(categories), work_linked=work_linked),
        feedback=kept,
    )
    report = validate(dossier, Settings(lang="en"), today)
    raised = [f for f in report.findings if f.code == "FEEDBACK_GROUP_MISSING"]
    assert bool(raised) is warned
