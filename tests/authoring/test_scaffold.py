"""`init`: the workspace layout, the grid of the referential in force, nothing ever overwritten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.authoring.scaffold import (
    blank_workbooks,
    grid_version,
    init_workspace,
    scaffold_workspace,
)
from pipeline.core.assets import asset_dir
from pipeline.core.errors import WorkspaceError
from pipeline.core.model import Lang, Version
from pipeline.workspace import SETTINGS_FILE, open_workspace

LANGS: tuple[Lang, ...] = ("en", "fr")
BEFORE_V10 = date(2026, 10, 31)


def _inbox_names(root: Path) -> set[str]:
    return {p.name for p in (root / "inbox").iterdir()}


@pytest.mark.parametrize("lang", LANGS)
def test_init_lays_out_a_workspace(tmp_path: Path, lang: Lang, today: date) -> None:
    root = tmp_path / "quality"
    created = init_workspace(root, lang, today)
    for folder in ("inbox", "outbox", "evidence"):
        assert (root / folder).is_dir()
    assert open_workspace(root).settings.lang == lang
    blanks = blank_workbooks(lang, "V10")
    assert _inbox_names(root) == {p.name for p in blanks}
    for blank in blanks:
        assert (root / "inbox" / blank.name).read_bytes() == blank.read_bytes()
    expected = {root / "inbox", root / "outbox", root / "evidence", root / SETTINGS_FILE}
    assert set(created) == expected | {root / "inbox" / p.name for p in blanks}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("day", "version"), [(BEFORE_V10, "V9"), (date(2026, 11, 1), "V10")])
def test_the_grid_is_the_one_of_the_referential_in_force(
    tmp_path: Path, lang: Lang, day: date, version: Version
) -> None:
    init_workspace(tmp_path, lang, day)
    grids = [name for name in _inbox_names(tmp_path) if grid_version(name)]
    assert [grid_version(name) for name in grids] == [version]
    others = {p.name for p in asset_dir("xlsx", lang).glob("*.xlsx")} - _inbox_names(tmp_path)
    assert [grid_version(name) for name in others] == ["V10" if version == "V9" else "V9"]


@pytest.mark.parametrize("lang", LANGS)
def test_init_twice_never_overwrites(tmp_path: Path, lang: Lang, today: date) -> None:
    first = init_workspace(tmp_path, lang, today)
    edited = {path: f"edited {path.name}".encode() for path in first if path.is_file()}
    for path, content in edited.items():
        path.write_bytes(content)
    again = scaffold_workspace(tmp_path, lang, today)
    assert again.created == ()
    assert set(again.skipped) == set(first)
    for path, content in edited.items():
        assert path.read_bytes() == content


def test_a_missing_file_is_created_again_and_only_it(tmp_path: Path, today: date) -> None:
    first = init_workspace(tmp_path, "fr", today)
    settings = tmp_path / SETTINGS_FILE
    settings.unlink()
    again = scaffold_workspace(tmp_path, "fr", today)
    assert again.created == (settings,)
    assert len(again.skipped) == len(first) - 1


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        ("en", "The workspace cannot be created at", "nothing already there is overwritten"),
        ("fr", "Impossible de créer l'espace de travail dans", "rien de ce qui existe déjà"),
    ],
)
def test_a_file_in_the_way_is_a_workspace_error(
    tmp_path: Path, today: date, lang: Lang, message: str, hint: str
) -> None:
    (tmp_path / "inbox").write_text("not a folder", encoding="utf-8")
    with pytest.raises(WorkspaceError, match=message) as raised:
        init_workspace(tmp_path, lang, today)
    assert hint in raised.value.hint
    assert (tmp_path / "inbox").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("grille-autoevaluation-V10.xlsx", "V10"),
        ("self-assessment_v9.xlsx", "V9"),
        ("Grille V9.xlsx", "V9"),
        ("self-assessment-V10-blank.xlsx", "V10"),
        ("evidence.xlsx", None),
        ("registre-reclamations.xlsx", None),
        ("v100.xlsx", None),
        ("nov9.xlsx", None),
    ],
)
def test_grid_version_from_the_file_name(name: str, version: Version | None) -> None:
    assert grid_version(name) == version
