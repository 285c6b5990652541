"""Which profile and grid make the dossier, and a register's second copy counted once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pipeline.authoring.workbooks import write_workbook
from tests.ingest.books import headers, read, workspace, write_book
from tests.ingest.test_dossier import PROFILE
from tests.ingest.test_foreign_grids import _consultant_grid


def test_a_newer_foreign_grid_does_not_replace_the_organisations_own(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "en")
    own = ws.inbox / "self-assessment.xlsx"
    write_workbook(own, "self-assessment", "en", "V10", {"profile": [PROFILE]})
    os.utime(own, (1_000, 1_000))
    _consultant_grid(ws.inbox / "consultant grid.xlsx", numbered_as_text=True)  # newer

    dossier = read(ws)

    assert dossier.where("indicators") == ("inbox/self-assessment.xlsx", "Indicators")
    [aside] = [f for f in dossier.findings if f.code == "DUPLICATE_SHEET"]
    assert (aside.file, aside.sheet) == ("inbox/consultant grid.xlsx", "Grille")
    assert aside.message == (
        'Sheet "Grille" is a second Indicators: only the one in inbox/self-assessment.xlsx '
        '(sheet "Indicators") is read, because that workbook also holds the organisation\'s '
        "profile."
    )


def test_of_two_grids_without_profile_the_audits_referential_then_completeness_wins(
    tmp_path: Path,
) -> None:
    ws = workspace(tmp_path, "en")
    write_workbook(
        ws.inbox / "profile.xlsx", "self-assessment", "en", "V10", {"profile": [PROFILE]}
    )
    (ws.inbox / "profile.xlsx").rename(ws.inbox / "a profile.xlsx")
    write_workbook(ws.inbox / "grid-v9.xlsx", "self-assessment", "en", "V9", {})
    os.utime(ws.inbox / "a profile.xlsx", (1_000, 1_000))

    dossier = read(ws)

    # the profile's own workbook holds a V10 grid: it wins over a newer V9 grid
    assert dossier.where("indicators") == ("inbox/a profile.xlsx", "Indicators")
    assert dossier.grid_version == "V10"


def test_two_copies_of_a_register_count_each_complaint_once(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "en")
    rows = [
        headers("complaints", "en", ["id", "received", "group", "subject", "status"]),
        ["R-001", "2026-03-02", "Beneficiaries", "Late certificate", "Closed"],
        ["R-002", "2026-04-10", "Funders", "Invoice error", "Open"],
    ]
    original = write_book(ws.inbox / "complaints.xlsx", {"Complaints": rows})
    shutil.copy(original, ws.inbox / "complaints (1).xlsx")
    changed = [*rows[:2], ["R-002", "2026-04-11", "Funders", "Invoice error", "Open"]]
    write_book(ws.inbox / "complaints - Copie.xlsx", {"Complaints": changed})

    dossier = read(ws)

    assert sorted(c.id for c in dossier.complaints) == ["R-001", "R-002", "R-002"]
    repeated = [
        (f.file, f.cell, f.message) for f in dossier.findings if f.code == "DUPLICATE_ENTRY"
    ]
    assert repeated == [
        (
            "inbox/complaints (1).xlsx",
            "A2",
            'Row 2 repeats row 2 of complaints.xlsx (sheet "Complaints") field for field: '
            "the entry is counted once.",
        ),
        (
            "inbox/complaints (1).xlsx",
            "A3",
            'Row 3 repeats row 3 of complaints.xlsx (sheet "Complaints") field for field: '
            "the entry is counted once.",
        ),
        (
            "inbox/complaints - Copie.xlsx",
            "A2",
            'Row 2 repeats row 2 of complaints.xlsx (sheet "Complaints") field for field: '
            "the entry is counted once.",
        ),
    ]
