"""Every format calamine reads gives the same documents: the demo re-saved by LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from tests.ingest.books import errors, headers, read, workspace, write_book
from tests.ingest.xlsb import write_xlsb
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


def test_an_excel_binary_workbook_is_read(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    write_xlsb(
        ws.inbox / "evidence.xlsb",
        {
            "Read me": [["How to fill this list"]],
            "Evidence": [
                headers("evidence", "en", ["id", "title", "indicators", "location"]),
                ["P-001", "Welcome booklet", 1, "booklet.pdf"],
                ["P-002", "Internal rules", "2, 3", "rules.pdf"],
            ],
        },
    )
    dossier = read(ws)
    assert [(e.id, e.title, e.indicators) for e in dossier.evidence] == [
        ("P-001", "Welcome booklet", (1,)),
        ("P-002", "Internal rules", (2, 3)),
    ]
    assert dossier.locations == (("evidence", "inbox/evidence.xlsb", "Evidence"),)


@pytest.mark.libreoffice
def test_validate_json_stays_json_whatever_the_inbox_holds(demo: Path, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(demo, root, ignore=shutil.ignore_patterns("outbox", "archive"))
    inbox = root / "inbox"
    resaved = convert([inbox / "complaints.xlsx"], "xls", tmp_path / "xls")[0]
    shutil.copy(resaved, inbox / "old complaints.xls")
    for target in ("fods", "html", "slk"):
        shutil.copy(convert([inbox / "evidence.xlsx"], target, tmp_path / target)[0], inbox)
    (inbox / "export.tsv").write_text("ID\tTitle\nP-9\tBooklet\n", encoding="utf-8")
    write_xlsb(inbox / "binary.xlsb", {"Sheet1": [["nothing", "of ours"]]})

    report = _validate_json(root)
    files = {f["file"] for f in report["findings"]}
    assert {
        "inbox/evidence.fods",
        "inbox/evidence.html",
        "inbox/evidence.slk",
        "inbox/export.tsv",
        "inbox/binary.xlsb",
    } <= files


@pytest.mark.parametrize("blank_rows", [0, 2], ids=["from-A1", "from-B3"])
def test_cells_are_located_where_they_are_in_the_sheet(tmp_path: Path, blank_rows: int) -> None:
    ws = workspace(tmp_path)
    grid = [
        [None, *headers("evidence", "en", ["id", "title", "indicators", "location"])],
        [None, "P-001", "Booklet", "1", "booklet.pdf"],
        [None, "P-002", "Rules", "ninety", "rules.pdf"],
    ]
    write_book(ws.inbox / "evidence.xlsx", {"Evidence": [[]] * blank_rows + grid})
    dossier = read(ws)
    first = 1 + blank_rows
    assert [e.origin.row for e in dossier.evidence] == [first + 1, first + 2]
    assert dossier.evidence[0].origin.cell("id") == f"B{first + 1}"
    assert errors(dossier) == [f"BAD_INDICATOR Evidence!D{first + 2}"]


def test_validate_json_stays_json_with_a_file_that_makes_openpyxl_print(
    demo: Path, tmp_path: Path
) -> None:
    """SheetJS's xlsx-stream-d-date-cell.xlsx makes openpyxl print `0 is out of range`."""
    root = tmp_path / "ws"
    shutil.copytree(demo, root, ignore=shutil.ignore_patterns("outbox", "archive"))
    fixture = Path(__file__).parent.parent / "fixtures" / "xlsx-stream-d-date-cell.xlsx"
    shutil.copy(fixture, root / "inbox" / "dates.xlsx")

    report = _validate_json(root)
    assert "inbox/dates.xlsx" in {f["file"] for f in report["findings"]}


def _validate_json(root: Path) -> dict[str, Any]:
    """Run `qualiopi-docs validate --format json` in its own process: its stdout must be JSON
    and nothing may reach its stderr."""
    command = Path(sys.executable).with_name("qualiopi-docs")
    result = subprocess.run(
        [str(command), "validate", str(root), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    assert result.stderr == ""
    return report
