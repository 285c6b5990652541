"""Mistakes people make when they edit a template in Word, found before Jinja sees the XML.

Each check raises a TemplateProblem naming the tag and the paragraph it sits in, so that the
message can say where to look and what to do (the message itself is built by the loader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.render.docx.tags import has_curly_quotes
from pipeline.render.docx.wordxml import PARAGRAPH, PARAGRAPH_START, TAG, TEXT, XML_TAG

_OPEN = re.compile(r"\{\{|\{%|\{#")
_CLOSE = re.compile(r"\}\}|%\}|#\}")
_SCOPED = re.compile(r"\{[%{#](tr|tc|p|r)\s")
_RICH = re.compile(r"\{\{(tr|tc)\s")  # {{r x}} and {{p x}} print text
_TOKEN = re.compile(
    r"<\?.*?\?>|<!--.*?-->|<!\[CDATA\[.*?\]\]>"
    r"|<(/?)([\w:.-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>"
    r"|\{%-?\s*(\w+)(.*?)-?%\}",
    re.DOTALL,
)
_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "autoescape"})
_MIDDLES = frozenset({"elif", "else"})


@dataclass(frozen=True)
class TemplateProblem(Exception):
    """A template mistake: its kind (an i18n key suffix), the tag and the paragraph text."""

    kind: str
    tag: str
    place: str
    other: str = ""


def visible_text(xml: str, limit: int = 90) -> str:
    """Return the text a person sees in an XML fragment, shortened for a message."""
    texts = TEXT.findall(xml)
    words = "".join(texts) if texts else XML_TAG.sub(" ", xml)
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def paragraph_text(xml: str, position: int) -> str:
    """Return the visible text of the paragraph around `position` (or of what surrounds it)."""
    starts = [m.start() for m in PARAGRAPH_START.finditer(xml, max(0, position - 20_000), position)]
    if starts and xml.rfind("</w:p>", starts[-1], position) == -1:
        end = xml.find("</w:p>", position)
        return visible_text(xml[starts[-1] : end if end != -1 else len(xml)])
    return visible_text(xml[position : position + 2_000]) or visible_text(xml[:position][-2_000:])


def check_paragraphs(xml: str) -> str:
    """Check each paragraph's tags: whole, at their right place, not rich.

    Return the first tag whose strings are in typographic quotes ('' when none): they are
    read as straight quotes, as docxtpl does, and the user is told once.
    """
    curly = ""
    for match in PARAGRAPH.finditer(xml):
        paragraph = match.group()
        words = "".join(TEXT.findall(paragraph))
        if "{" not in words and "}" not in words:
            continue
        place = visible_text(paragraph)
        _check_split(words, place)
        for tag in TAG.findall(words):
            if not curly and has_curly_quotes(tag):
                curly = tag
            if _RICH.match(tag):
                raise TemplateProblem("rich", tag, place)
        _check_scope(xml, match.start(), words, place)
    return curly


def _check_split(words: str, place: str) -> None:
    depth_tag = ""
    position = 0
    while position < len(words):
        opening = _OPEN.search(words, position)
        closing = _CLOSE.search(words, position)
        if closing is not None and (opening is None or closing.start() < opening.start()):
            raise TemplateProblem(
                "split_tag", words[max(0, closing.start() - 20) : closing.end()], place
            )
        if opening is None:
            return
        end = _CLOSE.search(words, opening.end())
        if end is None:
            depth_tag = words[opening.start() : opening.start() + 40]
            raise TemplateProblem("split_tag", depth_tag, place)
        position = end.end()


def _check_scope(xml: str, start: int, words: str, place: str) -> None:
    for scoped in _SCOPED.finditer(words):
        container = scoped.group(1)
        tag_match = TAG.search(words, scoped.start())
        tag = tag_match.group() if tag_match else scoped.group()
        if container in ("tr", "tc") and not _inside(xml, start, container):
            raise TemplateProblem(f"outside_{container}", tag, place)
        if container == "r":
            continue
        holder = _container_text(xml, start, container)
        others = [t for t in TAG.findall(holder) if t != tag]
        if others:
            raise TemplateProblem(f"not_alone_{container}", tag, place, others[0])


def _inside(xml: str, position: int, container: str) -> bool:
    opened = max(
        xml.rfind(f"<w:{container}>", 0, position), xml.rfind(f"<w:{container} ", 0, position)
    )
    return opened > xml.rfind(f"</w:{container}>", 0, position)


def _container_text(xml: str, position: int, container: str) -> str:
    if container == "p":
        end = xml.find("</w:p>", position)
        return "".join(TEXT.findall(xml[position:end]))
    start = max(
        xml.rfind(f"<w:{container}>", 0, position), xml.rfind(f"<w:{container} ", 0, position)
    )
    end = xml.find(f"</w:{container}>", position)
    return "".join(TEXT.findall(xml[start:end]))


def check_blocks(source: str) -> None:
    """Check that each `{% if/for %}` and its end sit in the same element or paragraph level.

    A `{% for %}` in one table row and its `{% endfor %}` in another (a loop in a table without
    `{%tr %}`) would repeat half rows and corrupt the document.
    """
    elements: list[tuple[str, int]] = []
    blocks: list[tuple[str, str, tuple[tuple[str, int], ...], int]] = []
    for token in _TOKEN.finditer(source):
        closing, name, empty, block, rest = token.groups()
        if name:
            _xml_step(elements, closing == "/", name, empty == "/", token.start())
        elif block:
            _block_step(source, blocks, block, rest or "", tuple(elements), token)
    if blocks:
        _, tag, _, position = blocks[-1]
        raise TemplateProblem("unclosed", tag, paragraph_text(source, position))


def _xml_step(
    elements: list[tuple[str, int]], closing: bool, name: str, empty: bool, position: int
) -> None:
    if empty:
        return
    if not closing:
        elements.append((name, position))
    elif elements and elements[-1][0] == name:
        elements.pop()
    else:
        raise TemplateProblem("xml", f"</{name}>", "")


def _block_step(
    source: str,
    blocks: list[tuple[str, str, tuple[tuple[str, int], ...], int]],
    name: str,
    rest: str,
    here: tuple[tuple[str, int], ...],
    token: re.Match[str],
) -> None:
    if name == "set" and "=" not in rest:
        name = "setblock"
    if name in _OPENERS or name == "setblock":
        blocks.append((name, token.group(), here, token.start()))
        return
    is_end = name.startswith("end") and blocks and blocks[-1][0] in (name[3:], name[3:] + "block")
    if name not in _MIDDLES and not is_end:
        return
    if not blocks:
        return  # Jinja reports an unmatched end tag itself
    _, tag, then, position = blocks[-1]
    kind = _split_kind(then, here)
    if kind:
        raise TemplateProblem(kind, tag, paragraph_text(source, position), token.group())
    if is_end:
        blocks.pop()


# Below a paragraph, a block may open in one run and close in another (Word splits runs at
# every change of formatting): what lies between is removed or repeated whole, and stays valid.
_INLINE = frozenset(
    {
        "w:r",
        "w:t",
        "w:hyperlink",
        "w:smartTag",
        "w:fldSimple",
        "w:ins",
        "w:del",
        "w:instrText",
        "w:delText",
    }
)
_KINDS = {"w:tr": "loop_rows", "w:tc": "loop_cells", "w:tbl": "loop_rows"}


def _split_kind(then: tuple[tuple[str, int], ...], here: tuple[tuple[str, int], ...]) -> str:
    """Return '' when a block's two ends may hold what lies between, else the kind of mistake.

    Both ends in one element is always fine. Ends in two paragraphs of the same container, at
    the same depth, are fine too (docxtpl renders them): what lies between is whole paragraphs,
    removed or repeated, and the XML stays valid.
    """
    for (a, a_at), (b, b_at) in zip(then, here, strict=False):
        if a != b or (a_at != b_at and a not in _INLINE):
            if a == b == "w:p" and [n for n, _ in then] == [n for n, _ in here]:
                return ""
            return _KINDS.get(a, "loop_paragraphs")
    if len(then) != len(here):
        deeper = then if len(then) > len(here) else here
        return _KINDS.get(deeper[min(len(then), len(here))][0], "loop_paragraphs")
    return ""
