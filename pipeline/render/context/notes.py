"""What matters at the audit for one indicator: grading, new-entrant rule, remarks, examples."""

from __future__ import annotations

from pipeline.core.model import CATEGORIES
from pipeline.i18n import text
from pipeline.referential import Indicator
from pipeline.referential.registers import register_indicator, risk_analysis_expected
from pipeline.render.context.common import Sources


def audit_notes(src: Sources, indicator: Indicator) -> tuple[str, ...]:
    """Return the sentences an author should read before the audit, for one indicator."""
    lang = src.lang
    notes = [_grading(src, indicator)]
    profile = src.dossier.profile
    new_entrant = _new_entrant(src, indicator)
    if new_entrant:
        notes.append(new_entrant)
    for field in ("remark", "uncertain"):
        value = indicator.text(field, lang)
        if value:
            notes.append(text(lang, f"doc.note.{field}", text=value))
    subcontracting = indicator.text("subcontractor_note", lang)
    if subcontracting and profile is not None and profile.subcontracting:
        notes.append(text(lang, "doc.note.subcontracting", text=subcontracting))
    if indicator.evidence_examples_fr:
        notes.append(text(lang, "doc.note.examples", text=indicator.evidence_examples_fr))
    return tuple(notes)


def _new_entrant(src: Sources, indicator: Indicator) -> str:
    """Return the new-entrant rule of an indicator when one of its categories is new, else ""."""
    lang, profile = src.lang, src.dossier.profile
    rule = indicator.text("new_entrant", lang)
    if profile is None or not rule or profile.audit_type == "renewal":
        return ""
    new = profile.new_entrant_for(indicator.categories)
    if not new:
        return ""
    stage = "surveillance" if profile.audit_type == "surveillance" else "initial"
    sentence = text(lang, f"doc.note.new_entrant.{stage}", rule=rule)
    if new != profile.categories:  # only some categories are new: say which
        names = ", ".join(c for c in CATEGORIES if c in new)
        sentence += " " + text(lang, "doc.note.new_entrant.categories", categories=names)
    return sentence


def _grading(src: Sources, indicator: Indicator) -> str:
    lang = src.lang
    overrides = dict(src.settings.nc_grading)
    grading = overrides.get(indicator.number, indicator.nc_grading)
    sentence = text(lang, f"doc.grading.{grading}")
    if indicator.number in overrides:
        sentence += " " + text(lang, "doc.grading.overridden")
    return sentence


def grading_caveat(src: Sources, numbers: tuple[int, ...]) -> str:
    """Return, once for the document, why the grading of these indicators is provisional."""
    overrides = dict(src.settings.nc_grading)
    provisional = any(
        src.referential.indicator(n).nc_grading_provisional and n not in overrides for n in numbers
    )
    return text(src.lang, "doc.grading.provisional") if provisional else ""


def improvements_note(src: Sources, number: int) -> tuple[str, str]:
    """Return (note, gap mark) about the improvement actions shown under indicator 32."""
    if number != register_indicator("improvements"):
        return "", ""
    lang = src.lang
    actions = src.dossier.improvements
    if not actions:
        return text(lang, "doc.improvements.none"), text(lang, "doc.todo")
    expected = risk_analysis_expected(src.report.version)
    if expected and not any(a.source == "risk_analysis" for a in actions):
        return text(lang, "doc.improvements.no_risk_analysis"), text(lang, "doc.todo")
    if expected:
        return text(lang, "doc.improvements.risk_analysis"), ""
    return "", ""
