"""The benchmark still runs: its workspaces validate, and its floor reads and renders them.

Untimed on purpose: timings belong in benchmarks/RESULTS.md, not in assertions.
"""

from __future__ import annotations

import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from benchmarks import floor
from benchmarks.content import Counts
from benchmarks.generate import Size, generate
from benchmarks.measure import run_once
from pipeline.build.flow import check_workspace

TINY = Counts(evidence=6, feedback=12, complaints=3, nonconformities=2, improvements=2)


@pytest.fixture(scope="module")
def flat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny one-organisation workspace, its workbooks re-saved by LibreOffice."""
    return generate(Size("T", TINY), tmp_path_factory.mktemp("bench") / "T")


@pytest.mark.libreoffice
def test_workbooks_are_written_as_calc_writes_them(flat: Path) -> None:
    for path in sorted((flat / "inbox").glob("*.xlsx")):
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            sheet = archive.read("xl/worksheets/sheet2.xml")
        assert "xl/sharedStrings.xml" in names, path.name
        assert b"<dimension " in sheet and b"inlineStr" not in sheet, path.name


@pytest.mark.libreoffice
def test_reference_workspace_validates_without_error(flat: Path, today: date) -> None:
    (result,) = check_workspace(flat, today)
    assert result.report.errors == ()
    assert len(result.dossier.feedback) == TINY.feedback
    assert len(result.dossier.evidence) == TINY.evidence


def test_portfolio_has_one_folder_per_organisation_and_validates(
    tmp_path: Path, today: date
) -> None:
    workspace = generate(Size("P", TINY, organisations=2), tmp_path / "P", calc=False)
    results = check_workspace(workspace, today)
    assert [r.name for r in results] == ["organisme-01", "organisme-02"]
    assert all(r.report.errors == () for r in results)
    assert results[0].dossier.profile != results[1].dossier.profile


@pytest.mark.libreoffice
def test_floor_reads_the_inputs_and_renders_every_document(flat: Path, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.pickle"
    assert floor.prepare(flat, jobs) >= 4
    cells = floor.read_workbooks(floor.inputs(flat))
    assert cells > TINY.rows * 3
    assert floor.main([str(flat), str(jobs), str(tmp_path / "out")]) == 0
    names = {name for _, _, name in floor.load_jobs(jobs)}
    assert {p.name for p in (tmp_path / "out").glob("*.docx")} == names
    for path in (tmp_path / "out").glob("*.docx"):
        assert Document(str(path)).paragraphs, path.name


def test_a_run_reports_its_own_exit_code_and_memory() -> None:
    done = run_once([sys.executable, "-c", "import sys; b = bytearray(30_000_000); sys.exit(3)"])
    assert done.returncode == 3
    assert done.peak_mb >= 30
    assert done.seconds > 0
