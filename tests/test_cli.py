"""The command line: every command documented and helpful; `indicators` answers exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = sorted(main.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert re.search(rf"`{command}( |`)", README.read_text(encoding="utf-8")), (
        f"`{command}` is not documented in README.md")
    result = CliRunner().invoke(main, [command, "--help"])
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


@pytest.mark.parametrize(("args", "applicable", "total"), [
    (("--referential", "V9", "--category", "BC", "--subcontracting"), 22, 32),
    (("--referential", "V9", "--category", "AF", "--certifying", "--work-linked",
      "--work-based", "--subcontracting"), 28, 32),
    (("--referential", "V10", "--category", "CFA", "--subcontracting"), 33, 33),
    (("--referential", "V10", "--category", "AF", "--category", "BC"), 22, 33),
])
def test_indicators_by_flags(args: tuple[str, ...], applicable: int, total: int) -> None:
    rows = _indicators(*args)
    assert len(rows) == total
    assert sum(1 for row in rows if row["applies"]) == applicable
    assert {"number", "criterion", "applies", "reason"} <= set(rows[0])


def test_indicators_says_why_not() -> None:
    rows = _indicators("--referential", "V10", "--category", "AF", "--lang", "en")
    by_number = {row["number"]: row for row in rows}
    assert by_number[14] == {
        "number": 14, "criterion": 3, "applies": False, "referential": "V10",
        "reason": "Does not apply: this indicator concerns only these categories, which the "
                  "organisation does not deliver: apprenticeship (CFA)."}
    assert by_number[27]["reason"] == (
        "Does not apply: only when the organisation uses subcontracting or portage salarial, "
        "and the profile says it does not.")


def test_indicators_text_in_french_ends_with_the_count() -> None:
    result = CliRunner().invoke(main, ["indicators", "--referential", "V9", "--category", "BC",
                                       "--subcontracting", "--lang", "fr"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "22 indicateurs sur 32 s'appliquent."
    assert "—  3 (C1)  Ne s'applique pas" in result.output
