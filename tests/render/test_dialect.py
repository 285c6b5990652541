"""docxtpl's dialect, read from docxtpl's own source, is docxtpl's: same Jinja, same XML, also
where only the paragraphs that can change are rewritten."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]
from lxml import etree

from pipeline.core.assets import asset_dir
from pipeline.render.docx.dialect import _check, _method, _Unexpected, dialect
from pipeline.render.docx.listing import resolve_listing
from pipeline.render.docx.package import read_package
from pipeline.render.docx.wordxml import PARAGRAPH

CORPUS = Path(__file__).parent / "docxtpl_corpus"
TEMPLATES = [*sorted(asset_dir("docx", "en").glob("*.docx")), *sorted(CORPUS.glob("*.docx"))]
TC_LOOP = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:body><w:tbl><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc>'
    "<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>"
)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: path.name)
def test_the_tags_of_every_template_become_the_jinja_docxtpl_makes(path: Path) -> None:
    package = read_package(path.read_bytes())
    for name in package.templated:
        xml = package.member(name).decode("utf-8")
        assert dialect().patch_xml(xml) == DocxTemplate(None).patch_xml(xml), name


def test_printed_breaks_and_a_table_loop_grid_are_written_as_docxtpl_writes_them() -> None:
    listing = (
        '<w:p><w:pPr/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">a\nb\tc</w:t></w:r></w:p>'
    )
    assert dialect().resolve_listing(listing) == DocxTemplate(None).resolve_listing(listing)
    ours = etree.tostring(dialect().fix_tables(TC_LOOP.encode()))
    assert ours == etree.tostring(DocxTemplate(None).fix_tables(TC_LOOP.encode()))
    assert ours.count(b"gridCol") == 3  # the grid grew with the loop's cells


HEAD = "import re\n\n\nclass DocxTemplate(object):\n"
SOURCES = [
    # (case, a docxtpl whose method is not what the dialect can run without docxtpl)
    ("reads_self", HEAD + "    def patch_xml(self, xml):\n        return self.other(xml)\n"),
    ("needs_a_helper", HEAD + "    def patch_xml(self, xml):\n        return helper(xml)\n"),
    ("another_class", "class Other:\n    def patch_xml(self, xml):\n        return xml\n"),
    ("typed", HEAD + "    def patch_xml(self, xml: str) -> str:\n        return xml\n"),
]


@pytest.mark.parametrize(("case", "source"), SOURCES, ids=[case for case, _ in SOURCES])
def test_another_docxtpl_is_imported_rather_than_read(case: str, source: str) -> None:
    with pytest.raises(_Unexpected):
        _check(compile(_method(source, "patch_xml"), "template.py", "exec"))


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


def test_the_installed_docxtpl_is_read_without_importing_it() -> None:
    """Importing docxtpl imports python-docx (some 40 ms of every build): with the docxtpl
    this project pins, its dialect is read from its source instead."""
    code = subprocess.run(
        [sys.executable, "-c", SEEN_IMPORTED],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert code.stdout.split() == ["partial", "False", "False"]


SEEN_IMPORTED = (
    "import sys\n"
    "from pipeline.render.docx.dialect import dialect\n"
    "print(type(dialect().patch_xml).__name__, 'docxtpl' in sys.modules, 'docx' in sys.modules)"
)
