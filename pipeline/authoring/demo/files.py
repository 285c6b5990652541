"""The demo's evidence files: small real documents at the locations its evidence list gives."""

from __future__ import annotations

from pipeline.authoring.demo import plan
from pipeline.authoring.demo.calendar import Calendar
from pipeline.authoring.demo.pdf import text_pdf
from pipeline.authoring.demo.texts import DemoTexts


def evidence_files(cal: Calendar, texts: DemoTexts) -> dict[str, bytes]:
    """Return each evidence file's content by its location (relative to the evidence folder)."""
    files: dict[str, bytes] = {}
    for item in plan.EVIDENCE:
        if item.kind == "url":
            continue
        title, location, body = texts.evidence[item.number]
        header = texts.evidence_header.format(
            organisation=plan.NAME,
            owner=item.owner,
            edition=texts.edition.format(edition=item.edition, day=cal.day(item.issued)),
        )
        files[location] = _document(item.kind, title, header, body)
    return files


def _document(kind: plan.EvidenceKind, title: str, header: str, body: str) -> bytes:
    if kind == "pdf":
        return text_pdf(title, [header, "", *body.splitlines()])
    if kind == "md":
        return f"# {title}\n\n{header}\n\n{body}\n".encode()
    return f"{title}\n{'=' * len(title)}\n{header}\n\n{body}\n".encode()
