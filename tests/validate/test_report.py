"""The report as a whole: reading order, one finding per unreadable cell, tolerant comparisons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.core.model import Finding
from pipeline.referential import load
from pipeline.validate import sort_findings, validate
from pipeline.workspace import Settings
from tests.validate.dossiers import (
    clean,
    feedback,
    nonconformity,
    profile,
    with_entry,
)


def _finding(file: str, sheet: str, cell: str, code: str = "X") -> Finding:
    return Finding("warning", code, file, sheet, cell, "message", "hint")


def test_findings_come_in_reading_order_file_sheet_row_column() -> None:
    given = [
        _finding("b.xlsx", "S", "A1"),
        _finding("a.xlsx", "T", "B2"),
        _finding("a.xlsx", "S", "AA2"),
        _finding("a.xlsx", "S", "B10"),
        _finding("a.xlsx", "S", "C2"),
        _finding("a.xlsx", "S", ""),
        _finding("", "Profile", ""),
    ]
    ordered = [(f.file, f.sheet, f.cell) for f in sort_findings(given)]
    assert ordered == [
        ("", "Profile", ""),
        ("a.xlsx", "S", ""),
        ("a.xlsx", "S", "C2"),
        ("a.xlsx", "S", "AA2"),
        ("a.xlsx", "S", "B10"),
        ("a.xlsx", "T", "B2"),
        ("b.xlsx", "S", "A1"),
    ]


def test_a_cell_reading_already_reported_is_not_reported_again_as_empty(today: date) -> None:
    unreadable = Finding(
        "error",
        "DATE_UNREADABLE",
        "inbox/complaints.xlsx",
        "Complaints",
        "B2",
        "“31/02/2026” is not a date.",
        "Write a real date.",
    )
    dossier = clean(findings=(unreadable,))
    dossier = replace(dossier, complaints=(replace(dossier.complaints[0], received=None),))
    report = validate(dossier, Settings(lang="en"), today)
    at_b2 = [f.code for f in report.findings if f.cell == "B2" and f.sheet == "Complaints"]
    assert at_b2 == ["DATE_UNREADABLE"]


def test_ingest_findings_are_kept_in_the_report(today: date) -> None:
    reading = Finding(
        "warning", "FORMULA_NO_VALUE", "inbox/feedback.xlsx", "Feedback", "E3", "m", "h"
    )
    report = validate(clean(findings=(reading,)), Settings(lang="en"), today)
    assert report.findings == (reading,)


@pytest.mark.parametrize(
    "wording",
    [
        "Le prestataire définit les objectifs opérationnels et évaluables de la prestation",
        "Le prestataire définit les objectifs\nopérationnels et évaluables de la prestation.",
        "Le  prestataire définit les objectifs opérationnels et évaluables de la prestation. ",
        "Defines operational, assessable objectives.",
    ],
    ids=["no final stop", "line break", "spaces", "our English rendering"],
)
def test_layout_and_typography_do_not_count_as_altered_wording(wording: str, today: date) -> None:
    dossier = with_entry(clean(), 5, wording=wording.replace("Le  ", "Le\u00a0"))
    codes = [f.code for f in validate(dossier, Settings(lang="en"), today).findings]
    assert "WORDING_ALTERED" not in codes


def test_an_apostrophe_variant_is_not_an_altered_wording(today: date) -> None:
    official = load("V10").indicator(4).wording_fr
    dossier = with_entry(clean(), 4, wording=official.replace("'", "\u2019"))
    assert validate(dossier, Settings(lang="en"), today).findings == ()


def test_a_provisional_grading_can_be_corrected_in_the_settings(today: date) -> None:
    nc = nonconformity(
        indicator=33, audit_date=date(2026, 11, 5), due=date(2027, 1, 5), status="corrected"
    )
    dossier = clean(nonconformities=(nc,))
    assert "NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL" in {
        f.code for f in validate(dossier, Settings(lang="en"), today).findings
    }
    corrected = Settings(lang="en", nc_grading=((33, "minor_or_major"),))
    assert validate(dossier, corrected, today).findings == ()


@pytest.mark.parametrize(
    ("categories", "audit", "groups"),
    [
        (
            frozenset({"AF", "CFA"}),
            date(2027, 1, 20),
            ("beneficiaries", "teaching_teams", "companies"),
        ),
        (
            frozenset({"AF"}),
            date(2026, 10, 20),
            ("beneficiaries", "funders", "teaching_teams", "companies"),
        ),
        (frozenset({"BC"}), date(2026, 10, 20), ("beneficiaries", "teaching_teams")),
    ],
)
def test_indicator_30_asks_for_the_groups_the_version_and_categories_name(
    categories: frozenset[str], audit: date, groups: tuple[str, ...], today: date
) -> None:
    dossier = clean(
        profile=profile(categories=categories, audit_date=audit), feedback=(feedback(0),)
    )
    report = validate(dossier, Settings(lang="en"), today)
    missing = [f.message for f in report.findings if f.code == "FEEDBACK_GROUP_MISSING"]
    labels = {
        "beneficiaries": "beneficiaries",
        "funders": "funders",
        "teaching_teams": "teaching teams",
        "companies": "companies",
    }
    expected = [g for g in groups if g != "beneficiaries"]
    assert len(missing) == len(expected)
    assert all(f"from {labels[g]}:" in m for g, m in zip(expected, missing, strict=True))


def test_an_evidence_folder_outside_the_workspace_is_reported_once_by_reading(today: date) -> None:
    outside = Finding("error", "EVIDENCE_FOLDER_OUTSIDE", "", "", "", "m", "h")
    report = validate(clean(evidence_files=None, findings=(outside,)), Settings(lang="en"), today)
    assert [f.code for f in report.findings] == ["EVIDENCE_FOLDER_OUTSIDE"]


def test_no_category_is_not_repeated_when_reading_says_the_answer_is_blank(today: date) -> None:
    blank = Finding(
        "error",
        "YES_NO_MISSING",
        "inbox/self-assessment.xlsx",
        "Profile",
        "C6",
        "“Delivers training actions (AF)” is not answered.",
        "Answer yes or no.",
    )
    dossier = clean(profile=profile(categories=frozenset()), findings=(blank,))
    codes = [f.code for f in validate(dossier, Settings(lang="en"), today).errors]
    assert "NO_CATEGORY" not in codes and "YES_NO_MISSING" in codes


def test_a_profile_without_category_is_one_error_not_one_per_indicator(today: date) -> None:
    dossier = clean(profile=profile(categories=frozenset()))
    codes = [f.code for f in validate(dossier, Settings(lang="en"), today).findings]
    assert codes == ["NO_CATEGORY"]
