"""The profile sheet's help says who is a new entrant, as the reading guide V9 defines it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.authoring.workbooks import generate_templates


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        (
            "self-assessment-V10.xlsx",
            (
                "first year of activity, before your first BPF",
                "An established provider seeking its first certificate is not a new entrant.",
                "only the indicators of the categories answered Yes get the new-entrant treatment",
            ),
            "first certification",
        ),
        (
            "autoevaluation-V10.xlsx",
            (
                "première année d'activité, avant votre premier BPF",
                "Un organisme déjà actif qui demande sa première certification n'est pas un "
                "nouvel entrant.",
                "seuls les indicateurs des catégories à Oui relèvent du régime des nouveaux "
                "entrants",
            ),
            "première certification)",
        ),
    ],
)
def test_new_entrant_help_follows_the_guide(
    tmp_path: Path, name: str, expected: tuple[str, ...], absent: str
) -> None:
    [path] = [p for p in generate_templates(tmp_path) if p.name == name]
    book = load_workbook(path)
    helps = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    [help_text] = [h for h in helps if "BPF" in h and expected[0] in h]
    for sentence in expected:
        assert sentence in help_text
    assert absent not in help_text
