"""Every format calamine reads gives the same documents: the demo re-saved by LibreOffice."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import docx
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from tests.office import convert

DAY = date(2026, 11, 27)
# The validation report lists the input files by name: it differs by their extension only.
REPORT = "validation-report.docx"


def _texts(outbox: Path) -> dict[str, str]:
    return {
        path.name: "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        + "\n".join(
            c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells
        )
        for path in sorted(outbox.glob("*.docx"))
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats") / "demo"
    create_demo(root, "en", DAY)
    return root


@pytest.fixture(scope="module")
def original(demo: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    [result] = build_workspace(demo, today=DAY)
    return [(f.severity, f.code) for f in result.report.findings], _texts(demo / "outbox")


@pytest.mark.libreoffice
@pytest.mark.parametrize("target", ["ods", "xls", "xlsx"])
def test_demo_resaved_by_libreoffice_gives_the_same_documents(
    demo: Path,
    original: tuple[list[tuple[str, str]], dict[str, str]],
    tmp_path: Path,
    target: str,
) -> None:
    root = tmp_path / "ws"
    shutil.copytree(demo, root, ignore=shutil.ignore_patterns("outbox", "archive"))
    books = sorted((root / "inbox").glob("*.xlsx"))
    resaved = convert(books, target, tmp_path / "resaved")
    for book in books:
        book.unlink()
    for path in resaved:
        shutil.copy(path, root / "inbox" / path.name)

    [result] = build_workspace(root, today=DAY)

    findings, texts = original
    assert [(f.severity, f.code) for f in result.report.findings] == findings
    assert sorted(f.path for f in result.dossier.files) == sorted(
        f"inbox/{p.name}" for p in resaved
    )
    resaved_texts = _texts(root / "outbox")
    assert sorted(resaved_texts) == sorted(texts)
    assert len(texts) >= 5
    for name in texts.keys() - {REPORT}:
        assert resaved_texts[name] == texts[name], name
