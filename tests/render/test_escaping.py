"""User text is shown literally and safely: never lost, never markup, never template code."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.core.model import Dossier, Feedback
from pipeline.render.formats import clean, typeset
from tests.office import docx_text_via_libreoffice
from tests.render.factory import dossier, entries, origin, profile, report
from tests.render.reading import open_docx, paragraphs, render, tables_rows

# (name, what someone typed, what the document must show)
CORPUS = [
    ("xml", "Tom & Jerry <b>bold</b> \"quoted\" 'single'", None),
    ("jinja_expression", "{{ 7*7 }}", None),
    ("jinja_raw", "{% raw %}x{% endraw %}", None),
    ("jinja_block", "{% for x in doc %}{{ x }}{% endfor %}", None),
    ("docxtpl_escape", "{_{ 7*7 }_} {_% x %_}", None),
    ("word_markup", "<w:p><w:r><w:t>injected</w:t></w:r></w:p>", None),
    ("cdata_end", "]]> and <![CDATA[", None),
    ("rows_placeholder", '<qd-rows i="0"/>', None),
    ("emoji", "Très bien 👍🏽 — 100 % 🎓", None),
    ("right_to_left", "مرحبا بالعالم — שלום", None),
    ("combining", "e\u0301te\u0301 \u0061\u030a", None),
    ("control_characters", "a\x00b\x07c\x0bd\x0ce\x1f", "abc\nde"),
    ("windows_line_breaks", "line 1\r\nline 2\rline 3", "line 1\nline 2\nline 3"),
    ("line_separator", "a\u2028b\u2029c", "a\nb\nc"),
    ("tab", "before\tafter", None),
    ("very_long", "x" * 40_000, None),
]


def _with_corpus(lang: str = "en") -> Dossier:
    doss = dossier(lang)  # type: ignore[arg-type]
    numbers = [e.number for e in doss.indicators or () if e.number is not None]
    indicators = list(entries(numbers))
    feedback = []
    for index, (_, value, _) in enumerate(CORPUS):
        indicators[index] = replace(indicators[index], approach=value)
        feedback.append(
            Feedback(
                origin("Feedback", 2 + index),
                date(2026, 1, 5),
                "beneficiaries",
                "Session",
                "survey_hot",
                Decimal(4),
                Decimal(5),
                value,
            )
        )
    hostile = profile(name='Tom & Jerry <Formation> "{{ 7*7 }}"')
    return replace(doss, indicators=tuple(indicators), feedback=tuple(feedback), profile=hostile)


def _expected(value: str, shown: str | None) -> str:
    return typeset(value if shown is None else shown, "en")  # as an English document sets it


@pytest.fixture(scope="module")
def corpus_documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("corpus")
    doss = _with_corpus()
    return {name: d.content for name, d in render(doss, report(doss), root).items()}


@pytest.mark.parametrize(("case", "value", "shown"), CORPUS, ids=[c[0] for c in CORPUS])
def test_register_rows_show_text_literally(
    corpus_documents: dict[str, bytes], case: str, value: str, shown: str | None
) -> None:
    rows = tables_rows(open_docx(corpus_documents["feedback-register.docx"]))
    comments = [row[5] for row in rows if len(row) == 7 and row[1] == "Beneficiaries"]
    assert _expected(value, shown) in comments


@pytest.mark.parametrize(("case", "value", "shown"), CORPUS, ids=[c[0] for c in CORPUS])
def test_paragraphs_show_text_literally(
    corpus_documents: dict[str, bytes], case: str, value: str, shown: str | None
) -> None:
    assert _expected(value, shown) in paragraphs(
        open_docx(corpus_documents["audit-preparation.docx"])
    )


def test_organisation_name_is_literal_in_headers_and_properties(
    corpus_documents: dict[str, bytes],
) -> None:
    doc = open_docx(corpus_documents["feedback-register.docx"])
    name = 'Tom & Jerry <Formation> "{{ 7*7 }}"'
    assert name in doc.sections[0].header.paragraphs[0].text
    assert doc.core_properties.title == f"Feedback register (indicator 30) — {name}"


@pytest.mark.slow
@pytest.mark.libreoffice
def test_every_document_opens_in_libreoffice(
    corpus_documents: dict[str, bytes], tmp_path: Path
) -> None:
    paths = []
    for name, content in corpus_documents.items():
        path = tmp_path / name
        path.write_bytes(content)
        paths.append(path)
    texts = docx_text_via_libreoffice(paths, tmp_path / "pdf")
    assert "{{ 7*7 }}" in texts["feedback-register.docx"]
    assert "Tom & Jerry <b>bold</b>" in texts["audit-preparation.docx"]
    assert "injected" in texts["feedback-register.docx"]
    assert all("Tom & Jerry <Formation>" in t for t in texts.values())


def test_no_part_holds_a_forbidden_character(corpus_documents: dict[str, bytes]) -> None:
    for content in corpus_documents.values():
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                if name.endswith(".xml"):
                    assert not any(byte in data for byte in (b"\x00", b"\x07", b"\x0c"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(st.text(max_size=300))
def test_any_unicode_text_gives_a_document_that_opens(tmp_path: Path, value: str) -> None:
    doss = _with_corpus()
    comment = Feedback(
        origin("Feedback"), date(2026, 1, 5), "funders", value, None, None, None, value
    )
    doss = replace(doss, feedback=(comment,), profile=profile(name=value or "x"))
    documents = render(doss, report(doss), tmp_path)
    rows = tables_rows(open_docx(documents["feedback-register.docx"]))
    assert any(typeset(clean(value), "en") in row for row in rows)
