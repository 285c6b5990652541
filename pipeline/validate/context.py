"""What every rule reads: the dossier, the referential in force, the day, the language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.core.model import Applicability, Dossier, Finding, Lang, Origin, Severity, SheetKind
from pipeline.i18n import choice, text
from pipeline.i18n.finding import finding
from pipeline.i18n.formats import long_date, number
from pipeline.referential import Referential
from pipeline.workspace import Settings


@dataclass(frozen=True, slots=True)
class Context:
    """One validation run: the inputs every rule shares, and how rules word and place findings."""

    dossier: Dossier
    settings: Settings
    ref: Referential
    today: date
    by_profile: Mapping[int, Applicability]  # from the profile alone
    applicability: Mapping[int, Applicability]  # after the organisation's accepted claims

    @property
    def lang(self) -> Lang:
        return self.settings.lang

    def at(
        self,
        severity: Severity,
        code: str,
        origin: Origin,
        key: str,
        indicator: int | None = None,
        **params: object,
    ) -> Finding:
        """Return a finding located at field `key` of the record read at `origin`."""
        return finding(
            self.lang,
            severity,
            code,
            origin.file,
            origin.sheet,
            origin.cell(key),
            indicator,
            **params,
        )

    def on_sheet(
        self,
        severity: Severity,
        code: str,
        kind: SheetKind,
        indicator: int | None = None,
        **params: object,
    ) -> Finding:
        """Return a finding about a whole sheet (or, when absent, the sheet it should be)."""
        file, sheet = self.dossier.where(kind)
        name = sheet or text(self.lang, f"sheet.{kind}")
        return finding(
            self.lang, severity, code, file, name, "", indicator, sheet_name=name, **params
        )

    def applies(self, number: int) -> bool:
        """Return True when indicator `number` applies, claims accepted included."""
        item = self.applicability.get(number)
        return item is not None and item.applies

    def date(self, day: date) -> str:
        """Return `day` as users write it ("1 November 2026", "1er novembre 2026")."""
        return long_date(day, self.lang)

    def number(self, value: Decimal | int) -> str:
        """Return a number as users write it ("4.5", "4,5")."""
        return number(value, self.lang, 3)  # the module-level function, not this method

    def column(self, kind: SheetKind, key: str) -> str:
        """Return the header users see for column `key` of sheet `kind`."""
        return text(self.lang, f"col.{kind}.{key}")

    def choice(self, name: str, key: str) -> str:
        """Return the label users see for value `key` of closed list `name`."""
        return choice(self.lang, name, key)

    def text(self, key: str, **params: object) -> str:
        """Return a catalogue text in the workspace language."""
        return text(self.lang, key, **params)
