"""A template edited in LibreOffice Writer renders the text docxtpl renders, and opens again.

LibreOffice stores a quote typed in a tag as `&quot;`; Word's AutoCorrect types curly quotes;
people write a plain `{% if %}` around whole paragraphs, `|default` for optional values and
`{%tc %}` column loops. The template is written with python-docx, then saved by LibreOffice.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]

from pipeline.core.model import Lang
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.template import CompiledTemplate, load_template
from tests.office import convert, docx_text_via_libreoffice
from tests.render.reading import open_docx, paragraphs

TODAY = date(2026, 11, 27)
LETTER = [
    '{{ "Dear " ~ name }}, welcome.',
    "{{ \u201cHello \u201d ~ name }}",
    "{% if show %}",
    "Shown only when asked.",
    "{% endif %}",
    "{% if hide %}",
    "Hidden paragraph.",
    "{% endif %}",
    "{% for step in steps %}",
    "Step: {{ step }}",
    "{% endfor %}",
    'Nickname: {{ nickname|default("none") }}',
    "{% if phone is defined %}Phone: {{ phone }}{% endif %}",
]
COLUMNS = ["{%tc for c in cols %}", "{{ c }}", "{%tc endfor %}"]
CONTEXT: dict[str, object] = {
    "name": "Ada",
    "show": True,
    "hide": False,
    "steps": ["read", "sign"],
    "cols": ["Monday", "Tuesday", "Wednesday"],
}


# Every test here reads a template that LibreOffice itself saved.
pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the letter template as LibreOffice Writer saves it."""
    folder = tmp_path_factory.mktemp("letter")
    document = Document()
    for line in LETTER:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    for cell, tag in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = tag
    source = folder / "source" / "letter.docx"
    source.parent.mkdir()
    document.save(str(source))
    (saved,) = convert([source], "docx:MS Word 2007 XML", folder / "saved")
    return saved


def _ours(path: Path, lang: Lang = "en") -> tuple[CompiledTemplate, bytes]:
    compiled = load_template(path, path.name, lang, frozenset(CONTEXT))
    return compiled, render_template(compiled, CONTEXT, lang, TODAY)


def test_libreoffice_stores_quotes_in_tags_as_entities(saved_by_libreoffice: Path) -> None:
    stored = zipfile.ZipFile(saved_by_libreoffice).read("word/document.xml").decode("utf-8")
    assert "{{ &quot;Dear &quot; ~ name }}" in stored  # the case this file is about


def test_the_letter_gives_docxtpl_text(saved_by_libreoffice: Path) -> None:
    theirs = DocxTemplate(str(saved_by_libreoffice))
    theirs.render(dict(CONTEXT), autoescape=True)
    buffer = io.BytesIO()
    theirs.save(buffer)
    _, mine = _ours(saved_by_libreoffice)
    words = paragraphs(open_docx(mine))
    assert words == paragraphs(open_docx(buffer.getvalue()))
    for shown in ("Dear Ada, welcome.", "Hello Ada", "Shown only when asked.", "Step: sign"):
        assert shown in words
    assert "Nickname: none" in words and "Hidden paragraph." not in words
    assert [w for w in words if w.endswith("day")] == ["Monday", "Tuesday", "Wednesday"]


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("en", "has typographic quotes in its tags (for example \u201c{{ \u201cHello \u201d"),
        ("fr", "contient des guillemets typographiques dans ses balises"),
    ],
)
def test_typographic_quotes_are_said_once(
    saved_by_libreoffice: Path, lang: Lang, notice: str
) -> None:
    compiled, _ = _ours(saved_by_libreoffice, lang)
    assert len(compiled.notices) == 1
    assert notice in compiled.notices[0]


def test_the_filled_letter_opens_in_libreoffice(saved_by_libreoffice: Path, tmp_path: Path) -> None:
    target = tmp_path / "filled.docx"
    target.write_bytes(_ours(saved_by_libreoffice)[1])
    text = docx_text_via_libreoffice([target], tmp_path / "pdf")["filled.docx"]
    assert "Dear Ada, welcome." in text and "Monday Tuesday Wednesday" in text
