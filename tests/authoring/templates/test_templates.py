"""The packaged templates: what the generator makes, Word-native structure, a current reference."""

from __future__ import annotations

import io
import keyword
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.authoring.templates import TEMPLATES, build_template
from pipeline.authoring.templates.reference import CONTEXTS, reference
from pipeline.core.assets import asset_dir
from pipeline.render.docx.rows import RowPattern
from pipeline.render.docx.template import load_template
from tests.render.reading import instructions

ROOT = Path(__file__).resolve().parents[3]
LANDSCAPE = {"feedback_register", "complaint_register", "improvement_register", "validation_report"}
CASES = [(key, lang) for lang in ("en", "fr") for key in TEMPLATES]


def _file(key: str, lang: str) -> Path:
    from pipeline.i18n import text

    return asset_dir("docx", lang) / text(lang, f"doc.file.{key}")  # type: ignore[arg-type]


def _parts(data: bytes) -> dict[str, bytes]:
    """Return each XML part in canonical form (text and structure, not zip bytes)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: etree.tostring(etree.fromstring(archive.read(name)), method="c14n")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }


@pytest.mark.parametrize(("key", "lang"), CASES)
def test_committed_templates_are_what_the_generator_makes(key: str, lang: str) -> None:
    committed = _file(key, lang).read_bytes()
    assert _parts(committed) == _parts(build_template(key, lang)), (  # type: ignore[arg-type]
        "Run `python -m pipeline.authoring.templates` and commit templates/docx/"
    )


def test_template_reference_is_current() -> None:
    assert (ROOT / "docs" / "templates.md").read_text(encoding="utf-8") == reference(), (
        "Run `python -m pipeline.authoring.templates` and commit docs/templates.md"
    )


@pytest.mark.parametrize(("key", "lang"), CASES)
def test_templates_use_word_structure(key: str, lang: str) -> None:
    doc = Document(str(_file(key, lang)))
    styles = {p.style.name for p in doc.paragraphs if p.style is not None}
    assert {"Title", "Heading 1"} <= styles
    assert {t.style.name for t in doc.tables if t.style is not None} == {"Table Grid"}
    header_rows = doc.element.body.findall(f".//{qn('w:tblHeader')}")
    assert header_rows, "table header rows repeat on each page"
    section = doc.sections[0]
    landscape = section.orientation == WD_ORIENT.LANDSCAPE
    assert landscape is (key in LANDSCAPE)
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "{{ doc.organisation }}" in section.header._element.xml
    assert doc.settings.element.find(qn("w:updateFields")) is not None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_preparation_has_a_table_of_contents(lang: str) -> None:
    doc = Document(str(_file("preparation", lang)))
    assert any(i.startswith("TOC") for i in instructions(doc))


@pytest.mark.parametrize(
    ("key", "loops"),
    [
        ("feedback_register", {"g", "e", "a"}),
        ("complaint_register", {"c", "a"}),
        ("validation_report", {"c", "s", "x"}),
        ("preparation", {"r", "c", "i", "e", "a", "n"}),
    ],
)
def test_long_tables_take_the_fast_path(tmp_path: Path, key: str, loops: set[str]) -> None:
    path = _file(key, "en")
    names = frozenset(f.name for f in __import__("dataclasses").fields(dict(CONTEXTS)[key]))
    template = load_template(path, path.name, "en", names)
    patterns: list[RowPattern] = [p for part in template.parts for p in part.patterns]
    assert {p.var for p in patterns} == loops


def test_context_fields_are_not_jinja_words() -> None:
    import dataclasses

    reserved = {
        "none",
        "true",
        "false",
        "loop",
        "self",
        "caller",
        "varargs",
        "kwargs",
        *keyword.kwlist,
    }
    for _, kind in CONTEXTS:
        for field in dataclasses.fields(kind):
            assert field.name not in reserved, f"{kind.__name__}.{field.name}"
