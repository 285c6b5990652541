"""The evidence rows of the preparatory document: what each indicator cites or is listed for."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.model import Evidence, IndicatorEntry
from pipeline.i18n import text
from pipeline.render.context.common import Sources, todo
from pipeline.render.context.flags import codes, errors_on
from pipeline.render.context.links import evidence_link
from pipeline.render.formats import clean, maybe_date


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One piece of evidence cited for an indicator."""

    id: str
    """Identifier, e.g. "P-012"."""
    title: str
    """Title of the evidence."""
    title_todo: str
    """Gap mark when the evidence is cited but missing from the evidence list."""
    location: str
    """Where it is, as written in the evidence list (a file or a web address)."""
    location_todo: str
    """Gap mark with the reason when the location is outside the evidence folder or not found
    (an outside location is never printed)."""
    link: str
    """Target of the clickable link ("" when the location cannot be linked)."""
    version: str
    """Date or version."""
    owner: str
    """Who keeps it up to date."""
    review_by: str
    """Date it must be reviewed by."""


class EvidenceRows:
    """The evidence list read once for a whole document: indexed by identifier and by
    indicator, each item's row made once however many indicators list it."""

    __slots__ = ("_by_id", "_by_indicator", "_made", "_src")

    def __init__(self, src: Sources) -> None:
        self._src = src
        self._by_id: dict[str, Evidence] = {}
        self._by_indicator: dict[int, list[tuple[str, Evidence]]] = {}
        for item in src.dossier.evidence:
            key = item.id.strip().casefold()
            self._by_id[key] = item  # the last of a repeated identifier, as a dict reads it
            for number in dict.fromkeys(item.indicators):
                self._by_indicator.setdefault(number, []).append((key, item))
        self._made: dict[int, EvidenceRow] = {}

    def cited(self, number: int, entry: IndicatorEntry | None) -> tuple[Evidence | str, ...]:
        """Return the evidence of indicator `number`: what its grid row cites, in that order
        (an identifier the list does not have, as written), then what the list gives it."""
        cited: list[Evidence | str] = []
        seen: set[str] = set()
        for raw in entry.evidence_ids if entry else ():
            key = raw.strip().casefold()
            if key and key not in seen:
                seen.add(key)
                cited.append(self._by_id.get(key, raw.strip()))
        for key, item in self._by_indicator.get(number, ()):
            if key not in seen:
                seen.add(key)
                cited.append(item)
        return tuple(cited)

    def row(self, item: Evidence | str) -> EvidenceRow:
        """Return the row of one cited piece of evidence (an unknown identifier: flagged)."""
        if isinstance(item, str):
            lang = self._src.lang
            unknown = text(lang, "doc.evidence.unknown")
            return EvidenceRow(clean(item), "", unknown, "", "", "", "", "", "")
        made = self._made.get(id(item))
        if made is None:
            made = self._made[id(item)] = _evidence_row(self._src, item)
        return made


def _evidence_row(src: Sources, item: Evidence) -> EvidenceRow:
    lang = src.lang
    location = clean(item.location)
    problems = codes(errors_on(src.report, item.origin))
    location_todo = ""
    if "EVIDENCE_LOCATION_OUTSIDE" in problems:
        location, location_todo = "", text(lang, "doc.evidence.outside")
    elif problems & {"EVIDENCE_FILE_MISSING", "EVIDENCE_FOLDER_MISSING"}:
        location_todo = text(lang, "doc.evidence.missing")
    return EvidenceRow(
        id=clean(item.id),
        title=clean(item.title),
        title_todo=todo(lang, clean(item.title)),
        location=location,
        location_todo=location_todo,
        link=evidence_link(location, src.settings.evidence_folder, src.organisation_folder),
        version=clean(item.version),
        owner=clean(item.owner),
        review_by=maybe_date(item.review_by, lang),
    )
