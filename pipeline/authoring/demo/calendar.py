"""The demo's dates, all derived from the day it is created so that it always looks current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

AUDIT_LEAD = timedelta(weeks=6)  # the planned surveillance audit, seen from today
MONTHS_CERTIFIED = 17  # surveillance window: 14th to 22nd month after certification
DECISION_DELAY = timedelta(weeks=5)  # from the initial audit to the certification decision
TUESDAY = 1


@dataclass(frozen=True, slots=True)
class Calendar:
    """Today, the planned audit, and the past certification it follows."""

    today: date
    audit: date
    certification: date
    initial_audit: date

    def day(self, offset: int) -> date:
        """Return the working day `offset` days from today (a weekend moves to its Friday)."""
        return working_day(self.today + timedelta(days=offset))

    def after_initial_audit(self, offset: int) -> date:
        """Return the working day `offset` days after the initial audit."""
        return working_day(self.initial_audit + timedelta(days=offset))


def calendar_for(today: date) -> Calendar:
    """Return the demo's calendar: a surveillance audit six weeks ahead, certified 17 months
    before it."""
    audit = _next_weekday(today + AUDIT_LEAD, TUESDAY)
    certification = working_day(months_before(audit, MONTHS_CERTIFIED))
    initial = _next_weekday(certification - DECISION_DELAY, TUESDAY)
    return Calendar(today=today, audit=audit, certification=certification, initial_audit=initial)


def months_before(day: date, months: int) -> date:
    """Return the same day of the month `months` earlier (28 at most, so it always exists)."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def working_day(day: date) -> date:
    """Return `day`, or the Friday before it when it falls on a weekend.

    Moving back keeps a past event in the past and a step never before the one it follows.
    """
    return day - timedelta(days=max(0, day.weekday() - 4))


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)
