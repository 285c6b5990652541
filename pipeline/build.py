"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline import __version__
from pipeline.config import Workspace, open_workspace
from pipeline.deliver import (
    archive_inputs,
    clean_stale_temporaries,
    deliver,
    last_build,
    record_build,
    workspace_lock,
)
from pipeline.fingerprint import build_fingerprint
from pipeline.inbox import Organisation, discover
from pipeline.model import Delivery, Dossier, RenderedDocument, Report


@dataclass(frozen=True, slots=True)
class OrganisationResult:
    """What a build did for one organisation."""

    name: str
    dossier: Dossier
    report: Report
    deliveries: tuple[Delivery, ...]


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
        return tuple(build_organisation(workspace, org, force, day)
                     for org in _organisations(workspace))


def build_organisation(workspace: Workspace, organisation: Organisation, force: bool,
                       today: date) -> OrganisationResult:
    """Build one organisation: read, validate, render, deliver (call it holding the lock).

    When nothing a build reads has changed since the last complete build, and its documents
    are all still there, nothing is read or rendered again.
    """
    fingerprint = build_fingerprint(organisation.inputs, workspace,
                                    (__version__, today.isoformat(), organisation.name))
    unchanged = None if force else _unchanged(workspace, organisation, fingerprint)
    if unchanged is not None:
        return unchanged
    checked = _check(workspace, organisation, today)
    archive_inputs(organisation.inputs, workspace)
    sources = tuple(source.sha256 for source in checked.dossier.files)
    documents = tuple(replace(document, sources=sources)
                      for document in _render(checked, workspace, today))
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    deliveries = deliver(documents, out_dir, workspace, force)
    if all(delivery.outcome != "failed" for delivery in deliveries):
        record_build(workspace, organisation.name, {
            "fingerprint": fingerprint, "report": checked.report.as_dict(),
            "deliveries": [[d.name, d.path] for d in deliveries]})
    return OrganisationResult(checked.name, checked.dossier, checked.report, deliveries)


def _unchanged(workspace: Workspace, organisation: Organisation,
               fingerprint: str) -> OrganisationResult | None:
    record = last_build(workspace, organisation.name)
    if record is None or record.get("fingerprint") != fingerprint:
        return None
    written = [(name, path) for name, path in record["deliveries"]]
    if not all((workspace.root / path).is_file() for _, path in written):
        return None
    deliveries = tuple(Delivery(name, "unchanged", path) for name, path in written)
    report = Report.from_dict(record["report"])
    return OrganisationResult(organisation.name, Dossier(), report, deliveries)


# The stages are imported when first needed: an unchanged workspace, `--help` and the watcher's
# start never pay for openpyxl and docxtpl.
def _render(checked: OrganisationResult, workspace: Workspace,
            today: date) -> tuple[RenderedDocument, ...]:
    from pipeline.render import render_documents
    return render_documents(checked.dossier, checked.report, workspace, today)


def _check(workspace: Workspace, organisation: Organisation, today: date) -> OrganisationResult:
    from pipeline.ingest import read_dossier
    from pipeline.validate import validate
    dossier = read_dossier(organisation.inputs, workspace)
    report = validate(dossier, workspace.settings, today)
    return OrganisationResult(organisation.name, dossier, report, ())


def _organisations(workspace: Workspace) -> Sequence[Organisation]:
    found = discover(workspace.inbox)
    return found or (Organisation("", ()),)
