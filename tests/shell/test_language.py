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


NBSP = "\u00a0"
USAGE_ERRORS = [
    (
        ["build", "--x"],
        f"Erreur{NBSP}: Option inconnue{NBSP}: «{NBSP}--x{NBSP}».",
        "Error: No such option: '--x'.",
    ),
    (
        ["build", "--forc"],
        f"Erreur{NBSP}: Option inconnue{NBSP}: «{NBSP}--forc{NBSP}». "
        f"Vouliez-vous dire --force{NBSP}?",
        "Error: No such option: '--forc'. Did you mean --force?",
    ),
    (
        ["buid"],
        f"Erreur{NBSP}: Commande inconnue{NBSP}: «{NBSP}buid{NBSP}». "
        f"Vouliez-vous dire build{NBSP}?",
        "Error: No such command: 'buid'. Did you mean build?",
    ),
    (
        ["validate", "--format", "xml"],
        f"Erreur{NBSP}: Valeur incorrecte pour «{NBSP}--format{NBSP}»{NBSP}: «{NBSP}xml{NBSP}» "
        f"ne fait pas partie des choix{NBSP}: text, json.",
        "Error: Invalid value for '--format': 'xml' is not one of: text, json.",
    ),
    (
        ["watch", "--poll", "vite"],
        f"Erreur{NBSP}: Valeur incorrecte pour «{NBSP}--poll{NBSP}»{NBSP}: «{NBSP}vite{NBSP}» "
        "n’est pas un nombre.",
        "Error: Invalid value for '--poll': 'vite' is not a number.",
    ),
    (
        ["validate", "--format"],
        f"Erreur{NBSP}: L’option «{NBSP}--format{NBSP}» attend une valeur.",
        "Error: The option '--format' needs a value.",
    ),
    (
        ["build", "--force=oui"],
        f"Erreur{NBSP}: L’option «{NBSP}--force{NBSP}» ne prend pas de valeur.",
        "Error: The option '--force' takes no value.",
    ),
    (
        ["build", "ws", "en", "trop"],
        f"Erreur{NBSP}: Mots en trop{NBSP}: en trop.",
        "Error: Unexpected extra words: en trop.",
    ),
]


@pytest.mark.parametrize(("args", "french", "english"), USAGE_ERRORS)
@pytest.mark.parametrize(
    ("locale", "workspace_lang", "lang"),
    [
        ("fr_FR.UTF-8", None, "fr"),  # a French system
        ("en_GB.UTF-8", "fr", "fr"),  # a French workspace on an English system
        ("fr_FR.UTF-8", "en", "en"),  # an English workspace on a French system
        ("C", None, "en"),
    ],
)
def test_a_bad_command_line_is_explained_in_the_users_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    french: str,
    english: str,
    locale: str,
    workspace_lang: str | None,
    lang: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    if workspace_lang:  # the current folder is the workspace
        CliRunner().invoke(main, ["init", ".", "--lang", workspace_lang])
    result = CliRunner().invoke(main, args, env=_env(locale))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    command = " ".join(["main", *args[:1]]) if args[0] != "buid" else "main"
    if lang == "fr":
        assert lines[0].startswith(f"Utilisation{NBSP}: {command} ")
        assert lines[1] == f"Lancez «{NBSP}{command} --help{NBSP}» pour l’aide."
        assert lines[-1] == french
    else:
        assert lines[0].startswith(f"Usage: {command} ")
        assert lines[1] == f"Try '{command} --help' for help."
        assert lines[-1] == english
    assert result.stdout == ""
