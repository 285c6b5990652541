"""Recognise what people typed: header labels and closed-list values in either language."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from pipeline.core.layout import CHOICES, SHEETS
from pipeline.core.model import SheetKind
from pipeline.i18n import LANGS, catalogue
from pipeline.ingest.synonyms import COLUMNS, STATUS

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_PARENTHESES = re.compile(r"\([^)]*\)")
# Spellings people use for "not applicable" that are not the label of the closed list.
_ALIASES: dict[str, dict[str, str]] = {
    "status": {
        "na": "not_applicable",
        "n a": "not_applicable",
        "sans objet": "not_applicable",
        "non concerne": "not_applicable",
        "not concerned": "not_applicable",
        **STATUS,
    },
}


@lru_cache(maxsize=8192)
def normalise(value: str) -> str:
    """Return `value` without case, accents, punctuation or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


@lru_cache(maxsize=8192)
def variants(value: str) -> tuple[str, ...]:
    """Return the spellings a label may be matched by: whole, and without its parentheses."""
    whole = normalise(value)
    short = normalise(_PARENTHESES.sub(" ", value))
    return (whole, short) if short and short != whole else (whole,)


@cache
def column_index(kind: SheetKind) -> dict[str, str]:
    """Return {normalised label: column key} for one sheet kind, in every language."""
    index: dict[str, str] = {}
    for column in SHEETS[kind].columns:
        for lang in LANGS:
            for spelling in variants(catalogue(lang)[f"col.{kind}.{column.key}"]):
                index.setdefault(spelling, column.key)
    for key, spellings in COLUMNS.get(kind, {}).items():
        for spelling in spellings:
            index.setdefault(normalise(spelling), key)
    return index


def match_column(kind: SheetKind, value: object) -> str | None:
    """Return the key of the column of `kind` whose label `value` is, or None."""
    if not isinstance(value, str):
        return None
    index = column_index(kind)
    for spelling in variants(value):
        if spelling in index:
            return index[spelling]
    return None


@cache
def choice_index(name: str) -> dict[str, str]:
    """Return {normalised label or key: key} for closed list `name`, in every language."""
    index: dict[str, str] = {}
    for key in CHOICES[name]:
        index[normalise(key)] = key
        for lang in LANGS:
            for spelling in variants(catalogue(lang)[f"choice.{name}.{key}"]):
                index.setdefault(spelling, key)
    for alias, key in _ALIASES.get(name, {}).items():
        index.setdefault(alias, key)
    return index


def match_choice(name: str, value: str) -> str | None:
    """Return the key of closed list `name` that `value` spells, or None."""
    index = choice_index(name)
    for spelling in variants(value):
        if spelling in index:
            return index[spelling]
    return None
