"""What the command line prints: findings, applicability and build outcomes, as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.core.model import Delivery, Finding, Lang
from pipeline.i18n import document_name, text

if TYPE_CHECKING:
    from pipeline.build.flow import OrganisationResult
    from pipeline.build.pack import Pack
    from pipeline.build.scope import Scope


def findings_text(results: Sequence[OrganisationResult], lang: Lang) -> str:
    """Return the findings of every organisation, grouped by file, with a closing count."""
    lines: list[str] = []
    for result in results:
        lines += _organisation_heading(result, lang)
        lines += _findings_by_file(result.report.findings, lang)
    errors = sum(len(r.report.errors) for r in results)
    warnings = sum(len(r.report.findings) for r in results) - errors
    lines.append(text(lang, "cli.summary", errors=errors, warnings=warnings))
    return "\n".join(lines)


def findings_json(results: Sequence[OrganisationResult]) -> str:
    """Return `{"findings": [...]}` with every finding of every organisation."""
    return json.dumps(
        {
            "referential": [
                {
                    "organisation": r.name,
                    "version": r.report.version,
                    "reason": r.report.version_reason,
                }
                for r in results
            ],
            "findings": [f.as_dict() for r in results for f in r.report.findings],
            "notices": notice_lines(results, mark=""),
        },
        ensure_ascii=False,
        indent=2,
    )


def notice_lines(results: Sequence[OrganisationResult], mark: str = "ℹ ") -> list[str]:
    """Return, once each, what the build says for information (e.g. quotes read in a template)."""
    notices = dict.fromkeys(notice for result in results for notice in result.notices)
    return [mark + notice for notice in notices]


def _organisation_heading(result: OrganisationResult, lang: Lang) -> list[str]:
    lines = []
    if result.name:
        lines.append(text(lang, "cli.organisation", name=result.name))
    lines.append(text(lang, "cli.referential", reason=result.report.version_reason))
    return lines


def _findings_by_file(findings: Iterable[Finding], lang: Lang) -> list[str]:
    lines: list[str] = []
    for file, group in groupby(findings, key=lambda f: f.file):
        lines.append(file or text(lang, "cli.no_file"))
        for item in group:
            place = f"{item.sheet}!{item.cell}" if item.cell else item.sheet
            label = text(lang, f"cli.severity.{item.severity}")
            lines.append(f"  {label:<13} {place}  [{item.code}] {item.message}")
            if item.hint:
                lines.append(f"  {'':<13} → {item.hint}")
    return lines


def applicability_text(scopes: Sequence[Scope]) -> str:
    """Return, per organisation, every indicator with ✔/— and the reason; for a reduced or
    surveillance audit, ● marks the indicators it checks, with why."""
    lines: list[str] = []
    for scope in scopes:
        lang = scope.lang
        if scope.organisation:
            lines.append(text(lang, "cli.organisation", name=scope.organisation))
        lines.append(text(lang, "cli.referential", reason=scope.reason))
        if scope.limited:
            audit = text(lang, f"scope.name.{scope.audit}")
            lines.append(text(lang, "cli.scope", audit=audit, count=scope.checked))
        lines += _indicator_lines(scope)
        lines.append(
            text(
                lang, "cli.applicable_count", count=scope.applicable, total=len(scope.applicability)
            )
        )
        if scope.limited:
            lines.append(
                text(lang, "cli.scope_count", count=scope.checked, applicable=scope.applicable)
            )
    return "\n".join(lines)


def _indicator_lines(scope: Scope) -> list[str]:
    lines: list[str] = []
    for item, check in zip(scope.applicability, scope.checks, strict=True):
        criterion = scope.referential.indicator(item.number).criterion
        mark = "✔" if item.applies else "—"
        if not scope.limited:
            lines.append(f"  {mark} {item.number:>2} (C{criterion})  {item.reason}")
            continue
        dot = "●" if check.checked else " "
        lines.append(f"  {mark} {dot} {item.number:>2} (C{criterion})  {item.reason}")
        if item.applies:
            lines.append(f"  {'':<12}{check.reason}")
    return lines


def applicability_json(scopes: Sequence[Scope]) -> str:
    """Return a list of {number, criterion, applies, reason, audit, checked, scope_reason}
    objects."""
    rows = []
    for scope in scopes:
        for item, check in zip(scope.applicability, scope.checks, strict=True):
            indicator = scope.referential.indicator(item.number)
            row: dict[str, object] = {
                "number": item.number,
                "criterion": indicator.criterion,
                "applies": item.applies,
                "reason": item.reason,
                "referential": scope.referential.version,
                "audit": scope.audit,
                "checked": check.checked,
                "scope_reason": check.reason,
            }
            if scope.organisation:
                row["organisation"] = scope.organisation
            rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=2)


def created_lines(created: Sequence[Path], root: Path, lang: Lang) -> str:
    """Return what `init` or `demo` created, one path per line."""
    lines = [text(lang, "cli.created", path=str(root))]
    nested: dict[str, int] = {}
    for path in created:
        relative = _relative(path, root)
        folder, _, rest = relative.partition("/")
        if rest and folder != "inbox":
            nested[folder] = nested.get(folder, 0) + 1
        else:
            lines.append(f"  + {relative}")
    lines += [
        f"  + {folder}/ " + text(lang, "cli.files", count=count) for folder, count in nested.items()
    ]
    if not created:
        lines.append(text(lang, "cli.nothing_created"))
    return "\n".join(lines)


def build_lines(results: Sequence[OrganisationResult], lang: Lang) -> str:
    """Return, per organisation, the findings count and what happened to each document."""
    lines: list[str] = []
    for result in results:
        lines += _organisation_heading(result, lang)
        lines += _findings_by_file(result.report.findings, lang)
        errors = len(result.report.errors)
        lines.append(
            text(lang, "cli.summary", errors=errors, warnings=len(result.report.findings) - errors)
        )
        lines.append(text(lang, "cli.documents"))
        lines += [_delivery_line(delivery, lang) for delivery in result.deliveries]
        lines += [
            "  " + text(lang, "cli.not_made", name=document_name(lang, key), why=why)
            for key, why in result.not_made
        ]
        if not result.deliveries:
            lines.append(text(lang, "cli.no_documents"))
        lines += _pdf_lines(result, lang)
    lines += notice_lines(results)
    return "\n".join(lines)


def pack_lines(packs: Sequence[Pack], lang: Lang) -> str:
    """Return, per organisation, the pack written (or why not) and the cited files not found."""
    from pipeline.build.pack import size_text

    lines: list[str] = []
    for item in packs:
        if not item.path:
            lines.append(item.message)
            continue
        size = size_text(item.size, lang)
        lines.append(
            text(
                lang,
                "pack.written",
                path=item.path,
                documents=len(item.documents),
                files=len(item.evidence),
                size=size,
            )
        )
        lines += [text(lang, "pack.missing", path=path) for path in item.missing]
        lines += [item.pdf_note] if item.pdf_note else []
    return "\n".join(lines)


def _pdf_lines(result: OrganisationResult, lang: Lang) -> list[str]:
    if result.pdf_note:
        return [result.pdf_note]
    if not result.pdfs:
        return []
    return [text(lang, "pdf.heading"), *(_delivery_line(pdf, lang) for pdf in result.pdfs)]


def _delivery_line(delivery: Delivery, lang: Lang) -> str:
    line = text(lang, f"cli.delivery.{delivery.outcome}", name=delivery.name, path=delivery.path)
    note = delivery.note.replace("\n", "\n    ")  # a merge lists its conflicts, one a line
    return f"  {line}" + (f" — {note}" if note else "")


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
