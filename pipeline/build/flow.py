"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.workspace import Workspace, open_workspace
from pipeline.deliver import (
    archive_inputs,
    clean_stale_temporaries,
    deliver,
    last_build,
    record_build,
    workspace_lock,
)
from pipeline.build.state import combine, context_fingerprint, inputs_fingerprint
from pipeline.core.inbox import Organisation, conflict_variants, discover
from pipeline.core.model import Delivery, Dossier, Lang, RenderedDocument, Report

# A consultant's portfolio is built on every core (up to MAX_WORKERS) from PARALLEL_FROM
# organisations on; below that, starting worker processes costs more than it saves.
PARALLEL_FROM = 4
MAX_WORKERS = 4


@dataclass(frozen=True, slots=True)
class OrganisationResult:
    """What a build did for one organisation."""

    name: str
    dossier: Dossier
    report: Report
    deliveries: tuple[Delivery, ...]
    not_made: tuple[tuple[str, str], ...] = ()  # (document, why) for documents not produced


def check_workspace(root: Path, today: date | None = None) -> tuple[OrganisationResult, ...]:
    """Read and validate every organisation of the workspace; write nothing."""
    workspace = open_workspace(root)
    day = today or date.today()
    return tuple(_check(workspace, org, day) for org in _organisations(workspace))


def build_workspace(root: Path, force: bool = False,
                    today: date | None = None) -> tuple[OrganisationResult, ...]:
    """Build the documents of every organisation of the workspace into its outbox."""
    workspace = open_workspace(root)
    day = today or date.today()
    with workspace_lock(workspace):
        clean_stale_temporaries(workspace)
        organisations = _organisations(workspace)
        workers = min(os.cpu_count() or 1, MAX_WORKERS, len(organisations))
        if len(organisations) < PARALLEL_FROM or workers < 2:
            return tuple(build_organisation(workspace, org, force, day) for org in organisations)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return tuple(pool.map(_build_apart, repeat(workspace), organisations, repeat(force),
                                  repeat(day)))


def _build_apart(workspace: Workspace, organisation: Organisation, force: bool,
                 today: date) -> OrganisationResult:
    """Build one organisation in a worker process; the dossier stays there (only the report
    and the deliveries are sent back)."""
    return replace(build_organisation(workspace, organisation, force, today), dossier=Dossier())


def build_organisation(workspace: Workspace, organisation: Organisation, force: bool,
                       today: date) -> OrganisationResult:
    """Build one organisation: read, validate, render, deliver (call it holding the lock).

    Nothing changed since the last complete build (and its documents all there): nothing is read
    or rendered. Otherwise only the documents whose sheets or findings changed are rendered.
    """
    context = context_fingerprint(workspace, (__version__, today.isoformat(), organisation.name))
    fingerprint = inputs_fingerprint(organisation.inputs, context)
    previous = None if force else last_build(workspace, organisation.name)
    if previous is not None and previous.get("fingerprint") == fingerprint:
        unchanged = _unchanged(workspace, organisation, previous)
        if unchanged is not None:
            return unchanged
    checked = _check(workspace, organisation, today)
    archive_inputs(organisation.inputs, workspace)
    keys = _document_keys(checked, context, workspace.settings.lang)
    kept = _kept(workspace, previous, keys)
    documents = _render(checked, workspace, today, frozenset(keys) - frozenset(kept))
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    delivered = {d.name: d for d in deliver(documents, out_dir, workspace, force)}
    deliveries = tuple(delivered.get(name) or kept[name] for name in keys
                       if name in delivered or name in kept)
    if all(_settled(delivery, out_dir, workspace) for delivery in deliveries):
        record_build(workspace, organisation.name, {
            "fingerprint": fingerprint, "report": checked.report.as_dict(), "keys": keys,
            "not_made": [list(item) for item in checked.not_made],
            "deliveries": [[d.name, d.path] for d in deliveries]})
    return replace(checked, deliveries=deliveries)


def _settled(delivery: Delivery, out_dir: Path, workspace: Workspace) -> bool:
    """Return True when a document is where it belongs: at its own name, or kept beside a copy a
    person edited. A document written beside one open in Word must be tried again next time."""
    if delivery.outcome == "kept_edited":
        return True
    own = workspace.relative(out_dir / delivery.name)
    return delivery.outcome != "failed" and delivery.path == own


def _unchanged(workspace: Workspace, organisation: Organisation,
               record: dict[str, Any]) -> OrganisationResult | None:
    written = [(name, path) for name, path in record["deliveries"]]
    if not all((workspace.root / path).is_file() for _, path in written):
        return None
    deliveries = tuple(Delivery(name, "unchanged", path) for name, path in written)
    not_made = tuple((name, why) for name, why in record.get("not_made", ()))
    report = Report.from_dict(record["report"])
    return OrganisationResult(organisation.name, Dossier(), report, deliveries, not_made)


def _kept(workspace: Workspace, record: dict[str, Any] | None,
          keys: dict[str, str]) -> dict[str, Delivery]:
    """Return the documents of the last build that need no new rendering, as deliveries."""
    if record is None:
        return {}
    old = record.get("keys", {})
    return {name: Delivery(name, "unchanged", path) for name, path in record["deliveries"]
            if keys.get(name) == old.get(name) and (workspace.root / path).is_file()}


def _document_keys(checked: OrganisationResult, context: str, lang: Lang) -> dict[str, str]:
    """Return, per document, a digest of what it is made from: its sheets' files, the findings."""
    from pipeline.render import document_inputs
    digests = {source.path: source.sha256 for source in checked.dossier.files}
    files: dict[str, list[str]] = {}
    for kind, file, sheet in checked.dossier.locations:
        files.setdefault(kind, []).append(f"{digests.get(file, file)}:{sheet}")
    findings = combine(json.dumps(checked.report.as_dict(), sort_keys=True))
    return {name: combine(context, findings, *(f"{kind} {sorted(files.get(kind, []))}"
                                               for kind in sorted(kinds)))
            for name, kinds in document_inputs(lang).items()}


# The stages are imported when first needed: an unchanged workspace, `--help` and the watcher's
# start never pay for openpyxl and docxtpl.
def _render(checked: OrganisationResult, workspace: Workspace, today: date,
            only: frozenset[str]) -> tuple[RenderedDocument, ...]:
    from pipeline.render import render_documents
    sources = tuple(source.sha256 for source in checked.dossier.files)
    return tuple(replace(document, sources=sources) for document in render_documents(
        checked.dossier, checked.report, workspace, today, only=only))


def _check(workspace: Workspace, organisation: Organisation, today: date) -> OrganisationResult:
    from pipeline.ingest import read_dossier
    from pipeline.render import documents_not_made
    from pipeline.validate import validate
    dossier = read_dossier(organisation.inputs, workspace)
    report = validate(dossier, workspace.settings, today)
    not_made = documents_not_made(dossier, workspace.settings.lang)
    return OrganisationResult(organisation.name, dossier, report, (), not_made)


def _organisations(workspace: Workspace) -> Sequence[Organisation]:
    """Return every organisation, then the version of each sync conflict copy (built apart, into
    its own outbox folder, so it never overwrites the original's documents)."""
    found = discover(workspace.inbox)
    variants = tuple(variant for organisation in found
                     for variant in conflict_variants(organisation))
    return (*found, *variants) or (Organisation("", ()),)
