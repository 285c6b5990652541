"""How ready each indicator is for the audit, and the summary counts the preparation opens with.

One vocabulary: an indicator's status is shown in the words the self-assessment grid offers
(`choice.status.*`), plus "open non-conformity", which only the non-conformity register decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pipeline.core.model import Applicability, IndicatorEntry, Lang, Report
from pipeline.i18n import choice, text
from pipeline.render.context.common import Sources
from pipeline.render.context.flags import error_codes, errors_on
from pipeline.render.context.scope import ScopeMarks
from pipeline.render.formats import join

Readiness = Literal["ready", "to_complete", "not_applicable", "open_nc"]
READINESS: tuple[Readiness, ...] = ("ready", "to_complete", "open_nc", "not_applicable")
ALERTS: frozenset[Readiness] = frozenset({"to_complete", "open_nc"})
# Why an applicable indicator is to complete, in the order a reader fixes them.
Gap = Literal["error", "evidence", "no_approach", "no_evidence", "declared", "undeclared"]


@dataclass(frozen=True, slots=True)
class CountRow:
    """A label and how many items carry it."""

    key: str
    """Stable key, e.g. "ready", "to_complete", "open_nc", "not_applicable"."""
    label: str
    """What users read."""
    count: int
    """How many."""


@dataclass(frozen=True, slots=True)
class IndicatorSummary:
    """One indicator's line in the summary table."""

    number: int
    """Indicator number."""
    criterion: int
    """Criterion number."""
    readiness: str
    """Status when all is well (Ready, Not applicable), else ""."""
    readiness_alert: str
    """Status when something is missing (To complete, Open non-conformity), else ""."""
    key: str
    """Stable readiness key: ready, to_complete, open_nc, not_applicable."""
    scope_mark: str = ""
    """After the number: the mark of an indicator a surveillance or reduced audit checks
    (a no-break space and "★"), else ""."""


@dataclass(frozen=True, slots=True)
class CriterionSummary:
    """One criterion's line in the summary: which indicators apply, and how ready they are."""

    number: int
    """Criterion number (1 to 7)."""
    title: str
    """Official title of the criterion."""
    applicable: str
    """Numbers of the applicable indicators, e.g. "1, 2, 3"."""
    applicable_count: int
    """How many indicators of this criterion apply."""
    ready: int
    """How many are ready."""
    to_complete: int
    """How many are to complete."""
    open_nc: int
    """How many carry an open non-conformity."""


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary of the preparation: applicability and readiness."""

    applicable: int
    """How many indicators apply to the organisation."""
    total: int
    """How many indicators the referential version has."""
    readiness: tuple[CountRow, ...]
    """Indicators per status, in the grid's words: Ready, To complete, Open non-conformity, Not
    applicable."""
    criteria: tuple[CriterionSummary, ...]
    """One line per criterion."""
    indicators: tuple[IndicatorSummary, ...]
    """One line per indicator of the referential."""
    scope_legend: str = ""
    """What the scope mark means, for a surveillance or reduced audit; "" otherwise (every
    applicable indicator is checked, nothing is marked)."""


def readiness_of(
    item: Applicability,
    entry: IndicatorEntry | None,
    evidence: Sequence[object],
    open_ncs: int,
    flawed: bool = False,
) -> Readiness:
    """Return an indicator's readiness: approach and evidence written, no open NC, or why not.

    `flawed` (an error finding on the indicator, its grid row or its evidence) is never ready,
    whatever status the grid declares.
    """
    if not item.applies:
        return "not_applicable"
    if open_ncs:
        return "open_nc"
    if flawed:
        return "to_complete"
    if entry is not None and entry.status == "ready" and entry.approach.strip() and evidence:
        return "ready"
    return "to_complete"


def gaps_of(
    report: Report,
    number: int,
    entry: IndicatorEntry | None,
    evidence: tuple[int, bool],
    in_error: frozenset[int],
) -> tuple[Gap, ...]:
    """Return why an applicable indicator is not ready: errors, evidence, approach, its status.

    `evidence` is (how many proofs are cited, whether one is marked to correct); an evidence
    error already marked on its row is not said twice.
    """
    cited, evidence_flawed = evidence
    found: list[Gap] = []
    origin = entry.origin if entry else None
    if number in in_error or (origin is not None and errors_on(report, origin)):
        errors = error_codes(report, number, origin)
        if any(not (evidence_flawed and c.startswith("EVIDENCE_")) for c in errors):
            found.append("error")
    if evidence_flawed:
        found.append("evidence")
    if entry is None or not entry.approach.strip():
        found.append("no_approach")
    if not cited:
        found.append("no_evidence")
    if entry is None or entry.status is None:
        found.append("undeclared")
    elif entry.status != "ready":
        found.append("declared")
    return tuple(found)


def status_word(lang: Lang, key: Readiness) -> str:
    """Return the word of a status: the grid's word, or "open non-conformity"."""
    return text(lang, "doc.status.open_nc") if key == "open_nc" else choice(lang, "status", key)


def readiness_label(lang: Lang, key: Readiness) -> tuple[str, str]:
    """Return (label, alert label): exactly one is filled, the alert when work remains."""
    label = status_word(lang, key)
    return ("", label) if key in ALERTS else (label, "")


def status_with_reasons(
    lang: Lang, key: Readiness, gaps: Sequence[Gap], entry: IndicatorEntry | None
) -> str:
    """Return the status word followed by why the indicator is to complete, if it is."""
    word = status_word(lang, key)
    if key != "to_complete" or not gaps:
        return word
    declared = choice(lang, "status", entry.status) if entry and entry.status else ""
    reasons = [text(lang, f"doc.status.reason.{gap}", status=declared) for gap in gaps]
    return text(lang, "doc.status.with_reasons", status=word, reasons=join(lang, reasons))


def summary(src: Sources, states: dict[int, Readiness], scope: ScopeMarks) -> Summary:
    """Return the summary block from each indicator's readiness and the audit's scope marks."""
    lang, ref = src.lang, src.referential
    counts = [
        CountRow(
            key,
            status_word(lang, key),
            sum(1 for state in states.values() if state == key),
        )
        for key in READINESS
    ]
    rows = []
    for number, state in states.items():
        shown, alert = readiness_label(lang, state)
        under = ref.indicator(number).criterion
        rows.append(IndicatorSummary(number, under, shown, alert, state, scope.of(number)))
    criteria = []
    for criterion in ref.criteria:
        mine = [r for r in rows if r.criterion == criterion.number and r.key != "not_applicable"]
        criteria.append(
            CriterionSummary(
                number=criterion.number,
                title=criterion.title(lang),
                applicable=join(lang, [str(r.number) for r in mine]) or "—",
                applicable_count=len(mine),
                ready=sum(1 for r in mine if r.key == "ready"),
                to_complete=sum(1 for r in mine if r.key == "to_complete"),
                open_nc=sum(1 for r in mine if r.key == "open_nc"),
            )
        )
    applicable = sum(1 for state in states.values() if state != "not_applicable")
    return Summary(
        applicable, len(states), tuple(counts), tuple(criteria), tuple(rows), scope.legend
    )
