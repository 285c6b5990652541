"""Make Findings: the code says what is wrong, the catalogue of the workspace language says it."""

from __future__ import annotations

from pipeline.core.model import Finding, Lang, Severity
from pipeline.i18n import text


def finding(
    lang: Lang,
    severity: Severity,
    code: str,
    file: str,
    sheet: str,
    cell: str,
    indicator: int | None = None,
    **params: object,
) -> Finding:
    """Return a Finding whose message and hint come from `finding.<code>` / `hint.<code>`."""
    return Finding(
        severity=severity,
        code=code,
        file=file,
        sheet=sheet,
        cell=cell,
        indicator=indicator,
        message=text(lang, f"finding.{code}", **params),
        hint=text(lang, f"hint.{code}", **params),
    )
