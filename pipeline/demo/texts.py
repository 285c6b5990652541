"""The demo's texts in one language, gathered from that language's data modules."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from pipeline.demo import (
    en_evidence,
    en_grid,
    en_registers,
    fr_evidence,
    fr_grid,
    fr_registers,
)
from pipeline.model import Lang

_MODULES: dict[Lang, tuple[ModuleType, ModuleType, ModuleType]] = {
    "fr": (fr_grid, fr_evidence, fr_registers),
    "en": (en_grid, en_evidence, en_registers),
}


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """Everything the demo writes in words, in one language; keys match pipeline.demo.plan."""

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


def demo_texts(lang: Lang) -> DemoTexts:
    """Return the demo's texts in `lang`."""
    grid, evidence, registers = _MODULES[lang]
    return DemoTexts(
        address=grid.ADDRESS, quality_contact=grid.QUALITY_CONTACT, certifier=grid.CERTIFIER,
        not_applicable=grid.NOT_APPLICABLE, approaches=grid.APPROACHES,
        evidence_header=evidence.HEADER, evidence=evidence.EVIDENCE,
        prefixes=registers.PREFIXES, edition=registers.EDITION, actions=registers.ACTIONS,
        comments=registers.COMMENTS, complaints=registers.COMPLAINTS,
        improvements=registers.IMPROVEMENTS, nonconformities=registers.NONCONFORMITIES,
    )
