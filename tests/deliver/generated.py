"""Documents as the render stage hands them over: real python-docx files, every block anchored."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx

from pipeline.core.model import RenderedDocument
from pipeline.render.docx.anchors import anchored

NAME = "audit-preparation.docx"


@dataclass(frozen=True)
class Section:
    """A heading, its paragraphs, and optionally a table (rows of cells)."""

    heading: str
    paragraphs: Sequence[str] = ()
    rows: Sequence[Sequence[str]] = field(default_factory=tuple)


def generated(*sections: Section, name: str = NAME) -> RenderedDocument:
    """Return a generated document made of `sections`, anchored like a rendered one."""
    document = docx.Document()
    for section in sections:
        document.add_heading(section.heading, level=1)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph)
        if section.rows:
            table = document.add_table(rows=0, cols=len(section.rows[0]))
            for cells in section.rows:
                row = table.add_row()
                for cell, value in zip(row.cells, cells, strict=True):
                    cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return RenderedDocument(
        "preparation", name, _anchor(buffer.getvalue()), frozenset({"indicators"}), ()
    )


def paragraphs(path: Path) -> list[str]:
    """Return the non-empty paragraphs of the body of the document at `path`."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text]


def table_rows(path: Path) -> list[list[str]]:
    """Return the rows of every table of the document at `path`."""
    return [
        [cell.text for cell in row.cells]
        for table in docx.Document(str(path)).tables
        for row in table.rows
    ]


def comments(path: Path) -> list[str]:
    """Return the text of every comment of the document at `path`."""
    return [c.text for c in docx.Document(str(path)).comments]


def highlighted(path: Path) -> list[str]:
    """Return the paragraphs (body and table cells) whose runs are all highlighted."""
    document = docx.Document(str(path))
    found = list(document.paragraphs)
    found += [p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [
        p.text
        for p in found
        if p.runs and p.text and all(r.font.highlight_color is not None for r in p.runs if r.text)
    ]


def _anchor(content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = b"".join(anchored(iter((data,))))
            target.writestr(info, data)
    return output.getvalue()
