"""The national quality referential (RNQ) as versioned data: V9 (32 indicators) and V10 (33).

The facts live in data/*.json, transcribed from the regulation with their sources; this module
only loads them and answers questions about them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal, cast

from pipeline.core.model import VERSIONS as VERSIONS
from pipeline.core.model import Category, Lang, NcGrading, Version

Flag = Literal["certifying", "work_linked", "work_based", "subcontracting"]


@dataclass(frozen=True, slots=True)
class Condition:
    """The profile flags an indicator depends on (any one suffices), and the categories for which
    the condition always holds."""

    flags: tuple[Flag, ...]
    inherent_for: frozenset[Category]

    def holds_by(self, answers: object) -> Flag | None:
        """Return the first flag answered yes on `answers` (a profile), or None."""
        return next((flag for flag in self.flags if getattr(answers, flag)), None)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One of the 7 criteria (Code du travail R. 6316-1)."""

    number: int
    title_fr: str
    title_en: str

    def title(self, lang: Lang) -> str:
        """Return the title in `lang` (the English one is our rendering)."""
        return self.title_fr if lang == "fr" else self.title_en


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator of one version of the referential."""

    number: int
    criterion: int
    wording_fr: str
    wording_en: str
    kind: Literal["common", "specific"]
    categories: frozenset[Category]
    condition: Condition | None
    na_claimable: str | None
    nc_grading: NcGrading
    nc_grading_provisional: bool
    new_entrant_fr: str | None
    new_entrant_en: str | None
    evidence_examples_fr: str
    subcontractor_note_fr: str | None
    subcontractor_note_en: str | None
    remark_fr: str | None
    remark_en: str | None
    change_v10: str | None
    uncertain_fr: str | None
    uncertain_en: str | None
    sources: tuple[str, ...]

    def wording(self, lang: Lang) -> str:
        """Return the wording users read: the official French, or our English rendering."""
        return self.wording_fr if lang == "fr" else self.wording_en

    def text(self, field: str, lang: Lang) -> str | None:
        """Return a bilingual note (`new_entrant`, `remark`, `uncertain`...) in `lang`."""
        return cast("str | None", getattr(self, f"{field}_{lang}"))


@dataclass(frozen=True, slots=True)
class Referential:
    """One version of the referential: criteria, indicators, provenance."""

    version: Version
    title_fr: str
    title_en: str
    source_fr: str
    source_en: str
    source_url: str
    provenance_fr: str
    provenance_en: str
    criteria: tuple[Criterion, ...]
    indicators: tuple[Indicator, ...]
    reduced_audit_indicators: tuple[int, ...]
    surveillance_minimum_indicators: tuple[int, ...]
    scope_notes: tuple[tuple[str, str], ...]  # (key_lang, text): reduced_audit_*, surveillance_*

    def indicator(self, number: int) -> Indicator:
        """Return indicator `number`; KeyError when this version has no such indicator."""
        for indicator in self.indicators:
            if indicator.number == number:
                return indicator
        raise KeyError(number)

    def criterion(self, number: int) -> Criterion:
        """Return criterion `number`."""
        for criterion in self.criteria:
            if criterion.number == number:
                return criterion
        raise KeyError(number)

    @property
    def numbers(self) -> tuple[int, ...]:
        """Return the indicator numbers of this version, in order."""
        return tuple(indicator.number for indicator in self.indicators)

    def source(self, lang: Lang) -> str:
        """Return the legal source of this version, in `lang`."""
        return self.source_fr if lang == "fr" else self.source_en

    def provenance(self, lang: Lang) -> str:
        """Return how reliable this version's text is, in `lang`."""
        return self.provenance_fr if lang == "fr" else self.provenance_en

    def scope_note(
        self, scope: Literal["reduced_audit", "surveillance_minimum"], lang: Lang
    ) -> str:
        """Return the rule, with sources, of a reduced audit or a surveillance's minimum scope."""
        return dict(self.scope_notes)[f"{scope}_{lang}"]


@cache
def load(version: Version) -> Referential:
    """Return one version of the referential, read once from the packaged data."""
    raw = _read_json(f"{version.lower()}.json")
    return Referential(
        version=version,
        title_fr=raw["title_fr"],
        title_en=raw["title_en"],
        source_fr=raw["source_fr"],
        source_en=raw["source_en"],
        source_url=raw["source_url"],
        provenance_fr=raw["provenance_fr"],
        provenance_en=raw["provenance_en"],
        criteria=tuple(
            Criterion(c["number"], c["title_fr"], c["title_en"]) for c in raw["criteria"]
        ),
        indicators=tuple(_indicator(item) for item in raw["indicators"]),
        reduced_audit_indicators=tuple(raw.get("reduced_audit_indicators", ())),
        surveillance_minimum_indicators=tuple(raw.get("surveillance_minimum_indicators", ())),
        scope_notes=tuple(
            (f"{scope}_{lang}", raw[f"{scope}_note_{lang}"])
            for scope in ("reduced_audit", "surveillance_minimum")
            for lang in ("fr", "en")
        ),
    )


@dataclass(frozen=True, slots=True)
class Cutover:
    """The day from which audits are judged on a new version of the referential, and why."""

    starts: date
    version: Version
    source_fr: str
    source_en: str
    confirmed: bool

    def source(self, lang: Lang) -> str:
        """Return the legal source of the date, with how far it was checked, in `lang`."""
        return self.source_fr if lang == "fr" else self.source_en


@cache
def v10_cutover() -> Cutover:
    """Return when V10 starts to judge audits (décret n° 2026-728, art. 2), from the data."""
    raw = audit_rules()["referential_selection"]
    return Cutover(
        starts=date.fromisoformat(raw["cutover_date"]),
        version=raw["cutover_version"],
        source_fr=raw["cutover_source_fr"],
        source_en=raw["cutover_source_en"],
        confirmed=bool(raw["confirmed"]),
    )


@cache
def audit_rules() -> dict[str, Any]:
    """Return the audit rules (non-conformities, cycle, durations) as data, with sources."""
    return cast("dict[str, Any]", _read_json("audit_rules.json"))


def _read_json(name: str) -> Any:
    data = resources.files("pipeline.referential").joinpath("data", name).read_text("utf-8")
    return json.loads(data)


def _indicator(item: dict[str, Any]) -> Indicator:
    condition = item.get("condition")
    claim = item.get("na_claimable")
    return Indicator(
        number=item["number"],
        criterion=item["criterion"],
        wording_fr=item["wording_fr"],
        wording_en=item["wording_en"],
        kind=item["kind"],
        categories=frozenset(item["categories"]),
        condition=Condition(tuple(condition["flags"]), frozenset(condition["inherent_for"]))
        if condition
        else None,
        na_claimable=claim["reason_key"] if claim else None,
        nc_grading=item["nc_grading"],
        nc_grading_provisional=bool(item.get("nc_grading_provisional", False)),
        new_entrant_fr=item.get("new_entrant_fr"),
        new_entrant_en=item.get("new_entrant_en"),
        evidence_examples_fr=item.get("evidence_examples_fr") or "",
        subcontractor_note_fr=item.get("subcontractor_note_fr"),
        subcontractor_note_en=item.get("subcontractor_note_en"),
        remark_fr=item.get("remark_fr"),
        remark_en=item.get("remark_en"),
        change_v10=item.get("change_v10"),
        uncertain_fr=item.get("uncertain_fr"),
        uncertain_en=item.get("uncertain_en"),
        sources=tuple(item.get("sources", ())),
    )


def version_for(audit_date: date | None, forced: Version | None, today: date) -> Version:
    """Return the version that judges an audit: the forced one, else by the audit's date."""
    if forced is not None:
        return forced
    return "V10" if (audit_date or today) >= v10_cutover().starts else "V9"


def referential_of_audit(audit_date: date | None, current: Referential, today: date) -> Referential:
    """Return the version that judged an audit held on `audit_date` (else the current one).

    A non-conformity keeps the wording and grading of the referential of its audit: an NC raised
    at a V9 audit in July 2025 is quoted in V9 text even when the next audit is judged on V10.
    """
    if audit_date is None:
        return current
    return load(version_for(audit_date, None, today))
