"""The context of the complaint register (indicator 31): counts, handling times, entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, partial

from pipeline.core.model import Complaint, Lang
from pipeline.i18n import text
from pipeline.render.context.common import Document, ImprovementRow, Sources, document, label
from pipeline.render.context.improvements import (
    certification_date,
    linked_improvements,
    period,
)
from pipeline.render.formats import clean, days, maybe_date, typeset_rows


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
        entries=_rows(lang, entries),
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


def _rows(lang: Lang, entries: Sequence[Complaint]) -> tuple[ComplaintRow, ...]:
    """Return the register's rows, column by column: a register repeats few values, so each
    distinct date, label and text is set, and typeset, once (see `typeset_rows`)."""
    day = cache(partial(maybe_date, lang=lang))
    labelled = cache(partial(label, lang))
    cleaned = cache(clean)
    listed = cache(lambda ids: clean(", ".join(ids)))
    return typeset_rows(
        ComplaintRow,
        lang,
        id=[cleaned(c.id) for c in entries],
        received=[day(c.received) for c in entries],
        group=[labelled("stakeholder", c.group) for c in entries],
        channel=[labelled("channel", c.channel) for c in entries],
        subject=[cleaned(c.subject) for c in entries],
        description=[cleaned(c.description) for c in entries],
        acknowledged=[day(c.acknowledged) for c in entries],
        answer=[cleaned(c.answer) for c in entries],
        answered=[day(c.answered) for c in entries],
        closed=[day(c.closed) for c in entries],
        status=[labelled("complaint_status", c.status) for c in entries],
        improvements=[listed(c.improvement_ids) for c in entries],
    )
