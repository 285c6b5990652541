"""The demo's workbook rows: the plan, its texts and its calendar, as values per column key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from pipeline.authoring.demo import plan
from pipeline.authoring.demo.calendar import Calendar, working_day
from pipeline.authoring.demo.texts import DemoTexts
from pipeline.core.model import SheetKind
from pipeline.referential import Referential

Row = dict[str, object]
Rows = Mapping[SheetKind, Sequence[Mapping[str, object]]]


def workbook_rows(ref: Referential, cal: Calendar, texts: DemoTexts) -> Rows:
    """Return every sheet of the demo, filled: profile, indicators, registers."""
    return {
        "profile": [profile_row(cal, texts)],
        "indicators": indicator_rows(ref, cal, texts),
        "evidence": evidence_rows(cal, texts),
        "feedback": feedback_rows(cal, texts),
        "complaints": complaint_rows(cal, texts),
        "improvements": improvement_rows(cal, texts),
        "nonconformities": nonconformity_rows(cal, texts),
    }


def profile_row(cal: Calendar, texts: DemoTexts) -> Row:
    """Return the profile: training actions, skills assessments, certifying, work-linked."""
    return {
        "name": plan.NAME,
        "siret": plan.SIRET,
        "declaration_number": plan.DECLARATION_NUMBER,
        "address": texts.address,
        "quality_contact": texts.quality_contact,
        "category_af": True,
        "category_bc": True,
        "category_vae": False,
        "category_cfa": False,
        "certifying": True,
        "work_linked": True,
        "work_based": True,
        "subcontracting": True,
        "short_trainings_only": False,
        "new_entrant_af": False,
        "turnover": plan.TURNOVER,
        "sites": plan.SITES,
        "certifier": texts.certifier,
        "audit_type": "surveillance",
        "audit_date": cal.audit,
        "certification_date": cal.certification,
    }


def indicator_rows(ref: Referential, cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return one row per indicator of `ref`: approach and evidence, or why it does not apply."""
    rows: list[Row] = []
    for number in ref.numbers:
        if number not in plan.OWNERS:
            rows.append(
                {"number": number, "status": "not_applicable", "na_reason": texts.not_applicable}
            )
            continue
        cited = [
            texts.ident("evidence", item.number)
            for item in plan.EVIDENCE
            if number in item.indicators
        ]
        rows.append(
            {
                "number": number,
                "status": "to_complete" if number in plan.TO_COMPLETE else "ready",
                "approach": texts.approaches[number],
                "evidence_ids": ", ".join(cited),
                "owner": plan.OWNERS[number],
                "last_review": cal.day(-(8 + number * 5 % 47)),
            }
        )
    return rows


def evidence_rows(cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return the evidence list; locations are the files the demo writes, or URLs."""
    rows: list[Row] = []
    for item in plan.EVIDENCE:
        title, location, _ = texts.evidence[item.number]
        rows.append(
            {
                "id": texts.ident("evidence", item.number),
                "title": title,
                "indicators": ", ".join(str(n) for n in item.indicators),
                "location": location,
                "version": texts.edition.format(edition=item.edition, day=cal.day(item.issued)),
                "owner": item.owner,
                "review_by": cal.day(item.review),
            }
        )
    return rows


def feedback_rows(cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return the feedback register (indicator 30): the four stakeholder groups, over a year."""
    return [
        {
            "date": cal.day(entry.day),
            "group": entry.group,
            "action": texts.actions[entry.action],
            "method": entry.method,
            "score": entry.score,
            "scale": entry.scale,
            "comment": texts.comments[entry.comment] if entry.comment else "",
            "improvement_ids": _idents(texts, "improvement", entry.improvements),
        }
        for entry in plan.FEEDBACK
    ]


def complaint_rows(cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return the complaint register (indicator 31): dated steps, one complaint still open."""
    rows: list[Row] = []
    for item in plan.COMPLAINTS:
        subject, description, answer = texts.complaints[item.number]
        received = cal.day(item.received)
        rows.append(
            {
                "id": texts.ident("complaint", item.number),
                "received": received,
                "group": item.group,
                "channel": item.channel,
                "subject": subject,
                "description": description,
                "acknowledged": _after(received, item.acknowledged),
                "answer": answer,
                "answered": _after(received, item.answered),
                "closed": _after(received, item.closed),
                "status": item.status,
                "improvement_ids": _idents(texts, "improvement", item.improvements),
            }
        )
    return rows


def improvement_rows(cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return the continuous-improvement plan (indicator 32)."""
    rows: list[Row] = []
    for item in plan.IMPROVEMENTS:
        description, effectiveness = texts.improvements[item.number]
        rows.append(
            {
                "id": texts.ident("improvement", item.number),
                "source": item.source,
                "description": description,
                "owner": item.owner,
                "due": cal.day(item.due),
                "status": item.status,
                "effectiveness": effectiveness if item.checked else "",
            }
        )
    return rows


def nonconformity_rows(cal: Calendar, texts: DemoTexts) -> list[Row]:
    """Return the non-conformities of the initial audit, with their action plans."""
    rows: list[Row] = []
    for item in plan.NONCONFORMITIES:
        finding, cause, action, proof, effectiveness = texts.nonconformities[item.number]
        rows.append(
            {
                "id": texts.ident("nonconformity", item.number),
                "audit_date": cal.initial_audit,
                "indicator": item.indicator,
                "grade": item.grade,
                "finding": finding,
                "root_cause": cause,
                "corrective_action": action,
                "owner": item.owner,
                "due": cal.after_initial_audit(item.due),
                "status": item.status,
                "correction_evidence": proof,
                "effectiveness": effectiveness,
            }
        )
    return rows


def _after(start: date, days: int | None) -> date | None:
    return None if days is None else working_day(start + timedelta(days=days))


def _idents(texts: DemoTexts, kind: str, numbers: Sequence[int]) -> str:
    return ", ".join(texts.ident(kind, n) for n in numbers)
