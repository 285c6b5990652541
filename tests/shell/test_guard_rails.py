"""Guard rails: a folder that is not a workspace is refused, named, and left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.shell.cli import main

ENGLISH = {"LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", ["build", "validate", "watch"])
@pytest.mark.parametrize(
    ("env", "first_line"),
    [
        (
            ENGLISH,
            "{path} is not a qualiopi-docs workspace: it has no qualiopi.toml. "
            "Nothing was written.",
        ),
        (
            FRENCH,
            "{path} n’est pas un espace de travail qualiopi-docs\u00a0: il n’a pas de "
            "fichier qualiopi.toml. Rien n’a été écrit.",
        ),
    ],
)
def test_a_folder_without_settings_is_refused_and_untouched(
    tmp_path: Path, command: str, env: dict[str, str | None], first_line: str
) -> None:
    folder = tmp_path / "vide"
    (folder / "inbox").mkdir(parents=True)
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    result = CliRunner().invoke(main, [command, str(folder)], env=env)
    assert result.exit_code == 3
    lines = result.output.splitlines()
    assert lines[0] == first_line.format(path=folder)
    assert f'init "{folder}"' in lines[1]
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def test_validate_with_no_argument_outside_a_workspace_scans_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "budget.xlsx").write_bytes(b"not for us")
    result = CliRunner().invoke(main, ["validate"], env=ENGLISH)
    assert result.exit_code == 3
    assert result.output.splitlines()[0].startswith(". is not a qualiopi-docs workspace")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.xlsx"]


@pytest.mark.parametrize(
    ("env", "first_line"),
    [
        (
            ENGLISH,
            "The demo needs a new or empty folder, and {path} already holds files. "
            "Nothing was written.",
        ),
        (
            FRENCH,
            "La démonstration a besoin d’un dossier nouveau ou vide, et {path} contient "
            "déjà des fichiers. Rien n’a été écrit.",
        ),
    ],
)
def test_demo_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, env: dict[str, str | None], first_line: str
) -> None:
    real = tmp_path / "Qualiopi 2027"
    CliRunner().invoke(main, ["init", str(real), "--lang", "fr"])
    before = _tree(real)
    result = CliRunner().invoke(main, ["demo", str(real)], env=env)
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == first_line.format(path=real)
    assert _tree(real) == before
    assert not any((real / "evidence").iterdir())


def test_demo_accepts_an_empty_folder(tmp_path: Path) -> None:
    empty = tmp_path / "demo"
    empty.mkdir()
    result = CliRunner().invoke(main, ["demo", str(empty), "--lang", "en"], env=ENGLISH)
    assert result.exit_code == 0, result.output
    assert (empty / "outbox" / "audit-preparation.docx").is_file()


@pytest.mark.parametrize("command", ["validate", "build", "watch"])
def test_exit_codes_are_explained_in_help(
    tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command, "--help", str(tmp_path)], env=ENGLISH)
    assert result.exit_code == 0
    assert "Exit codes:" in result.output
    for code in (
        "0  done; no error",
        "1  done, but the workbooks hold errors",
        "3  cannot proceed",
        "4  the computer refused",
    ):
        assert code in result.output
