"""What `validate` prints: a summary per file, then the findings that block the most first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pipeline.core.model import Finding, Lang
from pipeline.i18n import text
from pipeline.shell.present import notice_lines

if TYPE_CHECKING:
    from pipeline.build.flow import OrganisationResult

BRIEF = 10  # findings shown by `validate --brief`
_SEVERITY_RANK = {"error": 0, "warning": 1}


def prioritised(findings: Iterable[Finding]) -> list[Finding]:
    """Return the findings in the order to fix them.

    Errors before warnings; then problems with a whole file or sheet (no cell: nothing in it
    can be read or judged); then the kinds of problem that concern the most indicators (a
    missing approach in twenty indicators before a typo in one). Ties keep the file order.
    """
    listed = list(findings)
    reach = indicators_by_code(listed)
    return sorted(
        listed,
        key=lambda f: (_SEVERITY_RANK.get(f.severity, 2), f.cell != "", -reach[f.code], f.code),
    )


def indicators_by_code(findings: Iterable[Finding]) -> Counter[str]:
    """Return, per finding code, how many distinct indicators its findings concern."""
    pairs = {(f.code, f.indicator) for f in findings if f.indicator is not None}
    reach: Counter[str] = Counter(code for code, _ in pairs)
    return reach


def summary_lines(findings: Sequence[Finding], lang: Lang) -> list[str]:
    """Return the totals, then one line per file with its errors and warnings."""
    errors = sum(1 for f in findings if f.severity == "error")
    lines = [text(lang, "summary.total", errors=errors, warnings=len(findings) - errors)]
    per_file: dict[str, Counter[str]] = {}
    for finding in findings:
        per_file.setdefault(finding.file, Counter())[finding.severity] += 1
    for file, count in per_file.items():
        name = file or text(lang, "cli.no_file")
        lines.append(
            text(lang, "summary.file", file=name, errors=count["error"], warnings=count["warning"])
        )
    return lines


def finding_lines(findings: Sequence[Finding], lang: Lang) -> list[str]:
    """Return each finding on its own line (severity, file, place, code, message) and its hint."""
    reach = indicators_by_code(findings)
    lines: list[str] = []
    for item in findings:
        label = text(lang, f"cli.severity.{item.severity}")
        place = f"{item.sheet}!{item.cell}" if item.cell else item.sheet
        where = "  ".join(part for part in (item.file, place) if part)
        lines.append(f"  {label:<13} {where}  [{item.code}] {item.message}")
        if reach[item.code] > 1:
            lines.append(f"  {'':<13} ({text(lang, 'summary.indicators', count=reach[item.code])})")
        if item.hint:
            lines.append(f"  {'':<13} → {item.hint}")
    return lines


def validation_text(
    results: Sequence[OrganisationResult], lang: Lang, brief: bool, notes: Sequence[str] = ()
) -> str:
    """Return the whole `validate` report: per organisation a summary, then the findings."""
    lines: list[str] = []
    for result in results:
        if result.name:
            lines.append(text(lang, "cli.organisation", name=result.name))
        lines.append(text(lang, "cli.referential", reason=result.report.version_reason))
        findings = result.report.findings
        lines += summary_lines(findings, lang)
        ordered = prioritised(findings)
        shown = ordered[:BRIEF] if brief else ordered
        if shown:
            lines.append(text(lang, "summary.first"))
            lines += finding_lines(shown, lang)
        if len(ordered) > len(shown):
            lines.append(text(lang, "summary.more", count=len(ordered) - len(shown)))
    lines += [f"{text(lang, 'cli.severity.info')}  {note}" for note in notes]
    lines += notice_lines(results)
    errors = sum(len(r.report.errors) for r in results)
    warnings = sum(len(r.report.findings) for r in results) - errors
    lines.append(text(lang, "cli.summary", errors=errors, warnings=warnings))
    return "\n".join(lines)
