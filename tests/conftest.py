"""Shared fixtures: real files only; the clock is the one thing tests may fix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.office import CURRENT

TODAY = date(2026, 11, 27)


@pytest.fixture
def today() -> date:
    """The date tests build on, so that outputs do not depend on the day they run."""
    return TODAY


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[object]:
    """Remember the running test (tests/office.py checks its markers before starting soffice)."""
    token = CURRENT.set(item)
    try:
        return (yield)
    finally:
        CURRENT.reset(token)
