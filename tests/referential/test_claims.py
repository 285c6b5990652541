"""What the referential says about its own sources is true, and said once, not per indicator."""

from __future__ import annotations

import re

import pytest

from pipeline.core.model import Lang, Version
from pipeline.i18n import catalogue, text
from pipeline.referential import audit_rules, load

FIELDS = ("remark", "uncertain", "new_entrant", "subcontractor_note")
# rnq-v10.md §1.2: no guide de lecture V10 at the last dated statement (2 Oct 2026); that is
# all the research can say, so nothing may claim that none exists.
CLAIM = re.compile(
    r"guide[^.;]*(n'existe|exists yet|is published yet|n'étant encore)|no V10 text exists", re.I
)
LAST_CHECK = {"fr": "dernier contrôle (2 octobre 2026)", "en": "last check (2 October 2026)"}
RNCP = {"fr": "enregistrée au RNCP", "en": "registered in the RNCP"}
RS = {"fr": "répertoire spécifique (RS)", "en": "Répertoire spécifique (RS)"}


def _indicator_notes(version: Version, lang: Lang) -> list[str]:
    ref = load(version)
    notes = [ind.text(field, lang) or "" for ind in ref.indicators for field in FIELDS]
    return notes + [ind.evidence_examples_fr for ind in ref.indicators]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("version", ["V9", "V10"])
def test_nothing_claims_that_no_v10_guide_exists(version: Version, lang: Lang) -> None:
    ref = load(version)
    said = [ref.source(lang), ref.provenance(lang), *_indicator_notes(version, lang)]
    said += list(catalogue(lang).values())
    said.append(str(audit_rules()["new_entrants"]["v10_note_en"]))
    assert [line for line in said if CLAIM.search(line)] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_v10_sources_say_when_they_were_last_checked(lang: Lang) -> None:
    ref = load("V10")
    assert LAST_CHECK[lang] in ref.source(lang)
    assert ref.provenance(lang).count(LAST_CHECK[lang]) == 1
    assert "Journal officiel" in ref.source(lang)
    start = "1er novembre 2026" if lang == "fr" else "1 November 2026"
    assert start in ref.provenance(lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("version", ["V9", "V10"])
def test_certifying_means_rncp_said_once_in_the_provenance(version: Version, lang: Lang) -> None:
    ref = load(version)
    assert RNCP[lang] in ref.provenance(lang)
    assert ref.provenance(lang).count(RS[lang]) == 1
    assert not any("(RS)" in note for note in _indicator_notes(version, lang))


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", ("RNCP", "seul RS : non confirmé")), ("en", ("RNCP", "only in the RS: unconfirmed"))],
)
def test_the_profile_help_says_certifying_is_rncp(lang: Lang, words: tuple[str, ...]) -> None:
    help_text = text(lang, "help.profile.certifying")
    assert all(word in help_text for word in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_provisional_grading_points_to_the_provenance_instead_of_repeating_it(lang: Lang) -> None:
    sentence = text(lang, "doc.grading.provisional")
    assert "V10" not in sentence
    assert ("provenance du référentiel" if lang == "fr" else "referential's provenance") in sentence
