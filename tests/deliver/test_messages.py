"""Delivery speaks both languages alike: same messages, same details filled in."""

from __future__ import annotations

import string

from pipeline.i18n import en_deliver, fr_deliver


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_french_and_english_have_the_same_messages_with_the_same_details() -> None:
    assert en_deliver.TEXT.keys() == fr_deliver.TEXT.keys()
    for key, english in en_deliver.TEXT.items():
        assert _fields(english) == _fields(fr_deliver.TEXT[key]), key
