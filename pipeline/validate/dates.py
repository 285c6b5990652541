"""Dates: events recorded as having happened cannot lie in the future; month arithmetic."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from pipeline.core.model import Finding, SheetKind
from pipeline.validate.context import Context
from pipeline.validate.structure import indicator_of, records

# Fields that record something that already happened (planned dates such as `due` are not here).
PAST_EVENTS: tuple[tuple[SheetKind, tuple[str, ...]], ...] = (
    ("profile", ("certification_date",)),
    ("indicators", ("last_review",)),
    ("feedback", ("date",)),
    ("complaints", ("received", "acknowledged", "answered", "closed")),
    ("nonconformities", ("audit_date",)),
)


def add_months(day: date, months: int) -> date:
    """Return the same day `months` later (the last day of the month when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_findings(ctx: Context) -> Iterator[Finding]:
    """Report dates of past events that are later than today."""
    for kind, keys in PAST_EVENTS:
        for record in records(ctx.dossier, kind):
            for key in keys:
                value = getattr(record, key)
                if isinstance(value, date) and value > ctx.today:
                    yield ctx.at(
                        "warning",
                        "DATE_IN_FUTURE",
                        record.origin,
                        key,
                        indicator_of(record),
                        column=ctx.column(kind, key),
                        date=ctx.date(value),
                        today=ctx.date(ctx.today),
                    )
