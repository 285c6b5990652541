"""Every finding code, raised by one small break in a clean dossier, at the exact sheet and cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from pipeline.core.model import Dossier
from pipeline.validate import CODES, validate
from pipeline.workspace import Settings
from tests.validate.dossiers import (
    clean,
    complaint,
    entry,
    evidence,
    feedback,
    improvement,
    nonconformity,
    profile,
    with_entry,
    with_evidence,
    without,
)


@dataclass(frozen=True)
class Case:
    """One break: the finding it must raise, where, and about which indicator."""

    code: str
    make: Callable[[], Dossier]
    sheet: str
    cell: str
    indicator: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    name: str = ""


def _profile(**changes: Any) -> Callable[[], Dossier]:
    return lambda: clean(profile=profile(**changes))


def _entry(number: int, **changes: Any) -> Callable[[], Dossier]:
    return lambda: with_entry(clean(), number, **changes)


def _evidence(number: int, **changes: Any) -> Callable[[], Dossier]:
    return lambda: with_evidence(clean(), number, **changes)


def _nc(**changes: Any) -> Callable[[], Dossier]:
    return lambda: clean(nonconformities=(nonconformity(**changes),))


def _complaint(**changes: Any) -> Callable[[], Dossier]:
    return lambda: clean(complaints=(complaint(**changes),))


def _first_feedback(**changes: Any) -> Callable[[], Dossier]:
    return lambda: clean(feedback=(feedback(0, **changes), *(feedback(i) for i in (1, 2, 3))))


def _extra_rows(*rows: Any) -> Callable[[], Dossier]:
    return lambda: clean(indicators=(*(clean().indicators or ()), *rows))


def _v9_grid() -> Dossier:
    return clean(grid_version="V9", indicators=tuple(entry(n) for n in range(1, 33)))


def _five_open_minors() -> Dossier:
    ncs = tuple(
        nonconformity(
            origin=replace(nonconformity().origin, row=2 + i),
            id=f"NC-{i}",
            indicator=number,
            status="open",
            due=date(2027, 2, 28),
        )
        for i, number in enumerate((1, 2, 3, 8, 9))
    )
    return clean(nonconformities=ncs)


NO_SUBCONTRACTING = profile(subcontracting=False)

CASES: tuple[Case, ...] = (
    # version
    Case("GRID_V9_FOR_V10_AUDIT", _v9_grid, "Indicators", ""),
    Case("GRID_V10_FOR_V9_AUDIT", _profile(audit_date=date(2026, 10, 15)), "Indicators", ""),
    Case("VERSION_FORCED_AGAINST_DATE", clean, "Profile", "C23", settings={"referential": "V9"}),
    # structure
    Case("PROFILE_MISSING", lambda: without(clean(), "profile"), "Profile", ""),
    Case("GRID_MISSING", lambda: without(clean(), "indicators"), "Indicators", ""),
    Case("EVIDENCE_LIST_MISSING", lambda: without(clean(), "evidence"), "Evidence", ""),
    Case("REGISTER_MISSING", lambda: without(clean(), "feedback"), "Feedback", "", 30),
    Case("REQUIRED_MISSING", _profile(siret=""), "Profile", "C2", name="profile"),
    Case("REQUIRED_MISSING", _entry(5, status=None), "Indicators", "D6", 5, name="grid"),
    Case("REQUIRED_MISSING", _complaint(subject=""), "Complaints", "E2", name="register"),
    Case(
        "DUPLICATE_ID",
        lambda: clean(
            improvements=(improvement(), improvement(origin=replace(improvement().origin, row=3)))
        ),
        "Improvements",
        "A3",
    ),
    Case(
        "DUPLICATE_ID_ELSEWHERE",
        lambda: clean(
            improvements=(
                improvement(),
                improvement(
                    origin=replace(improvement().origin, file="inbox/improvements (1).xlsx"),
                    description="Another action",
                ),
            )
        ),
        "Improvements",
        "A2",
    ),
    # profile
    Case("NO_CATEGORY", _profile(categories=frozenset()), "Profile", "C6"),
    Case("SIRET_FORMAT", _profile(siret="443 061 841"), "Profile", "C2"),
    Case("SIRET_CHECKSUM", _profile(siret="44306184100048"), "Profile", "C2"),
    Case("DECLARATION_NUMBER_FORMAT", _profile(declaration_number="1175555"), "Profile", "C3"),
    Case("CERTIFICATION_DATE_MISSING", _profile(certification_date=None), "Profile", "C24"),
    Case(
        "CERTIFICATION_AFTER_AUDIT", _profile(certification_date=date(2027, 2, 1)), "Profile", "C24"
    ),
    Case(
        "SURVEILLANCE_OUTSIDE_WINDOW",
        _profile(certification_date=date(2026, 1, 10)),
        "Profile",
        "C23",
    ),
    Case(
        "RENEWAL_AFTER_EXPIRY",
        _profile(audit_type="renewal", certification_date=date(2023, 12, 1)),
        "Profile",
        "C23",
    ),
    Case("AUDIT_DATE_PAST", _profile(audit_date=date(2026, 11, 20)), "Profile", "C23"),
    # referential
    Case("GRID_EMPTY", lambda: clean(indicators=()), "Indicators", ""),
    Case(
        "INDICATOR_DUPLICATE",
        _extra_rows(entry(5, origin=entry(40).origin)),
        "Indicators",
        "B41",
        5,
    ),
    Case(
        "INDICATOR_MISSING",
        lambda: clean(indicators=tuple(entry(n) for n in range(1, 34) if n != 14)),
        "Indicators",
        "",
        14,
    ),
    Case(
        "INDICATOR_UNKNOWN", _extra_rows(entry(34, evidence_ids=())), "Indicators", "B35", name="34"
    ),
    Case(
        "INDICATOR_UNKNOWN",
        _extra_rows(entry(40, number=None, raw_number="7.5", evidence_ids=())),
        "Indicators",
        "B41",
        name="7.5",
    ),
    Case(
        "WORDING_ALTERED",
        _entry(3, wording="Le prestataire informe sur ses taux."),
        "Indicators",
        "C4",
        3,
    ),
    # not-applicable claims
    Case("NA_REASON_MISSING", _entry(12, status="not_applicable"), "Indicators", "D13", 12),
    Case(
        "NA_REASON_MISSING",
        _entry(12, status="not_applicable", na_reason="Our trainings are short"),
        "Indicators",
        "D13",
        12,
        name="reason_without_profile_answer",
    ),
    Case(
        "NA_COMMON",
        _entry(9, status="not_applicable", na_reason="We think so"),
        "Indicators",
        "D10",
        9,
    ),
    Case(
        "NA_APPLIES_BY_PROFILE",
        _entry(14, status="not_applicable", na_reason="No"),
        "Indicators",
        "D15",
        14,
    ),
    Case(
        "STATUS_ON_NOT_APPLICABLE",
        lambda: clean(profile=NO_SUBCONTRACTING),
        "Indicators",
        "D28",
        27,
    ),
    # preparation
    Case("NO_APPROACH", _entry(5, approach=" "), "Indicators", "E6", 5),
    Case("NO_EVIDENCE", _entry(5, evidence_ids=()), "Indicators", "F6", 5),
    Case("REVIEW_OLD", _entry(5, last_review=date(2025, 6, 1)), "Indicators", "H6", 5),
    # evidence
    Case("EVIDENCE_ID_UNKNOWN", _entry(5, evidence_ids=("E-99",)), "Indicators", "F6", 5),
    Case("EVIDENCE_NOT_LINKED", _entry(5, evidence_ids=("E-05", "E-06")), "Indicators", "F6", 5),
    Case(
        "EVIDENCE_UNCITED",
        lambda: clean(
            evidence=(
                *clean().evidence,
                evidence(34, id="E-40", indicators=(1,), location="ind01.pdf"),
            )
        ),
        "Evidence",
        "A35",
    ),
    Case("EVIDENCE_INDICATOR_UNKNOWN", _evidence(5, indicators=(5, 34)), "Evidence", "C6"),
    Case("EVIDENCE_REVIEW_OVERDUE", _evidence(5, review_by=date(2026, 11, 1)), "Evidence", "G6"),
    Case(
        "EVIDENCE_REVIEW_BEFORE_AUDIT", _evidence(5, review_by=date(2026, 12, 15)), "Evidence", "G6"
    ),
    Case(
        "EVIDENCE_LOCATION_OUTSIDE", _evidence(5, location="../hr/contract.pdf"), "Evidence", "D6"
    ),
    Case("EVIDENCE_FILE_MISSING", _evidence(5, location="ind99.pdf"), "Evidence", "D6"),
    Case("EVIDENCE_FOLDER_MISSING", lambda: clean(evidence_files=None), "Evidence", "D2"),
    # feedback and improvements
    Case("FEEDBACK_REGISTER_EMPTY", lambda: clean(feedback=()), "Feedback", "", 30),
    Case(
        "FEEDBACK_GROUP_MISSING",
        lambda: clean(feedback=tuple(feedback(i) for i in range(3))),
        "Feedback",
        "",
        30,
    ),
    Case("FEEDBACK_SCALE_INVALID", _first_feedback(scale=Decimal(0)), "Feedback", "F2"),
    Case("FEEDBACK_SCALE_MISSING", _first_feedback(scale=None), "Feedback", "F2"),
    Case("FEEDBACK_SCORE_OUT_OF_SCALE", _first_feedback(score=Decimal(7)), "Feedback", "E2"),
    Case("IMPROVEMENTS_EMPTY", lambda: clean(improvements=()), "Improvements", "", 32),
    Case(
        "IMPROVEMENT_OVERDUE",
        lambda: clean(improvements=(improvement(due=date(2026, 10, 31)),)),
        "Improvements",
        "E2",
    ),
    Case(
        "IMPROVEMENT_DONE_UNCHECKED",
        lambda: clean(improvements=(improvement(status="done"),)),
        "Improvements",
        "G2",
        32,
    ),
    Case("IMPROVEMENT_ID_UNKNOWN", _complaint(improvement_ids=("A-09",)), "Complaints", "L2"),
    # complaints
    Case(
        "COMPLAINT_BEFORE_RECEIVED", _complaint(answered=date(2026, 3, 1)), "Complaints", "I2", 31
    ),
    Case(
        "COMPLAINT_CLOSED_BEFORE_ANSWER",
        _complaint(closed=date(2026, 3, 5)),
        "Complaints",
        "J2",
        31,
    ),
    Case("COMPLAINT_CLOSED_NO_DATE", _complaint(closed=None), "Complaints", "J2", 31),
    Case(
        "COMPLAINT_CLOSED_NO_ANSWER", _complaint(answer="", answered=None), "Complaints", "H2", 31
    ),
    Case("COMPLAINT_DATE_BUT_OPEN", _complaint(status="in_progress"), "Complaints", "K2", 31),
    # non-conformities
    Case("NC_INDICATOR_UNKNOWN", _nc(indicator=33), "Non-conformities", "C2"),
    Case(
        "NC_INDICATOR_NOT_APPLICABLE",
        lambda: clean(
            profile=NO_SUBCONTRACTING,
            indicators=tuple(
                entry(n, status="not_applicable") if n == 27 else entry(n) for n in range(1, 34)
            ),
            nonconformities=(nonconformity(indicator=27, grade="major"),),
        ),
        "Non-conformities",
        "C2",
        27,
    ),
    Case("NC_MINOR_ON_MAJOR_ONLY", _nc(indicator=11), "Non-conformities", "D2", 11),
    Case(
        "NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL",
        _nc(indicator=33, audit_date=date(2026, 11, 5), due=date(2027, 1, 5), status="open"),
        "Non-conformities",
        "D2",
        33,
    ),
    Case("NC_DUE_BEFORE_AUDIT", _nc(due=date(2025, 8, 1)), "Non-conformities", "I2", 9),
    Case(
        "NC_DUE_BEYOND_DEADLINE",
        _nc(indicator=10, grade="major", due=date(2026, 3, 1)),
        "Non-conformities",
        "I2",
        10,
    ),
    Case("NC_OVERDUE", _nc(status="open"), "Non-conformities", "I2", 9),
    Case("NC_CORRECTED_NO_EVIDENCE", _nc(correction_evidence=""), "Non-conformities", "K2", 9),
    Case(
        "NC_MINOR_NOT_LIFTED",
        _nc(status="action_planned", due=date(2027, 1, 10)),
        "Non-conformities",
        "J2",
        9,
    ),
    Case("NC_MINOR_ACCUMULATION", _five_open_minors, "Non-conformities", ""),
    # dates
    Case("DATE_IN_FUTURE", _first_feedback(date=date(2026, 12, 15)), "Feedback", "A2"),
)


def _ids(case: Case) -> str:
    return f"{case.code}-{case.name}" if case.name else case.code


def _run(case: Case, today: date, lang: str = "en") -> Any:
    settings = Settings(lang=lang, **case.settings)  # type: ignore[arg-type]
    return validate(case.make(), settings, today)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_each_break_raises_its_finding_at_the_cell(case: Case, today: date) -> None:
    report = _run(case, today)
    raised = [f for f in report.findings if f.code == case.code]
    assert raised, [f.code for f in report.findings]
    places = [(f.sheet, f.cell, f.indicator) for f in raised]
    assert (case.sheet, case.cell, case.indicator) in places
    assert {f.severity for f in raised} == {CODES[case.code]}
    assert all(f.file for f in raised if f.code not in _SHEET_ABSENT)


_SHEET_ABSENT = {"PROFILE_MISSING", "GRID_MISSING", "EVIDENCE_LIST_MISSING", "REGISTER_MISSING"}


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_each_finding_reads_in_french_too(case: Case, today: date) -> None:
    raised = [f for f in _run(case, today, "fr").findings if f.code == case.code]
    assert raised
    for item in raised:
        assert "{" not in item.message + item.hint
        assert item.message != item.hint


def test_every_code_has_a_case() -> None:
    assert {case.code for case in CASES} == set(CODES)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_clean_dossier_has_no_finding(lang: str, today: date) -> None:
    report = validate(clean(), Settings(lang=lang), today)  # type: ignore[arg-type]
    assert report.findings == ()
    assert report.ok
    assert sum(item.applies for item in report.applicability) == 33
