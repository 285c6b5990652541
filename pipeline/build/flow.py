"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import Any, Literal

from pipeline import __version__
from pipeline.build.state import combine, context_fingerprint, inputs_fingerprint
from pipeline.core.inbox import Organisation, conflict_variants, discover
from pipeline.core.model import Delivery, Dossier, Lang, RenderedDocument, Report
from pipeline.deliver import (
    archive_inputs,
    clean_stale_temporaries,
    deliver,
    last_build,
    record_build,
    workspace_lock,
)
from pipeline.workspace import Workspace, open_workspace

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
    pdfs: tuple[Delivery, ...] = ()  # the PDF of each document to send, with --pdf
    pdf_note: str = ""  # why no PDF was made (LibreOffice not found)


def check_workspace(root: Path, today: date | None = None) -> tuple[OrganisationResult, ...]:
    """Read and validate every organisation of the workspace; write nothing."""
    workspace = open_workspace(root)
    day = today or date.today()
    return tuple(_check(workspace, org, day) for org in _organisations(workspace))


@dataclass(frozen=True, slots=True)
class Step:
    """Where a build is, for a progress display: organisation `number` of `total`, and what
    it is doing ("reading" its workbooks, "writing" `documents`, or "done")."""

    number: int
    total: int
    organisation: str
    phase: Literal["reading", "writing", "done"]
    documents: tuple[str, ...] = ()


Progress = Callable[[Step], None]


def build_workspace(
    root: Path,
    force: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    pdf: bool = False,
) -> tuple[OrganisationResult, ...]:
    """Build the documents of every organisation of the workspace into its outbox.

    `progress`, when given, hears each step (in a parallel portfolio build, only "done"). With
    `pdf`, also a PDF of each document to send (through LibreOffice), made again only when changed.
    """
    workspace = open_workspace(root)
    day = today or date.today()
    tell = progress or _quiet
    with workspace_lock(workspace):
        clean_stale_temporaries(workspace)
        organisations = _organisations(workspace)
        total = len(organisations)
        workers = min(os.cpu_count() or 1, MAX_WORKERS, total)
        if total < PARALLEL_FROM or workers < 2:
            results = tuple(
                build_organisation(
                    workspace, org, force, day, partial(_step, tell, n, total, org.name)
                )
                for n, org in enumerate(organisations, 1)
            )
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                done = []
                for n, result in enumerate(
                    pool.map(
                        _build_apart, repeat(workspace), organisations, repeat(force), repeat(day)
                    ),
                    1,
                ):
                    tell(Step(n, total, result.name, "done"))
                    done.append(result)
                results = tuple(done)
        return _with_pdfs(workspace, results) if pdf else results


def _with_pdfs(
    workspace: Workspace, results: tuple[OrganisationResult, ...]
) -> tuple[OrganisationResult, ...]:
    """Add the PDF of each delivered document to send (one LibreOffice run per organisation)."""
    from pipeline.deliver.pdf import find_office, make_pdfs
    from pipeline.i18n import text
    from pipeline.render import documents_to_send

    office = find_office()
    if office is None:
        note = text(workspace.settings.lang, "pdf.no_office")
        return tuple(replace(result, pdf_note=note) for result in results)
    to_send = frozenset(documents_to_send(workspace.settings.lang))
    return tuple(
        replace(result, pdfs=make_pdfs(workspace, _sent(workspace, result, to_send), office))
        for result in results
    )


def _sent(workspace: Workspace, result: OrganisationResult, to_send: frozenset[str]) -> list[Path]:
    return [
        workspace.root / d.path
        for d in result.deliveries
        if d.name in to_send and d.path and d.outcome != "failed"
    ]


def _quiet(step: Step) -> None:
    """Hear nothing (a build without a progress display)."""


def _step(
    tell: Progress,
    number: int,
    total: int,
    name: str,
    phase: Literal["reading", "writing", "done"],
    documents: tuple[str, ...] = (),
) -> None:
    tell(Step(number, total, name, phase, documents))


def _build_apart(
    workspace: Workspace, organisation: Organisation, force: bool, today: date
) -> OrganisationResult:
    """Build one organisation in a worker process; the dossier stays there (only the report
    and the deliveries are sent back)."""
    return replace(build_organisation(workspace, organisation, force, today), dossier=Dossier())


def build_organisation(
    workspace: Workspace,
    organisation: Organisation,
    force: bool,
    today: date,
    step: Callable[..., None] | None = None,
) -> OrganisationResult:
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
    tell = step or _silent
    tell("reading")
    checked = _check(workspace, organisation, today)
    archive_inputs(organisation.inputs, workspace)
    keys = _document_keys(checked, context, workspace.settings.lang)
    kept = _kept(workspace, previous, keys)
    wanted = frozenset(keys) - frozenset(kept)
    tell("writing", tuple(name for name in keys if name in wanted))
    documents = _render(checked, workspace, today, wanted)
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    delivered = {d.name: d for d in deliver(documents, out_dir, workspace, force)}
    deliveries = tuple(
        delivered.get(name) or kept[name] for name in keys if name in delivered or name in kept
    )
    if all(_settled(delivery, out_dir, workspace) for delivery in deliveries):
        record_build(
            workspace,
            organisation.name,
            {
                "fingerprint": fingerprint,
                "report": checked.report.as_dict(),
                "keys": keys,
                "not_made": [list(item) for item in checked.not_made],
                "deliveries": [[d.name, d.path] for d in deliveries],
            },
        )
    tell("done")
    return replace(checked, deliveries=deliveries)


def _silent(phase: str, documents: tuple[str, ...] = ()) -> None:
    """Hear nothing (one organisation built without a progress display)."""


def _settled(delivery: Delivery, out_dir: Path, workspace: Workspace) -> bool:
    """Return True when a document is where it belongs: at its own name, or kept beside a copy a
    person edited. A document written beside one open in Word must be tried again next time."""
    if delivery.outcome == "kept_edited":
        return True
    own = workspace.relative(out_dir / delivery.name)
    return delivery.outcome != "failed" and delivery.path == own


def _unchanged(
    workspace: Workspace, organisation: Organisation, record: dict[str, Any]
) -> OrganisationResult | None:
    written = [(name, path) for name, path in record["deliveries"]]
    if not all((workspace.root / path).is_file() for _, path in written):
        return None
    deliveries = tuple(Delivery(name, "unchanged", path) for name, path in written)
    not_made = tuple((name, why) for name, why in record.get("not_made", ()))
    report = Report.from_dict(record["report"])
    return OrganisationResult(organisation.name, Dossier(), report, deliveries, not_made)


def _kept(
    workspace: Workspace, record: dict[str, Any] | None, keys: dict[str, str]
) -> dict[str, Delivery]:
    """Return the documents of the last build that need no new rendering, as deliveries."""
    if record is None:
        return {}
    old = record.get("keys", {})
    return {
        name: Delivery(name, "unchanged", path)
        for name, path in record["deliveries"]
        if keys.get(name) == old.get(name) and (workspace.root / path).is_file()
    }


def _document_keys(checked: OrganisationResult, context: str, lang: Lang) -> dict[str, str]:
    """Return, per document, a digest of what it is made from: its sheets' files, the findings."""
    from pipeline.render import document_inputs

    digests = {source.path: source.sha256 for source in checked.dossier.files}
    files: dict[str, list[str]] = {}
    for kind, file, sheet in checked.dossier.locations:
        files.setdefault(kind, []).append(f"{digests.get(file, file)}:{sheet}")
    findings = combine(json.dumps(checked.report.as_dict(), sort_keys=True))
    return {
        name: combine(
            context, findings, *(f"{kind} {sorted(files.get(kind, []))}" for kind in sorted(kinds))
        )
        for name, kinds in document_inputs(lang).items()
    }


# The stages are imported when first needed: an unchanged workspace, `--help` and the watcher's
# start never pay for openpyxl and docxtpl.
def _render(
    checked: OrganisationResult, workspace: Workspace, today: date, only: frozenset[str]
) -> tuple[RenderedDocument, ...]:
    from pipeline.render import render_documents

    sources = tuple(source.sha256 for source in checked.dossier.files)
    return tuple(
        replace(document, sources=sources)
        for document in render_documents(
            checked.dossier, checked.report, workspace, today, only=only
        )
    )


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
    variants = tuple(
        variant for organisation in found for variant in conflict_variants(organisation)
    )
    return (*found, *variants) or (Organisation("", ()),)
