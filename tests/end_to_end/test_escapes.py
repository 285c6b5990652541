"""Paths that try to leave the workspace: evidence locations, links in the inbox, evidence/ and
outbox/, organisation folder names. Nothing outside is read, linked or written."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from tests.end_to_end.conftest import Case, document_text, fingerprints

SECRET = "SECRET-7f3a-do-not-leak"
HOSTILE_LOCATIONS = [
    ("../qualiopi.toml", "EVIDENCE_LOCATION_OUTSIDE"),
    ("/etc/passwd", "EVIDENCE_LOCATION_OUTSIDE"),
    ("C:\\Windows\\win.ini", "EVIDENCE_LOCATION_OUTSIDE"),
    ("\\\\server\\share\\audit.pdf", "EVIDENCE_LOCATION_OUTSIDE"),
    ("file:///etc/passwd", "EVIDENCE_LOCATION_OUTSIDE"),
    ("~/audit.pdf", "EVIDENCE_LOCATION_OUTSIDE"),
    ("catalogue/../../../etc/passwd", "EVIDENCE_LOCATION_OUTSIDE"),
    ("javascript:alert(1)", "EVIDENCE_LOCATION_OUTSIDE"),
    ("leak.txt", "EVIDENCE_FILE_MISSING"),  # a link in evidence/ to a file outside
    ("elsewhere/secret.txt", "EVIDENCE_FILE_MISSING"),  # a linked folder leading outside
]
_FIELD = re.compile(r'HYPERLINK\s+"([^"]*)"')


def _link_targets(path: Path) -> list[str]:
    """Return the target of every hyperlink of a .docx (fields and relationships)."""
    with zipfile.ZipFile(path) as archive:
        xml = "".join(
            archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("word/") and n.endswith((".xml", ".rels"))
        )
    fields = _FIELD.findall(xml)
    external = re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', xml)
    return fields + external


def test_evidence_locations_that_leave_the_workspace_are_reported_and_never_linked(
    case: Case, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (case.root / "evidence" / "leak.txt").symlink_to(outside / "secret.txt")
    (case.root / "evidence" / "elsewhere").symlink_to(outside, target_is_directory=True)

    def change(sheet: object) -> None:
        for row, (location, _) in enumerate(HOSTILE_LOCATIONS, start=2):
            sheet.cell(row, 4).value = location  # type: ignore[attr-defined]

    case.edit("evidence", "evidence", change)

    results = case.build()

    found = [
        (f.code, f.cell)
        for r in results
        for f in r.report.findings
        if f.file == "inbox/evidence.xlsx" and f.cell.startswith("D")
    ]
    assert found == [(code, f"D{row}") for row, (_, code) in enumerate(HOSTILE_LOCATIONS, start=2)]
    for path in sorted(case.outbox.glob("*.docx")):
        assert SECRET not in document_text(path)
        for target in _link_targets(path):
            assert target.startswith(("https://", "http://", "mailto:", "../evidence/")), target
            inside = target.removeprefix("../evidence/")
            assert ".." not in inside.split("/") and ":" not in inside, (path.name, target)


def _outside(tmp_path: Path, case: Case) -> Path:
    """Return a folder outside the workspace holding a copy of the demo workbooks."""
    outside = tmp_path / "outside"
    outside.mkdir()
    for path in case.inbox.glob("*.xlsx"):
        shutil.copy(path, outside / path.name)
    return outside


def test_links_in_the_inbox_are_never_followed_and_odd_folder_names_stay_in_the_outbox(
    case: Case, tmp_path: Path
) -> None:
    outside = _outside(tmp_path, case)
    before = fingerprints(outside)
    (case.inbox / "linked organisation").symlink_to(outside, target_is_directory=True)
    (case.inbox / "linked.xlsx").symlink_to(outside / case.workbook("complaints").name)
    odd = ["C:\\Windows", "evil\\..\\..\\x", "x\u2215..\u2215..\u2215etc"]  # legal names here
    for name in odd:
        (case.inbox / name).mkdir()
        shutil.copy(case.workbook("complaints"), case.inbox / name / "complaints.xlsx")

    results = case.build()

    assert [r.name for r in results] == ["", *sorted(odd)]
    read = [source.path for r in results for source in r.dossier.files]
    assert not [path for path in read if "linked" in path]
    assert not (case.outbox / "linked organisation").exists()
    for result in results:
        for delivery in result.deliveries:
            assert delivery.path.startswith(f"outbox/{result.name}/".replace("//", "/"))
    for name in odd:
        assert (case.outbox / name / "complaint-register.docx").is_file()
    assert fingerprints(outside) == before


def test_an_outbox_folder_linked_outside_the_workspace_gets_no_document(
    case: Case, tmp_path: Path
) -> None:
    acme = case.inbox / "acme"
    acme.mkdir()
    for path in case.inbox.glob("*.xlsx"):
        shutil.copy(path, acme / path.name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (case.outbox / "acme").symlink_to(elsewhere, target_is_directory=True)

    results = case.build()

    assert sorted(p.name for p in elsewhere.iterdir()) == []
    acme_deliveries = [d for r in results if r.name == "acme" for d in r.deliveries]
    assert acme_deliveries and all(
        d.path == "" or d.path.startswith("outbox/acme") for d in acme_deliveries
    )


def test_an_evidence_folder_set_outside_the_workspace_is_refused(
    case: Case, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    (outside / "catalogue").mkdir(parents=True)
    (outside / "catalogue" / "training-catalogue-2026.pdf").write_bytes(b"%PDF-1.4 elsewhere")
    settings = case.root / "qualiopi.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            'evidence_folder = "evidence"', 'evidence_folder = "../outside"'
        ),
        encoding="utf-8",
    )

    results = case.build()

    found = [f for r in results for f in r.report.findings if f.code == "EVIDENCE_FOLDER_OUTSIDE"]
    assert [(f.severity, f.file, f.sheet, f.cell) for f in found] == [
        ("error", "../outside", "", "")
    ]
    assert found[0].message == (
        'The evidence folder "../outside" is outside the workspace: its files are not looked at.'
    )
