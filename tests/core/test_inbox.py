"""Which inbox files count, which organisation they belong to, and how conflict copies are built."""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePath

import pytest

from pipeline.core.inbox import (
    Organisation,
    conflict_original,
    conflict_variants,
    counts,
    discover,
    is_conflict_copy,
    organisation_key,
    organisation_of,
    without_conflicts,
)

# One row per name a user, an office suite or a sync client leaves in the inbox.
COUNTS = [
    ("grid.xlsx", True),
    ("Grille d'autoévaluation.XLSX", True),
    ("registers.xlsm", True),
    ("old-grid.xls", True),  # not a workbook we read: reported, never silently skipped
    ("grid.ods", True),
    ("export.csv", True),
    ("grid.xlsb", True),
    ("grid.xltx", True),
    ("grille WPS.et", True),
    ("grid.fods", True),  # other spreadsheet formats: a finding says how to re-save them
    ("export.tsv", True),
    ("grid.slk", True),
    ("grid.dif", True),
    ("grid.html", True),
    ("grid.gsheet", True),
    ("~$a.xlsx", False),  # Excel owner file
    (".~lock.a.xlsx#", False),  # LibreOffice lock
    ("._a.xlsx", False),  # macOS resource fork
    (".hidden.xlsx", False),
    ("a.xlsx.partial", False),
    ("a.crdownload", False),
    ("a.xlsx.crdownload", False),
    ("a.xlsx.part", False),  # Firefox
    ("a.xlsx.download", False),  # Safari
    (".syncthing.a.xlsx.tmp", False),  # Syncthing (Linux, macOS)
    ("~syncthing~a.xlsx.tmp", False),  # Syncthing (Windows)
    ("~WRL0001.tmp", False),  # Office temporary
    ("3F2A1B9C", False),  # Excel save-by-rename temporary, no extension
    ("ABCD1234.tmp", False),  # Excel save-by-rename temporary
    ("a.xlsx.tmp", False),
    ("a.xlsx.bak", False),
    (".~qd-report.docx.0123456789abcdef.tmp", False),  # our own temporary
    ("notes.txt", False),
    ("Thumbs.db", False),
    ("desktop.ini", False),
    ("a (conflicted copy 2026-11-27).xlsx", True),  # processed, with a warning
    ("a.sync-conflict-20261127-101010-ABCDEFG.xlsx", True),
]


@pytest.mark.parametrize(("name", "expected"), COUNTS, ids=[row[0] for row in COUNTS])
def test_which_files_count(name: str, expected: bool) -> None:
    assert counts(PurePath("inbox", name)) is expected


CONFLICTS = [
    ("a (conflicted copy 2026-11-27).xlsx", "a.xlsx"),
    ("grid (Alice's conflicted copy 2026-11-27).xlsx", "grid.xlsx"),
    ("grid (conflicted copy 2026-11-27 101010).xlsx", "grid.xlsx"),  # Nextcloud
    ("grille (copie en conflit de Alice 2026-11-27).xlsx", "grille.xlsx"),  # Dropbox, French
    ("grid (SFConflict alice@example.org 2026-11-27-10-10-10).xlsx", "grid.xlsx"),  # Seafile
    ("grid.sync-conflict-20261127-101010-ABCDEFG.xlsx", "grid.xlsx"),  # Syncthing
    ("grid_conflict-20261127-101010.xlsx", "grid.xlsx"),  # ownCloud
    ("grid (conflicted copy) (conflicted copy 2026-11-27).xlsx", "grid.xlsx"),
]


@pytest.mark.parametrize(("name", "original"), CONFLICTS, ids=[row[0] for row in CONFLICTS])
def test_conflict_copies_name_their_original(name: str, original: str) -> None:
    assert is_conflict_copy(PurePath(name))
    assert conflict_original(name) == original


@pytest.mark.parametrize(
    "name",
    [
        "grid.xlsx",
        "grid (1).xlsx",
        "conflicts register.xlsx",
        "Gestion des conflits.xlsx",
        "grid - Copy.xlsx",
    ],
)
def test_ordinary_names_are_not_conflict_copies(name: str) -> None:
    assert not is_conflict_copy(PurePath(name))
    assert conflict_original(name) == name


ORGANISATIONS = [
    ("grid.xlsx", ""),
    ("acme/grid.xlsx", "acme"),
    ("acme/2026/grid.xlsx", None),  # one level of folders only
    (".trash/grid.xlsx", None),
    ("../outside.xlsx", None),
]


@pytest.mark.parametrize(
    ("relative", "expected"), ORGANISATIONS, ids=[row[0] for row in ORGANISATIONS]
)
def test_organisation_of(relative: str, expected: str | None) -> None:
    inbox = Path("/ws/inbox")
    assert organisation_of(inbox, inbox / relative) == expected


def test_a_conflict_copy_is_built_apart_with_the_other_workbooks() -> None:
    grid, registers = Path("inbox/acme/grid.xlsx"), Path("inbox/acme/registers.xlsx")
    copy = Path("inbox/acme/grid (conflicted copy 2026-11-27).xlsx")
    organisation = Organisation("acme", (copy, grid, registers))

    assert without_conflicts(organisation) == Organisation("acme", (grid, registers))
    assert conflict_variants(organisation) == (
        Organisation("acme/grid (conflicted copy 2026-11-27)", (copy, registers)),
    )


def test_a_conflict_copy_in_a_flat_inbox_gets_its_own_folder() -> None:
    copy = Path("inbox/grid.sync-conflict-20261127-101010-ABCDEFG.xlsx")
    variants = conflict_variants(Organisation("", (Path("inbox/grid.xlsx"), copy)))
    assert variants == (Organisation("grid.sync-conflict-20261127-101010-ABCDEFG", (copy,)),)


def test_a_conflict_copy_whose_original_is_gone_has_no_variant() -> None:
    copy = Path("inbox/acme/grid (conflicted copy 2026-11-27).xlsx")
    organisation = Organisation("acme", (copy, Path("inbox/acme/registers.xlsx")))
    assert conflict_variants(organisation) == ()


def test_discover_skips_ignored_files_and_links(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "acme").mkdir(parents=True)
    for name in (
        "grid.xlsx",
        "~$grid.xlsx",
        ".~lock.grid.xlsx#",
        "acme/registers.xlsx",
        "acme/3F2A1B9C",
    ):
        (inbox / name).write_bytes(b"x")
    (inbox / "link.xlsx").symlink_to(inbox / "grid.xlsx")

    assert discover(inbox) == (
        Organisation("", (inbox / "grid.xlsx",)),
        Organisation("acme", (inbox / "acme" / "registers.xlsx",)),
    )


NFC, NFD = (unicodedata.normalize(form, "Société") for form in ("NFC", "NFD"))


def _inbox_with(tmp_path: Path, folders: tuple[str, ...]) -> Path:
    """Return an inbox with one workbook in each folder (named after the folder's form)."""
    inbox = tmp_path / "inbox"
    for folder in folders:
        form = "nfc" if unicodedata.is_normalized("NFC", folder) else "nfd"
        (inbox / folder).mkdir(parents=True, exist_ok=True)
        (inbox / folder / f"{form}.xlsx").write_bytes(b"x")
    if len([p for p in inbox.iterdir() if p.is_dir()]) < len(folders):
        pytest.skip("this file system treats both spellings as one folder")
    return inbox


# One row per inbox: the folders on disk, the organisations found (name, inputs, twins).
@pytest.mark.parametrize(
    ("folders", "expected"),
    [
        pytest.param((NFC,), [(NFC, [f"{NFC}/nfc.xlsx"], ())], id="nfc-alone"),
        pytest.param((NFD,), [(NFD, [f"{NFD}/nfd.xlsx"], ())], id="nfd-alone-keeps-its-name"),
        pytest.param(
            (NFC, NFD),
            [(NFC, sorted([f"{NFC}/nfc.xlsx", f"{NFD}/nfd.xlsx"]), (NFC, NFD))],
            id="twins-are-one-organisation-in-nfc",
        ),
        pytest.param(
            (NFD, "acme"),
            [(NFD, [f"{NFD}/nfd.xlsx"], ()), ("acme", ["acme/nfc.xlsx"], ())],
            id="not-alike",
        ),
    ],
)
def test_folders_named_alike_in_nfc_and_nfd_are_one_organisation(
    tmp_path: Path, folders: tuple[str, ...], expected: list[tuple[str, list[str], tuple[str, ...]]]
) -> None:
    inbox = _inbox_with(tmp_path, folders)
    found = [
        (o.name, [p.relative_to(inbox).as_posix() for p in o.inputs], o.twins)
        for o in discover(inbox)
    ]
    assert found == expected


def test_an_event_in_either_twin_folder_names_the_one_organisation(tmp_path: Path) -> None:
    inbox = _inbox_with(tmp_path, (NFC, NFD))
    for folder in (NFC, NFD):
        assert (
            organisation_key(inbox, organisation_of(inbox, inbox / folder / "x.xlsx") or "") == NFC
        )


def test_a_lone_folder_is_named_as_the_file_system_spells_it(tmp_path: Path) -> None:
    inbox = _inbox_with(tmp_path, (NFD,))
    assert organisation_key(inbox, NFD) == NFD
    assert organisation_key(inbox, "gone") == "gone"  # a folder deleted: its own name
