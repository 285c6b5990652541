"""The demo's dates: an upcoming surveillance audit inside its window, past events on workdays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.authoring.demo.calendar import calendar_for, months_before, working_day
from pipeline.referential import version_for

TODAYS = [
    date(2026, 11, 27),
    date(2026, 11, 28),
    date(2026, 11, 29),
    date(2027, 1, 31),
    date(2027, 2, 28),
    date(2028, 6, 30),
]


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_the_audit_is_a_surveillance_audit_six_weeks_ahead(today: date) -> None:
    cal = calendar_for(today)
    assert timedelta(weeks=6) <= cal.audit - today < timedelta(weeks=7)
    assert cal.audit.weekday() == 1  # a Tuesday
    assert version_for(cal.audit, None, today) == "V10"
    # Arrêté du 6 juin 2019, art. 2: surveillance between the 14th and 22nd month.
    assert months_before(cal.audit, 22) <= cal.certification <= months_before(cal.audit, 14)
    assert cal.initial_audit < cal.certification < today


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_past_days_stay_past_and_fall_on_workdays(today: date) -> None:
    cal = calendar_for(today)
    for offset in range(-400, 1):
        day = cal.day(offset)
        assert day.weekday() < 5 and day <= today


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 27), date(2026, 11, 27)),  # Friday
        (date(2026, 11, 28), date(2026, 11, 27)),  # Saturday -> Friday
        (date(2026, 11, 29), date(2026, 11, 27)),  # Sunday -> Friday
        (date(2026, 11, 30), date(2026, 11, 30)),  # Monday
    ],
)
def test_weekends_move_to_their_friday(day: date, expected: date) -> None:
    assert working_day(day) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 1, 12), 17, date(2025, 8, 12)),
        (date(2027, 3, 31), 1, date(2027, 2, 28)),
        (date(2027, 1, 5), 13, date(2025, 12, 5)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_same_day_same_calendar(today: date) -> None:
    assert calendar_for(today) == calendar_for(today)
