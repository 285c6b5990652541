"""A broken or hostile custom template stops with a message naming the template, place and fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject

from pipeline.core.assets import asset_dir
from pipeline.core.errors import TemplateError
from tests.render.factory import dossier, report
from tests.render.reading import render

NAME = "feedback-register.docx"
SHOWN = f"templates/docx/en/{NAME}"


def _paragraph(text: str) -> Callable[[DocumentObject], None]:
    def build(doc: DocumentObject) -> None:
        doc.add_paragraph(text)

    return build


def _split(doc: DocumentObject) -> None:
    doc.add_paragraph("Title: {{ doc.title")
    doc.add_paragraph("}} end")


def _rows(first: list[str], *more: list[str]) -> Callable[[DocumentObject], None]:
    def build(doc: DocumentObject) -> None:
        table = doc.add_table(rows=0, cols=len(first))
        for row in (first, *more):
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = value

    return build


def _header(doc: DocumentObject) -> None:
    doc.sections[0].header.paragraphs[0].add_run("{{ doc.titel }}")


CASES = [
    # (case, edit, words the message must contain)
    ("syntax", _paragraph("Total: {{ total + }}"), ["Total: {{ total + }}"]),
    ("unclosed", _paragraph("{% if total %}many"), ["“{% if total %}”", "never closed"]),
    (
        "unknown_variable",
        _paragraph("Count: {{ totl }}"),
        ["“totl”", "Count: {{ totl }}", "docs/templates.md", "variables are: doc, empty"],
    ),
    ("undefined", _paragraph("Title: {{ doc.titel }}"), ["Title: {{ doc.titel }}", "titel"]),
    (
        "unknown_variable_unguarded",
        _paragraph("{{ nickname|default('none') }} then {{ nickname }}"),
        ["“nickname”", "doc, empty, entries", 'default("")'],
    ),
    (
        "loop_rows",
        _rows(["{% for e in entries %}"], ["{{ e.date }}"], ["{% endfor %}"]),
        ["different table rows", "{%tr for … %}"],
    ),
    ("split_tag", _split, ["“Title: {{ doc.title”", "not closed in its paragraph"]),
    (
        "not_alone_tr",
        _rows(
            ["{%tr for e in entries %}", "{{ e.date }}"],
            ["{{ e.group }}", ""],
            ["{%tr endfor %}", ""],
        ),
        ["“{{ e.date }}”", "would be lost"],
    ),
    ("rich", _paragraph("{{tc doc.title }}"), ["{{tc doc.title }}", "rich text"]),
    ("no_safe_filter", _paragraph("{{ doc.title|safe }}"), ["safe"]),
    ("sandbox_escape", _paragraph("{{ ''.__class__.__mro__ }}"), ["may not do", "__class__"]),
    (  # a field read first does not make the same record's internals readable
        "sandbox_after_field",
        _paragraph("{{ doc.title }} {{ doc.__class__ }}"),
        ["may not do", "__class__"],
    ),
    (
        "sandbox_subclasses",
        _paragraph("{{ entries.__class__.__base__.__subclasses__() }}"),
        ["may not do"],
    ),
    (
        "huge_loop",
        _paragraph(
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
        ),
        ["without end", "2,000,000"],
    ),
    ("huge_range", _paragraph("{% for i in range(10**9) %}x{% endfor %}"), ["may not do"]),
    ("huge_string", _paragraph("{{ 'x' * 100000000 }}"), ["may not do"]),
    ("format_width", _paragraph("{{ '%999999999s'|format(1) }}"), ["may not do"]),
    ("header", _header, [f"{SHOWN} (header1)", "titel"]),
    (
        "recursion",
        _paragraph("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
        ["a macro calls itself without end"],
    ),
    (
        "doubling_join",
        _paragraph(
            "{% set ns = namespace(v='xxxxxxxx') %}{% for i in range(48) %}"
            "{% set ns.v = ns.v ~ ns.v %}{% endfor %}{{ ns.v|length }}"
        ),
        ["text too long"],
    ),
    (
        "doubling_plus",
        _paragraph(
            "{% set ns = namespace(v='xxxxxxxx') %}{% for i in range(48) %}"
            "{% set ns.v = ns.v + ns.v %}{% endfor %}{{ ns.v|length }}"
        ),
        ["text too long"],
    ),
    (
        "doubling_filter",
        _paragraph(
            "{% set ns = namespace(v='xx') %}{% for i in range(48) %}"
            "{% set ns.v = ns.v|replace('x', 'xx') %}{% endfor %}"
        ),
        ["text too long"],
    ),
    (
        "autoescape_off",
        _paragraph("{% autoescape false %}{{ doc.title }}{% endautoescape %}"),
        ["autoescape tag is not allowed"],
    ),
]


def _broken(
    root: Path, edit: Callable[[DocumentObject], None], lang: str = "en", name: str = NAME
) -> Path:
    doc = Document(str(asset_dir("docx", lang) / name))  # type: ignore[arg-type]
    edit(doc)
    target = root / "templates" / "docx" / lang / name
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


@pytest.mark.parametrize(("case", "edit", "words"), CASES, ids=[c[0] for c in CASES])
def test_broken_template_is_named_with_place_and_fix(
    tmp_path: Path, case: str, edit: Callable[[DocumentObject], None], words: list[str]
) -> None:
    _broken(tmp_path, edit)
    with pytest.raises(TemplateError) as caught:
        render(dossier(), report(dossier()), tmp_path)
    message = str(caught.value)
    assert SHOWN in message
    for word in words:
        assert word in message
    assert caught.value.hint


def test_message_is_in_the_workspace_language(tmp_path: Path) -> None:
    name = "registre-appreciations.docx"
    _broken(tmp_path, _paragraph("Nombre : {{ totl }}"), "fr", name)
    doss = dossier("fr")
    with pytest.raises(TemplateError) as caught:
        render(doss, report(doss, "fr"), tmp_path, "fr")
    assert caught.value.message.startswith(
        f"Le modèle templates/docx/fr/{name} utilise une variable inconnue « totl »"
    )


def test_a_file_that_is_not_a_word_document(tmp_path: Path) -> None:
    target = tmp_path / "templates" / "docx" / NAME
    target.parent.mkdir(parents=True)
    target.write_bytes(b"this is not a zip")
    with pytest.raises(TemplateError, match="cannot be read as a Word document"):
        render(dossier(), report(dossier()), tmp_path)


def test_a_template_with_entities_is_refused(tmp_path: Path) -> None:
    import zipfile

    source = asset_dir("docx", "en") / NAME
    target = tmp_path / "templates" / "docx" / NAME
    target.parent.mkdir(parents=True)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY a "aaaa">]>', 1)
            new.writestr(item, data)
    with pytest.raises(TemplateError, match="DTD or entity"):
        render(dossier(), report(dossier()), tmp_path)


def test_a_valid_custom_template_overrides_the_packaged_one(tmp_path: Path) -> None:
    _broken(tmp_path, _paragraph("Custom line: {{ total }} entries for {{ doc.organisation }}"))
    from tests.render.reading import open_docx, text

    body = text(open_docx(render(dossier(), report(dossier()), tmp_path)[NAME]))
    assert "Custom line: 2 entries for Atelier Horizon Formation" in body
