"""The command line: every command documented and helpful; `indicators` answers exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.shell.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
COMMANDS = sorted(main.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert re.search(rf"`{command}( |`)", README.read_text(encoding="utf-8")), (
        f"`{command}` is not documented in README.md"
    )
    monkeypatch.chdir(tmp_path)  # not inside a workspace: the help is in the system language
    result = CliRunner().invoke(
        main, [command, "--help"], env={"LANG": "C", "LC_ALL": None, "LC_MESSAGES": None}
    )
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"qualiopi-docs, version \d+\.\d+\.\d+\n", result.output)


def _indicators(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["indicators", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.output)
    return rows


@pytest.mark.parametrize(
    ("args", "applicable", "total"),
    [
        (("--referential", "V9", "--category", "BC", "--subcontracting"), 22, 32),
        (
            (
                "--referential",
                "V9",
                "--category",
                "AF",
                "--certifying",
                "--work-linked",
                "--work-based",
                "--subcontracting",
            ),
            28,
            32,
        ),
        (("--referential", "V10", "--category", "CFA", "--subcontracting"), 33, 33),
        (("--referential", "V10", "--category", "AF", "--category", "BC"), 22, 33),
    ],
)
def test_indicators_by_flags(args: tuple[str, ...], applicable: int, total: int) -> None:
    rows = _indicators(*args)
    assert len(rows) == total
    assert sum(1 for row in rows if row["applies"]) == applicable
    assert {"number", "criterion", "applies", "reason"} <= set(rows[0])


def test_indicators_says_why_not() -> None:
    rows = _indicators("--referential", "V10", "--category", "AF", "--lang", "en")
    by_number = {row["number"]: row for row in rows}
    assert by_number[14] == {
        "number": 14,
        "criterion": 3,
        "applies": False,
        "referential": "V10",
        "reason": "Does not apply: this indicator concerns only these categories, which the "
        "organisation does not deliver: apprenticeship (CFA).",
        "audit": "initial",
        "checked": False,
        "scope_reason": "Not checked: the indicator does not apply.",
    }
    assert by_number[27]["reason"] == (
        "Does not apply: only when the organisation uses subcontracting or portage salarial, "
        "and the profile says it does not."
    )


def test_indicators_text_in_french_ends_with_the_count() -> None:
    result = CliRunner().invoke(
        main,
        [
            "indicators",
            "--referential",
            "V9",
            "--category",
            "BC",
            "--subcontracting",
            "--lang",
            "fr",
        ],
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "22 indicateurs sur 32 s'appliquent."
    assert "—  3 (C1)  Ne s'applique pas" in result.output


@pytest.mark.parametrize(
    ("audit", "checked"),
    [
        # rnq-v9.md §5.4: common 1, 2, 11, 12, 22, 24, 25, 26, 32 + applicable specific (8).
        ("reduced", [1, 2, 8, 11, 12, 22, 24, 25, 26, 32]),
        # rnq-v9.md §5.2: 1, 17, 19 + applicable major-only indicators.
        ("surveillance", [1, 4, 5, 6, 10, 11, 17, 19, 21, 22, 26, 31, 32]),
        ("initial", None),  # every applicable indicator
    ],
)
def test_indicators_shows_what_the_audit_checks(audit: str, checked: list[int] | None) -> None:
    rows = _indicators("--referential", "V9", "--category", "AF", "--audit", audit)
    applicable = [row["number"] for row in rows if row["applies"]]
    assert [row["number"] for row in rows if row["checked"]] == (checked or applicable)
    assert {row["audit"] for row in rows} == {audit}


def test_indicators_marks_the_scope_in_text() -> None:
    args = ["indicators", "--referential", "V9", "--category", "AF", "--audit", "reduced"]
    result = CliRunner().invoke(main, [*args, "--lang", "fr"])
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[1] == (
        "Audit : audit initial allégé (label reconnu). ● marque les 10 indicateurs qu'il vérifie."
    )
    assert lines[2].startswith("  ✔ ●  1 (C1)  ")
    assert lines[-1] == "10 des 22 indicateurs applicables sont vérifiés à cet audit."


def test_init_creates_then_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    first = CliRunner().invoke(main, ["init", str(target), "--lang", "en"])
    assert first.exit_code == 0
    assert "  + inbox/self-assessment-V10.xlsx" in first.output.splitlines()
    grid = target / "inbox" / "self-assessment-V10.xlsx"
    grid.write_bytes(b"my own bytes")
    second = CliRunner().invoke(main, ["init", str(target), "--lang", "en"])
    assert second.exit_code == 0
    assert (
        "  Nothing created: everything was already there (nothing overwritten)."
        in second.output.splitlines()
    )
    assert grid.read_bytes() == b"my own bytes"


def test_validate_a_blank_workspace_lists_errors_and_exits_1(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    CliRunner().invoke(main, ["init", str(target), "--lang", "fr"])
    result = CliRunner().invoke(main, ["validate", str(target), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)["findings"]
    assert findings
    assert all(
        set(f) == {"severity", "code", "file", "sheet", "cell", "indicator", "message", "hint"}
        for f in findings
    )
    assert {f["file"] for f in findings if f["severity"] == "error"} == {
        "inbox/autoevaluation-V10.xlsx"
    }


def test_build_the_demo_then_nothing_changed(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    made = CliRunner().invoke(main, ["demo", str(target), "--lang", "en"])
    assert made.exit_code == 0, made.output
    assert "  written: outbox/audit-preparation.docx" in made.output.splitlines()
    again = CliRunner().invoke(main, ["build", str(target)])
    assert again.exit_code == 0
    assert "  unchanged: outbox/audit-preparation.docx" in again.output.splitlines()
    assert "0 errors, 2 warnings." in again.output.splitlines()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('language = "de"\n', 'qualiopi.toml: language must be "fr" or "en", not "de".'),
        (
            'language = "en"\nreferential = "V11"\n',
            'qualiopi.toml: referential must be "V9" or "V10", not "V11".',
        ),
        (
            'language = "en"\n[nc_grading]\n33 = "minor"\n',
            'qualiopi.toml: [nc_grading] 33 must be "major_only" or "minor_or_major", not "minor".',
        ),
    ],
)
def test_bad_settings_name_the_line_and_exit_3(
    tmp_path: Path, settings: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    (tmp_path / "qualiopi.toml").write_text(settings, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == message


def test_a_missing_workspace_is_named_in_french_under_a_french_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "absent")])
    assert result.exit_code == 3
    assert result.output.splitlines()[0] == f"Espace de travail introuvable : {tmp_path / 'absent'}"


def test_build_makes_one_outbox_folder_of_twin_organisation_folders(tmp_path: Path) -> None:
    from datetime import date

    from pipeline.authoring.demo import create_demo
    from tests.build.test_flow import TWIN_MESSAGES, split_into_twin_folders

    root = tmp_path / "ws"
    create_demo(root, "en", date.today())
    nfc, nfd = split_into_twin_folders(root)
    result = CliRunner().invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output.count("== Organisation: ") == 1
    assert f"== Organisation: {nfc} ==" in result.output
    assert TWIN_MESSAGES["en"].format(nfc=nfc, nfd=nfd) in result.output
    assert [p.name for p in (root / "outbox").iterdir()] == [nfc]
