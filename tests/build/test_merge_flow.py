"""A real rebuild merges the workbooks' changes into Word documents a person edited."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import OrganisationResult, build_workspace
from tests.office import convert

DAY = date(2026, 11, 27)


def _change_cell(workbook: Path, start: str, value: str) -> None:
    """Replace, as a person would in Excel, the cell of `workbook` whose text begins `start`."""
    book = openpyxl.load_workbook(workbook)
    cell = next(
        c
        for sheet in book
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(start)
    )
    cell.value = value
    book.save(workbook)


def _edit(path: Path, change: Callable[[docx.document.Document], None]) -> None:
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _approaches(document: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    """Return the paragraphs that follow a « Notre démarche » heading (one per indicator)."""
    found = document.paragraphs
    return [found[i + 1] for i, p in enumerate(found) if p.text == "Notre démarche"]


@pytest.mark.libreoffice
def test_an_edit_saved_by_writer_and_a_workbook_fix_are_both_in_the_document(
    tmp_path: Path,
) -> None:
    root = tmp_path / "demo"
    create_demo(root, "fr", DAY)
    build_workspace(root, today=DAY)
    target = root / "outbox" / "preparation-audit.docx"
    first = _approaches(docx.Document(str(target)))[0].text

    def edit(document: docx.document.Document) -> None:
        second = _approaches(document)[1]
        second.add_run(" Relu par la direction.").bold = True
        _approaches(document)[0].insert_paragraph_before("Paragraphe ajouté à la main.")

    _edit(target, edit)
    (saved,) = convert([target], "docx", tmp_path / "writer")
    shutil.copy(saved, target)
    _change_cell(root / "inbox" / "autoevaluation-V10.xlsx", first[:30], "Démarche corrigée.")
    [result] = build_workspace(root, today=DAY)
    outcome = {d.name: (d.outcome, d.path) for d in result.deliveries}
    assert outcome["preparation-audit.docx"] == ("merged", "outbox/preparation-audit.docx")
    texts = _texts(target)
    assert "Démarche corrigée." in texts and first not in texts
    assert any(t.endswith(" Relu par la direction.") for t in texts)
    assert "Paragraphe ajouté à la main." in texts
    assert not list((root / "outbox").glob("* (v*).docx"))
    assert len(list((root / "archive" / "edited").iterdir())) == 1


def _conflicting_rebuild(root: Path) -> OrganisationResult:
    """Build the demo, rewrite indicator 1's approach in Word and in the workbook, rebuild."""
    create_demo(root, "fr", DAY)
    build_workspace(root, today=DAY)
    target = root / "outbox" / "preparation-audit.docx"
    first = _approaches(docx.Document(str(target)))[0].text

    def rewrite(document: docx.document.Document) -> None:
        paragraph = _approaches(document)[0]
        for run in paragraph.runs[1:]:
            run.text = ""
        paragraph.runs[0].text = "Ma démarche, réécrite."

    _edit(target, rewrite)
    _change_cell(root / "inbox" / "autoevaluation-V10.xlsx", first[:30], "Démarche corrigée.")
    [result] = build_workspace(root, today=DAY)
    return result


def _report_rows(root: Path) -> list[list[str]]:
    document = docx.Document(str(root / "outbox" / "rapport-validation.docx"))
    return [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]


def test_a_passage_changed_in_word_and_in_the_workbook_keeps_both(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    result = _conflicting_rebuild(root)
    target = root / "outbox" / "preparation-audit.docx"
    delivery = next(d for d in result.deliveries if d.name == "preparation-audit.docx")
    texts = _texts(target)
    assert texts[texts.index("Ma démarche, réécrite.") + 1] == "Démarche corrigée."
    assert delivery.outcome == "merged"
    assert "1 passage(s) modifié(s) à la fois à la main et dans les classeurs" in delivery.note
    # the demo prepares a surveillance audit: indicator 1's heading carries the scope mark ★
    assert re.search(r"Indicateur 1(\s★)? › Notre démarche", delivery.note)
    assert [c.author for c in docx.Document(str(target)).comments] == ["qualiopi-docs"]


def _conflict_rows(root: Path) -> list[list[str]]:
    """Return the rows of the validation report naming a passage changed on both sides."""
    return [row for row in _report_rows(root) if row[0] == "preparation-audit.docx"]


def test_the_validation_report_names_the_document_and_passage_changed_on_both_sides(
    tmp_path: Path,
) -> None:
    root = tmp_path / "demo"
    result = _conflicting_rebuild(root)
    outcome = {d.name: d.outcome for d in result.deliveries}
    assert outcome["rapport-validation.docx"] == "written"
    [(document, section, mine, theirs)] = _conflict_rows(root)
    assert re.search(r" › Indicateur 1(\s★)? › Notre démarche$", section)
    assert (mine, theirs) == ("Ma démarche, réécrite.", "Démarche corrigée.")
    before = (root / "outbox" / "rapport-validation.docx").read_bytes()
    [again] = build_workspace(root, today=DAY)
    assert {d.outcome for d in again.deliveries} == {"unchanged"}
    assert (root / "outbox" / "rapport-validation.docx").read_bytes() == before


def test_the_validation_report_forgets_a_conflict_the_next_build_no_longer_finds(
    tmp_path: Path,
) -> None:
    root = tmp_path / "demo"
    _conflicting_rebuild(root)
    (root / "outbox" / "preparation-audit.docx").unlink()
    [result] = build_workspace(root, today=DAY)
    outcome = {d.name: d.outcome for d in result.deliveries}
    assert outcome["preparation-audit.docx"] == "written"
    assert outcome["rapport-validation.docx"] == "written"
    assert _conflict_rows(root) == []
    assert "Passages modifiés à la fois dans Word et dans les classeurs" not in _texts(
        root / "outbox" / "rapport-validation.docx"
    )
