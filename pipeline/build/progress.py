"""Where a build is, for a progress display: organisation n of N, and what it is doing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Phase = Literal["reading", "writing", "done"]


@dataclass(frozen=True, slots=True)
class Step:
    """Organisation `number` of `total`, and what it is doing ("reading" its workbooks,
    "writing" `documents`, or "done")."""

    number: int
    total: int
    organisation: str
    phase: Phase
    documents: tuple[str, ...] = ()


Progress = Callable[[Step], None]
# What one organisation's build says of itself: its phase, and the documents being written.
Tell = Callable[..., None]


def quiet(step: Step) -> None:
    """Hear nothing (a build without a progress display)."""


def silent(phase: Phase, documents: tuple[str, ...] = ()) -> None:
    """Hear nothing (one organisation built without a progress display)."""


def teller(progress: Progress, number: int, total: int, name: str) -> Tell:
    """Return what organisation `number` of `total` calls to report its phase to `progress`."""

    def tell(phase: Phase, documents: tuple[str, ...] = ()) -> None:
        progress(Step(number, total, name, phase, documents))

    return tell
