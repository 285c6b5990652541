"""The profile says for which categories the organisation is a new entrant; older profiles
answered once, and "yes" then means every category delivered."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.authoring.workbooks import write_workbook
from pipeline.core.layout import PROFILE
from pipeline.core.model import Category, Lang
from pipeline.i18n import text
from tests.ingest.books import codes, read, workspace, write_book
from tests.ingest.test_dossier import PROFILE as ANSWERS

NEW_ENTRANT_KEYS = ("new_entrant_af", "new_entrant_bc", "new_entrant_vae", "new_entrant_cfa")


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, frozenset()),
        ({"new_entrant_cfa": True}, frozenset({"CFA"})),
        ({"new_entrant_af": True, "new_entrant_cfa": True}, frozenset({"AF", "CFA"})),
        # Guide V9: the treatment is for a category delivered; BC is not delivered here.
        ({"new_entrant_bc": True}, frozenset({"BC"})),
    ],
)
def test_the_grid_asks_per_category(
    tmp_path: Path, answers: dict[str, bool], expected: frozenset[Category]
) -> None:
    ws = workspace(tmp_path)
    values = {**ANSWERS, **{key: answers.get(key, False) for key in NEW_ENTRANT_KEYS}}
    write_workbook(ws.inbox / "grid.xlsx", "self-assessment", "en", "V10", {"profile": [values]})
    dossier = read(ws)
    assert dossier.profile is not None
    assert dossier.profile.new_entrant_categories == expected
    assert dossier.profile.new_entrant_for(frozenset({"AF", "CFA"})) == expected - {"BC"}
    assert "NEW_ENTRANT_SINGLE_ANSWER" not in codes(dossier)


def _older_profile(lang: Lang, answer: str) -> list[list[object]]:
    """A profile sheet as older grids wrote it: one "New entrant" answer, none per category."""
    rows: list[list[object]] = [
        ["", text(lang, "col.profile.label"), text(lang, "col.profile.value")]
    ]
    for column in PROFILE.written:
        if column.key in NEW_ENTRANT_KEYS:
            continue
        value = ANSWERS.get(column.key, "")
        if isinstance(value, bool):
            value = text(lang, f"choice.yes_no.{'yes' if value else 'no'}")
        rows.append(["", text(lang, f"col.profile.{column.key}"), value])
    rows.append(["", text(lang, "col.profile.new_entrant"), answer])
    return rows


@pytest.mark.parametrize(
    ("lang", "answer", "expected", "message"),
    [
        (
            "fr",
            "Oui",
            frozenset({"AF", "CFA"}),
            "« Nouvel entrant » est à Oui une seule fois pour tout l'organisme (profil d'une "
            "version antérieure) : lu comme nouvel entrant pour toutes les catégories réalisées "
            "(AF, CFA).",
        ),
        (
            "en",
            "yes",
            frozenset({"AF", "CFA"}),
            '"New entrant" is answered Yes once for the whole organisation (older profile): '
            "read as new entrant for every category delivered (AF, CFA).",
        ),
        ("fr", "Non", frozenset(), ""),
    ],
)
def test_an_older_profile_with_one_answer_stays_readable(
    tmp_path: Path, lang: Lang, answer: str, expected: frozenset[Category], message: str
) -> None:
    ws = workspace(tmp_path, lang)
    rows = _older_profile(lang, answer)
    write_book(ws.inbox / "profil.xlsx", {"Profil": rows})
    dossier = read(ws)
    assert dossier.profile is not None
    assert dossier.profile.new_entrant_categories == expected
    notes = [f for f in dossier.findings if f.code == "NEW_ENTRANT_SINGLE_ANSWER"]
    assert [f.message for f in notes] == ([message] if message else [])
    if notes:
        assert (notes[0].severity, notes[0].cell) == ("warning", f"C{len(rows)}")
    missing = [f.message for f in dossier.findings if f.code == "MISSING_FIELD"]
    assert not any(
        text(lang, f"col.profile.{key}") in m for m in missing for key in NEW_ENTRANT_KEYS
    )


@pytest.mark.parametrize(
    ("audit_type", "label", "scope"),
    [
        ("initial", True, "reduced"),  # arrêté art. 10: a labelled provider's initial audit
        ("initial", False, "initial"),
        ("surveillance", True, "surveillance"),
        ("renewal", True, "renewal"),
    ],
)
def test_a_recognised_label_makes_the_initial_audit_reduced(
    tmp_path: Path, audit_type: str, label: bool, scope: str
) -> None:
    ws = workspace(tmp_path)
    values = {**ANSWERS, "audit_type": audit_type, "recognised_label": label}
    write_workbook(ws.inbox / "grid.xlsx", "self-assessment", "en", "V10", {"profile": [values]})
    profile = read(ws).profile
    assert profile is not None
    assert (profile.recognised_label, profile.audit_scope) == (label, scope)
