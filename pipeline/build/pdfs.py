"""PDFs of the documents to send, beside them in the outbox, through LibreOffice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.build.reuse import OrganisationResult
from pipeline.core.model import DocumentKey
from pipeline.workspace import Workspace


def with_pdfs(
    workspace: Workspace, results: tuple[OrganisationResult, ...]
) -> tuple[OrganisationResult, ...]:
    """Add the PDF of each delivered document to send (one LibreOffice run per organisation);
    without LibreOffice, say why on each result (the Word documents are written all the same)."""
    from pipeline.deliver.pdf import find_office, make_pdfs
    from pipeline.i18n import text
    from pipeline.render import documents_to_send

    office = find_office()
    if office is None:
        note = text(workspace.settings.lang, "pdf.no_office")
        return tuple(replace(result, pdf_note=note) for result in results)
    to_send = frozenset(documents_to_send())
    return tuple(
        replace(result, pdfs=make_pdfs(workspace, _sent(workspace, result, to_send), office))
        for result in results
    )


def _sent(
    workspace: Workspace, result: OrganisationResult, to_send: frozenset[DocumentKey]
) -> dict[Path, DocumentKey]:
    return {
        workspace.root / d.path: d.key
        for d in result.deliveries
        if d.key in to_send and d.path and d.outcome != "failed"
    }
