"""The user's language: help, messages and qualiopi.toml follow the workspace, else the system."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.shell.cli import main


def _env(lang: str) -> dict[str, str | None]:
    return {"LANG": lang, "LC_ALL": None, "LC_MESSAGES": None}


@pytest.mark.parametrize(
    ("locale", "workspace_lang", "usage", "force_help"),
    [
        ("fr_FR.UTF-8", None, "Utilisation\u00a0: main build", "Remplacer les documents modifiés"),
        ("en_GB.UTF-8", "fr", "Utilisation\u00a0: main build", "Remplacer les documents modifiés"),
        ("fr_FR.UTF-8", "en", "Usage: main build", "Replace documents edited by hand"),
        ("C", None, "Usage: main build", "Replace documents edited by hand"),
        ("de_DE.UTF-8", None, "Usage: main build", "Replace documents edited by hand"),
    ],
)
def test_help_follows_the_workspace_then_the_locale_then_english(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    workspace_lang: str | None,
    usage: str,
    force_help: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["build", "--help"]
    if workspace_lang:
        CliRunner().invoke(main, ["init", "ws", "--lang", workspace_lang])
        args.insert(1, "ws")
    result = CliRunner().invoke(main, args, env=_env(locale))
    assert result.exit_code == 0
    assert result.output.startswith(usage)
    assert force_help in result.output


def test_the_help_of_the_current_workspace_is_in_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CliRunner().invoke(main, ["init", str(tmp_path), "--lang", "fr"])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--help"], env=_env("en_US.UTF-8"))
    assert "Commandes" in result.output
    assert "  validate    Vérifier les classeurs" in result.output
    assert "Afficher cette aide et quitter." in result.output


@pytest.mark.parametrize(
    ("lang", "comment"),
    [
        ("fr", '# Langue des classeurs, des messages et des documents\u00a0: "fr" ou "en".'),
        ("en", '# Language of the workbooks, messages and documents: "fr" or "en".'),
    ],
)
def test_the_settings_file_is_written_in_the_workspace_language(
    tmp_path: Path, lang: str, comment: str
) -> None:
    CliRunner().invoke(main, ["init", str(tmp_path), "--lang", lang])
    settings = (tmp_path / "qualiopi.toml").read_text(encoding="utf-8")
    assert comment in settings.splitlines()
    assert tomllib.loads(settings)["language"] == lang


@pytest.mark.parametrize(
    ("locale", "lang", "next_step"),
    [
        ("fr_FR.UTF-8", "fr", "Prochaines étapes\u00a0:"),
        ("en_GB.UTF-8", "en", "Next steps:"),
        ("C", "en", "Next steps:"),
    ],
)
def test_init_speaks_the_system_language_and_ends_with_three_steps(
    tmp_path: Path, locale: str, lang: str, next_step: str
) -> None:
    target = tmp_path / "Qualiopi 2027"
    result = CliRunner().invoke(main, ["init", str(target)], env=_env(locale))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[-4] == next_step
    assert [line[:4] for line in lines[-3:]] == ["  1.", "  2.", "  3."]
    assert f'validate "{target}"' in lines[-2]
    assert f'build "{target}"' in lines[-1]
    assert tomllib.loads((target / "qualiopi.toml").read_text(encoding="utf-8"))["language"] == lang
