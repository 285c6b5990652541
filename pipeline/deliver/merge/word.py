"""The Word package side of a merge: read the three bodies, assemble the merged one, mark
conflicts (highlight and a comment), and bring the new blocks' links into the person's file."""

from __future__ import annotations

import copy
import io
import posixpath
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.core.anchors import q
from pipeline.deliver.merge.blocks import strip_anchors
from pipeline.deliver.merge.plan import Piece

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = f"{R}/comments"
COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
MAIN = "word/document.xml"
RELS = "word/_rels/document.xml.rels"
TYPES = "[Content_Types].xml"
AUTHOR = "qualiopi-docs"
_TRACKED = ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "tblPrChange")
# Run properties that come after w:highlight in the schema (Word refuses them out of order).
_AFTER_HIGHLIGHT = (
    "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    "eastAsianLayout", "specVanish", "oMath", "rPrChange",
)  # fmt: skip
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


class Unreadable(Exception):
    """The file is not a Word document we can read."""


@dataclass(slots=True)
class Docx:
    """A .docx opened for a merge: its members, and its main document parsed."""

    members: dict[str, bytes]
    order: list[str]
    root: Any
    rels: Any = None
    added: list[str] = field(default_factory=list)

    @property
    def body(self) -> Any:
        return self.root.find(q("body"))


def open_docx(content: bytes) -> Docx:
    """Return the package in `content`, its main document and relationships parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            order = archive.namelist()
            members = {name: archive.read(name) for name in order}
        root = etree.fromstring(members[MAIN], _PARSER)
        rels = etree.fromstring(members[RELS], _PARSER) if RELS in members else None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, etree.XMLSyntaxError) as err:
        raise Unreadable(str(err)) from err
    if root.find(q("body")) is None:
        raise Unreadable("no body")
    return Docx(members, order, root, rels)


def save_docx(docx: Docx) -> bytes:
    """Return the bytes of the package, its main document (and relationships) as changed."""
    docx.members[MAIN] = etree.tostring(
        docx.root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    if docx.rels is not None:
        docx.members[RELS] = etree.tostring(
            docx.rels, xml_declaration=True, encoding="UTF-8", standalone=True
        )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in (*docx.order, *docx.added):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, docx.members[name])
    return output.getvalue()


def has_tracked_changes(docx: Docx) -> bool:
    """Return True when the document holds tracked changes not yet accepted or rejected."""
    return any(next(docx.root.iter(q(tag)), None) is not None for tag in _TRACKED)


def assemble(mine: Docx, theirs: Docx, pieces: Iterable[Piece], note: str, now: datetime) -> None:
    """Replace the blocks of the person's body by `pieces`, in order (in place)."""
    body = mine.body
    tail = body.find(q("sectPr"))
    for element in list(body):
        if element is not tail:
            body.remove(element)
    links = _Links(mine, theirs)
    for piece in pieces:
        element = _placed(piece, links, mine, note, now)
        if tail is not None:
            tail.addprevious(element)
        else:
            body.append(element)


def replace_rows(
    table: Any, theirs: Docx, mine: Docx, pieces: Iterable[Piece], note: str, now: datetime
) -> Any:
    """Return the person's `table` with its rows replaced by `pieces`, in order."""
    for row in [r for r in table if r.tag == q("tr")]:
        table.remove(row)
    links = _Links(mine, theirs)
    for piece in pieces:
        table.append(_placed(piece, links, mine, note, now))
    return table


def _placed(piece: Piece, links: _Links, mine: Docx, note: str, now: datetime) -> Any:
    """Return a piece's element as it goes into the person's document: a copy with its links
    brought over when it comes from the new version, marked when it is a changed passage."""
    element = piece.element
    if piece.source != "mine":
        element = copy.deepcopy(element)
        links.bring(element)
    if piece.source == "marked":
        strip_anchors(element)
        _mark(mine, element, note, now)
    return element


def _mark(docx: Docx, element: Any, note: str, now: datetime) -> None:
    """Highlight every run of `element` and attach a comment saying where the text comes from."""
    for run in element.iter(q("r")):
        properties = run.find(q("rPr"))
        if properties is None:
            properties = run.makeelement(q("rPr"), {})
            run.insert(0, properties)
        for old in properties.findall(q("highlight")):
            properties.remove(old)
        highlight = properties.makeelement(q("highlight"), {q("val"): "yellow"})
        after = [child for child in properties if etree.QName(child).localname in _AFTER_HIGHLIGHT]
        if after:
            after[0].addprevious(highlight)
        else:
            properties.append(highlight)
    paragraph = element if element.tag == q("p") else next(element.iter(q("p")), None)
    if paragraph is not None:
        _comment(docx, paragraph, note, now)


def _comment(docx: Docx, paragraph: Any, note: str, now: datetime) -> None:
    name, comments = _comments_part(docx)
    ids = [int(c.get(q("id"), "0")) for c in comments if c.get(q("id"), "0").isdigit()]
    number = str(max(ids, default=-1) + 1)
    comment = etree.SubElement(comments, q("comment"), {
        q("id"): number, q("author"): AUTHOR, q("initials"): "QD",
        q("date"): now.replace(tzinfo=None, microsecond=0).isoformat() + "Z"})  # fmt: skip
    run = etree.SubElement(etree.SubElement(comment, q("p")), q("r"))
    etree.SubElement(run, q("t")).text = note
    at = 1 if len(paragraph) and paragraph[0].tag == q("pPr") else 0
    paragraph.insert(at, paragraph.makeelement(q("commentRangeStart"), {q("id"): number}))
    paragraph.append(paragraph.makeelement(q("commentRangeEnd"), {q("id"): number}))
    reference = etree.SubElement(paragraph, q("r"))
    etree.SubElement(reference, q("commentReference"), {q("id"): number})
    docx.members[name] = etree.tostring(
        comments, xml_declaration=True, encoding="UTF-8", standalone=True
    )


def _comments_part(docx: Docx) -> tuple[str, Any]:
    """Return the comments part of the document, created (with its relationship) if missing."""
    for rel in _relations(docx):
        if rel.get("Type") == COMMENTS_TYPE and rel.get("TargetMode") != "External":
            name = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            if name in docx.members:
                return name, etree.fromstring(docx.members[name], _PARSER)
    name = "word/comments.xml"
    docx.members[name] = etree.tostring(etree.Element(q("comments"), nsmap={"w": q("")[1:-1]}))
    docx.added.append(name)
    _relate(docx, COMMENTS_TYPE, "comments.xml", "")
    types = etree.fromstring(docx.members[TYPES], _PARSER)
    etree.SubElement(types, f"{{{CT}}}Override", PartName=f"/{name}", ContentType=COMMENTS_CONTENT)
    docx.members[TYPES] = etree.tostring(types, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)  # fmt: skip
    return name, etree.fromstring(docx.members[name], _PARSER)


def _relations(docx: Docx) -> list[Any]:
    if docx.rels is None:
        docx.rels = etree.Element(f"{{{PR}}}Relationships", nsmap={None: PR})
        docx.added.append(RELS)
    return list(docx.rels)


def _relate(docx: Docx, kind: str, target: str, mode: str) -> str:
    """Return the id of a relationship of the document to `target`, added if missing."""
    for rel in _relations(docx):
        if (rel.get("Type"), rel.get("Target"), rel.get("TargetMode", "")) == (kind, target, mode):
            return str(rel.get("Id"))
    taken = {rel.get("Id") for rel in _relations(docx)}
    number = next(n for n in range(1, len(taken) + 2) if f"rIdQd{n}" not in taken)
    attributes = {"Id": f"rIdQd{number}", "Type": kind, "Target": target}
    if mode:
        attributes["TargetMode"] = mode
    etree.SubElement(docx.rels, f"{{{PR}}}Relationship", attributes)
    return f"rIdQd{number}"


class _Links:
    """Brings the relationships of new blocks (links, pictures) into the person's package."""

    def __init__(self, mine: Docx, theirs: Docx) -> None:
        self.mine = mine
        self.theirs = {
            rel.get("Id"): rel for rel in (theirs.rels if theirs.rels is not None else ())
        }
        self.source = theirs
        self.done: dict[str, str] = {}

    def bring(self, element: Any) -> None:
        for node in element.iter():
            for name, value in node.attrib.items():
                if name.startswith(f"{{{R}}}") and value in self.theirs:
                    node.set(name, self._id(value))

    def _id(self, old: str) -> str:
        if old not in self.done:
            rel = self.theirs[old]
            mode = rel.get("TargetMode", "")
            target = str(rel.get("Target"))
            if mode != "External":
                self._copy_part(target)
            self.done[old] = _relate(self.mine, str(rel.get("Type")), target, mode)
        return self.done[old]

    def _copy_part(self, target: str) -> None:
        name = posixpath.normpath(posixpath.join("word", target))
        if name not in self.mine.members and name in self.source.members:
            self.mine.members[name] = self.source.members[name]
            self.mine.added.append(name)
