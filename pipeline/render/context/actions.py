"""The context of the non-conformity action plan: counts, the 5-minors rule, one block per NC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.core.model import NonConformity
from pipeline.core.rules import minor_accumulations, nc_awaits_verification, nc_is_open
from pipeline.i18n import text
from pipeline.referential import audit_rules, referential_of_audit
from pipeline.render.context.common import Cover, Document, Sources, cover, document, label, todo
from pipeline.render.formats import add_months, clean, long_date, maybe_date


@dataclass(frozen=True, slots=True)
class GradeCounts:
    """How many non-conformities, by grade."""

    minor: int
    """Minor non-conformities."""
    major: int
    """Major non-conformities."""
    ungraded: int
    """Non-conformities with no grade given."""
    total: int
    """All non-conformities."""
    open: int
    """Those the organisation has not corrected yet."""
    awaiting: int
    """Those corrected and awaiting the certifier's verification (not open, not lifted)."""


@dataclass(frozen=True, slots=True)
class IndicatorCount:
    """Non-conformities on one indicator."""

    number: str
    """Indicator number (as written when it is not a known indicator)."""
    wording: str
    """Wording of the indicator."""
    minor: int
    """Minor non-conformities on it."""
    major: int
    """Major non-conformities on it."""
    total: int
    """All non-conformities on it."""


@dataclass(frozen=True, slots=True)
class NcSection:
    """One non-conformity and its action plan."""

    id: str
    """Identifier, e.g. "NC-01"."""
    indicator: str
    """Indicator number."""
    wording: str
    """Wording of the indicator."""
    wording_todo: str
    """Gap mark when the indicator is missing or unknown."""
    audit_date: str
    """Date of the audit that raised it."""
    grade: str
    """Minor or Major."""
    grade_todo: str
    """Gap mark when the grade is missing."""
    finding: str
    """The auditor's finding."""
    finding_todo: str
    """Gap mark when the finding is missing."""
    root_cause: str
    """Root cause analysis."""
    root_cause_todo: str
    """Gap mark when the root cause is missing."""
    corrective_action: str
    """Corrective action."""
    corrective_action_todo: str
    """Gap mark when the corrective action is missing."""
    owner: str
    """Who carries the action."""
    owner_todo: str
    """Gap mark when nobody is named."""
    deadline: str
    """Deadline: the one given, else the default one (stated as such in deadline_note)."""
    deadline_note: str
    """When the deadline is a default: the rule it comes from, else ""."""
    deadline_todo: str
    """Gap mark when no deadline can be given (no grade or no audit date)."""
    status: str
    """Open, Action planned, Corrected, Closed (verified)."""
    status_todo: str
    """Gap mark when no status is given."""
    correction_evidence: str
    """Evidence of the correction."""
    correction_evidence_todo: str
    """Gap mark when no evidence of correction is given."""
    effectiveness: str
    """How the effectiveness was checked."""
    effectiveness_todo: str
    """Gap mark when the effectiveness check is missing."""


@dataclass(frozen=True, slots=True)
class ActionPlan:
    """Variables of the non-conformity action plan (nonconformity-action-plan.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    cover: Cover
    """The cover block (organisation, certifier, audit)."""
    counts: GradeCounts
    """Counts by grade."""
    by_indicator: tuple[IndicatorCount, ...]
    """Counts by indicator."""
    warning: str
    """Warning when 5 or more minor non-conformities are open (they count as a major)."""
    rules: tuple[str, ...]
    """The deadlines and rules that apply (majors, minors, accumulation)."""
    nonconformities: tuple[NcSection, ...]
    """Every non-conformity, in the order of the workbook."""
    empty: str
    """"No non-conformity recorded" when there is none, else ""."""


def action_plan(src: Sources) -> ActionPlan:
    """Return the context of the non-conformity action plan."""
    lang = src.lang
    ncs = src.dossier.nonconformities
    rules = audit_rules()["nc"]
    threshold = int(rules["minor_accumulation"]["minor_threshold"])
    accumulated = minor_accumulations(ncs, threshold)
    counts = GradeCounts(
        minor=sum(1 for nc in ncs if nc.grade == "minor"),
        major=sum(1 for nc in ncs if nc.grade == "major"),
        ungraded=sum(1 for nc in ncs if nc.grade is None),
        total=len(ncs),
        open=sum(1 for nc in ncs if nc_is_open(nc)),
        awaiting=sum(1 for nc in ncs if nc_awaits_verification(nc)),
    )
    warning = (
        text(lang, "doc.plan.minor_warning", count=accumulated[-1].count, threshold=threshold)
        if accumulated
        else ""
    )
    plan_rules = tuple(
        rules[key][f"rule_{lang}"] for key in ("major", "minor", "minor_accumulation", "counting")
    )
    return ActionPlan(
        doc=document(src, "doc.title.action_plan"),
        cover=cover(src),
        counts=counts,
        by_indicator=_by_indicator(src),
        warning=warning,
        rules=plan_rules,
        nonconformities=tuple(_section(src, nc) for nc in ncs),
        empty="" if ncs else text(lang, "doc.plan.none"),
    )


def _by_indicator(src: Sources) -> tuple[IndicatorCount, ...]:
    ncs = src.dossier.nonconformities
    numbers = sorted({nc.indicator for nc in ncs}, key=lambda n: (n is None, n or 0))
    rows = []
    for number in numbers:
        mine = [nc for nc in ncs if nc.indicator == number]
        wording, _ = _wording(src, number, mine[0].audit_date)
        rows.append(
            IndicatorCount(
                number=str(number) if number is not None else "—",
                wording=wording,
                minor=sum(1 for nc in mine if nc.grade == "minor"),
                major=sum(1 for nc in mine if nc.grade == "major"),
                total=len(mine),
            )
        )
    return tuple(rows)


def _wording(src: Sources, number: int | None, audit: date | None) -> tuple[str, str]:
    """Return the wording of the referential that judged the NC's audit (V9 text for a V9 audit)."""
    ref = referential_of_audit(audit, src.referential, src.today)
    if number is None or number not in ref.numbers:
        return "", text(src.lang, "doc.todo")
    return ref.indicator(number).wording(src.lang), ""


def _section(src: Sources, nc: NonConformity) -> NcSection:
    lang = src.lang
    wording, wording_todo = _wording(src, nc.indicator, nc.audit_date)
    deadline, note = _deadline(src, nc)
    fields = {
        name: clean(getattr(nc, name))
        for name in (
            "finding",
            "root_cause",
            "corrective_action",
            "owner",
            "correction_evidence",
            "effectiveness",
        )
    }
    grade = label(lang, "grade", nc.grade)
    status = label(lang, "nc_status", nc.status)
    return NcSection(
        id=clean(nc.id),
        indicator=str(nc.indicator) if nc.indicator is not None else "",
        wording=wording,
        wording_todo=wording_todo,
        audit_date=maybe_date(_audit_date(src, nc), lang),
        grade=grade,
        grade_todo=todo(lang, grade),
        deadline=deadline,
        deadline_note=note,
        deadline_todo=todo(lang, deadline),
        status=status,
        status_todo=todo(lang, status),
        **{name: value for name, value in fields.items()},
        **{f"{name}_todo": todo(lang, value) for name, value in fields.items()},
    )


def _audit_date(src: Sources, nc: NonConformity) -> date | None:
    profile = src.dossier.profile
    return nc.audit_date or (profile.audit_date if profile else None)


def _deadline(src: Sources, nc: NonConformity) -> tuple[str, str]:
    """Return (deadline, note): the given due date, else the regulation's default, stated."""
    lang = src.lang
    if nc.due is not None:
        return long_date(nc.due, lang), ""
    audit = _audit_date(src, nc)
    if nc.grade is None or audit is None:
        return "", ""
    rules = audit_rules()["nc"]
    months = int(
        rules["major"]["correction_deadline_months"]
        if nc.grade == "major"
        else rules["minor"]["implementation_deadline_months"]
    )
    note = text(
        lang, f"doc.plan.default_deadline.{nc.grade}", months=months, audit=long_date(audit, lang)
    )
    return long_date(add_months(audit, months), lang), note
