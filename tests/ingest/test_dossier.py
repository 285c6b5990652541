"""One organisation's files become one Dossier: profile, grid, registers, evidence files."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.authoring.workbooks import write_workbook
from pipeline.core.model import Lang, Version
from pipeline.referential import load
from tests.ingest.books import codes, errors, headers, read, workspace, write_book

PROFILE = {
    "name": "Formations Horizon",
    "siret": "12345678900012",
    "declaration_number": "11755555575",
    "quality_contact": "Anna Martin",
    "category_af": True,
    "category_bc": False,
    "category_vae": False,
    "category_cfa": True,
    "certifying": True,
    "work_linked": True,
    "work_based": False,
    "subcontracting": False,
    "new_entrant_af": False,
    "turnover": Decimal("420000"),
    "sites": 2,
    "audit_type": "initial",
    "audit_date": date(2027, 3, 15),
}


def test_profile_labels_anywhere_with_merged_label_cells(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "fr")
    grid = [
        ["Notre organisme"],
        [],
        [None, "Raison sociale", None, "Formations Horizon"],
        [None, "SIRET", None, "123 456 789 00012"],
        [None, "delivers training actions (af)", None, "oui"],
        [None, "Bilans de compétences (BC)", None, "Non"],
        [None, "Accompagnement VAE", None, "non"],
        [None, "CFA", None, None],
        [None, "Actions de formation par apprentissage (CFA)", None, "x"],
        [None, "Date d'audit prévue", None, "15/03/2027"],
        [None, "Type d'audit", None, "Renewal"],
        [None, "Dernier chiffre d'affaires", None, "420 000"],
    ]
    merges = [f"B{row}:C{row}" for row in range(3, 13)]
    write_book(ws.inbox / "profil.xlsx", {"Fiche": grid}, merges={"Fiche": merges})
    profile = read(ws).profile
    assert profile is not None
    assert (profile.name, profile.categories, profile.audit_date, profile.audit_type) == (
        "Formations Horizon",
        frozenset({"AF", "CFA"}),
        date(2027, 3, 15),
        "renewal",
    )
    assert profile.turnover == Decimal("420000")
    assert profile.origin.cell("audit_date") == "D10"


def test_unanswered_yes_no_and_missing_fields(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    values = {k: v for k, v in PROFILE.items() if k != "certifying"}
    write_workbook(ws.inbox / "grid.xlsx", "self-assessment", "en", "V10", {"profile": [values]})
    dossier = read(ws)
    assert errors(dossier) == ["YES_NO_MISSING Profile!C11"]
    assert dossier.findings[0].message.startswith(
        '"Services leading to a professional certification" is not answered'
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_filled_grid_reads_back(tmp_path: Path, lang: Lang) -> None:
    ws = workspace(tmp_path, lang)
    rows = [
        {
            "number": 1,
            "status": "ready",
            "approach": "Catalogue online",
            "evidence_ids": ("P-001", "P-002"),
            "owner": "Anna",
            "last_review": date(2026, 10, 1),
        },
        {"number": 27, "status": "not_applicable", "na_reason": "No subcontracting"},
    ]
    write_workbook(
        ws.inbox / "grid.xlsx",
        "self-assessment",
        lang,
        "V10",
        {"profile": [PROFILE], "indicators": rows},
    )
    dossier = read(ws)
    assert dossier.findings == ()
    assert dossier.grid_version == "V10" and dossier.indicators is not None
    assert len(dossier.indicators) == 33
    first = dossier.indicators[0]
    assert (first.number, first.status, first.evidence_ids, first.last_review) == (
        1,
        "ready",
        ("P-001", "P-002"),
        date(2026, 10, 1),
    )
    assert first.wording == load("V10").indicator(1).wording_fr
    assert (dossier.indicators[26].status, dossier.indicators[26].na_reason) == (
        "not_applicable",
        "No subcontracting",
    )
    assert dossier.profile is not None and dossier.profile.categories == {"AF", "CFA"}
    assert dossier.present == {"profile", "indicators"}


@pytest.mark.parametrize(
    ("version", "drop", "expected"),
    [
        ("V9", None, "V9"),
        ("V10", None, "V10"),
        ("V10", 33, "V10"),
    ],
)
def test_grid_version(
    tmp_path: Path, version: Version, drop: int | None, expected: Version
) -> None:
    ws = workspace(tmp_path)
    path = ws.inbox / "grid.xlsx"
    write_workbook(path, "self-assessment", "en", version, {"profile": [PROFILE]})
    if drop:
        book = load_workbook(path)
        book["Indicators"].delete_rows(drop + 1)
        book.save(path)
    dossier = read(ws)
    assert dossier.grid_version == expected
    assert dossier.indicators is not None and len(dossier.indicators) == len(
        load(version).indicators
    ) - (1 if drop else 0)


def test_one_combined_workbook_or_separate_ones(tmp_path: Path) -> None:
    evidence = [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]
    actions = [
        headers("improvements", "fr"),
        ["A-001", "Audit", "Revoir le livret", None, "30/06/2027", "Prévue"],
    ]
    together = workspace(tmp_path / "one")
    write_book(together.inbox / "all.xlsx", {"Tab1": evidence, "Tab2": actions})
    apart = workspace(tmp_path / "two")
    write_book(apart.inbox / "a.xlsx", {"Sheet": evidence})
    write_book(apart.inbox / "b.xlsx", {"Sheet": actions})
    one, two = read(together), read(apart)
    assert one.present == two.present == {"evidence", "improvements"}
    assert [(i.id, i.source, i.due, i.status) for i in one.improvements] == [
        ("A-001", "audit", date(2027, 6, 30), "planned")
    ]
    assert [e.id for e in one.evidence] == [e.id for e in two.evidence] == ["P-001"]
    assert one.where("improvements") == ("inbox/all.xlsx", "Tab2")
    assert two.where("improvements") == ("inbox/b.xlsx", "Sheet")
    assert [(f.path, f.kinds) for f in two.files] == [
        ("inbox/a.xlsx", ("evidence",)),
        ("inbox/b.xlsx", ("improvements",)),
    ]


def test_latest_grid_is_used_and_a_conflict_copy_is_a_fallback(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    for name, version, saved in (
        ("grid.xlsx", "V10", 2_000),
        ("grid-old.xlsx", "V9", 1_000),
        ("grid (conflicted copy).xlsx", "V10", 3_000),
    ):
        write_workbook(ws.inbox / name, "self-assessment", "en", version, {"profile": [PROFILE]})
        os.utime(ws.inbox / name, (saved, saved))
    dossier = read(ws)
    assert dossier.where("indicators") == ("inbox/grid.xlsx", "Indicators")
    assert dossier.grid_version == "V10"
    duplicates = [(f.file, f.sheet) for f in dossier.findings if f.code == "DUPLICATE_SHEET"]
    assert duplicates == [("inbox/grid-old.xlsx", "Profile"), ("inbox/grid-old.xlsx", "Indicators")]
    assert [f.file for f in dossier.findings if f.code == "CONFLICT_COPY"] == [
        "inbox/grid (conflicted copy).xlsx"
    ]


def test_workbook_with_nothing_recognised(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    write_book(ws.inbox / "notes.xlsx", {"Notes": [["Shopping list"], ["milk", "eggs"]]})
    dossier = read(ws)
    assert codes(dossier) == ["NO_KNOWN_SHEET"]
    assert dossier.present == frozenset() and dossier.indicators is None


def test_inputs_are_never_written(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path = ws.inbox / "grid.xlsx"
    write_workbook(path, "self-assessment", "en", "V10", {"profile": [PROFILE]})
    os.utime(path, (1_700_000_000, 1_700_000_000))
    before = path.read_bytes()
    dossier = read(ws)
    assert path.read_bytes() == before
    assert path.stat().st_mtime == 1_700_000_000
    assert dossier.files[0].sha256 == hashlib.sha256(before).hexdigest()


def test_linked_input_is_not_followed(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    outside = write_book(tmp_path / "secret.xlsx", {"E": [headers("evidence", "en")]})
    (ws.inbox / "link.xlsx").symlink_to(outside)
    dossier = read(ws)
    assert codes(dossier) == ["FILE_SYMLINK"] and dossier.present == frozenset()
    assert "link.xlsx" in dossier.findings[0].message


def test_evidence_files_stay_inside_the_workspace(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    folder = ws.evidence
    (folder / "procedures").mkdir(parents=True)
    (folder / "procedures" / "welcome.pdf").write_bytes(b"%PDF-1.4")
    (folder / "charter.docx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"")
    (tmp_path / "outside.pdf").write_bytes(b"%PDF-1.4")
    (folder / "escape.pdf").symlink_to(tmp_path / "outside.pdf")
    (folder / "inside.pdf").symlink_to(folder / "charter.docx")
    (folder / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    assert read(ws).evidence_files == {"procedures/welcome.pdf", "charter.docx", "inside.pdf"}


def test_no_evidence_folder(tmp_path: Path) -> None:
    assert read(workspace(tmp_path)).evidence_files is None


def test_inbox_may_itself_be_a_linked_folder(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "qualiopi"
    write_book(
        synced / "evidence.xlsx",
        {"E": [headers("evidence", "en"), ["P-001", "Booklet", "1", "b.pdf"]]},
    )
    root = tmp_path / "ws"
    root.mkdir()
    (root / "inbox").symlink_to(synced, target_is_directory=True)
    ws = workspace(root)
    dossier = read(ws)
    assert [e.id for e in dossier.evidence] == ["P-001"] and dossier.findings == ()


def test_linked_organisation_folder_is_not_followed(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    elsewhere = tmp_path / "elsewhere"
    write_book(elsewhere / "evidence.xlsx", {"E": [headers("evidence", "en")]})
    (ws.inbox / "org").symlink_to(elsewhere, target_is_directory=True)
    dossier = read(ws, ws.inbox / "org" / "evidence.xlsx")
    assert codes(dossier) == ["FILE_SYMLINK"]
