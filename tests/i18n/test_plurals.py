"""Messages count in real plurals (« 1 erreur, 2 avertissements »), never « erreur(s) »."""

from __future__ import annotations

import re

import pytest

from pipeline.core.model import Lang
from pipeline.i18n import catalogue, text

# One row per count a user sees; French puts 0 and 1 in the singular, English only 1.
CASES = [
    ("fr", 0, 0, "0 erreur, 0 avertissement."),
    ("fr", 1, 1, "1 erreur, 1 avertissement."),
    ("fr", 2, 3, "2 erreurs, 3 avertissements."),
    ("en", 0, 0, "0 errors, 0 warnings."),
    ("en", 1, 1, "1 error, 1 warning."),
    ("en", 2, 3, "2 errors, 3 warnings."),
]


@pytest.mark.parametrize(("lang", "errors", "warnings", "expected"), CASES)
def test_the_summary_counts_in_real_plurals(
    lang: Lang, errors: int, warnings: int, expected: str
) -> None:
    assert text(lang, "cli.summary", errors=errors, warnings=warnings) == expected


# Catalogues of messages (documents are checked with the documents).
MESSAGE_KEYS = ("cli.", "summary.", "watch.", "finding.", "hint.")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_message_hedges_a_plural_with_parentheses(lang: Lang) -> None:
    hedged = sorted(
        key
        for key, value in catalogue(lang).items()
        if key.startswith(MESSAGE_KEYS) and re.search(r"\w\((s|es|x)\)", value)
    )
    assert hedged == [], f"use {{count|one|other}} instead of (s) in {hedged}"
