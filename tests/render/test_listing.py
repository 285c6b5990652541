"""Printed line breaks and tabs are resolved paragraph by paragraph exactly as docxtpl resolves
the whole part."""

from __future__ import annotations

import pytest
from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]

from pipeline.render.docx.listing import resolve_listing
from pipeline.render.docx.wordxml import PARAGRAPH


def _paragraph(text: str) -> str:
    return f'<w:p><w:pPr/><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


LISTINGS = [
    # (case, a filled part: only the paragraphs holding a break or a tab change)
    ("none", _paragraph("one") * 3),
    ("one_among_many", _paragraph("a") * 50 + _paragraph("two\nlines") + _paragraph("b") * 50),
    ("first_and_last", _paragraph("x\ty") + _paragraph("z") * 20 + _paragraph("end\n")),
    ("outside_paragraphs", "<w:body>\n" + _paragraph("a\nb") + "\t</w:body>"),
    (
        "nested",
        "<w:p><w:r><w:t>a\nb</w:t><w:txbxContent><w:p><w:r><w:t>c</w:t></w:r></w:p>"
        "</w:txbxContent></w:r></w:p>" + _paragraph("d\te"),
    ),
]


@pytest.mark.parametrize(("case", "xml"), LISTINGS, ids=[case for case, _ in LISTINGS])
def test_printed_breaks_are_resolved_as_docxtpl_resolves_the_whole_part(
    case: str, xml: str
) -> None:
    whole = PARAGRAPH.sub(
        lambda m: (
            DocxTemplate(None).resolve_listing(m.group())
            if "\n" in m.group() or "\t" in m.group()
            else m.group()
        ),
        xml,
    )
    assert resolve_listing(xml) == whole
    assert ("<w:br/>" in whole or "<w:tab/>" in whole) == (case != "none")
