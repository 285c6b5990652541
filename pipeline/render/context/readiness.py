"""How ready each indicator is for the audit, and the summary counts the preparation opens with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pipeline.core.model import Applicability, IndicatorEntry, Lang
from pipeline.i18n import text
from pipeline.render.context.common import Sources
from pipeline.render.context.scope import ScopeMarks
from pipeline.render.formats import join

Readiness = Literal["ready", "to_complete", "not_applicable", "open_nc"]
READINESS: tuple[Readiness, ...] = ("ready", "to_complete", "open_nc", "not_applicable")
ALERTS: frozenset[Readiness] = frozenset({"to_complete", "open_nc"})


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
    """Readiness label when all is well (Ready, Not applicable), else ""."""
    readiness_alert: str
    """Readiness label when something is missing (To complete, Open non-conformity), else ""."""
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
    """Indicators per readiness: ready, to complete, open non-conformity, not applicable."""
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


def readiness_label(lang: Lang, key: Readiness) -> tuple[str, str]:
    """Return (label, alert label): exactly one is filled, the alert when work remains."""
    label = text(lang, f"doc.readiness.{key}")
    return ("", label) if key in ALERTS else (label, "")


def summary(src: Sources, states: dict[int, Readiness], scope: ScopeMarks) -> Summary:
    """Return the summary block from each indicator's readiness and the audit's scope marks."""
    lang, ref = src.lang, src.referential
    counts = [
        CountRow(
            key,
            text(lang, f"doc.readiness.{key}"),
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
