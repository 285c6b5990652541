"""The composer: a workspace builds end to end; an unchanged one is not read or written again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.build import build_workspace
from pipeline.demo import create_demo


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ws") / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    build_workspace(root, today=date(2026, 11, 27))
    return root


def _mtimes(root: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (root / "outbox").glob("*.docx")}


def test_a_second_build_with_nothing_changed_reads_and_writes_nothing(built: Path) -> None:
    before = _mtimes(built)
    [result] = build_workspace(built, today=date(2026, 11, 27))
    assert {d.outcome for d in result.deliveries} == {"unchanged"}
    assert result.dossier.files == ()  # the workbooks were not read again
    assert [f.code for f in result.report.findings] == [
        "EVIDENCE_REVIEW_OVERDUE", "NO_EVIDENCE"]  # the findings are still reported
    assert _mtimes(built) == before


def test_a_deleted_document_is_made_again(built: Path) -> None:
    (built / "outbox" / "complaint-register.docx").unlink()
    [result] = build_workspace(built, today=date(2026, 11, 27))
    outcomes = {d.name: d.outcome for d in result.deliveries}
    assert outcomes["complaint-register.docx"] == "written"
    assert (built / "outbox" / "complaint-register.docx").is_file()


def test_another_day_or_a_changed_input_builds_again(built: Path) -> None:
    [result] = build_workspace(built, today=date(2026, 11, 28))
    assert result.dossier.files  # read again: overdue dates depend on the day
    (built / "evidence" / "added.txt").write_text("new evidence", encoding="utf-8")
    [result] = build_workspace(built, today=date(2026, 11, 28))
    assert result.dossier.files
