"""The improvement register (indicator 32) and what the registers share: period, links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pipeline.core.layout import CHOICES
from pipeline.core.model import Improvement, ImprovementSource, Lang
from pipeline.i18n import choice, text
from pipeline.render.context.common import (
    Document,
    ImprovementRow,
    Sources,
    document,
    improvement_row,
)
from pipeline.render.context.readiness import CountRow
from pipeline.render.formats import clean, counted, join, long_date


@dataclass(frozen=True, slots=True)
class RiskAnalysis:
    """V10 indicator 32: the risk analysis on the quality of the training delivered."""

    applies: bool
    """True when the referential is V10 (the risk analysis is part of indicator 32)."""
    note: str
    """What V10 asks for, or ""."""
    todo: str
    """Gap mark when V10 applies and no action comes from a risk analysis."""
    entries: tuple[ImprovementRow, ...]
    """The actions whose source is the risk analysis."""


@dataclass(frozen=True, slots=True)
class ImprovementRegister:
    """Variables of the improvement register (improvement-register.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    period: str
    """Period covered, e.g. "From 3 January 2025 to 27 November 2026"."""
    by_status: tuple[CountRow, ...]
    """Actions per status."""
    by_source: tuple[CountRow, ...]
    """Actions per source."""
    entries: tuple[ImprovementRow, ...]
    """Every action, with what it answers."""
    empty: str
    """"No improvement action recorded" when there is none, else ""."""
    risk: RiskAnalysis
    """The V10 risk analysis block."""


def period(lang: Lang, dates: Iterable[date | None], fallback: date | None, end: date) -> str:
    """Return the period a register covers: from its first date (or `fallback`) to `end`."""
    start = min((d for d in dates if d is not None), default=fallback)
    if start is None or start > end:
        return text(lang, "doc.period.until", end=long_date(end, lang))
    return text(lang, "doc.period.range", start=long_date(start, lang), end=long_date(end, lang))


def certification_date(src: Sources) -> date | None:
    """Return the certification date of the profile, if any."""
    return src.dossier.profile.certification_date if src.dossier.profile else None


def linked_text(src: Sources) -> dict[str, str]:
    """Return, per improvement id (casefolded), what cites it: complaints and feedback entries."""
    lang = src.lang
    complaints: dict[str, list[str]] = {}
    feedback: dict[str, int] = {}
    for complaint in src.dossier.complaints:
        for ref in complaint.improvement_ids:
            complaints.setdefault(ref.strip().casefold(), []).append(clean(complaint.id))
    for entry in src.dossier.feedback:
        for ref in entry.improvement_ids:
            key = ref.strip().casefold()
            feedback[key] = feedback.get(key, 0) + 1
    result: dict[str, str] = {}
    for key in complaints.keys() | feedback.keys():
        parts = []
        if key in complaints:
            parts.append(text(lang, "doc.linked.complaints", ids=join(lang, complaints[key])))
        if key in feedback:
            parts.append(counted(lang, "doc.linked.feedback", feedback[key]))
        result[key] = " · ".join(parts)
    return result


def linked_improvements(
    src: Sources, cited: set[str], source: ImprovementSource
) -> tuple[ImprovementRow, ...]:
    """Return the actions cited by a register (ids casefolded) or drawn from its `source`."""
    links = linked_text(src)
    return tuple(
        improvement_row(src.lang, item, links.get(item.id.strip().casefold(), ""))
        for item in src.dossier.improvements
        if item.id.strip().casefold() in cited or item.source == source
    )


def improvement_register(src: Sources) -> ImprovementRegister:
    """Return the context of the improvement register."""
    lang = src.lang
    items = src.dossier.improvements
    links = linked_text(src)
    rows = tuple(improvement_row(lang, i, links.get(i.id.strip().casefold(), "")) for i in items)
    return ImprovementRegister(
        doc=document(src, "doc.title.improvement_register"),
        period=period(lang, (i.due for i in items), certification_date(src), src.today),
        by_status=_counts(lang, "improvement_status", (i.status for i in items)),
        by_source=_counts(lang, "improvement_source", (i.source for i in items)),
        entries=rows,
        empty="" if items else text(lang, "doc.improvements.register_none"),
        risk=_risk(src, items, rows),
    )


def _counts(lang: Lang, closed_list: str, values: Iterable[str | None]) -> tuple[CountRow, ...]:
    found = list(values)
    return tuple(
        CountRow(key, choice(lang, closed_list, key), found.count(key))
        for key in CHOICES[closed_list]
    )


def _risk(
    src: Sources, items: tuple[Improvement, ...], rows: tuple[ImprovementRow, ...]
) -> RiskAnalysis:
    lang = src.lang
    if src.report.version != "V10":
        return RiskAnalysis(False, "", "", ())
    risk = tuple(
        row for item, row in zip(items, rows, strict=True) if item.source == "risk_analysis"
    )
    note = text(
        lang, "doc.improvements.risk_analysis" if risk else "doc.improvements.no_risk_analysis"
    )
    return RiskAnalysis(True, note, "" if risk else text(lang, "doc.todo"), risk)
