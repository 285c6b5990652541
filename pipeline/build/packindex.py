"""The audit pack's index: each indicator, the evidence it cites, a link to each packed file."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pipeline.build.packlinks import Links, evidence_file, pack_name
from pipeline.core.inbox import Organisation
from pipeline.core.locations import clean_location, inside_evidence, is_web_address, relative_path
from pipeline.core.model import Evidence, Lang
from pipeline.i18n import text
from pipeline.workspace import Workspace

State = Literal["packed", "web", "missing", "outside", "none"]


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One line of the index: an indicator and one evidence it cites."""

    indicator: int
    proof: str
    location: str
    link: str  # the link inside the pack ('' when there is nothing to open)
    packed: str  # the packed file, '' when none
    state: State


@dataclass(frozen=True, slots=True)
class Index:
    """The index of one organisation's pack: the referential used and its lines."""

    reason: str
    rows: tuple[IndexRow, ...]


def index_of(workspace: Workspace, organisation: Organisation, today: date) -> Index:
    """Return, per indicator of the organisation's grid, the evidence it cites and where it is."""
    from pipeline.ingest import read_dossier
    from pipeline.validate import validate

    dossier = read_dossier(organisation.inputs, workspace)
    report = validate(dossier, workspace.settings, today)
    by_id = {item.id: item for item in dossier.evidence}
    rows: list[IndexRow] = []
    for entry in sorted(
        (e for e in dossier.indicators or () if e.number is not None), key=lambda e: e.number or 0
    ):
        number = entry.number or 0
        cited = [by_id.get(ident) for ident in entry.evidence_ids]
        rows += [
            _row(workspace, number, ident, item)
            for ident, item in zip(entry.evidence_ids, cited, strict=True)
        ]
        if not entry.evidence_ids and entry.status != "not_applicable":
            rows.append(IndexRow(number, "", "", "", "", "none"))
    return Index(report.version_reason, tuple(rows))


def _row(workspace: Workspace, number: int, ident: str, item: Evidence | None) -> IndexRow:
    if item is None:
        return IndexRow(number, ident, "", "", "", "missing")
    proof = f"{item.id} — {item.title}" if item.title else item.id
    location = clean_location(item.location)
    if is_web_address(location):
        return IndexRow(number, proof, location, location, "", "web")
    path = relative_path(location) if location else None
    if path is None:
        return IndexRow(number, proof, location, "", "", "outside" if location else "none")
    name = pack_name(workspace, inside_evidence(path, workspace.settings.evidence_folder))
    if evidence_file(workspace, name) is None:
        return IndexRow(number, proof, location, "", "", "missing")
    return IndexRow(number, proof, location, name, name, "packed")


def index_html(
    lang: Lang, organisation: str, index: Index, links: Links, documents: Sequence[str]
) -> str:
    """Return the index page: the documents, the evidence per indicator, the missing files."""
    title = html.escape(text(lang, "pack.index.title", organisation=organisation))
    missing = sorted({*links.missing, *(r.location for r in index.rows if r.state == "missing")})
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>',
        "</head><body>",
        f"<h1>{title}</h1>",
        f"<p>{html.escape(text(lang, 'pack.index.intro', referential=index.reason))}</p>",
        f"<h2>{html.escape(text(lang, 'pack.index.documents'))}</h2><ul>",
        *(f"<li>{_link(name, name)}</li>" for name in documents),
        f"</ul><h2>{html.escape(text(lang, 'pack.index.evidence'))}</h2>",
        _table(lang, index.rows),
    ]
    if missing:
        parts.append(f'<h2 id="missing">{html.escape(text(lang, "pack.index.missing"))}</h2><ul>')
        parts += [f"<li>{html.escape(name)}</li>" for name in missing if name]
        parts.append("</ul>")
    return "\n".join([*parts, "</body></html>", ""])


def _table(lang: Lang, rows: Sequence[IndexRow]) -> str:
    head = "".join(
        f"<th>{html.escape(text(lang, key))}</th>"
        for key in ("pack.index.indicator", "pack.index.proof", "pack.index.file_col")
    )
    body = [
        f"<tr><td>{row.indicator}</td><td>{html.escape(row.proof)}</td>"
        f"<td>{_cell(lang, row)}</td></tr>"
        for row in rows
    ]
    return "\n".join([f"<table><tr>{head}</tr>", *body, "</table>"])


def _cell(lang: Lang, row: IndexRow) -> str:
    if row.state in ("packed", "web"):
        return _link(row.link, row.location)
    note = {"missing": "pack.index.missing_mark", "outside": "pack.index.outside"}
    label = text(lang, note.get(row.state, "pack.index.none"))
    return html.escape(f"{row.location} ({label})" if row.location else label)


def _link(target: str, label: str) -> str:
    return f'<a href="{html.escape(target, quote=True)}">{html.escape(label)}</a>'
