"""The complaint register (indicator 31): dates in order, closed complaints really closed."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.core.model import Complaint, Finding
from pipeline.validate.context import Context

_AFTER_RECEIPT = ("acknowledged", "answered", "closed")


def complaint_findings(ctx: Context) -> Iterator[Finding]:
    """Report complaints whose dates contradict each other or whose closure is incomplete."""
    for complaint in ctx.dossier.complaints:
        yield from _order(ctx, complaint)
        yield from _closure(ctx, complaint)


def _order(ctx: Context, complaint: Complaint) -> Iterator[Finding]:
    received = complaint.received
    if received is not None:
        for key in _AFTER_RECEIPT:
            value = getattr(complaint, key)
            if value is not None and value < received:
                yield ctx.at(
                    "error",
                    "COMPLAINT_BEFORE_RECEIVED",
                    complaint.origin,
                    key,
                    31,
                    id=complaint.id,
                    column=ctx.column("complaints", key),
                    date=ctx.date(value),
                    received=ctx.date(received),
                )
    answered, closed = complaint.answered, complaint.closed
    if answered is not None and closed is not None and closed < answered:
        yield ctx.at(
            "error",
            "COMPLAINT_CLOSED_BEFORE_ANSWER",
            complaint.origin,
            "closed",
            31,
            id=complaint.id,
            date=ctx.date(closed),
            answered=ctx.date(answered),
        )


def _closure(ctx: Context, complaint: Complaint) -> Iterator[Finding]:
    if complaint.status == "closed":
        if complaint.closed is None:
            yield ctx.at(
                "warning",
                "COMPLAINT_CLOSED_NO_DATE",
                complaint.origin,
                "closed",
                31,
                id=complaint.id,
            )
        if not complaint.answer.strip() and complaint.answered is None:
            yield ctx.at(
                "warning",
                "COMPLAINT_CLOSED_NO_ANSWER",
                complaint.origin,
                "answer",
                31,
                id=complaint.id,
            )
    elif complaint.closed is not None and complaint.status is not None:
        yield ctx.at(
            "warning",
            "COMPLAINT_DATE_BUT_OPEN",
            complaint.origin,
            "status",
            31,
            id=complaint.id,
            date=ctx.date(complaint.closed),
            status=ctx.choice("complaint_status", complaint.status),
        )
