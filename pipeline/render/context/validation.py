"""The context of the validation report: every finding, grouped by file, what was not built, and
the passages a merge found changed both by hand and in the workbooks."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from pipeline.core.model import Finding, Lang, MergeConflict
from pipeline.i18n import text
from pipeline.render.context.common import Document, Sources, document
from pipeline.render.formats import clean, counted


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One finding."""

    severity: str
    """Error or Warning."""
    code: str
    """Stable code, e.g. EVIDENCE_FILE_MISSING."""
    sheet: str
    """Sheet of the workbook."""
    cell: str
    """Cell, e.g. "D14"."""
    indicator: str
    """Indicator concerned, or ""."""
    message: str
    """What is wrong."""
    hint: str
    """How to fix it."""


@dataclass(frozen=True, slots=True)
class FindingFile:
    """The findings of one input file."""

    name: str
    """File, relative to the workspace (or "Workspace" for findings about no file)."""
    errors: int
    """Errors in this file."""
    warnings: int
    """Warnings in this file."""
    counts: str
    """Both counts in words, e.g. "1 error, 2 warnings"."""
    findings: tuple[FindingRow, ...]
    """Its findings, errors first."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that was not produced, and why."""

    name: str
    """File name of the document."""
    reason: str
    """Why it was not produced, and what to do."""


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A passage of a document changed both by hand (in Word) and in the workbooks."""

    document: str
    """File name of the document."""
    section: str
    """Where the passage is: its headings, e.g. "Indicator 1 › Our approach"."""
    mine: str
    """The text written by hand (or that it was deleted)."""
    theirs: str
    """The new text from the workbooks (or that they no longer produce it)."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Variables of the validation report (validation-report.docx)."""

    doc: Document
    """The document itself: title, organisation, generation date, referential."""
    referential_reason: str
    """Which referential judged the dossier, and why."""
    errors: int
    """Number of errors."""
    warnings: int
    """Number of warnings."""
    verdict: str
    """One sentence: ready to build, or what must be fixed."""
    files: tuple[FindingFile, ...]
    """Findings grouped by file."""
    empty: str
    """"No finding" when all is well, else ""."""
    skipped: tuple[Skipped, ...]
    """Documents not produced, with the reason."""
    conflicts: tuple[ConflictRow, ...]
    """Passages changed both by hand and in the workbooks at this build (both texts are kept)."""
    conflicts_said: str
    """How many such passages, and what to do; "" when none."""


def validation_report(
    src: Sources,
    skipped: tuple[tuple[str, str], ...],
    conflicts: tuple[MergeConflict, ...] = (),
) -> ValidationReport:
    """Return the context of the validation report; `skipped` is (document name, reason),
    `conflicts` the passages the merges of this build found changed on both sides."""
    lang = src.lang
    findings = src.report.findings
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    said = counted(lang, "doc.count.warnings", warnings)
    verdict = (
        text(lang, "doc.validation.verdict.errors", errors=_errors(lang, errors), warnings=said)
        if errors
        else text(lang, "doc.validation.verdict.ok", warnings=said)
    )
    return ValidationReport(
        doc=document(src, "doc.title.validation_report"),
        referential_reason=src.report.version_reason,
        errors=errors,
        warnings=warnings,
        verdict=verdict,
        files=_files(lang, findings),
        empty="" if findings else text(lang, "doc.validation.none"),
        skipped=tuple(Skipped(name, reason) for name, reason in skipped),
        conflicts=tuple(_conflict(lang, conflict) for conflict in conflicts),
        conflicts_said=_conflicts_said(lang, len(conflicts)),
    )


def _conflict(lang: Lang, conflict: MergeConflict) -> ConflictRow:
    return ConflictRow(
        document=clean(conflict.document),
        section=clean(conflict.section),
        mine=clean(conflict.mine) or text(lang, "doc.validation.conflict.deleted"),
        theirs=clean(conflict.theirs) or text(lang, "doc.validation.conflict.removed"),
    )


def _conflicts_said(lang: Lang, count: int) -> str:
    if not count:
        return ""
    return text(lang, "doc.validation.conflicts", count=counted(lang, "doc.count.conflicts", count))


def _files(lang: Lang, findings: tuple[Finding, ...]) -> tuple[FindingFile, ...]:
    order = {f.file: i for i, f in reversed(list(enumerate(findings)))}
    ranked = sorted(findings, key=lambda f: (order[f.file], f.severity != "error"))
    files = []
    for name, group in groupby(ranked, key=lambda f: f.file):
        rows = tuple(_row(lang, f) for f in group)
        errors = sum(1 for f in rows if f.severity == text(lang, "doc.severity.error"))
        files.append(
            FindingFile(
                clean(name) or text(lang, "doc.validation.no_file"),
                errors,
                len(rows) - errors,
                _counts(lang, errors, len(rows) - errors),
                rows,
            )
        )
    return tuple(files)


def _row(lang: Lang, finding: Finding) -> FindingRow:
    return FindingRow(
        severity=text(lang, f"doc.severity.{finding.severity}"),
        code=finding.code,
        sheet=clean(finding.sheet),
        cell=finding.cell,
        indicator=str(finding.indicator) if finding.indicator is not None else "",
        message=clean(finding.message),
        hint=clean(finding.hint),
    )


def _errors(lang: Lang, count: int) -> str:
    return counted(lang, "doc.count.errors", count)


def _counts(lang: Lang, errors: int, warnings: int) -> str:
    said = counted(lang, "doc.count.warnings", warnings)
    return text(lang, "doc.validation.file_counts", errors=_errors(lang, errors), warnings=said)
