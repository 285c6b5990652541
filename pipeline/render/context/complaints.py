"""The context of the complaint register (indicator 31): counts, handling times, entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.core.model import Complaint, Lang
from pipeline.i18n import text
from pipeline.render.context.common import Document, ImprovementRow, Sources, document, label
from pipeline.render.context.improvements import (
    certification_date,
    linked_improvements,
    period,
)
from pipeline.render.formats import clean, days, maybe_date


@dataclass(frozen=True, slots=True)
class Delays:
    """How fast complaints are acknowledged and answered, in days from receipt."""

    acknowledge_mean: str
    """Mean time to acknowledge, e.g. "2.5 days", or "—"."""
    acknowledge_longest: str
    """Longest time to acknowledge."""
    answer_mean: str
    """Mean time to answer."""
    answer_longest: str
    """Longest time to answer."""
    not_acknowledged: int
    """Complaints not acknowledged yet."""
    not_answered: int
    """Complaints not answered yet."""


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """One complaint."""

    id: str
    """Identifier, e.g. "R-003"."""
    received: str
    """Date received."""
    group: str
    """Stakeholder group of the complainant."""
    channel: str
    """How it was received."""
    subject: str
    """Subject."""
    description: str
    """Description."""
    acknowledged: str
    """Date acknowledged."""
    answer: str
    """Answer given."""
    answered: str
    """Date answered."""
    closed: str
    """Date closed."""
    status: str
    """Open, In progress, Closed."""
    improvements: str
    """Linked improvement action ids."""


@dataclass(frozen=True, slots=True)
class ComplaintRegister:
    """Variables of the complaint register (complaint-register.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    period: str
    """Period covered."""
    received: int
    """Complaints received."""
    open: int
    """Complaints not closed (open or in progress)."""
    closed: int
    """Complaints closed."""
    delays: Delays
    """Handling times."""
    entries: tuple[ComplaintRow, ...]
    """Every complaint, in the order of the workbook."""
    empty: str
    """"No complaint received during the period" when there is none, else ""."""
    improvements: tuple[ImprovementRow, ...]
    """Improvement actions linked to complaints."""
    improvements_none: str
    """"No linked improvement action" when there is none, else ""."""


def complaint_register(src: Sources) -> ComplaintRegister:
    """Return the context of the complaint register."""
    lang = src.lang
    entries = src.dossier.complaints
    cited = {ref.strip().casefold() for c in entries for ref in c.improvement_ids}
    improvements = linked_improvements(src, cited, "complaint")
    closed = sum(1 for c in entries if c.status == "closed")
    return ComplaintRegister(
        doc=document(src, "doc.title.complaint_register"),
        period=period(lang, (c.received for c in entries), certification_date(src), src.today),
        received=len(entries),
        open=len(entries) - closed,
        closed=closed,
        delays=_delays(lang, entries),
        entries=tuple(_row(lang, c) for c in entries),
        empty="" if entries else text(lang, "doc.complaints.none"),
        improvements=improvements,
        improvements_none="" if improvements else text(lang, "doc.linked.none"),
    )


def _delays(lang: Lang, entries: Sequence[Complaint]) -> Delays:
    acknowledge = _spans(lang, [(c.received, c.acknowledged) for c in entries])
    answer = _spans(lang, [(c.received, c.answered) for c in entries])
    return Delays(
        acknowledge[0],
        acknowledge[1],
        answer[0],
        answer[1],
        sum(1 for c in entries if c.acknowledged is None),
        sum(1 for c in entries if c.answered is None),
    )


def _spans(lang: Lang, pairs: list[tuple[date | None, date | None]]) -> tuple[str, str]:
    spans = [
        (end - start).days
        for start, end in pairs
        if start is not None and end is not None and end >= start
    ]
    if not spans:
        return "—", "—"
    mean = Decimal(sum(spans)) / Decimal(len(spans))
    return days(mean, lang), days(max(spans), lang)


def _row(lang: Lang, item: Complaint) -> ComplaintRow:
    return ComplaintRow(
        id=clean(item.id),
        received=maybe_date(item.received, lang),
        group=label(lang, "stakeholder", item.group),
        channel=label(lang, "channel", item.channel),
        subject=clean(item.subject),
        description=clean(item.description),
        acknowledged=maybe_date(item.acknowledged, lang),
        answer=clean(item.answer),
        answered=maybe_date(item.answered, lang),
        closed=maybe_date(item.closed, lang),
        status=label(lang, "complaint_status", item.status),
        improvements=clean(", ".join(item.improvement_ids)),
    )
