"""The demo's texts in one language, gathered from that language's data modules."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TypeVar, cast

from pipeline.authoring.demo import (
    en_evidence,
    en_grid,
    en_registers,
    fr_evidence,
    fr_grid,
    fr_registers,
)
from pipeline.core.model import Lang

T = TypeVar("T")
_MODULES: dict[Lang, tuple[ModuleType, ModuleType, ModuleType]] = {
    "fr": (fr_grid, fr_evidence, fr_registers),
    "en": (en_grid, en_evidence, en_registers),
}


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """Everything the demo writes in words, in one language; keys match demo.plan."""

    address: str
    quality_contact: str
    certifier: str
    not_applicable: str
    approaches: dict[int, str]
    evidence_header: str
    evidence: dict[int, tuple[str, str, str]]
    prefixes: dict[str, str]
    edition: str
    actions: dict[str, str]
    comments: dict[str, str]
    complaints: dict[int, tuple[str, str, str]]
    improvements: dict[int, tuple[str, str]]
    nonconformities: dict[int, tuple[str, str, str, str, str]]

    def ident(self, kind: str, number: int) -> str:
        """Return the identifier users see, e.g. ('evidence', 7) -> 'P-07' in French."""
        return f"{self.prefixes[kind]}-{number:02d}"


def demo_texts(lang: Lang, year: int) -> DemoTexts:
    """Return the demo's texts in `lang`, `{year}` and `{last_year}` made current."""
    grid, evidence, registers = _MODULES[lang]

    def dated(value: T) -> T:
        return _dated(value, year)

    return DemoTexts(
        address=grid.ADDRESS,
        quality_contact=grid.QUALITY_CONTACT,
        certifier=grid.CERTIFIER,
        not_applicable=grid.NOT_APPLICABLE,
        approaches=dated(grid.APPROACHES),
        evidence_header=evidence.HEADER,
        evidence=dated(evidence.EVIDENCE),
        prefixes=registers.PREFIXES,
        edition=registers.EDITION,
        actions=registers.ACTIONS,
        comments=registers.COMMENTS,
        complaints=registers.COMPLAINTS,
        improvements=dated(registers.IMPROVEMENTS),
        nonconformities=dated(registers.NONCONFORMITIES),
    )


def _dated(value: T, year: int) -> T:
    """Return `value` (text, or dicts and tuples of texts) with the years filled in."""
    if isinstance(value, str):
        return cast(T, value.replace("{year}", str(year)).replace("{last_year}", str(year - 1)))
    if isinstance(value, dict):
        return cast(T, {key: _dated(item, year) for key, item in value.items()})
    if isinstance(value, tuple):
        return cast(T, tuple(_dated(item, year) for item in value))
    return value
