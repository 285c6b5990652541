"""How long delivery waits for a busy outbox: bounded backoff, with an injectable clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class Timing:
    """Backoff between attempts, the total time one delivery may wait, and the clock."""

    delays: tuple[float, ...] = (0.1, 0.25, 0.5, 1.0)  # seconds before each new attempt
    budget: float = 4.0  # seconds slept at most by one call to deliver, all documents together
    sleep: Callable[[float], None] = field(default=time.sleep)
    now: Callable[[], datetime] = field(default=_local_now)


class Backoff:
    """The waiting left to one delivery run; every retry of every document draws from it."""

    def __init__(self, timing: Timing) -> None:
        self.timing = timing
        self.spent = 0.0

    def wait(self, attempt: int) -> bool:
        """Sleep before attempt number `attempt` + 1; return False when no time is left."""
        if attempt >= len(self.timing.delays):
            return False
        delay = self.timing.delays[attempt]
        if self.spent + delay > self.timing.budget:
            return False
        self.spent += delay
        self.timing.sleep(delay)
        return True
