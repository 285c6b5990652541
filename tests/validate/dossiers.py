"""A clean, realistic dossier built in memory, and small edits that break one thing at a time.

Cells are exact: each record's Origin carries the column letters of the blank workbooks
(profile: label in B, value in C, one field per row from row 1; tables: header on row 1).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from string import ascii_uppercase
from typing import Any

from pipeline.core.layout import SHEETS
from pipeline.core.model import (
    Complaint,
    Dossier,
    Evidence,
    Feedback,
    Improvement,
    IndicatorEntry,
    NonConformity,
    Origin,
    Profile,
    SheetKind,
)
from pipeline.referential import load

GRID = "inbox/self-assessment.xlsx"
FILES: dict[SheetKind, str] = {
    "profile": GRID,
    "indicators": GRID,
    "evidence": "inbox/evidence.xlsx",
    "feedback": "inbox/feedback.xlsx",
    "complaints": "inbox/complaints.xlsx",
    "improvements": "inbox/improvements.xlsx",
    "nonconformities": "inbox/nonconformities.xlsx",
}
SHEET_NAMES: dict[SheetKind, str] = {
    "profile": "Profile",
    "indicators": "Indicators",
    "evidence": "Evidence",
    "feedback": "Feedback",
    "complaints": "Complaints",
    "improvements": "Improvements",
    "nonconformities": "Non-conformities",
}
AUDIT = date(2027, 1, 20)  # a surveillance audit, judged on V10


def origin(kind: SheetKind, row: int) -> Origin:
    """Return where row `row` of sheet `kind` was read, with every column's letter."""
    keys = [column.key for column in SHEETS[kind].columns]
    if kind == "profile":
        return Origin(
            FILES[kind],
            SHEET_NAMES[kind],
            0,
            tuple((key, f"C{index + 1}") for index, key in enumerate(keys)),
        )
    return Origin(
        FILES[kind],
        SHEET_NAMES[kind],
        row,
        tuple((key, ascii_uppercase[index]) for index, key in enumerate(keys)),
    )


def profile(**changes: Any) -> Profile:
    """An apprenticeship and training provider to which all 33 V10 indicators apply."""
    base = Profile(
        origin=origin("profile", 0),
        name="Atelier Formation Conseil",
        siret="443 061 841 00047",
        declaration_number="11 75 55555 75",
        address="12 rue des Lilas, 75011 Paris",
        quality_contact="Claire Martin",
        categories=frozenset({"AF", "CFA"}),
        certifying=True,
        work_linked=True,
        work_based=True,
        subcontracting=True,
        turnover=Decimal("480000"),
        sites=1,
        certifier="Certif Plus",
        audit_type="surveillance",
        audit_date=AUDIT,
        certification_date=date(2025, 9, 15),
    )
    return replace(base, **changes)


def entry(number: int, /, **changes: Any) -> IndicatorEntry:
    """A prepared row of the indicators sheet for `number` (row = number + 1)."""
    base = IndicatorEntry(
        origin=origin("indicators", number + 1),
        number=number,
        raw_number=str(number),
        wording=load("V10").indicator(number).wording_fr if number <= 33 else "",
        status="ready",
        approach=f"Procedure P-{number:02d}, applied since 2024.",
        evidence_ids=(f"E-{number:02d}",),
        owner="Claire Martin",
        last_review=date(2026, 10, 1),
    )
    return replace(base, **changes)


def evidence(number: int, /, **changes: Any) -> Evidence:
    """The evidence item E-nn proving indicator `number` (row = number + 1)."""
    base = Evidence(
        origin=origin("evidence", number + 1),
        id=f"E-{number:02d}",
        title=f"Proof for indicator {number}",
        indicators=(number,),
        location=f"ind{number:02d}.pdf",
        version="2026",
        owner="Claire Martin",
        review_by=date(2027, 6, 30),
    )
    return replace(base, **changes)


GROUPS = ("beneficiaries", "funders", "teaching_teams", "companies")


def feedback(index: int, **changes: Any) -> Feedback:
    """Feedback from one stakeholder group (row = index + 2)."""
    base = Feedback(
        origin=origin("feedback", index + 2),
        date=date(2026, 6, 30),
        group=GROUPS[index % 4],  # type: ignore[arg-type]
        action="Session June 2026",
        method="survey_hot",
        score=Decimal("4.2"),
        scale=Decimal("5"),
        comment="Good pace",
        improvement_ids=("A-01",),
    )
    return replace(base, **changes)


def complaint(**changes: Any) -> Complaint:
    base = Complaint(
        origin=origin("complaints", 2),
        id="R-01",
        received=date(2026, 3, 2),
        group="beneficiaries",
        channel="email",
        subject="Late certificate",
        description="Certificate sent three weeks late",
        acknowledged=date(2026, 3, 3),
        answer="Apologies; process changed",
        answered=date(2026, 3, 10),
        closed=date(2026, 3, 20),
        status="closed",
        improvement_ids=("A-01",),
    )
    return replace(base, **changes)


def improvement(**changes: Any) -> Improvement:
    base = Improvement(
        origin=origin("improvements", 2),
        id="A-01",
        source="complaint",
        description="Send certificates within 48 hours",
        owner="Claire Martin",
        due=date(2027, 3, 31),
        status="in_progress",
    )
    return replace(base, **changes)


def nonconformity(**changes: Any) -> NonConformity:
    base = NonConformity(
        origin=origin("nonconformities", 2),
        id="NC-01",
        audit_date=date(2025, 9, 1),
        indicator=9,
        grade="minor",
        finding="Welcome booklet not given to every learner",
        root_cause="No checklist",
        corrective_action="Checklist at enrolment",
        owner="Claire Martin",
        due=date(2026, 1, 31),
        status="closed",
        correction_evidence="Checklist, enrolment files of January 2026",
    )
    return replace(base, **changes)


def clean(**changes: Any) -> Dossier:
    """A complete, consistent dossier that validates with no finding at all."""
    numbers = range(1, 34)
    base = Dossier(
        profile=profile(),
        grid_version="V10",
        indicators=tuple(entry(n) for n in numbers),
        evidence=tuple(evidence(n) for n in numbers),
        feedback=tuple(feedback(i) for i in range(4)),
        complaints=(complaint(),),
        improvements=(improvement(),),
        nonconformities=(nonconformity(),),
        present=frozenset(SHEETS),
        locations=tuple((kind, FILES[kind], SHEET_NAMES[kind]) for kind in SHEETS),
        evidence_files=frozenset(f"ind{n:02d}.pdf" for n in numbers),
    )
    return replace(base, **changes)


def with_entry(dossier: Dossier, number: int, **changes: Any) -> Dossier:
    """Return `dossier` with the grid row of indicator `number` changed."""
    rows = tuple(
        replace(e, **changes) if e.number == number else e for e in dossier.indicators or ()
    )
    return replace(dossier, indicators=rows)


def with_evidence(dossier: Dossier, number: int, **changes: Any) -> Dossier:
    """Return `dossier` with evidence E-nn changed."""
    items = tuple(
        replace(e, **changes) if e.id == f"E-{number:02d}" else e for e in dossier.evidence
    )
    return replace(dossier, evidence=items)


def without(dossier: Dossier, kind: SheetKind) -> Dossier:
    """Return `dossier` as if no workbook had a sheet of `kind`."""
    empty: dict[SheetKind, Any] = {"profile": None, "indicators": None}
    return replace(
        dossier,
        **{kind: empty.get(kind, ())},
        present=dossier.present - {kind},
        locations=tuple(loc for loc in dossier.locations if loc[0] != kind),
    )
