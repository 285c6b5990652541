"""Word fields in the packaged templates: page numbers, table of contents, evidence links."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def link_field(paragraph: Paragraph, condition: str, target: str, shown: str) -> None:
    """Append a clickable link when `condition` holds (a HYPERLINK field), plain text otherwise.

    A field, not a w:hyperlink element: its target is template text, so Word keeps the
    template valid while people edit it, and no relationship has to be added per link.
    """
    paragraph.add_run(f"{{%r if {condition} %}}")
    _field_char(paragraph, "begin")
    instruction = paragraph.add_run()._r
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f' HYPERLINK "{target}" '
    instruction.append(code)
    _field_char(paragraph, "separate")
    paragraph.add_run(shown, style="Hyperlink")
    _field_char(paragraph, "end")
    paragraph.add_run("{%r else %}")
    paragraph.add_run(shown)
    paragraph.add_run("{%r endif %}")


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """Append a Word field (PAGE, NUMPAGES, TOC...) with its last displayed value."""
    _field_char(paragraph, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph, "separate")
    paragraph.add_run(shown)
    _field_char(paragraph, "end")


def _field_char(paragraph: Paragraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")  # Word recomputes it (page numbers, contents)
    paragraph.add_run()._r.append(char)
