"""A rebuild merges the new data into a document a person edited, at its own name."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from pipeline.deliver import Timing, deliver
from pipeline.workspace import Workspace
from tests.deliver.generated import (
    NAME,
    Section,
    comments,
    generated,
    highlighted,
    paragraphs,
    table_rows,
)
from tests.office import convert

FIRST = (
    Section("Indicator 1", ("Our approach: a programme sheet per course.", "Evidence: leaflet.")),
    Section("Indicator 2", ("Our approach: results published each January.",)),
    Section("Register", (), (("Date", "Feedback"), ("2026-01-10", "Good"), ("2026-02-11", "Slow"))),
)


def _build(workspace: Workspace, timing: Timing, *sections: Section, force: bool = False):  # type: ignore[no-untyped-def]
    (delivery,) = deliver([generated(*sections)], workspace.outbox, workspace, force, timing=timing)
    return delivery


def _edit(path: Path, change: Callable[[docx.document.Document], None]) -> None:
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))


def _paragraph(document: docx.document.Document, start: str):  # type: ignore[no-untyped-def]
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _append_bold(document: docx.document.Document) -> None:
    _paragraph(document, "Our approach: results").add_run(" Checked by the director.").bold = True


def _add_after_evidence(document: docx.document.Document) -> None:
    _paragraph(document, "Indicator 2").insert_paragraph_before("My own paragraph.")


def _second(data: str) -> tuple[Section, ...]:
    """The first sections, indicator 1's approach changed in the workbooks."""
    return (
        Section("Indicator 1", (data, "Evidence: leaflet.")),
        *FIRST[1:],
    )


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_append_bold, "Our approach: results published each January. Checked by the director."),
        (_add_after_evidence, "My own paragraph."),
    ],
    ids=["text_changed", "paragraph_added"],
)
def test_an_edit_and_a_data_change_elsewhere_are_both_in_the_document(
    workspace: Workspace,
    timing: Timing,
    edit: Callable[[docx.document.Document], None],
    expected: str,
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME
    _edit(target, edit)
    delivery = _build(workspace, timing, *_second("Our approach: an online catalogue."))
    assert (delivery.outcome, delivery.path) == ("merged", f"outbox/{NAME}")
    assert "archive/edited/" in delivery.note
    text = paragraphs(target)
    assert "Our approach: an online catalogue." in text
    assert expected in text
    assert "Our approach: a programme sheet per course." not in text
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]
    assert len(list((workspace.archive / "edited").iterdir())) == 1


def test_an_added_paragraph_stays_after_the_paragraph_it_followed(
    workspace: Workspace, timing: Timing
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME
    _edit(target, _add_after_evidence)
    _build(workspace, timing, *_second("Our approach: an online catalogue."))
    text = paragraphs(target)
    assert text[text.index("Evidence: leaflet.") + 1] == "My own paragraph."
    assert text[text.index("My own paragraph.") + 1] == "Indicator 2"


def test_bold_text_and_comments_survive_a_merge(workspace: Workspace, timing: Timing) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def bold_and_comment(document: docx.document.Document) -> None:
        _append_bold(document)
        paragraph = _paragraph(document, "Evidence: leaflet.")
        document.add_comment(paragraph.runs, text="Ask Marie for the 2025 leaflet", author="Me")

    _edit(target, bold_and_comment)
    _build(workspace, timing, *_second("Our approach: an online catalogue."))
    document = docx.Document(str(target))
    runs = _paragraph(document, "Our approach: results").runs
    assert [r.text for r in runs if r.bold] == [" Checked by the director."]
    assert comments(target) == ["Ask Marie for the 2025 leaflet"]


def test_an_edit_and_a_data_change_of_the_same_passage_keep_both_and_are_reported(
    workspace: Workspace, timing: Timing
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def rewrite(document: docx.document.Document) -> None:
        paragraph = _paragraph(document, "Our approach: a programme")
        paragraph.runs[0].text = "Our approach, in my words: one sheet per course."

    _edit(target, rewrite)
    delivery = _build(workspace, timing, *_second("Our approach: an online catalogue."))
    text = paragraphs(target)
    mine = text.index("Our approach, in my words: one sheet per course.")
    assert text[mine + 1] == "Our approach: an online catalogue."
    assert highlighted(target) == ["Our approach: an online catalogue."]
    assert len(comments(target)) == 1 and "workbooks" in comments(target)[0]
    assert delivery.outcome == "merged"
    assert "1 passage(s) changed both by hand and in the workbooks" in delivery.note
    assert "« Indicator 1 »" in delivery.note and "an online catalogue" in delivery.note


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Evidence: leaflet.", []),
        ("Evidence: leaflet and website.", ["Evidence: leaflet and website."]),
    ],
    ids=["data_unchanged_stays_deleted", "data_changed_is_a_conflict"],
)
def test_a_deleted_paragraph(
    workspace: Workspace, timing: Timing, data: str, expected: list[str]
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def delete(document: docx.document.Document) -> None:
        element = _paragraph(document, "Evidence: leaflet.")._p
        element.getparent().remove(element)

    _edit(target, delete)
    sections = (Section("Indicator 1", (FIRST[0].paragraphs[0], data)), *FIRST[1:])
    delivery = _build(workspace, timing, *sections)
    assert [t for t in paragraphs(target) if t.startswith("Evidence")] == expected
    assert highlighted(target) == expected
    assert delivery.outcome == "merged"


def test_table_rows_added_by_hand_and_by_the_data_are_both_kept(
    workspace: Workspace, timing: Timing
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def add_row(document: docx.document.Document) -> None:
        row = document.tables[0].add_row()
        row.cells[0].text, row.cells[1].text = "2026-03-01", "Added by hand"

    _edit(target, add_row)
    rows = (*FIRST[2].rows, ("2026-04-02", "New in the register"))
    _build(workspace, timing, *FIRST[:2], Section("Register", (), rows))
    assert table_rows(target) == [
        ["Date", "Feedback"],
        ["2026-01-10", "Good"],
        ["2026-02-11", "Slow"],
        ["2026-03-01", "Added by hand"],
        ["2026-04-02", "New in the register"],
    ]


def test_a_merged_document_is_never_replaced_by_a_later_build(
    workspace: Workspace, timing: Timing
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME
    _edit(target, _append_bold)
    _build(workspace, timing, *_second("Our approach: an online catalogue."))
    delivery = _build(workspace, timing, *_second("Our approach: a catalogue and a fair."))
    text = paragraphs(target)
    assert delivery.outcome == "merged"
    assert "Our approach: a catalogue and a fair." in text
    assert "Our approach: results published each January. Checked by the director." in text
    assert len(list((workspace.archive / "edited").iterdir())) == 2


def test_tracked_changes_stop_the_merge_and_say_why(workspace: Workspace, timing: Timing) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def track(document: docx.document.Document) -> None:
        run = _paragraph(document, "Evidence: leaflet.").runs[0]._r
        inserted = run.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Me"})
        run.addprevious(inserted)
        inserted.append(run)

    _edit(target, track)
    delivery = _build(workspace, timing, *_second("Our approach: an online catalogue."))
    assert (delivery.outcome, delivery.path) == (
        "kept_edited",
        "outbox/audit-preparation (v2).docx",
    )
    assert "tracked changes" in delivery.note and "Review tab" in delivery.note


def test_force_moves_stale_versions_to_the_archive(workspace: Workspace, timing: Timing) -> None:
    _build(workspace, timing, *FIRST)
    stale = workspace.outbox / "audit-preparation (v2).docx"
    shutil.copy(workspace.outbox / NAME, stale)
    delivery = _build(workspace, timing, *_second("Our approach: an online catalogue."), force=True)
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]
    assert "Older version(s) moved to the archive" in delivery.note
    archived = list((workspace.archive / "edited").iterdir())
    assert [p.name.endswith("audit-preparation (v2).docx") for p in archived] == [True]


@pytest.mark.libreoffice
def test_edits_saved_by_libreoffice_writer_are_merged(
    workspace: Workspace, timing: Timing, tmp_path: Path
) -> None:
    _build(workspace, timing, *FIRST)
    target = workspace.outbox / NAME

    def both(document: docx.document.Document) -> None:
        _append_bold(document)
        _add_after_evidence(document)

    _edit(target, both)
    (saved,) = convert([target], "docx", tmp_path / "writer")
    shutil.copy(saved, target)
    delivery = _build(workspace, timing, *_second("Our approach: an online catalogue."))
    text = paragraphs(target)
    assert delivery.outcome == "merged"
    assert "Our approach: an online catalogue." in text
    assert "Our approach: results published each January. Checked by the director." in text
    assert text[text.index("Evidence: leaflet.") + 1] == "My own paragraph."
    assert highlighted(target) == []
