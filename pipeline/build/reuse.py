"""What a build can take from the last one: everything when nothing changed, else the documents
whose sheets and findings did not change."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.build.state import BuildRecord, ByDocument, Pairs, combine
from pipeline.core.model import Delivery, DocumentKey, Dossier, MergeConflict, Report
from pipeline.i18n import document_name
from pipeline.workspace import Workspace


@dataclass(frozen=True, slots=True)
class OrganisationResult:
    """What a build did for one organisation."""

    name: str
    dossier: Dossier
    report: Report
    deliveries: tuple[Delivery, ...]
    not_made: ByDocument = ()  # (document, why) for documents not produced
    read: Pairs = ()  # (workspace-relative path, sha256) of the exact bytes the build used
    pdfs: tuple[Delivery, ...] = ()  # the PDF of each document to send, with --pdf
    pdf_note: str = ""  # why no PDF was made (LibreOffice not found)
    notices: tuple[str, ...] = ()  # information about the templates, said once (quotes read)


def replay(workspace: Workspace, record: BuildRecord) -> OrganisationResult | None:
    """Return the last build again when its documents are all still there, else None."""
    if not all((workspace.root / path).is_file() for _, path in record.deliveries):
        return None
    lang = workspace.settings.lang
    deliveries = tuple(
        Delivery(key, document_name(lang, key), "unchanged", path)
        for key, path in record.deliveries
    )
    return OrganisationResult(
        record.organisation, Dossier(), record.report, deliveries, record.not_made, record.inputs
    )


def kept(
    workspace: Workspace, record: BuildRecord | None, digests: ByDocument
) -> dict[DocumentKey, Delivery]:
    """Return the documents of the last build that need no new rendering, as deliveries.

    The digests hold the workspace language: a document made in another language (under
    another file name) is never kept, it is made again.
    """
    if record is None:
        return {}
    lang = workspace.settings.lang
    new, old = dict(digests), dict(record.digests)
    return {
        key: Delivery(key, document_name(lang, key), "unchanged", path)
        for key, path in record.deliveries
        if new.get(key) == old.get(key) and (workspace.root / path).is_file()
    }


def document_digests(
    dossier: Dossier,
    report: Report,
    context: str,
    inputs: Mapping[DocumentKey, frozenset[str]],
) -> ByDocument:
    """Return, per document, a digest of what it is made from: its sheets' files, the findings.

    `inputs` gives the kinds of sheet each document is made from.
    """
    digests = {source.path: source.sha256 for source in dossier.files}
    files: dict[str, list[str]] = {}
    for kind, file, sheet in dossier.locations:
        files.setdefault(kind, []).append(f"{digests.get(file, file)}:{sheet}")
    findings = combine(json.dumps(report.as_dict(), sort_keys=True))
    return tuple(
        (
            key,
            combine(context, findings, *(f"{k} {sorted(files.get(k, []))}" for k in sorted(kinds))),
        )
        for key, kinds in inputs.items()
    )


def with_conflicts(
    digests: ByDocument, key: DocumentKey, conflicts: Sequence[MergeConflict]
) -> ByDocument:
    """Return `digests` with document `key`'s also made from the merge `conflicts` it names
    (the validation report): the same with none, so a build without merges keeps it."""
    if not conflicts:
        return digests
    said = json.dumps([[c.document, c.section, c.mine, c.theirs] for c in conflicts])
    return tuple((k, combine(digest, said) if k == key else digest) for k, digest in digests)


def settled(deliveries: Sequence[Delivery], out_dir: Path, workspace: Workspace) -> bool:
    """Return True when every document is where it belongs: at its own name, or kept beside a
    copy a person edited. A document written beside one open in Word is tried again next time."""
    return all(_in_place(delivery, out_dir, workspace) for delivery in deliveries)


def _in_place(delivery: Delivery, out_dir: Path, workspace: Workspace) -> bool:
    if delivery.outcome == "kept_edited":
        return True
    own = workspace.relative(out_dir / delivery.name)
    return delivery.outcome != "failed" and delivery.path == own
