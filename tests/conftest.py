"""Shared fixtures: real files only; the clock is the one thing tests may fix."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 27)


@pytest.fixture
def today() -> date:
    """The date tests build on, so that outputs do not depend on the day they run."""
    return TODAY
