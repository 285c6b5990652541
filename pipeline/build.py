"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.config import Workspace, open_workspace
from pipeline.deliver import archive_inputs, clean_stale_temporaries, deliver, workspace_lock
from pipeline.inbox import Organisation, discover
from pipeline.ingest import read_dossier
from pipeline.model import Delivery, Dossier, Report
from pipeline.render import render_documents
from pipeline.validate import validate


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
    """Build one organisation: read, validate, render, deliver (call it holding the lock)."""
    checked = _check(workspace, organisation, today)
    archive_inputs(organisation.inputs, workspace)
    sources = tuple(source.sha256 for source in checked.dossier.files)
    documents = tuple(replace(document, sources=sources) for document in
                      render_documents(checked.dossier, checked.report, workspace, today))
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    deliveries = deliver(documents, out_dir, workspace, force)
    return OrganisationResult(checked.name, checked.dossier, checked.report, deliveries)


def _check(workspace: Workspace, organisation: Organisation, today: date) -> OrganisationResult:
    dossier = read_dossier(organisation.inputs, workspace)
    report = validate(dossier, workspace.settings, today)
    return OrganisationResult(organisation.name, dossier, report, ())


def _organisations(workspace: Workspace) -> Sequence[Organisation]:
    found = discover(workspace.inbox)
    return found or (Organisation("", ()),)
