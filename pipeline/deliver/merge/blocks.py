"""The blocks of a Word body (paragraphs, tables, table rows), each with the anchor it carries.

A block without one of our anchors is one a person added (see `pipeline.core.anchors`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pipeline.core.anchors import BLOCK, TABLE, is_anchor, q, section_path, text_of

Kind = Literal["p", "table", "row"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, table or table row; `key` is '' for a block a person added."""

    key: str
    kind: Kind
    element: Any  # the lxml element (w:p, w:tbl or w:tr)
    text: str
    section: str  # the headings above it, to name the passage to a person


def blocks(body: Any) -> list[Block]:
    """Return the top-level blocks of a body, keyed by the anchor each carries."""
    found: list[Block] = []
    pending = ""  # an anchor saved between two blocks belongs to the next one
    path: list[str] = []
    for element in body:
        if element.tag == q("bookmarkStart") and is_anchor(element.get(q("name"), "")):
            pending = element.get(q("name"), "")
            continue
        if element.tag == q("p"):
            path = section_path(path, element)
            kind: Kind = "p"
            key = own_key(element, BLOCK)
        elif element.tag == q("tbl"):
            kind = "table"
            key = own_key(next(element.iter(q("p")), None), TABLE)
        else:
            continue
        found.append(Block(key or pending, kind, element, text_of(element), " › ".join(path)))
        pending = ""
    return found


def rows(table: Block) -> list[Block]:
    """Return the rows of a table as blocks, keyed by the anchor each carries."""
    return [
        Block(own_key(next(row.iter(q("p")), None), BLOCK), "row", row, text_of(row), table.section)
        for row in table.element
        if row.tag == q("tr")
    ]


def own_key(paragraph: Any, prefix: str) -> str:
    """Return the name of our anchor of `prefix` in `paragraph`, '' when it has none."""
    if paragraph is None:
        return ""
    for mark in paragraph.iter(q("bookmarkStart")):
        name = str(mark.get(q("name"), ""))
        if is_anchor(name) and name.startswith(prefix):
            return name
    return ""


def strip_anchors(element: Any) -> None:
    """Remove our anchors from `element` (a copy that must not pass for the block itself)."""
    starts = [m for m in element.iter(q("bookmarkStart")) if is_anchor(m.get(q("name"), ""))]
    ids = {m.get(q("id")) for m in starts}
    ends = [m for m in element.iter(q("bookmarkEnd")) if m.get(q("id")) in ids]
    for mark in (*starts, *ends):
        mark.getparent().remove(mark)
