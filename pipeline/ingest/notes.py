"""Collect what reading one file found wrong, each finding located by file, sheet and cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from pipeline.core.model import Finding, Lang, Severity, SheetKind
from pipeline.i18n import text
from pipeline.i18n.finding import finding
from pipeline.ingest.cells import Problem


@dataclass(slots=True)
class Notes:
    """The findings of one file, in the workspace language."""

    lang: Lang
    file: str
    items: list[Finding] = field(default_factory=list)

    def add(
        self,
        severity: Severity,
        code: str,
        sheet: str = "",
        cell: str = "",
        indicator: int | None = None,
        **params: object,
    ) -> None:
        """Record one finding; `params` fill the message and hint of `finding.<code>`.

        Texts may also use {name} (the file's name) and {tab} (the sheet's name).
        """
        self.items.append(
            finding(
                self.lang,
                severity,
                code,
                self.file,
                sheet,
                cell,
                indicator,
                name=PurePosixPath(self.file).name,
                tab=sheet,
                **params,
            )
        )

    def problem(
        self,
        problem: Problem,
        kind: SheetKind,
        key: str,
        sheet: str,
        cell: str,
        indicator: int | None = None,
    ) -> None:
        """Record a cell whose value could not be read, naming its column."""
        self.add(
            problem.severity,
            problem.code,
            sheet,
            cell,
            indicator,
            column=self.label(kind, key),
            **dict(problem.params),
        )

    def label(self, kind: SheetKind, key: str) -> str:
        """Return the header label users see for column `key` of `kind`."""
        return text(self.lang, f"col.{kind}.{key}")

    def quoted(self, labels: Sequence[str]) -> str:
        """Return labels quoted as the workspace language writes them, separated by commas."""
        if self.lang == "fr":
            return ", ".join(f"«\u00a0{label}\u00a0»" for label in labels)
        return ", ".join(f'"{label}"' for label in labels)

    def sheet_name(self, kind: SheetKind) -> str:
        """Return the usual name of a sheet of `kind`, in the workspace language."""
        return text(self.lang, f"sheet.{kind}")
