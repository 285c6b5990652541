"""The finding codes are one stable list, each worded in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.i18n import LANGS, catalogue, en_findings, fr_findings
from pipeline.validate import CODES

PACKAGE = Path(__file__).resolve().parents[2] / "pipeline" / "validate"
READING_CODES = {"EVIDENCE_FOLDER_OUTSIDE"}  # ingest's findings a rule defers to
_CODE = re.compile(r'"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"')


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_has_a_message_and_a_hint(lang: str) -> None:
    texts = catalogue(lang)
    missing = [
        code for code in CODES if f"finding.{code}" not in texts or f"hint.{code}" not in texts
    ]
    assert missing == []


@pytest.mark.parametrize("texts", [en_findings.TEXT, fr_findings.TEXT], ids=LANGS)
def test_the_catalogue_words_no_code_that_does_not_exist(texts: dict[str, str]) -> None:
    worded = {key.split(".", 1)[1] for key in texts if key.startswith(("finding.", "hint."))}
    assert worded <= set(CODES)


def test_both_languages_have_the_same_texts() -> None:
    assert set(en_findings.TEXT) == set(fr_findings.TEXT)


def test_every_code_written_in_the_rules_is_listed() -> None:
    written = {
        code
        for path in PACKAGE.glob("*.py")
        if path.name != "codes.py"
        for code in _CODE.findall(path.read_text(encoding="utf-8"))
    }
    assert written - set(CODES) == READING_CODES
