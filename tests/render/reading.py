"""Reading rendered documents back the way a user's Word would: python-docx on the bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from pipeline.core.model import Dossier, RenderedDocument, Report
from pipeline.render import render_documents
from tests.render.factory import workspace

TODAY = date(2026, 11, 27)


def render(
    dossier: Dossier, report: Report, root: Path, lang: str = "en", **settings: object
) -> dict[str, RenderedDocument]:
    """Render every document; return them by file name."""
    ws = workspace(root, lang, **settings)  # type: ignore[arg-type]
    return {d.name: d for d in render_documents(dossier, report, ws, TODAY)}


def open_docx(document: RenderedDocument | bytes) -> DocumentObject:
    """Open a rendered document with python-docx."""
    data = document.content if isinstance(document, RenderedDocument) else document
    return Document(io.BytesIO(data))


def paragraphs(doc: DocumentObject) -> list[str]:
    """Return the text of every paragraph of the body (tables included), breaks as \\n / \\t."""
    found = []
    for paragraph in doc.element.body.iter(qn("w:p")):
        found.append(_text(paragraph))
    return found


def text(doc: DocumentObject) -> str:
    """Return the whole body text, one paragraph a line."""
    return "\n".join(paragraphs(doc))


def header_footer_text(doc: DocumentObject) -> str:
    """Return the text of the first section's header and footer."""
    section = doc.sections[0]
    return "\n".join(
        _text(p._p) for part in (section.header, section.footer) for p in part.paragraphs
    )


def highlighted(doc: DocumentObject) -> list[str]:
    """Return the text of every highlighted run of the body."""
    runs = []
    for run in doc.element.body.iter(qn("w:r")):
        properties = run.find(qn("w:rPr"))
        if properties is not None and properties.find(qn("w:highlight")) is not None:
            value = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if value:
                runs.append(value)
    return runs


def instructions(doc: DocumentObject) -> list[str]:
    """Return the field instructions of the body (HYPERLINK, TOC...)."""
    return [(i.text or "").strip() for i in doc.element.body.iter(qn("w:instrText"))]


def tables_rows(doc: DocumentObject) -> list[list[str]]:
    """Return every table row of the body as a list of cell texts."""
    rows = []
    for row in doc.element.body.iter(qn("w:tr")):
        rows.append([_text(cell) for cell in row.iter(qn("w:tc"))])
    return rows


def _text(element: object) -> str:
    pieces: list[str] = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:p")):  # type: ignore[attr-defined]
        if node.tag == qn("w:t"):
            pieces.append(node.text or "")
        elif node.tag == qn("w:br"):
            pieces.append("\n")
        elif node.tag == qn("w:tab"):
            if node.getparent().tag == qn("w:r"):  # not a tab stop definition
                pieces.append("\t")
        elif pieces and node is not element:
            pieces.append("\n")
    return "".join(pieces)


def names(documents: Sequence[RenderedDocument]) -> list[str]:
    """Return the file names of documents."""
    return [d.name for d in documents]
