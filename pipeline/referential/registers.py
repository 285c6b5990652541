"""Criterion 7 registers as data: the indicator each evidences, whose feedback 30 asks for."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal, cast

from pipeline.core.model import STAKEHOLDERS, Profile, Stakeholder, Version

Requirement = Literal["required", "where_applicable", "not_required"]
Register = Literal["feedback", "complaints", "improvements"]


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("pipeline.referential").joinpath("data", "registers.json")
    return cast("dict[str, Any]", json.loads(raw.read_text("utf-8")))


def register_indicator(register: Register) -> int:
    """Return the indicator a register evidences (feedback 30, complaints 31, improvements 32)."""
    return int(_data()["registers"][register])


def feedback_requirements(
    version: Version, profile: Profile | None
) -> dict[Stakeholder, Requirement]:
    """Return, per stakeholder group, whether indicator 30 requires its feedback for `profile`."""
    data = _data()
    bc_only = profile is not None and profile.categories == frozenset({"BC"})
    only = set(data["skills_assessment_only_groups"])
    needed: dict[Stakeholder, Requirement] = {}
    for group in STAKEHOLDERS:
        rule = data["feedback_groups"][group][version]
        if bc_only and group not in only:
            needed[group] = "not_required"
        elif rule == "where_company":
            needed[group] = "required" if _company_involved(profile) else "where_applicable"
        else:
            needed[group] = cast("Requirement", rule)
    return needed


def risk_analysis_expected(version: Version) -> bool:
    """Return True when indicator 32 expects improvements drawn from a risk analysis (V10)."""
    return bool(version == _data()["risk_analysis_improvements_from"])


def _company_involved(profile: Profile | None) -> bool:
    # Work-linked training and apprenticeship always involve a company; the profile does not
    # record intra-company actions, so without those answers companies are "where applicable".
    return profile is not None and (profile.work_linked or "CFA" in profile.categories)
