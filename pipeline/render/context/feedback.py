"""The context of the feedback register (indicator 30): coverage of the four groups, scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, partial

from pipeline.core.layout import CHOICES
from pipeline.core.model import STAKEHOLDERS, Feedback, Lang, Stakeholder
from pipeline.core.rules import score_fits_scale
from pipeline.i18n import choice, text
from pipeline.referential.registers import feedback_requirements
from pipeline.render.context.common import Document, ImprovementRow, Sources, document
from pipeline.render.context.improvements import (
    certification_date,
    linked_improvements,
    period,
)
from pipeline.render.formats import clean, maybe_date, number, typeset_rows

# Whose feedback indicator 30 requires is referential data (pipeline/referential/registers.py).
DEFAULT_SCALE = Decimal(10)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """Coverage of one stakeholder group."""

    key: str
    """Stable key: beneficiaries, funders, teaching_teams, companies."""
    label: str
    """Group name."""
    required: str
    """Whether its feedback is required: Required, Where applicable, Not required."""
    count: int
    """Number of entries."""
    mean: str
    """Mean score on the register's scale, e.g. "4.2 / 5", or "—"."""
    flag: str
    """Coverage remark when nothing is missing, else ""."""
    flag_alert: str
    """Coverage alert when a required group has no entry, else ""."""


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One feedback entry."""

    date: str
    """Date collected."""
    group: str
    """Stakeholder group."""
    action: str
    """Action or session concerned."""
    method: str
    """How it was collected."""
    score: str
    """Score as given, with its scale, e.g. "4 / 5" ("" when it does not fit its scale)."""
    score_todo: str
    """Gap mark with the reason when the score does not fit its scale, else ""."""
    comment: str
    """Comment."""
    improvements: str
    """Linked improvement action ids."""


@dataclass(frozen=True, slots=True)
class FeedbackRegister:
    """Variables of the feedback register (feedback-register.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    period: str
    """Period covered."""
    total: int
    """Number of entries."""
    groups: tuple[GroupRow, ...]
    """Coverage of the four stakeholder groups."""
    rule: str
    """Which groups are required, and why."""
    scale: str
    """How mean scores are normalised."""
    entries: tuple[FeedbackRow, ...]
    """Every entry, in the order of the workbook."""
    empty: str
    """"No feedback recorded" when there is none, else ""."""
    improvements: tuple[ImprovementRow, ...]
    """Improvement actions linked to feedback."""
    improvements_none: str
    """"No linked improvement action" when there is none, else ""."""


def feedback_register(src: Sources) -> FeedbackRegister:
    """Return the context of the feedback register."""
    lang = src.lang
    entries = src.dossier.feedback
    scale = _common_scale(entries)
    required, rule = _requirements(src)
    cited = {ref.strip().casefold() for e in entries for ref in e.improvement_ids}
    improvements = linked_improvements(src, cited, "feedback")
    return FeedbackRegister(
        doc=document(src, "doc.title.feedback_register"),
        period=period(lang, (e.date for e in entries), certification_date(src), src.today),
        total=len(entries),
        groups=tuple(
            _group(lang, g, mine, scale, required[g]) for g, mine in _by_group(entries).items()
        ),
        rule=rule,
        scale=text(lang, "doc.feedback.scale", scale=number(scale, lang)),
        entries=_rows(lang, entries),
        empty="" if entries else text(lang, "doc.feedback.none"),
        improvements=improvements,
        improvements_none="" if improvements else text(lang, "doc.linked.none"),
    )


def _requirements(src: Sources) -> tuple[dict[Stakeholder, str], str]:
    needed = feedback_requirements(src.report.version, src.dossier.profile)
    bc_only = needed["funders"] == "not_required"
    rule = text(src.lang, "doc.feedback.rule.bc_only" if bc_only else "doc.feedback.rule.all")
    if not bc_only and needed["funders"] == "where_applicable":
        rule += " " + text(src.lang, "doc.feedback.rule.v10_funders")
    if not bc_only and needed["companies"] == "where_applicable":
        rule += " " + text(src.lang, "doc.feedback.rule.companies")
    return dict(needed), rule


def _common_scale(entries: Sequence[Feedback]) -> Decimal:
    scales = {e.scale for e in entries if e.score is not None and e.scale}
    return scales.pop() if len(scales) == 1 else DEFAULT_SCALE


def _by_group(entries: Sequence[Feedback]) -> dict[Stakeholder, list[Feedback]]:
    """Return the entries of each stakeholder group, in the order of the workbook."""
    found: dict[Stakeholder | None, list[Feedback]] = {group: [] for group in STAKEHOLDERS}
    for entry in entries:
        found.setdefault(entry.group, []).append(entry)
    return {group: found[group] for group in STAKEHOLDERS}


def _group(
    lang: Lang, group: Stakeholder, mine: Sequence[Feedback], scale: Decimal, requirement: str
) -> GroupRow:
    fits = cache(score_fits_scale)  # a register repeats few (score, scale) pairs
    # A score outside its scale is a data error: it never enters the mean.
    scores = [
        e.score / e.scale
        for e in mine
        if e.score is not None and e.scale and fits(e.score, e.scale)
    ]
    mean = "—"
    if scores:
        average = sum(scores, Decimal(0)) / len(scores) * scale
        mean = text(
            lang, "doc.feedback.score", score=number(average, lang, 1), scale=number(scale, lang)
        )
    flag, alert = "", ""
    if mine:
        flag = text(lang, "doc.feedback.covered")
    elif requirement == "not_required":
        flag = text(lang, "doc.feedback.not_required_empty")
    else:
        alert = text(lang, f"doc.feedback.missing.{requirement}")
    return GroupRow(
        group,
        choice(lang, "stakeholder", group),
        text(lang, f"doc.feedback.requirement.{requirement}"),
        len(mine),
        mean,
        flag,
        alert,
    )


def _rows(lang: Lang, entries: Sequence[Feedback]) -> tuple[FeedbackRow, ...]:
    """Return the register's rows, column by column: a register repeats few values, so each
    distinct date, label, score and text is set, and typeset, once (see `typeset_rows`)."""
    groups = {key: choice(lang, "stakeholder", key) for key in STAKEHOLDERS}
    methods = {key: choice(lang, "method", key) for key in CHOICES["method"]}
    day = cache(partial(maybe_date, lang=lang))
    scored = cache(partial(_scored, lang=lang))
    cleaned = cache(clean)
    listed = cache(lambda ids: clean(", ".join(ids)))
    scores = [scored(e.score, e.scale) for e in entries]
    return typeset_rows(
        FeedbackRow,
        lang,
        date=[day(e.date) for e in entries],
        group=[groups[e.group] if e.group else "" for e in entries],
        action=[cleaned(e.action) for e in entries],
        method=[methods[e.method] if e.method else "" for e in entries],
        score=[score for score, _ in scores],
        score_todo=[todo for _, todo in scores],
        comment=[cleaned(e.comment) for e in entries],
        improvements=[listed(e.improvement_ids) for e in entries],
    )


def _scored(score: Decimal | None, scale: Decimal | None, lang: Lang) -> tuple[str, str]:
    """Return the score as shown and its gap mark (see FeedbackRow.score, .score_todo)."""
    return _score(score, scale, lang), _score_todo(score, scale, lang)


@cache
def _score(score: Decimal | None, scale: Decimal | None, lang: Lang) -> str:
    if score is None or _score_todo(score, scale, lang):
        return ""
    if not scale:
        return number(score, lang)
    return text(lang, "doc.feedback.score", score=number(score, lang), scale=number(scale, lang))


def _score_todo(score: Decimal | None, scale: Decimal | None, lang: Lang) -> str:
    if score is None or scale is None or score_fits_scale(score, scale):
        return ""
    return text(lang, "doc.feedback.score_invalid")
