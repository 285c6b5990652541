"""The demo's PDF evidence files open in a real PDF reader and show their French text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.authoring.demo.pdf import MAX_LINES, text_pdf
from tests.office import pdf_text

TITLE = "Décision d'agrément (centre) – œuvre à 7 900 €"


def test_a_reader_shows_title_and_lines_with_accents(tmp_path: Path) -> None:
    path = tmp_path / "agrement.pdf"
    path.write_bytes(text_pdf(TITLE, ["Valable 5 ans \\ révision (annuelle).", "", "« fin »"]))
    shown = pdf_text(path)
    assert TITLE in shown
    assert "Valable 5 ans \\ révision (annuelle)." in shown
    assert "« fin »" in shown


def test_long_lines_wrap_and_nothing_is_lost(tmp_path: Path) -> None:
    words = " ".join(f"mot{n}" for n in range(120))
    path = tmp_path / "long.pdf"
    path.write_bytes(text_pdf("Long", [words]))
    assert pdf_text(path).split()[1:] == words.split()


def test_same_text_same_bytes() -> None:
    assert text_pdf(TITLE, ["a", "b"]) == text_pdf(TITLE, ["a", "b"])


def test_more_than_a_page_is_refused() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        text_pdf("Trop long", ["ligne"] * (MAX_LINES + 1))
