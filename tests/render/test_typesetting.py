"""Typesetting of text put in a document: French and English rules, values left as they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.model import Feedback, Lang
from pipeline.render.formats import typeset
from tests.render.factory import dossier, origin, report
from tests.render.reading import open_docx, render, tables_rows

NB, NNB = "\u00a0", "\u202f"

CASES: list[tuple[str, Lang, str, str]] = [
    ("colon_space", "fr", "Statut : Prêt", f"Statut{NB}: Prêt"),
    ("colon_glued", "fr", "Statut: Prêt", f"Statut{NB}: Prêt"),
    ("semicolon", "fr", "un ; deux", f"un{NNB}; deux"),
    ("question_exclamation", "fr", "Vraiment?!", f"Vraiment{NNB}?!"),
    ("apostrophe", "fr", "l'organisme d'accueil", "l\u2019organisme d\u2019accueil"),
    ("guillemets_spaced", "fr", "« Prêt »", f"«{NB}Prêt{NB}»"),
    ("guillemets_glued", "fr", "«Prêt»", f"«{NB}Prêt{NB}»"),
    ("straight_quotes", "fr", 'le "guide"', f"le «{NB}guide{NB}»"),
    ("first_of_month", "fr", "le 1 janvier 2027", "le 1er janvier 2027"),
    ("eleventh_kept", "fr", "le 11 janvier 2027", "le 11 janvier 2027"),
    ("already_set", "fr", f"Note{NB}: l\u2019avis{NNB}?", f"Note{NB}: l\u2019avis{NNB}?"),
    ("web_address", "fr", "https://ex.fr/a?b=1&c='d'", "https://ex.fr/a?b=1&c='d'"),
    ("address_then_colon", "fr", "voir https://ex.fr : ici", f"voir https://ex.fr{NB}: ici"),
    ("email", "fr", "qualite@atelier-horizon.example", "qualite@atelier-horizon.example"),
    ("path", "fr", "preuves/l'accueil.pdf", "preuves/l'accueil.pdf"),
    ("windows_path", "fr", "C:\\Preuves\\l'accueil", "C:\\Preuves\\l'accueil"),
    ("file_name", "fr", "l'accueil.docx", "l'accueil.docx"),
    ("cell", "fr", "Indicateurs!D14", "Indicateurs!D14"),
    ("time", "fr", "à 10:30", "à 10:30"),
    ("template_tag", "fr", "{{ a or 'b' }} : c", f"{{{{ a or 'b' }}}}{NB}: c"),
    ("english_quotes", "en", 'the "guide" says', "the \u201cguide\u201d says"),
    ("english_apostrophe", "en", "the organisation's plan", "the organisation\u2019s plan"),
    ("english_plural_possessive", "en", "employees' skills", "employees\u2019 skills"),
    ("english_colon_untouched", "en", "Status: Ready", "Status: Ready"),
    ("english_address", "en", 'https://ex.org/"a"', 'https://ex.org/"a"'),
]


@pytest.mark.parametrize(
    ("lang", "given", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_text_is_typeset_as_the_language_wants(lang: Lang, given: str, expected: str) -> None:
    assert typeset(given, lang) == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_typesetting_twice_changes_nothing_more(lang: Lang) -> None:
    for _, _, text, _ in CASES:
        once = typeset(text, lang)
        assert typeset(once, lang) == once


# Property tests: any prose around a value, the value comes out as it went in.
PROSE = st.text(alphabet=" abcéÀ'\":;!?«».,1-\n", max_size=40)
VALUES = st.sampled_from(
    [
        "https://ex.fr/a?b='c':d",
        "www.ex.fr/l'accueil",
        "qualite@ex.example",
        "preuves/l'accueil.pdf",
        "C:\\Preuves\\d'accueil",
        "l'accueil.docx",
        "Indicateurs!D14",
        "10:30",
    ]
)


@settings(max_examples=300, deadline=None)
@given(before=PROSE, value=VALUES, after=PROSE, lang=st.sampled_from(["en", "fr"]))
def test_a_value_in_any_prose_is_left_as_it_is(
    before: str, value: str, after: str, lang: Lang
) -> None:
    assert value in typeset(f"{before} {value} {after}", lang)


@settings(max_examples=300, deadline=None)
@given(text=PROSE, lang=st.sampled_from(["en", "fr"]))
def test_any_prose_typeset_twice_changes_nothing_more(text: str, lang: Lang) -> None:
    once = typeset(text, lang)
    assert typeset(once, lang) == once


def test_register_rows_are_typeset_in_every_column(tmp_path: Path) -> None:
    """A register's rows are set once, typeset as they are made: the user's text and ours."""
    entry = Feedback(
        origin("Feedback", 4),
        date(2026, 3, 1),
        "beneficiaries",
        'Module "Paie" : bases',
        "survey_hot",
        Decimal(7),
        Decimal(5),
        "Rythme soutenu ; l'après-midi ?",
        ("AM-1",),
    )
    doss = replace(dossier("fr"), feedback=(*dossier("fr").feedback, entry))
    documents = render(doss, report(doss, "fr"), tmp_path, "fr")
    rows = tables_rows(open_docx(documents["registre-appreciations.docx"]))
    assert [
        "1er mars 2026",
        "Bénéficiaires",
        f"Module «{NB}Paie{NB}»{NB}: bases",
        "Questionnaire à chaud",
        f"Note hors de son barème{NB}: À COMPLÉTER",
        f"Rythme soutenu{NNB}; l\u2019après-midi{NNB}?",
        "AM-1",
    ] in rows
