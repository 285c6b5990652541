"""An organisation's dossier and report built in memory, as ingest and validate would give them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from pipeline.core.model import (
    Complaint,
    Dossier,
    Evidence,
    Feedback,
    Finding,
    Improvement,
    IndicatorEntry,
    Lang,
    NonConformity,
    Origin,
    Profile,
    Report,
    SheetKind,
)
from pipeline.referential import load
from pipeline.referential.applicability import applicability
from pipeline.workspace import Settings, Workspace

GRID = "inbox/grid.xlsx"
ALL: frozenset[SheetKind] = frozenset(
    {
        "profile",
        "indicators",
        "evidence",
        "feedback",
        "complaints",
        "improvements",
        "nonconformities",
    }
)


def origin(sheet: str, row: int = 2) -> Origin:
    """Return where a record was read (the demo grid)."""
    return Origin(GRID, sheet, row, (("status", "D"), ("approach", "E")))


def profile(**changes: object) -> Profile:
    """Return a complete profile: a training organisation with apprenticeship, V10 audit."""
    base = Profile(
        origin=origin("Profile"),
        name="Atelier Horizon Formation",
        siret="123 456 789 00012",
        declaration_number="11 75 12345 75",
        address="12 rue des Lilas\n75011 Paris",
        quality_contact="Claire Martin",
        categories=frozenset({"AF", "CFA"}),
        certifying=True,
        work_linked=True,
        work_based=True,
        turnover=Decimal("420000"),
        sites=2,
        certifier="Certif Qualité",
        audit_type="initial",
        audit_date=date(2027, 2, 15),
        certification_date=date(2025, 3, 12),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def entries(numbers: list[int], gap: int | None = None) -> tuple[IndicatorEntry, ...]:
    """Return one ready indicator row per number; `gap` has no approach."""
    return tuple(
        IndicatorEntry(
            origin=origin("Indicators", 2 + n),
            number=n,
            raw_number=str(n),
            status="ready",
            approach="" if n == gap else f"Our approach for indicator {n}.",
            evidence_ids=(f"P-{n:03d}",),
            owner="Claire Martin",
            last_review=date(2026, 10, 1),
        )
        for n in numbers
    )


def evidence(numbers: list[int]) -> tuple[Evidence, ...]:
    """Return one evidence item per indicator, filed in the evidence folder."""
    return tuple(
        Evidence(
            origin=origin("Evidence", 2 + n),
            id=f"P-{n:03d}",
            title=f"Procedure {n}",
            indicators=(n,),
            location=f"procedures/procedure-{n}.pdf",
            version="v2",
            owner="Claire Martin",
        )
        for n in numbers
    )


def dossier(lang: Lang = "en", **changes: object) -> Dossier:
    """Return a full dossier; `changes` replace whole fields."""
    prof = profile()
    ref = load("V10")
    numbers = [a.number for a in applicability(ref, prof, lang) if a.applies]
    base = Dossier(
        profile=prof,
        indicators=entries(numbers),
        grid_version="V10",
        evidence=evidence(numbers),
        feedback=(
            Feedback(
                origin("Feedback"),
                date(2026, 1, 10),
                "beneficiaries",
                "Payroll 2026",
                "survey_hot",
                Decimal(4),
                Decimal(5),
                "Very clear",
                ("A-001",),
            ),
            Feedback(
                origin("Feedback", 3),
                date(2026, 2, 3),
                "companies",
                "Payroll 2026",
                "interview",
                Decimal(3),
                Decimal(5),
                "Tutors need more notice",
            ),
        ),
        complaints=(
            Complaint(
                origin("Complaints"),
                "R-001",
                date(2026, 3, 2),
                "beneficiaries",
                "email",
                "Late schedule",
                "Schedule sent late",
                date(2026, 3, 3),
                "Apologies, new schedule",
                date(2026, 3, 9),
                date(2026, 3, 9),
                "closed",
                ("A-002",),
            ),
        ),
        improvements=(
            Improvement(
                origin("Improvements"),
                "A-001",
                "feedback",
                "Send schedules earlier",
                "Claire Martin",
                date(2026, 6, 1),
                "done",
                "Checked in June",
            ),
            Improvement(
                origin("Improvements", 3),
                "A-002",
                "complaint",
                "Reminder procedure",
                "Paul Durand",
                date(2026, 7, 1),
                "in_progress",
            ),
        ),
        nonconformities=(
            NonConformity(
                origin("Non-conformities"),
                "NC-01",
                date(2027, 2, 15),
                4,
                "minor",
                "Needs analysis not traced",
            ),
        ),
        present=ALL,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def report(doss: Dossier, lang: Lang = "en", findings: tuple[Finding, ...] = ()) -> Report:
    """Return the report validation would give: V10, applicability from the profile."""
    ref = load("V10")
    prof = doss.profile or profile()
    return Report(
        "V10",
        "V10, because the planned audit date is 2027-02-15.",
        applicability(ref, prof, lang),
        findings,
    )


def workspace(root: Path, lang: Lang = "en", **settings: object) -> Workspace:
    """Return a workspace at `root` (its folders need not exist to render)."""
    return Workspace(root, Settings(lang=lang, **settings))  # type: ignore[arg-type]
