"""How wide a word prints: the width a table column needs so that none of its words is cut.

Widths are estimated from a table of DejaVu Sans's advance widths (LibreOffice's fallback,
wider than Calibri: what fits it fits Word too). A word is what lies between breaking
spaces, tabs and line breaks; a line may also break after a hyphen, a slash or an en dash.
Many texts are measured at once through their distinct words, each measured once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

CELL_MARGINS = 216  # twips: Table Grid's 0.19 cm left and right
SAFETY = 1.08  # the widths are estimates: a little to spare
TABLE_POINTS = 9.0  # Table Grid's font size in the packaged templates
BOLD = 1.1
# Advance widths in em, of DejaVu Sans.
_NARROW = dict.fromkeys("il.,:;'’!|Ij", 0.30) | dict.fromkeys("frt()[]", 0.42)
_WIDE = dict.fromkeys("mw", 0.98) | dict.fromkeys("MW«»—", 1.0) | {"\u202f": 0.2, "\u00a0": 0.32}
_BREAK_AFTER = frozenset("-/\u2013")
_UPPER, _DIGIT, _OTHER = 0.76, 0.64, 0.62
WIDEST_CHAR = max(*_NARROW.values(), *_WIDE.values(), _UPPER, _DIGIT, _OTHER)  # 1 em


def longest_em(texts: Iterable[str]) -> float:
    """Return the width in em of the longest unbreakable word of any of `texts`.

    No character is wider than 1 em (WIDEST_CHAR), so a word is at most as many em wide as
    it has characters: words are measured longest first, until the next is too short to be
    wider than the widest so far.
    """
    joined = " ".join(set(texts))
    if "\t" in joined or "\n" in joined or "\r" in joined:
        joined = joined.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    widest = 0.0
    for word in sorted(set(joined.split(" ")), key=len, reverse=True):
        if len(word) <= widest:
            break
        widest = max(widest, word_em(word))
    return widest


def twips(em: float, points: float) -> int:
    """Return the column width in twips that holds a word `em` wide at `points` (margins in)."""
    return int(em * points * 20 * SAFETY) + CELL_MARGINS if em else 0


@lru_cache(maxsize=1 << 16)
def word_em(word: str) -> float:
    """Return the width in em of the widest unbreakable piece of a word (no spaces in it)."""
    widest = width = 0.0
    for char in word:
        width += char_em(char)
        if char in _BREAK_AFTER:
            widest, width = max(widest, width), 0.0
    return max(widest, width)


@lru_cache(maxsize=4096)
def char_em(char: str) -> float:
    """Return the advance width of a character in em."""
    if char in _NARROW:
        return _NARROW[char]
    if char in _WIDE:
        return _WIDE[char]
    base = unicodedata.normalize("NFD", char)[0]
    if base.isupper():
        return _UPPER
    if base.isdigit():
        return _DIGIT
    return _OTHER
