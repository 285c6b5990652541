"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline import __version__
from pipeline.build.pdfs import with_pdfs
from pipeline.build.portfolio import build_portfolio
from pipeline.build.progress import Progress, Tell, quiet, silent
from pipeline.build.reuse import (
    OrganisationResult,
    document_digests,
    kept,
    replay,
    settled,
    with_conflicts,
)
from pipeline.build.split import render_split
from pipeline.build.state import (
    BuildRecord,
    ByDocument,
    context_fingerprint,
    inputs_fingerprint,
    load_record,
    save_record,
)
from pipeline.build.twins import twin_finding
from pipeline.core.inbox import Organisation, conflict_variants, discover
from pipeline.core.model import (
    Delivery,
    DocumentKey,
    InputFile,
    MergeConflict,
    RenderedDocument,
)
from pipeline.deliver import archive_inputs, clean_stale_temporaries, deliver, workspace_lock
from pipeline.i18n import document_name
from pipeline.workspace import Workspace, environment_problem, open_workspace

__all__ = [
    "OrganisationResult",
    "build_organisation",
    "build_workspace",
    "check_workspace",
    "holding_workspace",
]


def check_workspace(root: Path, today: date | None = None) -> tuple[OrganisationResult, ...]:
    """Read and validate every organisation of the workspace; write nothing."""
    workspace = open_workspace(root)
    day = today or date.today()
    return tuple(
        _check(workspace, org, _read(workspace, org), day) for org in _organisations(workspace)
    )


def build_workspace(
    root: Path,
    force: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    pdf: bool = False,
) -> tuple[OrganisationResult, ...]:
    """Build the documents of every organisation of the workspace into its outbox.

    `progress` hears each step (in a parallel portfolio build, only "done"). With `pdf`, also a
    PDF of each document to send (through LibreOffice), made again only when changed.
    """
    workspace = open_workspace(root)
    day = today or date.today()
    with holding_workspace(workspace):
        organisations = _organisations(workspace)
        results = build_portfolio(
            workspace, organisations, force, day, build_organisation, progress or quiet
        )
        return with_pdfs(workspace, results) if pdf else results


@contextlib.contextmanager
def holding_workspace(workspace: Workspace) -> Iterator[None]:
    """Hold the workspace lock (one build or watcher at a time) and clean what a killed run left.

    A disk full, a path too long or a missing permission becomes an EnvironmentProblem.
    """
    with _environment(workspace), workspace_lock(workspace):
        clean_stale_temporaries(workspace)
        yield


def build_organisation(
    workspace: Workspace,
    organisation: Organisation,
    force: bool,
    today: date,
    tell: Tell = silent,
) -> OrganisationResult:
    """Build one organisation (call it holding the lock); see `_build_organisation`.

    A disk full, a path too long or a missing permission becomes an EnvironmentProblem.
    """
    with _environment(workspace):
        result = _build_organisation(workspace, organisation, force, today, tell)
    tell("done")
    return result


@contextlib.contextmanager
def _environment(workspace: Workspace) -> Iterator[None]:
    try:
        yield
    except OSError as err:
        problem = environment_problem(err, workspace.settings.lang)
        if problem is None:
            raise
        raise problem from err


def _build_organisation(
    workspace: Workspace, organisation: Organisation, force: bool, today: date, tell: Tell
) -> OrganisationResult:
    """Build one organisation: read, validate, render, deliver.

    Each input is read once: the bytes fingerprinted are the ones parsed and archived. Nothing
    changed since the last complete build (its documents all there): nothing is parsed or
    rendered. Otherwise only the documents whose sheets or findings changed are rendered.
    """
    # The language is said outright: a document made in another language is never reused.
    lang = workspace.settings.lang
    extra = (__version__, today.isoformat(), lang, organisation.name, *organisation.twins)
    context = context_fingerprint(workspace, extra)
    inputs = _read(workspace, organisation)
    fingerprint = inputs_fingerprint(inputs, context)
    previous = None if force else load_record(workspace, organisation.name)
    if previous is not None and previous.fingerprint == fingerprint:
        unchanged = replay(workspace, previous)
        if unchanged is not None:
            return replace(unchanged, notices=_notices(workspace))
    tell("reading")
    checked = _check(workspace, organisation, inputs, today)
    archive_inputs(inputs, workspace)
    digests = document_digests(checked.dossier, checked.report, context, _document_inputs())
    reused = kept(workspace, previous, digests)
    wanted = frozenset(dict(digests)) - frozenset(reused)
    tell("writing", tuple(document_name(lang, key) for key, _ in digests if key in wanted))
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    writer = _Writer(workspace, checked, today, force, out_dir)
    digests, deliveries = _write_all(writer, previous, digests, wanted)
    if settled(deliveries, out_dir, workspace):
        save_record(workspace, _record(checked, fingerprint, digests, deliveries))
    return replace(checked, deliveries=deliveries)


@dataclass(frozen=True, slots=True)
class _Writer:
    """Renders and delivers documents of one organisation."""

    workspace: Workspace
    checked: OrganisationResult
    today: date
    force: bool
    out_dir: Path

    def write(
        self, only: frozenset[DocumentKey], conflicts: tuple[MergeConflict, ...] = ()
    ) -> dict[DocumentKey, Delivery]:
        """Render and deliver the documents `only` names; return what happened to each."""
        documents = _render(self.checked, self.workspace, self.today, only, conflicts)
        delivered = deliver(documents, self.out_dir, self.workspace, self.force)
        return {delivery.key: delivery for delivery in delivered}


def _write_all(
    writer: _Writer,
    previous: BuildRecord | None,
    digests: ByDocument,
    wanted: frozenset[DocumentKey],
) -> tuple[ByDocument, tuple[Delivery, ...]]:
    """Write the `wanted` documents, then the validation report, which names the passages their
    merges found changed both by hand and in the workbooks.

    Returns every document's digest (the report's made from those passages too) and delivery.
    """
    report: DocumentKey = "validation_report"
    delivered = writer.write(wanted - {report})
    conflicts = tuple(
        conflict for key, _ in digests if key in delivered for conflict in delivered[key].conflicts
    )
    digests = with_conflicts(digests, report, conflicts)
    reused = kept(writer.workspace, previous, digests)
    if report not in reused:
        delivered |= writer.write(frozenset({report}), conflicts)
    return digests, _in_order(digests, delivered, reused)


def _record(
    checked: OrganisationResult,
    fingerprint: str,
    digests: ByDocument,
    deliveries: Sequence[Delivery],
) -> BuildRecord:
    pairs = tuple((d.key, d.path) for d in deliveries)
    return BuildRecord(
        checked.name, fingerprint, checked.read, checked.report, digests, checked.not_made, pairs
    )


def _in_order(
    digests: ByDocument,
    delivered: dict[DocumentKey, Delivery],
    reused: dict[DocumentKey, Delivery],
) -> tuple[Delivery, ...]:
    return tuple(
        delivered.get(key) or reused[key] for key, _ in digests if key in delivered or key in reused
    )


# The stages are imported when first needed: `--help` and the watcher's start never pay for
# openpyxl and docxtpl.
def _read(workspace: Workspace, organisation: Organisation) -> tuple[InputFile, ...]:
    from pipeline.ingest import read_inputs

    return read_inputs(organisation.inputs, workspace)


def _check(
    workspace: Workspace, organisation: Organisation, inputs: Sequence[InputFile], today: date
) -> OrganisationResult:
    from pipeline.ingest import read_dossier
    from pipeline.render import documents_not_made
    from pipeline.validate import validate

    dossier = read_dossier(inputs, workspace)
    report = validate(dossier, workspace.settings, today)
    if organisation.twins:
        report = replace(report, findings=(*report.findings, twin_finding(workspace, organisation)))
    not_made = documents_not_made(dossier, workspace.settings.lang)
    read = tuple((workspace.relative(i.path), i.sha256) for i in inputs)
    return OrganisationResult(
        organisation.name, dossier, report, (), not_made, read, notices=_notices(workspace)
    )


def _notices(workspace: Workspace) -> tuple[str, ...]:
    """Return what is said once about the workspace's own templates (none: nothing imported)."""
    if not any(workspace.templates.rglob("*.docx")):
        return ()
    from pipeline.render import workspace_notices

    return workspace_notices(workspace)


def _render(
    checked: OrganisationResult,
    workspace: Workspace,
    today: date,
    only: frozenset[DocumentKey],
    conflicts: tuple[MergeConflict, ...] = (),
) -> tuple[RenderedDocument, ...]:
    from pipeline.render import render_documents

    if not only:
        return ()
    sources = tuple(source.sha256 for source in checked.dossier.files)

    def render(keys: frozenset[DocumentKey]) -> tuple[RenderedDocument, ...]:
        return render_documents(
            checked.dossier, checked.report, workspace, today, only=keys, conflicts=conflicts
        )

    patience = workspace.settings.render_seconds
    rendered = render_split(render, only, checked.dossier, patience)
    return tuple(replace(document, sources=sources) for document in rendered)


def _document_inputs() -> dict[DocumentKey, frozenset[str]]:
    from pipeline.render import document_inputs

    return dict(document_inputs())


def _organisations(workspace: Workspace) -> Sequence[Organisation]:
    """Return every organisation, then the version of each sync conflict copy (built apart, into
    its own outbox folder, so it never overwrites the original's documents)."""
    found = discover(workspace.inbox)
    variants = tuple(
        variant for organisation in found for variant in conflict_variants(organisation)
    )
    return (*found, *variants) or (Organisation("", ()),)
