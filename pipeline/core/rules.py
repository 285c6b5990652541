"""Domain rules that more than one stage needs, each written once (validation and documents agree).

Sources: arrêté du 6 juin 2019 (non-conformities) and the ministry's Q&A ([FAQ] 3.1, 3.2), as
transcribed in pipeline/referential/data/audit_rules.json.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from pipeline.core.model import NcStatus, NonConformity

# An NC is open until the organisation has corrected it; "corrected" then waits for the
# certifier's verification, and "closed" means verified. A status left empty counts as open:
# nothing says the NC was dealt with.
OPEN_NC_STATUSES: Final[frozenset[NcStatus]] = frozenset({"open", "action_planned"})
DONE_NC_STATUSES: Final[frozenset[NcStatus]] = frozenset({"corrected", "closed"})


def nc_is_open(nc: NonConformity) -> bool:
    """Return True while the organisation has not corrected a non-conformity."""
    return nc.status is None or nc.status in OPEN_NC_STATUSES


def nc_awaits_verification(nc: NonConformity) -> bool:
    """Return True when a non-conformity is corrected but not yet verified by the certifier."""
    return nc.status == "corrected"


def score_fits_scale(score: Decimal, scale: Decimal | None) -> bool:
    """Return True when a feedback score can be read on its scale (0 to a positive scale)."""
    return scale is not None and scale > 0 and 0 <= score <= scale


@dataclass(frozen=True, slots=True)
class MinorAccumulation:
    """Open minor non-conformities of one audit decision, counted per indicator."""

    audit: date | None
    indicators: frozenset[int]

    @property
    def count(self) -> int:
        """How many minor non-conformities count (one per indicator)."""
        return len(self.indicators)


def minor_accumulations(
    ncs: Iterable[NonConformity], threshold: int
) -> tuple[MinorAccumulation, ...]:
    """Return the audit decisions whose open minor NCs reach `threshold` (they count as a major).

    [FAQ] 3.2: several findings on one indicator are one non-conformity; [FAQ] 3.1: the count is
    made per audit decision, on the minors not lifted at that time.
    """
    per_audit: dict[date | None, set[int]] = defaultdict(set)
    for nc in ncs:
        if nc.grade == "minor" and nc_is_open(nc) and nc.indicator is not None:
            per_audit[nc.audit_date].add(nc.indicator)
    return tuple(
        MinorAccumulation(audit, frozenset(numbers))
        for audit, numbers in sorted(per_audit.items(), key=lambda item: item[0] or date.min)
        if len(numbers) >= threshold
    )
