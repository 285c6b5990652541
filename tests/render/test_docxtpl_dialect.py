"""The packaged templates stay docxtpl templates: bare docxtpl fills them with the same text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from pipeline.render import plan_documents
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.template import load_template
from tests.render.factory import dossier, report, workspace
from tests.render.reading import TODAY, header_footer_text, open_docx, paragraphs, render


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bare_docxtpl_gives_the_same_text(tmp_path: Path, lang: str) -> None:
    doss = dossier(lang)  # type: ignore[arg-type]
    ours = render(doss, report(doss, lang), tmp_path, lang)  # type: ignore[arg-type]
    plans = plan_documents(
        doss,
        report(doss, lang),
        workspace(tmp_path, lang),  # type: ignore[arg-type]
        TODAY,
    )
    for plan in plans:
        template = DocxTemplate(str(plan.template))
        template.render(
            dict(plan.context),
            jinja_env=SandboxedEnvironment(autoescape=True, undefined=StrictUndefined),
        )
        buffer = io.BytesIO()
        template.save(buffer)
        theirs, mine = open_docx(buffer.getvalue()), open_docx(ours[plan.name])
        # our contents list shows its entries; bare docxtpl leaves the field's placeholder
        assert without_contents(theirs) == without_contents(mine), plan.name
        assert header_footer_text(theirs) == header_footer_text(mine), plan.name


def without_contents(document: DocumentObject) -> list[str]:
    """Return the text of every paragraph outside the table of contents."""
    kept = []
    for paragraph, shown in zip(
        document.element.body.iter(qn("w:p")), paragraphs(document), strict=True
    ):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        in_contents = style is not None and style.get(qn("w:val")).startswith("TOC")
        has_field = any("TOC " in (t.text or "") for t in paragraph.iter(qn("w:instrText")))
        if not (in_contents and style.get(qn("w:val")) != "TOCHeading") and not has_field:
            kept.append(shown)
    return kept


ACCEPTED = [
    # (case, template paragraph, what the reader sees)
    ("french_quotes", "{{ \u00ab\u00a0Bonjour\u00a0\u00bb ~ name }}", "BonjourAda"),
    ("quotes_kept_in_strings", '{{ nickname|default("« aucun »") }}', "« aucun »"),
    ("curly_apostrophe_in_string", "{{ \u201cl\u2019organisme\u201d }}", "l'organisme"),
    ("rich_run_prints_text", "Name: {{r name }}", "Name: Ada"),
    ("rich_paragraph_prints_text", "{{p name }}", "Ada"),
    ("escaped_ampersand_in_string", '{{ "R&D " ~ name }}', "R&D Ada"),
    ("defined_guard", "{% if nickname is defined %}{{ nickname }}{% else %}-{% endif %}", "-"),
    ("default_on_missing", "{{ nickname|d(name) }}", "Ada"),
]


@pytest.mark.parametrize(("case", "line", "shown"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_tags_as_people_type_them_render(tmp_path: Path, case: str, line: str, shown: str) -> None:
    document = Document()
    document.add_paragraph(line)
    path = tmp_path / f"{case}.docx"
    document.save(str(path))
    compiled = load_template(path, path.name, "en", frozenset({"name"}))
    filled = open_docx(render_template(compiled, {"name": "Ada"}, "en", TODAY))
    assert paragraphs(filled) == [shown]
