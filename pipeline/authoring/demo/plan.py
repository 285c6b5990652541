"""The demo organisation's facts that do not depend on the language: who, what, when, how many.

Dates are offsets in days from the day the demo is created (negative: in the past), so the demo
always looks current; texts live in the per-language modules, keyed by the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal

from pipeline.core.model import (
    Channel,
    CollectionMethod,
    ComplaintStatus,
    Grade,
    ImprovementSource,
    ImprovementStatus,
    NcStatus,
    Stakeholder,
)

NAME = "Atelier Horizon Formation"
SIRET = "84762391500026"  # fictional; passes the Luhn check like a real one
DECLARATION_NUMBER = "52490987649"  # fictional: region 52, département 49
TURNOVER = Decimal("412000")
SITES = 1

CLAIRE = "Claire Morel"  # director and quality lead
JULIEN = "Julien Besson"  # head of training
SAMIRA = "Samira Haddad"  # company relations, disability referent
THOMAS = "Thomas Leroy"  # skills-assessment consultant
NADIA = "Nadia Perrin"  # training administration

# Indicator -> who answers for it. The five CFA-only indicators (14, 15, 20, 29, 33) and the
# ones the profile rules out are not listed: the grid declares them not applicable.
OWNERS: dict[int, str] = {
    1: CLAIRE,
    2: CLAIRE,
    3: CLAIRE,
    4: JULIEN,
    5: JULIEN,
    6: JULIEN,
    7: JULIEN,
    8: JULIEN,
    9: NADIA,
    10: JULIEN,
    11: JULIEN,
    12: JULIEN,
    13: SAMIRA,
    16: JULIEN,
    17: CLAIRE,
    18: CLAIRE,
    19: JULIEN,
    21: CLAIRE,
    22: CLAIRE,
    23: CLAIRE,
    24: SAMIRA,
    25: JULIEN,
    26: SAMIRA,
    27: CLAIRE,
    28: SAMIRA,
    30: NADIA,
    31: CLAIRE,
    32: CLAIRE,
}
NOT_APPLICABLE: tuple[int, ...] = (14, 15, 20, 29, 33)  # apprenticeship (CFA) only
TO_COMPLETE: frozenset[int] = frozenset({25})  # a preparation gap the demo shows on purpose

EvidenceKind = Literal["md", "txt", "pdf", "url"]


@dataclass(frozen=True, slots=True)
class EvidencePlan:
    """One evidence item: what it proves, its form, its owner, its edition and review dates."""

    number: int
    indicators: tuple[int, ...]
    kind: EvidenceKind
    owner: str
    edition: int
    issued: int  # days from today
    review: int  # days from today; negative = past its review date


EVIDENCE: tuple[EvidencePlan, ...] = tuple(
    EvidencePlan(*row)
    for row in (
        (1, (1, 3), "pdf", CLAIRE, 3, -320, 75),
        (2, (1,), "url", CLAIRE, 1, -40, 140),
        (3, (1, 5, 6), "md", JULIEN, 4, -95, 270),
        (4, (1, 5, 6), "md", JULIEN, 3, -110, 255),
        (5, (1, 5, 6), "md", THOMAS, 2, -150, 215),
        (6, (2,), "url", CLAIRE, 1, -300, 65),
        (7, (2, 3), "pdf", CLAIRE, 2, -300, 65),
        (8, (4,), "md", JULIEN, 2, -400, 330),
        (9, (4,), "txt", SAMIRA, 1, -62, 300),
        (10, (7,), "md", JULIEN, 3, -130, 235),
        (11, (7, 16), "pdf", CLAIRE, 1, -480, 615),
        (12, (8,), "md", JULIEN, 2, -210, 155),
        (13, (9,), "pdf", NADIA, 5, -90, 275),
        (14, (9, 12), "md", CLAIRE, 4, -80, 285),
        (15, (9,), "txt", NADIA, 3, -200, 165),
        (16, (10, 11), "md", JULIEN, 2, -250, 115),
        (17, (10, 26), "md", SAMIRA, 2, -180, 185),
        (18, (11,), "md", JULIEN, 3, -140, 225),
        (19, (11,), "md", THOMAS, 2, -160, 205),
        (20, (12,), "md", JULIEN, 3, -230, 135),
        (21, (12,), "md", CLAIRE, 1, -45, 320),
        (22, (13,), "md", SAMIRA, 2, -200, 165),
        (23, (12, 13), "txt", SAMIRA, 1, -20, 160),
        (24, (16,), "md", JULIEN, 2, -190, 175),
        (25, (16,), "pdf", NADIA, 1, -170, 560),
        (26, (17,), "md", CLAIRE, 2, -260, 105),
        (27, (17,), "pdf", CLAIRE, 4, -395, -30),  # the risk assessment is overdue for its update
        (28, (18,), "md", CLAIRE, 6, -70, 295),
        (29, (18,), "txt", JULIEN, 1, -25, 170),
        (30, (19,), "md", NADIA, 3, -120, 245),
        (31, (19,), "txt", JULIEN, 1, -10, 90),
        (32, (21,), "md", CLAIRE, 2, -300, 65),
        (33, (22,), "md", CLAIRE, 1, -330, 95),
        (34, (23,), "md", CLAIRE, 9, -12, 80),
        (35, (24,), "md", SAMIRA, 3, -60, 120),
        (36, (26,), "md", SAMIRA, 3, -150, 215),
        (37, (27,), "md", CLAIRE, 2, -100, 310),
        (38, (21, 27), "txt", CLAIRE, 2, -55, 310),
        (39, (28,), "md", SAMIRA, 2, -280, 450),
        (40, (24, 28), "md", SAMIRA, 1, -100, 265),
        (41, (30,), "md", NADIA, 3, -330, 95),
        (42, (30, 32), "md", CLAIRE, 4, -35, 60),
        (43, (31,), "md", CLAIRE, 3, -260, 105),
        (44, (32,), "md", CLAIRE, 2, -50, 315),
        (45, (32,), "md", CLAIRE, 1, -35, 60),
    )
)


@dataclass(frozen=True, slots=True)
class FeedbackPlan:
    """One line of the feedback register; `comment` and `action` are text keys."""

    day: int
    group: Stakeholder
    action: str
    method: CollectionMethod
    score: Decimal | None
    scale: int | None
    comment: str = ""
    improvements: tuple[int, ...] = ()


def _fb(
    day: int,
    group: Stakeholder,
    action: str,
    method: CollectionMethod,
    score: str,
    scale: int | None,
    comment: str = "",
    improvements: tuple[int, ...] = (),
) -> FeedbackPlan:
    return FeedbackPlan(
        day, group, action, method, Decimal(score) if score else None, scale, comment, improvements
    )


B: Final = "beneficiaries"
F: Final = "funders"
T: Final = "teaching_teams"
C: Final = "companies"
FEEDBACK: tuple[FeedbackPlan, ...] = (
    _fb(-335, B, "gp_de", "survey_hot", "4.3", 5, "b_practical"),
    _fb(-334, T, "gp_de", "meeting", "", None, "t_group_level"),
    _fb(-320, B, "excel", "survey_hot", "4.6", 5, "b_excel_pace"),
    _fb(-305, C, "sa_pro", "survey_hot", "7", 10, "c_visibility", (3,)),
    _fb(-300, B, "sa_pro", "survey_hot", "3.2", 5, "b_equipment", (2,)),
    _fb(-292, F, "gp_de", "meeting", "4", 5, "f_france_travail"),
    _fb(-280, B, "bc", "survey_hot", "9", 10, "b_bc_listening"),
    _fb(-272, T, "excel", "survey_hot", "4", 5, "t_subcontractor_brief"),
    _fb(-265, B, "accueil", "survey_hot", "4.5", 5, ""),
    _fb(-262, C, "accueil", "interview", "9", 10, "c_intra_adapted"),
    _fb(-250, B, "gp_de", "survey_cold", "8", 10, "b_cold_job"),
    _fb(-240, T, "sa_pro", "meeting", "", None, "t_absences", (3,)),
    _fb(-236, B, "bc", "survey_cold", "8", 10, "b_bc_followup"),
    _fb(-228, B, "excel", "survey_hot", "4.1", 5, ""),
    _fb(-221, C, "gp_pro", "survey_hot", "8", 10, "c_tutor_booklet"),
    _fb(-214, B, "gp_pro", "survey_hot", "3.9", 5, "b_dsn", (8,)),
    _fb(-210, T, "gp_pro", "meeting", "", None, "t_dsn", (8,)),
    _fb(-200, F, "sa_pro", "meeting", "", None, "f_opco_attendance"),
    _fb(-196, B, "sa_pro", "survey_hot", "4.2", 5, "b_equipment_better"),
    _fb(-190, C, "sa_pro", "survey_hot", "8", 10, ""),
    _fb(-185, B, "accueil", "survey_cold", "7", 10, "b_cold_apply"),
    _fb(-178, T, "bc", "meeting", "", None, "t_bc_tools"),
    _fb(-170, B, "bc", "survey_hot", "10", 10, ""),
    _fb(-165, B, "gp_de", "survey_hot", "4.4", 5, "b_exam_prep"),
    _fb(-160, C, "gp_de", "interview", "9", 10, "c_work_period"),
    _fb(-152, F, "gp_de", "meeting", "4", 5, "f_region_results"),
    _fb(-146, T, "gp_de", "survey_hot", "4.5", 5, ""),
    _fb(-140, B, "excel", "survey_cold", "9", 10, ""),
    _fb(-134, C, "excel", "survey_cold", "8", 10, "c_excel_use"),
    _fb(-128, B, "gp_pro", "survey_cold", "7", 10, "b_platform", (6,)),
    _fb(-122, B, "sa_pro", "survey_hot", "4.5", 5, ""),
    _fb(-118, C, "gp_pro", "survey_hot", "9", 10, "c_visits"),
    _fb(-112, T, "sa_pro", "survey_hot", "4.2", 5, "t_liaison_booklet"),
    _fb(-106, B, "bc", "survey_cold", "9", 10, "b_bc_project"),
    _fb(-100, F, "bc", "meeting", "", None, "f_cpf_info"),
    _fb(-96, B, "accueil", "survey_hot", "4.7", 5, ""),
    _fb(-92, C, "accueil", "survey_cold", "8", 10, ""),
    _fb(-86, B, "gp_de", "survey_hot", "4.6", 5, "b_practical"),
    _fb(-80, T, "excel", "meeting", "", None, "t_room"),
    _fb(-76, B, "excel", "survey_hot", "4.8", 5, ""),
    _fb(-70, C, "sa_pro", "interview", "8", 10, "c_tutor_booklet"),
    _fb(-66, B, "sa_pro", "survey_cold", "8", 10, "b_cold_job"),
    _fb(-62, F, "sa_pro", "meeting", "5", 5, "f_opco_attendance_ok"),
    _fb(-58, B, "bc", "survey_hot", "9", 10, "b_bc_listening"),
    _fb(-54, T, "bc", "survey_hot", "4.6", 5, ""),
    _fb(-50, C, "gp_pro", "survey_cold", "9", 10, "c_hired"),
    _fb(-46, B, "gp_pro", "survey_hot", "4.4", 5, "b_dsn_better"),
    _fb(-42, T, "gp_pro", "meeting", "", None, "t_risk_single_trainer", (7,)),
    _fb(-38, B, "accueil", "survey_hot", "4.3", 5, ""),
    _fb(-35, C, "accueil", "interview", "9", 10, "c_intra_adapted"),
    _fb(-31, B, "gp_de", "survey_cold", "7", 10, "b_cold_search"),
    _fb(-28, F, "gp_de", "meeting", "4", 5, "f_france_travail_dropouts"),
    _fb(-25, B, "excel", "survey_hot", "4.5", 5, ""),
    _fb(-22, T, "sa_pro", "meeting", "", None, "t_violence_procedure", (6,)),
    _fb(-19, B, "sa_pro", "survey_hot", "4.4", 5, "b_welcome"),
    _fb(-16, C, "sa_pro", "survey_hot", "9", 10, ""),
    _fb(-13, B, "bc", "survey_cold", "8", 10, ""),
    _fb(-10, C, "excel", "survey_hot", "8", 10, ""),
    _fb(-7, B, "gp_pro", "survey_hot", "4.2", 5, "b_platform_ok"),
    _fb(-4, T, "excel", "survey_hot", "4.4", 5, ""),
)


@dataclass(frozen=True, slots=True)
class ComplaintPlan:
    """One complaint: when it came, from whom, and how many days each step took."""

    number: int
    received: int  # days from today
    group: Stakeholder
    channel: Channel
    acknowledged: int | None  # days after receipt
    answered: int | None
    closed: int | None
    status: ComplaintStatus
    improvements: tuple[int, ...] = ()


COMPLAINTS: tuple[ComplaintPlan, ...] = (
    ComplaintPlan(1, -290, B, "email", 1, 6, 20, "closed", (4,)),
    ComplaintPlan(2, -243, C, "phone", 1, 3, 30, "closed", (3,)),
    ComplaintPlan(3, -185, F, "email", 2, 9, 14, "closed", (5,)),
    ComplaintPlan(4, -121, B, "in_person", 0, 1, 2, "closed"),
    ComplaintPlan(5, -74, B, "letter", 2, 8, 15, "closed"),
    ComplaintPlan(6, -6, B, "web_form", 1, None, None, "open"),
)


@dataclass(frozen=True, slots=True)
class ImprovementPlan:
    """One improvement action of the continuous-improvement plan (indicator 32)."""

    number: int
    source: ImprovementSource
    owner: str
    due: int  # days from today
    status: ImprovementStatus
    checked: bool  # an effectiveness check is recorded


IMPROVEMENTS: tuple[ImprovementPlan, ...] = (
    ImprovementPlan(1, "audit", NADIA, -345, "done", True),
    ImprovementPlan(2, "feedback", CLAIRE, -240, "done", True),
    ImprovementPlan(3, "complaint", SAMIRA, -200, "done", True),
    ImprovementPlan(4, "complaint", NADIA, -240, "done", True),
    ImprovementPlan(5, "complaint", NADIA, -150, "done", True),
    ImprovementPlan(6, "watch", CLAIRE, 21, "in_progress", False),
    ImprovementPlan(7, "risk_analysis", JULIEN, 120, "planned", False),
    ImprovementPlan(8, "feedback", JULIEN, -150, "done", True),
)


@dataclass(frozen=True, slots=True)
class NonConformityPlan:
    """One non-conformity of the initial audit and how it was dealt with."""

    number: int
    indicator: int
    grade: Grade
    # Days after the initial audit. A major is lifted before the certification decision
    # (arrêté du 6 juin 2019: no certificate with an open major); a minor within 6 months.
    due: int
    status: NcStatus
    owner: str


NONCONFORMITIES: tuple[NonConformityPlan, ...] = (
    NonConformityPlan(1, 27, "major", 28, "closed", CLAIRE),
    NonConformityPlan(2, 2, "minor", 170, "corrected", CLAIRE),
    NonConformityPlan(3, 30, "minor", 170, "corrected", NADIA),
)
