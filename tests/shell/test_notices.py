"""A custom template with typographic quotes in a tag: built as straight quotes, and said once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from pipeline.shell.cli import main

TAG = "{{ \u201cMade with our own template\u201d }}"
CASES = [
    (
        "en",
        "validation-report.docx",
        "\u2139 The template templates/docx/en/validation-report.docx has typographic quotes in "
        f"its tags (for example \u201c{TAG}\u201d): they are read as straight quotes.",
    ),
    (
        "fr",
        "rapport-validation.docx",
        "\u2139 Le modèle templates/docx/fr/rapport-validation.docx contient des guillemets "
        f"typographiques dans ses balises (par exemple \u00ab\u00a0{TAG}\u00a0\u00bb)\u00a0: "
        "ils sont lus comme des guillemets droits.",
    ),
]


def _workspace(root: Path, lang: str, name: str) -> Path:
    """Return a new workspace whose validation report template has curly quotes in a tag."""
    assert CliRunner().invoke(main, ["init", str(root), "--lang", lang]).exit_code == 0
    document = Document()
    document.add_paragraph(TAG)
    folder = root / "templates" / "docx" / lang
    folder.mkdir(parents=True, exist_ok=True)
    document.save(str(folder / name))
    return root


@pytest.mark.parametrize(("lang", "name", "notice"), CASES)
def test_build_says_once_that_typographic_quotes_were_read_as_straight(
    tmp_path: Path, lang: str, name: str, notice: str
) -> None:
    root = _workspace(tmp_path / "ws", lang, name)
    for _ in range(2):  # the second build renders nothing and still says it
        result = CliRunner().invoke(main, ["build", str(root)])
        assert result.exit_code in (0, 1), result.output
        assert result.output.splitlines().count(notice) == 1, result.output
    built = Document(str(root / "outbox" / name))
    assert [p.text for p in built.paragraphs] == ["Made with our own template"]


@pytest.mark.parametrize(("lang", "name", "notice"), CASES)
def test_validate_says_it_too_once_per_workspace(
    tmp_path: Path, lang: str, name: str, notice: str
) -> None:
    root = _workspace(tmp_path / "ws", lang, name)
    workbooks = sorted((root / "inbox").glob("*.xlsx"))
    for organisation in ("Alpha", "Beta"):  # a consultant's portfolio: still said once
        (root / "inbox" / organisation).mkdir()
        for workbook in workbooks:
            shutil.copy(workbook, root / "inbox" / organisation / workbook.name)
    for workbook in workbooks:
        workbook.unlink()
    result = CliRunner().invoke(main, ["validate", str(root)])
    assert "inbox/Beta/" in result.output
    assert result.output.splitlines().count(notice) == 1, result.output


def test_validate_json_lists_the_notice(tmp_path: Path) -> None:
    lang, name, notice = CASES[0]
    root = _workspace(tmp_path / "ws", lang, name)
    result = CliRunner().invoke(main, ["validate", str(root), "--format", "json"])
    assert json.loads(result.output)["notices"] == [notice.removeprefix("\u2139 ")]


def test_the_packaged_templates_say_nothing(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["init", str(tmp_path), "--lang", "en"]).exit_code == 0
    result = CliRunner().invoke(main, ["build", str(tmp_path)])
    assert "\u2139" not in result.output
