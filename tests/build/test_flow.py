"""The composer: a workspace builds end to end; an unchanged one is not read or written again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from pipeline.core.model import Lang


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
        "EVIDENCE_REVIEW_OVERDUE",
        "NO_EVIDENCE",
    ]  # the findings are still reported
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


def test_after_one_register_changed_only_its_documents_are_written_again(tmp_path: Path) -> None:
    from pipeline.authoring.workbooks.fill import (
        write_workbook,
    )  # the demo's own way of filling a workbook

    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    build_workspace(root, today=date(2026, 11, 27))
    before = _mtimes(root)
    write_workbook(
        root / "inbox" / "complaints.xlsx",
        "complaints",
        "en",
        None,
        {
            "complaints": [
                {
                    "id": "R-01",
                    "received": date(2026, 11, 2),
                    "group": "beneficiaries",
                    "channel": "email",
                    "subject": "Room too cold",
                    "status": "open",
                }
            ]
        },
    )
    [result] = build_workspace(root, today=date(2026, 11, 27))
    rendered = {d.name for d in result.deliveries if d.outcome == "written"}
    assert "complaint-register.docx" in rendered
    assert not rendered & {
        "audit-preparation.docx",
        "feedback-register.docx",
        "nonconformity-action-plan.docx",
    }
    after = _mtimes(root)
    assert after["audit-preparation.docx"] == before["audit-preparation.docx"]
    assert after["feedback-register.docx"] == before["feedback-register.docx"]
    assert after["complaint-register.docx"] != before["complaint-register.docx"]


def test_a_document_that_cannot_be_made_is_named_with_the_reason(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    (root / "inbox" / "complaints.xlsx").unlink()
    [result] = build_workspace(root, today=date(2026, 11, 27))
    assert result.not_made == (
        (
            "complaint_register",
            'No "Complaints" sheet in the inbox: add that workbook to produce it.',
        ),
    )
    assert "complaint-register.docx" not in {d.name for d in result.deliveries}


def test_a_sync_conflict_copy_is_built_apart_and_never_over_the_original(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    build_workspace(root, today=date(2026, 11, 27))
    original = (root / "outbox" / "complaint-register.docx").read_bytes()
    copy = root / "inbox" / "complaints (Alice's conflicted copy 2026-11-27).xlsx"
    copy.write_bytes((root / "inbox" / "complaints.xlsx").read_bytes())
    results = build_workspace(root, today=date(2026, 11, 27))
    assert [r.name for r in results] == ["", copy.stem]
    assert "CONFLICT_COPY" in {f.code for f in results[1].report.findings}
    assert (root / "outbox" / copy.stem / "complaint-register.docx").is_file()
    assert (root / "outbox" / "complaint-register.docx").read_bytes() == original


def test_a_consultants_portfolio_is_built_in_parallel_without_losing_track(tmp_path: Path) -> None:
    """Five organisations take the parallel path; the manifest must know every document, or
    the next build would take them all for hand-edited copies."""
    import json
    import shutil

    root = tmp_path / "portfolio"
    create_demo(root, "fr", date(2026, 11, 27))
    flat = sorted((root / "inbox").glob("*.xlsx"))
    for number in range(1, 6):
        folder = root / "inbox" / f"client-{number}"
        folder.mkdir()
        for workbook in flat:
            shutil.copy2(workbook, folder / workbook.name)
    for workbook in flat:
        workbook.unlink()
    results = build_workspace(root, today=date(2026, 11, 27))
    assert [r.name for r in results] == [f"client-{n}" for n in range(1, 6)]
    assert {d.outcome for r in results for d in r.deliveries} == {"written"}
    manifest = json.loads((root / ".qualiopi" / "manifest.json").read_text(encoding="utf-8"))
    made = sum(len(r.deliveries) for r in results)
    assert made == 35  # 7 documents each
    assert len([k for k in manifest["documents"] if k.startswith("outbox/client-")]) == made
    edited = root / "outbox" / "client-3" / "registre-reclamations.docx"
    edited.write_bytes(edited.read_bytes() + b"\0")  # a person saved it
    (root / "evidence" / "new.txt").write_text("new", encoding="utf-8")  # forces a rebuild
    again = build_workspace(root, today=date(2026, 11, 27))
    outcomes = {(r.name, d.name): d.outcome for r in again for d in r.deliveries}
    # A person's copy is merged in place (issue 11), never taken for ours and replaced.
    assert outcomes.pop(("client-3", "registre-reclamations.docx")) == "merged"
    assert set(outcomes.values()) <= {"written", "unchanged"}  # every other one known as ours


def test_a_file_name_that_is_not_utf8_is_a_finding_and_everything_else_is_built(
    tmp_path: Path,
) -> None:
    import os
    import shutil

    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    shutil.copy(
        root / "inbox" / "complaints.xlsx", root / "inbox" / os.fsdecode(b"f-\xff\xe9.xlsx")
    )
    for _ in range(2):  # the second build too: nothing saved along the way chokes on the name
        [result] = build_workspace(root, today=date(2026, 11, 27))
        [finding] = [f for f in result.report.findings if f.code == "FILE_NAME_ENCODING"]
        assert finding.file == "inbox/f-\\xff\\xe9.xlsx"
        assert "f-\\xff\\xe9.xlsx" in finding.message
        assert {d.outcome for d in result.deliveries} <= {"written", "unchanged"}
        assert "complaint-register.docx" in {d.name for d in result.deliveries}


def test_the_record_and_the_archive_name_the_bytes_the_documents_were_made_from(
    tmp_path: Path,
) -> None:
    import hashlib
    import json

    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    build_workspace(root, today=date(2026, 11, 27))
    [record_file] = (root / ".qualiopi" / "builds").glob("*.json")
    record = json.loads(record_file.read_text(encoding="ascii"))
    inbox = sorted((root / "inbox").glob("*.xlsx"))
    expected = [[f"inbox/{p.name}", hashlib.sha256(p.read_bytes()).hexdigest()] for p in inbox]
    assert sorted(record["inputs"]) == expected
    for _, sha in expected:
        assert (root / "archive" / "inputs" / f"{sha}.xlsx").is_file()


def split_into_twin_folders(root: Path) -> tuple[str, str]:
    """Move the demo's workbooks into "Société" typed on Windows (NFC) and copied from a Mac
    (NFD), one workbook out of two in each; return both names. Skip where the file system
    treats both names as one folder."""
    import unicodedata

    names = (unicodedata.normalize("NFC", "Société"), unicodedata.normalize("NFD", "Société"))
    for name in names:
        (root / "inbox" / name).mkdir(exist_ok=True)
    if len([p for p in (root / "inbox").iterdir() if p.is_dir()]) < 2:
        pytest.skip("this file system treats both names as one folder")
    for index, workbook in enumerate(sorted((root / "inbox").glob("*.xlsx"))):
        workbook.rename(root / "inbox" / names[index % 2] / workbook.name)
    return names


TWIN_MESSAGES = {
    "en": (
        'The organisation folders "{nfc}" (accents written as one character, as Windows types '
        'them) and "{nfd}" (accents written as separate marks, as a Mac stores them) have names '
        "that look the same but are written differently (accents typed on a Mac and on "
        "Windows): their workbooks are read together, as one organisation, whose documents go "
        'to "outbox/{nfc}".'
    ),
    "fr": (
        "Les dossiers d’organisme «\u00a0{nfc}\u00a0» (accents écrits en un seul caractère, "
        "comme les saisit Windows) et «\u00a0{nfd}\u00a0» (accents écrits en signes séparés, "
        "comme les enregistre un Mac) ont des noms identiques à l’œil mais écrits différemment "
        "(accents saisis sur Mac et sur Windows)\u00a0: leurs classeurs sont lus ensemble, comme "
        "un seul organisme, dont les documents vont dans «\u00a0outbox/{nfc}\u00a0»."
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_organisation_folders_named_alike_in_nfc_and_nfd_are_built_as_one(
    tmp_path: Path, lang: Lang
) -> None:
    root = tmp_path / "demo"
    create_demo(root, lang, date(2026, 11, 27))
    [flat] = build_workspace(tmp_path_copy(root, tmp_path), today=date(2026, 11, 27))
    nfc, nfd = split_into_twin_folders(root)
    [result] = build_workspace(root, today=date(2026, 11, 27))
    assert result.name == nfc
    assert sorted(p.split("/")[1] for p, _ in result.read) == sorted([nfc] * 3 + [nfd] * 3)
    [twin] = [f for f in result.report.findings if f.code == "ORGANISATION_TWIN"]
    assert (twin.severity, twin.file) == ("warning", f"inbox/{nfc}")
    assert twin.message == TWIN_MESSAGES[lang].format(nfc=nfc, nfd=nfd)
    others = [f.code for f in result.report.findings if f.code != "ORGANISATION_TWIN"]
    assert others == [f.code for f in flat.report.findings]  # as complete as one folder
    assert [p.name for p in (root / "outbox").iterdir()] == [nfc]
    assert {d.path for d in result.deliveries} == {
        f"outbox/{nfc}/{d.name}" for d in flat.deliveries
    }
    [again] = build_workspace(root, today=date(2026, 11, 27))
    assert {d.outcome for d in again.deliveries} == {"unchanged"}


def tmp_path_copy(root: Path, tmp_path: Path) -> Path:
    """Return a copy of the workspace at `root`, built flat for comparison."""
    import shutil

    return Path(shutil.copytree(root, tmp_path / "flat"))


def test_switching_the_language_writes_every_document_again_in_the_new_one(
    tmp_path: Path,
) -> None:
    from pipeline.core.model import DOCUMENT_KEYS
    from pipeline.i18n import document_name

    root = tmp_path / "demo"
    create_demo(root, "en", date(2026, 11, 27))
    [english] = build_workspace(root, today=date(2026, 11, 27))
    settings = root / "qualiopi.toml"
    settings.write_text(settings.read_text().replace('language = "en"', 'language = "fr"'))
    [french] = build_workspace(root, today=date(2026, 11, 27))
    assert {d.key for d in french.deliveries} == {d.key for d in english.deliveries}
    assert {d.key for d in french.deliveries} == set(DOCUMENT_KEYS)
    assert {(d.name, d.outcome, d.path) for d in french.deliveries} == {
        (document_name("fr", d.key), "written", f"outbox/{document_name('fr', d.key)}")
        for d in french.deliveries
    }  # none of the English documents is passed off as this build's
    [again] = build_workspace(root, today=date(2026, 11, 27))
    assert {(d.name, d.outcome) for d in again.deliveries} == {
        (document_name("fr", key), "unchanged") for key in DOCUMENT_KEYS
    }
