"""The context of the preparatory document: per criterion, per applicable indicator."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.model import Applicability, IndicatorEntry, NonConformity
from pipeline.core.rules import nc_awaits_verification, nc_is_open
from pipeline.i18n import text
from pipeline.referential import Indicator
from pipeline.render.context.calendar import Calendar, Duration, calendar, duration
from pipeline.render.context.common import (
    Cover,
    Document,
    ImprovementRow,
    Sources,
    cover,
    document,
    improvement_row,
    label,
    todo,
)
from pipeline.render.context.evidence import EvidenceRow, EvidenceRows
from pipeline.render.context.flags import indicators_in_error
from pipeline.render.context.notes import improvements_note
from pipeline.render.context.readiness import (
    ALERTS,
    Gap,
    Readiness,
    Summary,
    gaps_of,
    readiness_label,
    readiness_of,
    status_with_reasons,
    summary,
)
from pipeline.render.context.scope import scope_marks
from pipeline.render.formats import clean, maybe_date


@dataclass(frozen=True, slots=True)
class IndicatorSection:
    """One applicable indicator: wording, approach, evidence, status, what matters at the audit."""

    number: int
    """Indicator number."""
    scope_mark: str
    """After the number in the heading: the mark of an indicator a surveillance or reduced
    audit checks (a no-break space and "★"), else "" (the summary says what it means)."""
    criterion: int
    """Criterion number."""
    wording: str
    """Wording in the document language (English: our rendering)."""
    wording_official: str
    """Official French wording (authoritative)."""
    approach: str
    """Our approach, as written in the grid."""
    approach_todo: str
    """Gap mark when the approach is missing."""
    auditor_note: str
    """The note for the auditor written in the grid ("" when none)."""
    status: str
    """Status when all is well (Ready), else "", in the words of the self-assessment grid."""
    status_todo: str
    """Status when work remains, with why: "To complete: approach to describe" or "Open
    non-conformity", else ""."""
    readiness: str
    """Same word as `status`, without the reasons (kept for templates made before)."""
    readiness_alert: str
    """Same word as `status_todo`, without the reasons (kept for templates made before)."""
    owner: str
    """Who answers for this indicator."""
    owner_todo: str
    """Gap mark when nobody is named."""
    last_review: str
    """Date of the last review."""
    evidence: tuple[EvidenceRow, ...]
    """The evidence cited for this indicator."""
    evidence_todo: str
    """Gap mark when no evidence is cited."""
    nonconformities: tuple[str, ...]
    """Non-conformities not yet lifted on this indicator (open, or corrected and awaiting the
    certifier's verification), one sentence each with its status."""
    improvements: tuple[ImprovementRow, ...]
    """Improvement actions (indicator 32 only)."""
    improvements_note: str
    """Note on improvement actions (indicator 32: V10 risk analysis), else ""."""
    improvements_todo: str
    """Gap mark when indicator 32 has no improvement action, or V10 no risk analysis."""


@dataclass(frozen=True, slots=True)
class CriterionSection:
    """One criterion and its applicable indicators."""

    number: int
    """Criterion number (1 to 7)."""
    title: str
    """Official title of the criterion."""
    indicators: tuple[IndicatorSection, ...]
    """Its applicable indicators, in order."""


@dataclass(frozen=True, slots=True)
class NotApplicable:
    """An indicator that does not apply, with the reason."""

    number: int
    """Indicator number."""
    criterion: int
    """Criterion number."""
    wording: str
    """Wording in the document language."""
    reason: str
    """Why it does not apply (profile, or the organisation's justification)."""


@dataclass(frozen=True, slots=True)
class Preparation:
    """Variables of the preparatory document (audit-preparation.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    cover: Cover
    """The cover page."""
    summary: Summary
    """Applicability and readiness counts."""
    calendar: Calendar
    """The certification calendar."""
    duration: Duration
    """The audit duration estimate."""
    criteria: tuple[CriterionSection, ...]
    """The criteria with at least one applicable indicator, each with its indicators."""
    annex: tuple[NotApplicable, ...]
    """The indicators that do not apply, with the reason."""


def preparation(src: Sources) -> Preparation:
    """Return the context of the preparatory document."""
    ref = src.referential
    entries = {e.number: e for e in src.dossier.indicators or () if e.number is not None}
    states: dict[int, Readiness] = {}
    sections: list[IndicatorSection] = []
    annex: list[NotApplicable] = []
    in_error = indicators_in_error(src.report)
    items = _applicability(src)
    catalogue = EvidenceRows(src)
    scope = scope_marks(src, items)
    for item in items:
        indicator = ref.indicator(item.number)
        entry = entries.get(item.number)
        evidence = catalogue.cited(indicator.number, entry)
        rows = tuple(catalogue.row(e) for e in evidence)
        ncs = [
            nc
            for nc in src.dossier.nonconformities
            if nc.indicator == item.number and (nc_is_open(nc) or nc_awaits_verification(nc))
        ]
        flawed_rows = any(r.title_todo or r.location_todo for r in rows)
        gaps = gaps_of(src.report, item.number, entry, (len(rows), flawed_rows), in_error)
        known = [e for e in evidence if not isinstance(e, str)]
        still_open = sum(1 for nc in ncs if nc_is_open(nc))
        flawed = "error" in gaps or "evidence" in gaps
        states[item.number] = readiness_of(item, entry, known, still_open, flawed)
        if item.applies:
            state, mark = states[item.number], scope.of(item.number)
            sections.append(_section(src, indicator, entry, rows, ncs, (state, gaps), mark))
        else:
            annex.append(
                NotApplicable(
                    indicator.number,
                    indicator.criterion,
                    indicator.wording(src.lang),
                    clean(item.reason),
                )
            )
    criteria = tuple(
        CriterionSection(
            c.number, c.title(src.lang), tuple(s for s in sections if s.criterion == c.number)
        )
        for c in ref.criteria
        if any(s.criterion == c.number for s in sections)
    )
    return Preparation(
        document(src, "doc.title.preparation"),
        cover(src),
        summary(src, states, scope),
        calendar(src),
        duration(src),
        criteria,
        tuple(annex),
    )


def _applicability(src: Sources) -> tuple[Applicability, ...]:
    known = {a.number: a for a in src.report.applicability}
    return tuple(known.get(n, Applicability(n, True, "")) for n in src.referential.numbers)


def _section(
    src: Sources,
    indicator: Indicator,
    entry: IndicatorEntry | None,
    evidence: tuple[EvidenceRow, ...],
    ncs: list[NonConformity],
    status: tuple[Readiness, tuple[Gap, ...]],
    scope_mark: str,
) -> IndicatorSection:
    lang = src.lang
    approach = clean(entry.approach) if entry else ""
    owner = clean(entry.owner) if entry else ""
    state, gaps = status
    shown, alert = readiness_label(lang, state)
    line = status_with_reasons(lang, state, gaps, entry)
    improvements = src.dossier.improvements if indicator.number == 32 else ()
    note, improvements_todo = improvements_note(src, indicator.number)
    return IndicatorSection(
        number=indicator.number,
        scope_mark=scope_mark,
        criterion=indicator.criterion,
        wording=indicator.wording(lang),
        wording_official=indicator.wording_fr,
        approach=approach,
        approach_todo=todo(lang, approach),
        auditor_note=clean(entry.auditor_note) if entry else "",
        status="" if state in ALERTS else line,
        status_todo=line if state in ALERTS else "",
        readiness=shown,
        readiness_alert=alert,
        owner=owner,
        owner_todo=todo(lang, owner),
        last_review=maybe_date(entry.last_review if entry else None, lang),
        evidence=evidence,
        evidence_todo="" if evidence else text(lang, "doc.evidence.none"),
        nonconformities=tuple(_nc_line(src, nc) for nc in ncs),
        improvements=tuple(improvement_row(lang, i) for i in improvements),
        improvements_note=note,
        improvements_todo=improvements_todo,
    )


def _nc_line(src: Sources, nc: NonConformity) -> str:
    lang = src.lang
    return text(
        lang,
        "doc.nc.line",
        id=clean(nc.id),
        grade=label(lang, "grade", nc.grade) or text(lang, "doc.todo"),
        status=label(lang, "nc_status", nc.status) or text(lang, "doc.todo"),
        finding=clean(nc.finding),
    )
