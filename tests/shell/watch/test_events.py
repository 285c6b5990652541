"""Which watchdog events wake which organisation (events are hints; reads never count)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.shell.watch.events import EVERYTHING, Hints, hint_target

INBOX = Path("/ws/inbox")

HINTS = [
    # (path under the inbox, is a folder, event type, organisation woken)
    ("grid.xlsx", False, "modified", ""),
    ("grid.xlsx", False, "closed", ""),
    ("acme/grid.xlsx", False, "created", "acme"),
    ("acme/grid.xlsx", False, "moved", "acme"),  # Excel's final rename, by its destination
    ("acme/grid.xlsx", False, "deleted", "acme"),
    ("acme/grid.xlsx", False, "opened", None),  # someone (or we) reading it
    ("acme/grid.xlsx", False, "closed_no_write", None),
    ("acme/~$grid.xlsx", False, "created", None),
    ("acme/.~lock.grid.xlsx#", False, "created", None),
    ("acme/ABCD1234.tmp", False, "modified", None),
    ("acme/3F2A1B9C", False, "moved", None),
    ("acme/grid.xlsx.partial", False, "modified", None),
    ("acme/2026/grid.xlsx", False, "created", None),  # deeper than one folder
    ("acme", True, "created", EVERYTHING),  # a new organisation folder
    ("acme", True, "moved", EVERYTHING),
    ("acme", True, "deleted", EVERYTHING),
    ("acme", True, "modified", None),  # follows every change inside: the file events suffice
    ("acme/2026", True, "created", None),
]


@pytest.mark.parametrize(
    ("relative", "folder", "kind", "expected"), HINTS, ids=[f"{row[2]}:{row[0]}" for row in HINTS]
)
def test_hint_target(relative: str, folder: bool, kind: str, expected: str | None) -> None:
    assert hint_target(INBOX, INBOX / relative, folder, kind) == expected


def test_hints_are_taken_once() -> None:
    hints = Hints()
    hints.add("acme")
    hints.add("beta")
    hints.add("acme")

    assert hints.take() == (False, frozenset({"acme", "beta"}))
    assert hints.take() == (False, frozenset())
    hints.add(EVERYTHING)
    assert hints.take() == (True, frozenset())
