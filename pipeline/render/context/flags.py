"""Which records carry an error finding, so that documents never show them as fine."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.core.model import Finding, Origin, Report

ROW = re.compile(r"(\d+)$")


def errors_on(report: Report, origin: Origin) -> tuple[Finding, ...]:
    """Return the error findings located on the row a record was read from."""
    if not origin.row:
        return ()
    return tuple(
        f
        for f in report.findings
        if f.severity == "error"
        and f.file == origin.file
        and f.sheet == origin.sheet
        and _row(f.cell) == origin.row
    )


def indicators_in_error(report: Report) -> frozenset[int]:
    """Return the indicators an error finding names."""
    return frozenset(
        f.indicator for f in report.findings if f.severity == "error" and f.indicator is not None
    )


def error_codes(report: Report, number: int, origin: Origin | None) -> frozenset[str]:
    """Return the codes of the error findings naming indicator `number` or on its grid row."""
    named = {f.code for f in report.findings if f.severity == "error" and f.indicator == number}
    return frozenset(named) | (codes(errors_on(report, origin)) if origin else frozenset())


def codes(findings: Iterable[Finding]) -> frozenset[str]:
    """Return the finding codes of `findings`."""
    return frozenset(f.code for f in findings)


def _row(cell: str) -> int:
    match = ROW.search(cell)
    return int(match.group(1)) if match else 0
