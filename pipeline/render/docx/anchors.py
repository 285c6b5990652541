"""Anchor every block of a rendered document to its place (see `pipeline.core.anchors`).

A paragraph's place is its heading path, and its rank there; a table row's place is its
table's, the text of its first cell and its rank among rows starting so: a row added or
removed by the data does not move the other rows' places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from types import MappingProxyType
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.core.anchors import BLOCK, DIGITS, TABLE, W, q, section_path, text_of
from pipeline.core.digest import digest_text, digest_texts

ANCHOR_LIMIT = 8 * 1024 * 1024  # bytes of main part parsed whole to anchor it
ROWS = "qd-rows"  # the placeholder of a fast table loop's rows (see sandbox.qd_rows)
MARK = "qd-a"  # the placeholder of a paragraph's bookmarks (see `anchor`)
_MARKED = re.compile(r'<qd-a i="(\d+)"/>')
_FIRST_ID = 900_000  # far above the ids Word and LibreOffice give their own bookmarks
_P, _P_PR, _TR, _TC, _TBL = q("p"), q("pPr"), q("tr"), q("tc"), q("tbl")
_START, _END, _ID, _NAME = q("bookmarkStart"), q("bookmarkEnd"), q("id"), q("name")
# Our own output, checked when rendered; it may be far larger than a template (long registers).
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, load_dtd=False)


def anchor(
    body: Any,
    later: Mapping[int, Sequence[str]] = MappingProxyType({}),
    written: list[str] | None = None,
) -> dict[int, list[str]]:
    """Put an anchor bookmark at the start of every block of `body` (in place).

    A table may hold the placeholder of rows still to come (`<qd-rows i="n"/>`, see
    `sandbox.qd_rows`): `later[n]` is the text of each such row's first cell. Their anchors
    are returned by placeholder, as the bookmark XML each row starts with.

    With `written`, a paragraph gets one placeholder `<qd-a i="k"/>` instead of its bookmark
    elements, and `written[k]` their XML: `unmark` puts it in the part once written (creating
    thousands of elements costs more than writing them; see `bookmarks_as_text`).
    """
    ids = iter(range(_FIRST_ID, _FIRST_ID + 10_000_000))
    marks: dict[int, list[str]] = {}
    for name, element in _places(body, later):
        if isinstance(element, int):  # a row of placeholder `element`
            marks.setdefault(element, []).append(_bookmark_xml(next(ids), name))
            continue
        paragraph = element if element.tag == _P else next(element.iter(_P), None)
        if paragraph is None:
            continue
        if written is None:
            _insert(paragraph, str(next(ids)), name)
        else:
            _mark(paragraph, _bookmark_xml(next(ids), name), written)
    return marks


def bookmarks_as_text(xml: str) -> bool:
    """True when bookmarks written as text are what lxml would write for this part: it binds
    WordprocessingML once, to `w:`, has no default namespace and no placeholder of ours."""
    declared = f'xmlns:w="{W}"' in xml or f"xmlns:w='{W}'" in xml
    once = xml.count(W) == 1 and xml.count("xmlns:w=") == 1
    return declared and once and "xmlns=" not in xml and f"<{MARK}" not in xml


def unmark(xml: str, written: Sequence[str]) -> str:
    """Return the written part with each paragraph's placeholder replaced by its bookmarks."""
    return _MARKED.sub(lambda found: written[int(found.group(1))], xml)


def _insert(paragraph: Any, mark: str, name: str) -> None:
    start = paragraph.makeelement(_START, {_ID: mark, _NAME: name})
    end = paragraph.makeelement(_END, {_ID: mark})
    at = 1 if len(paragraph) and paragraph[0].tag == _P_PR else 0
    paragraph.insert(at, end)
    paragraph.insert(at, start)


def _mark(paragraph: Any, xml: str, written: list[str]) -> None:
    """As `_insert`, the bookmarks as text: a later one goes before those placed already."""
    at = 1 if len(paragraph) and paragraph[0].tag == _P_PR else 0
    if len(paragraph) > at and paragraph[at].tag == MARK:
        placed = int(paragraph[at].get("i"))
        written[placed] = xml + written[placed]
        return
    paragraph.insert(at, paragraph.makeelement(MARK, {"i": str(len(written))}))
    written.append(xml)


def _bookmark_xml(number: int, name: str) -> str:
    """Return the XML of an anchor bookmark, as lxml writes the ones `anchor` inserts."""
    return f'<w:bookmarkStart w:id="{number}" w:name="{name}"/><w:bookmarkEnd w:id="{number}"/>'


def _places(body: Any, later: Mapping[int, Sequence[str]]) -> Iterator[tuple[str, Any]]:
    """Yield (anchor name, element) for every paragraph, table and table row of `body`."""
    path: list[str] = []
    ranks: Counter[tuple[str, ...]] = Counter()
    for element in body:
        if element.tag == _P:
            path = section_path(path, element)
            kind = "p"
        elif element.tag == _TBL:
            kind = "table"
        else:
            continue
        place = (kind, *path)
        name = _name(TABLE if kind == "table" else BLOCK, *place, str(ranks[place]))
        ranks[place] += 1
        yield name, element
        if kind == "table":
            yield from _rows(element, name, later)


def _rows(
    table: Any, table_name: str, later: Mapping[int, Sequence[str]]
) -> Iterator[tuple[str, Any]]:
    """Yield (anchor name, row) for the rows of a table, (name, n) for those of placeholder n."""
    seen: Counter[str] = Counter()
    rows: list[tuple[str, str, Any]] = []  # first cell's text, rank among rows so starting
    for row in table:
        if row.tag == ROWS:
            n = int(row.get("i", "-1"))
            for first in later.get(n, ()):
                rows.append((first, str(seen[first]), n))
                seen[first] += 1
            continue
        if row.tag != _TR:
            continue
        cell = next(row.iter(_TC), None)
        first = text_of(cell) if cell is not None else ""
        rows.append((first, str(seen[first]), row))
        seen[first] += 1
    digests = digest_texts(("row", table_name), [(first, rank) for first, rank, _ in rows])
    for (_, _, row), digest in zip(rows, digests, strict=True):
        yield BLOCK + digest[:DIGITS], row


def _name(prefix: str, *parts: str) -> str:
    return prefix + digest_text(*parts)[:DIGITS]


def anchored(main: Iterator[bytes]) -> Iterator[bytes]:
    """Return the main document part with every block of its body anchored.

    A part larger than ANCHOR_LIMIT (a register of many thousand rows) is streamed on as it
    is: parsing it whole would break the bounded memory of long registers; such a document
    is then not merged (the new version goes beside an edited copy, as said to the person).
    """
    head: list[bytes] = []
    size = 0
    for chunk in main:
        head.append(chunk)
        size += len(chunk)
        if size > ANCHOR_LIMIT:
            return chain(head, main)
    root = etree.fromstring(b"".join(head), _PARSER)
    body = root.find(q("body"))
    if body is not None:
        anchor(body)
    return iter((etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True),))
