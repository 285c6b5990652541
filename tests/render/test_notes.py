"""The new-entrant rule shows only under the indicators of the categories that are new."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.core.model import Category
from pipeline.referential import load
from pipeline.render.context.common import Sources
from pipeline.render.context.notes import audit_notes
from pipeline.workspace import Settings
from tests.render.factory import dossier, profile, report
from tests.render.reading import TODAY

NEW = "New entrant: at this initial audit"


def _notes(number: int, new: frozenset[Category]) -> list[str]:
    changed = profile(categories=frozenset({"AF", "CFA"}), new_entrant_categories=new)
    doss = replace(dossier(), profile=changed)
    src = Sources(doss, report(doss), Settings(lang="en"), load("V10"), TODAY)  # type: ignore[arg-type]
    return [note for note in audit_notes(src, load("V10").indicator(number)) if NEW in note]


# Guide V9 preamble: a new category gets the new-entrant treatment for its indicators only.
# 14 is an apprenticeship (CFA) indicator; 2 applies to every category.
@pytest.mark.parametrize(
    ("number", "new", "expected"),
    [
        (14, frozenset({"CFA"}), "(New entrant for: CFA.)"),
        (2, frozenset({"CFA"}), "(New entrant for: CFA.)"),
        (14, frozenset({"AF"}), None),
        (2, frozenset({"AF"}), "(New entrant for: AF.)"),
        (2, frozenset({"AF", "CFA"}), ""),  # every category new: no need to say which
        (2, frozenset(), None),
        (14, frozenset({"BC"}), None),  # BC is not delivered
    ],
)
def test_new_entrant_rule_follows_the_new_categories(
    number: int, new: frozenset[Category], expected: str | None
) -> None:
    notes = _notes(number, new)
    if expected is None:
        assert notes == []
        return
    [note] = notes
    assert note.endswith(expected) if expected else "New entrant for:" not in note
