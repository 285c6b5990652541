"""The context of the internal companion to the preparation: sources, uncertainties, coaching.

This document is for the quality manager only (never sent, never packed): what the preparatory
document leaves out so that the organisation presents only its own work.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.model import Applicability
from pipeline.i18n import text
from pipeline.referential import load
from pipeline.render.context.calendar import calendar, duration
from pipeline.render.context.common import Document, Sources, document
from pipeline.render.context.notes import audit_notes, grading_caveat


@dataclass(frozen=True, slots=True)
class CompanionIndicator:
    """One applicable indicator: what matters at the audit, and what V10 changed."""

    number: int
    """Indicator number."""
    criterion: int
    """Criterion number."""
    wording: str
    """Wording in the document language."""
    notes: tuple[str, ...]
    """What matters at the audit: grading, new-entrant rule, remarks, evidence examples."""
    change: str
    """What V10 changed for this indicator (new, substantive, form, unchanged)."""
    wording_v9: str
    """The V9 wording when V10 changed it, else ""."""
    sources: str
    """The sources the referential data was transcribed from, e.g. "GSMS, CAPS"."""


@dataclass(frozen=True, slots=True)
class Companion:
    """Variables of the internal companion (audit-preparation-internal.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    referential: str
    """Title of the referential version used."""
    referential_reason: str
    """Why this version was chosen (audit date, forced setting...)."""
    referential_source: str
    """Legal source of the referential version."""
    referential_url: str
    """Web address of the legal source."""
    provenance: str
    """How reliable the referential text is: sources and uncertainties, stated once."""
    grading_caveat: str
    """Why the grading is provisional (no V10 reading guide), once, else ""."""
    calendar_rule: str
    """The rule the certification calendar follows."""
    duration_rule: str
    """The audit duration rule used (settings key and source)."""
    indicators: tuple[CompanionIndicator, ...]
    """The applicable indicators, in order."""


def companion(src: Sources) -> Companion:
    """Return the context of the internal companion to the preparatory document."""
    lang, ref = src.lang, src.referential
    numbers = tuple(a.number for a in _applicable(src))
    return Companion(
        doc=document(src, "doc.title.companion"),
        referential=ref.title_fr if lang == "fr" else ref.title_en,
        referential_reason=src.report.version_reason,
        referential_source=ref.source(lang),
        referential_url=ref.source_url,
        provenance=ref.provenance(lang),
        grading_caveat=grading_caveat(src, numbers),
        calendar_rule=calendar(src).rule,
        duration_rule=duration(src).rule,
        indicators=tuple(_indicator(src, n) for n in numbers),
    )


def _applicable(src: Sources) -> tuple[Applicability, ...]:
    known = {a.number: a for a in src.report.applicability}
    every = (known.get(n, Applicability(n, True, "")) for n in src.referential.numbers)
    return tuple(a for a in every if a.applies)


def _indicator(src: Sources, number: int) -> CompanionIndicator:
    lang = src.lang
    indicator = src.referential.indicator(number)
    v9, v10 = load("V9"), load("V10")
    change = v10.indicator(number).change_v10 if number in v10.numbers else None
    before = v9.indicator(number).wording(lang) if number in v9.numbers else ""
    return CompanionIndicator(
        number=number,
        criterion=indicator.criterion,
        wording=indicator.wording(lang),
        notes=audit_notes(src, indicator),
        change=text(lang, f"doc.change.{change or 'none'}"),
        wording_v9=before if change in ("substantive", "form") else "",
        sources=", ".join(indicator.sources),
    )
