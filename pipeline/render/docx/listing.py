"""Printed line breaks and tabs become Word's, as docxtpl does it, in the paragraphs holding one.

docxtpl rewrites every paragraph of a filled part (`resolve_listing`); only a paragraph
holding a line break or a tab can change. A document of thousands of paragraphs usually
holds a handful: the text is cut around each of those characters, right after the `</w:p>`
before it and the one after it, and docxtpl's rewrite runs on those pieces only. No paragraph
of well-formed XML spans such a cut (a tag cannot hold a `<`), so the pieces are the
paragraphs a scan of the whole text would find; a text where one might is rewritten whole.
"""

from __future__ import annotations

import re

from pipeline.render.docx.template import DOCXTPL
from pipeline.render.docx.wordxml import PARAGRAPH

_END = "</w:p>"
_END_IN_TAG = re.compile(r"<w:p [^>]*</w:p>")  # not XML: a paragraph could span a cut


def resolve_listing(output: str) -> str:
    """Return `output` with the line breaks and tabs of its paragraphs written as Word's."""
    newline, tab = output.find("\n"), output.find("\t")
    if newline < 0 and tab < 0:
        return output
    if _END_IN_TAG.search(output):
        return PARAGRAPH.sub(_resolved, output)
    pieces: list[str] = []
    done = 0
    while newline >= 0 or tab >= 0:
        at = min(newline, tab) if newline >= 0 and tab >= 0 else max(newline, tab)
        start = output.rfind(_END, done, at)
        start = done if start < 0 else start + len(_END)
        end = output.find(_END, at)
        end = len(output) if end < 0 else end + len(_END)
        pieces.append(output[done:start])
        pieces.append(PARAGRAPH.sub(_resolved, output[start:end]))
        done = end
        newline = output.find("\n", done) if 0 <= newline < done else newline
        tab = output.find("\t", done) if 0 <= tab < done else tab
    pieces.append(output[done:])
    return "".join(pieces)


def _resolved(paragraph: re.Match[str]) -> str:
    text = paragraph.group()
    return DOCXTPL.resolve_listing(text) if "\n" in text or "\t" in text else text
