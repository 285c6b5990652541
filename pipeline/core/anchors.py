"""Block anchors: the hidden bookmarks that tie each paragraph and table row of a generated
document to the place that produced it (written by render, read by deliver's merge).

Word and LibreOffice Writer both keep bookmarks when they save a .docx (checked through
`soffice --convert-to docx`), so a block is recognised in a person's file however much its
text was changed. A '_' name is a hidden bookmark: Word does not list it.
"""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BLOCK = "_qd"  # a paragraph or a table row
TABLE = "_qt"  # a table (in its first paragraph, beside its first row's)
DIGITS = 20  # hexadecimal digits after the prefix (Word keeps names up to 40 characters)
_HEADING = "Heading"


def q(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag."""
    return f"{{{W}}}{tag}"


_T, _TAB, _BR, _TC = q("t"), q("tab"), q("br"), q("tc")


def is_anchor(name: str) -> bool:
    """Return True when a bookmark name is one of our anchors."""
    return name[:3] in (BLOCK, TABLE) and len(name) == 3 + DIGITS


def text_of(element: Any) -> str:
    """Return the visible text of a block: its runs' text, tabs and line breaks, cells by tab."""
    parts: list[str] = []
    for node in element.iter(_T, _TAB, _BR, _TC):
        tag = node.tag
        if tag == _T:
            parts.append(node.text or "")
        elif tag == _BR:
            parts.append("\n")
        elif tag == _TAB or parts:
            parts.append("\t")
    return "".join(parts).strip()


def heading_level(paragraph: Any) -> int:
    """Return 1-9 for a paragraph in a built-in heading style, 0 for any other."""
    style = paragraph.find(f"{q('pPr')}/{q('pStyle')}")
    name = "" if style is None else str(style.get(q("val"), ""))
    level = name.removeprefix(_HEADING)
    return int(level) if name.startswith(_HEADING) and level.isdigit() else 0


def section_path(path: list[str], paragraph: Any) -> list[str]:
    """Return the heading path after `paragraph` (unchanged when it is not a heading)."""
    level = heading_level(paragraph)
    return [*path[: level - 1], text_of(paragraph)] if level else path
