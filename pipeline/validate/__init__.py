"""Validate: the Dossier read from the workbooks → a Report with every finding, in one pass."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from pipeline.core.model import Applicability, Dossier, Finding, Report
from pipeline.referential import load
from pipeline.referential.applicability import applicability
from pipeline.validate.claims import claim_findings, claimed_applicability
from pipeline.validate.codes import CODES
from pipeline.validate.complaints import complaint_findings
from pipeline.validate.context import Context
from pipeline.validate.dates import date_findings
from pipeline.validate.evidence import evidence_findings
from pipeline.validate.nonconformities import nc_findings
from pipeline.validate.preparation import preparation_findings
from pipeline.validate.profile_rules import profile_findings
from pipeline.validate.referential_rules import referential_findings
from pipeline.validate.registers import register_findings
from pipeline.validate.structure import structure_findings
from pipeline.validate.version import chosen_version, version_findings, version_reason
from pipeline.workspace import Settings

__all__ = ["CODES", "RULES", "sort_findings", "validate"]

Rule = Callable[[Context], Iterator[Finding]]

# Every rule, by concept; each returns its findings and never stops at the first.
RULES: tuple[Rule, ...] = (
    version_findings,
    structure_findings,
    profile_findings,
    referential_findings,
    claim_findings,
    preparation_findings,
    evidence_findings,
    register_findings,
    complaint_findings,
    nc_findings,
    date_findings,
)
# Codes that only say "this cell holds no usable value": when reading already reported that
# cell (an unreadable date, a value outside a list, a yes/no left blank), one finding is enough.
_READING_OVERLAP = frozenset({"REQUIRED_MISSING", "INDICATOR_UNKNOWN", "NO_CATEGORY"})
_CELL = re.compile(r"^([A-Z]*)(\d*)$")


def validate(dossier: Dossier, settings: Settings, today: date) -> Report:
    """Return the referential in force, what applies, and every finding about the dossier."""
    ref = load(chosen_version(dossier, settings, today))
    by_profile: dict[int, Applicability] = {}
    claimed: dict[int, Applicability] = {}
    if dossier.profile is not None:
        by_profile = {a.number: a for a in applicability(ref, dossier.profile, settings.lang)}
        claimed = {
            a.number: a
            for a in claimed_applicability(
                ref, dossier.profile, dossier.indicators or (), settings.lang
            )
        }
    ctx = Context(dossier, settings, ref, today, by_profile, claimed)
    ours = [item for rule in RULES for item in rule(ctx)]
    return Report(
        version=ref.version,
        version_reason=version_reason(ctx),
        applicability=tuple(claimed.values()),
        findings=sort_findings([*dossier.findings, *_not_read_twice(ours, dossier.findings)]),
    )


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Return findings in reading order: file, sheet, row, column (stable otherwise)."""
    return tuple(sorted(findings, key=lambda f: (f.file, f.sheet, *_row_column(f.cell))))


def _row_column(cell: str) -> tuple[int, int, str]:
    match = _CELL.match(cell)
    if not match:
        return (0, 0, cell)
    letters, row = match.groups()
    return (int(row or 0), len(letters), letters)


def _not_read_twice(ours: list[Finding], read: tuple[Finding, ...]) -> list[Finding]:
    reported = {(f.file, f.sheet, f.cell) for f in read if f.cell}
    return [
        f
        for f in ours
        if not (f.code in _READING_OVERLAP and (f.file, f.sheet, f.cell) in reported)
    ]
