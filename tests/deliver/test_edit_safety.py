"""A rebuild never destroys a person's edits: unchanged files untouched, edited ones kept."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.deliver import Timing, deliver
from pipeline.workspace import Workspace
from tests.deliver.conftest import (
    docx_text,
    edit_in_word,
    leftovers,
    make_workspace,
    manifest,
    rendered,
)

NAME = "audit-preparation.docx"


def test_first_build_writes_the_document_and_records_it(
    workspace: Workspace, timing: Timing
) -> None:
    document = rendered(NAME, "Indicator 1", sources=("b" * 64, "a" * 64))
    (delivery,) = deliver([document], workspace.outbox, workspace, False, timing=timing)
    target = workspace.outbox / NAME
    assert (delivery.outcome, delivery.path, delivery.note) == ("written", f"outbox/{NAME}", "")
    assert target.read_bytes() == document.content
    assert docx_text(target) == ["Indicator 1"]
    entry = manifest(workspace)["documents"][f"outbox/{NAME}"]
    assert entry["sha256"] == _sha(document.content)
    assert entry["inputs"] == ["a" * 64, "b" * 64]
    assert entry["sheets"] == ["indicators"]
    assert entry["written_at"] == "2026-11-27T10:15:00+01:00"
    assert "pending" not in entry
    assert leftovers(workspace.outbox) == []


def test_same_content_again_does_not_touch_the_file(workspace: Workspace, timing: Timing) -> None:
    document = rendered(NAME, "Indicator 1")
    deliver([document], workspace.outbox, workspace, False, timing=timing)
    target = workspace.outbox / NAME
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))  # an old time, to see any rewrite
    before = target.stat()
    (delivery,) = deliver([document], workspace.outbox, workspace, False, timing=timing)
    after = target.stat()
    assert delivery.outcome == "unchanged"
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)


def test_new_content_replaces_a_document_nobody_edited(
    workspace: Workspace, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    assert (delivery.outcome, delivery.path) == ("written", f"outbox/{NAME}")
    assert docx_text(workspace.outbox / NAME) == ["second"]
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]


def test_edited_document_is_kept_and_the_new_one_written_beside_it(
    workspace: Workspace, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    target = workspace.outbox / NAME
    edited = edit_in_word(target, "My own paragraph")
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    beside = workspace.outbox / "audit-preparation (v2).docx"
    assert (delivery.outcome, delivery.path) == (
        "kept_edited",
        "outbox/audit-preparation (v2).docx",
    )
    assert target.read_bytes() == edited
    assert docx_text(beside) == ["second"]
    assert f"outbox/{NAME}" in delivery.note
    assert "outbox/audit-preparation (v2).docx" in delivery.note
    assert set(manifest(workspace)["documents"]) == {
        f"outbox/{NAME}",
        "outbox/audit-preparation (v2).docx",
    }


def test_next_build_reuses_the_versioned_file_while_the_edit_stays(
    workspace: Workspace, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    edit_in_word(workspace.outbox / NAME, "My own paragraph")
    for text in ("second", "third"):
        (delivery,) = deliver(
            [rendered(NAME, text)], workspace.outbox, workspace, False, timing=timing
        )
    assert (delivery.outcome, delivery.path) == (
        "kept_edited",
        "outbox/audit-preparation (v2).docx",
    )
    assert docx_text(workspace.outbox / "audit-preparation (v2).docx") == ["third"]
    assert not (workspace.outbox / "audit-preparation (v3).docx").exists()


def test_an_edited_versioned_file_is_kept_too(workspace: Workspace, timing: Timing) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    edit_in_word(workspace.outbox / NAME, "edit 1")
    deliver([rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing)
    second = edit_in_word(workspace.outbox / "audit-preparation (v2).docx", "edit 2")
    (delivery,) = deliver(
        [rendered(NAME, "third")], workspace.outbox, workspace, False, timing=timing
    )
    assert delivery.path == "outbox/audit-preparation (v3).docx"
    assert (workspace.outbox / "audit-preparation (v2).docx").read_bytes() == second


def test_force_archives_the_edited_copy_then_replaces_it(
    workspace: Workspace, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    edited = edit_in_word(workspace.outbox / NAME, "My own paragraph")
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, True, timing=timing
    )
    archived = sorted((workspace.archive / "edited").iterdir())
    assert (delivery.outcome, delivery.path) == ("replaced_edited", f"outbox/{NAME}")
    assert len(archived) == 1
    assert archived[0].name == f"20261127-101500-{_sha(edited)[:8]}-{NAME}"
    assert archived[0].read_bytes() == edited
    assert workspace.relative(archived[0]) in delivery.note
    assert docx_text(workspace.outbox / NAME) == ["second"]
    assert not (workspace.outbox / "audit-preparation (v2).docx").exists()


def test_force_never_replaces_what_it_could_not_archive(
    workspace: Workspace, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    edited = edit_in_word(workspace.outbox / NAME, "My own paragraph")
    workspace.archive.write_text("a file where the archive folder should be", encoding="utf-8")
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, True, timing=timing
    )
    assert (delivery.outcome, delivery.path) == (
        "kept_edited",
        "outbox/audit-preparation (v2).docx",
    )
    assert delivery.note.startswith(f"outbox/{NAME} was changed by hand and could not be archived")
    assert (workspace.outbox / NAME).read_bytes() == edited


def _drop_by_hand(workspace: Workspace) -> None:
    workspace.outbox.mkdir(parents=True)
    (workspace.outbox / NAME).write_bytes(rendered(NAME, "put there by someone").content)


def _manifest_deleted(workspace: Workspace) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False)
    (workspace.state / "manifest.json").unlink()


def _manifest_corrupt(workspace: Workspace) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False)
    (workspace.state / "manifest.json").write_text('{"documents": [', encoding="utf-8")


@pytest.mark.parametrize(
    "arrange",
    [_drop_by_hand, _manifest_deleted, _manifest_corrupt],
    ids=["put_there_by_hand", "manifest_deleted", "manifest_corrupt"],
)
def test_a_file_the_manifest_does_not_vouch_for_counts_as_edited(
    workspace: Workspace, timing: Timing, arrange: Callable[[Workspace], None]
) -> None:
    arrange(workspace)
    before = (workspace.outbox / NAME).read_bytes()
    (delivery,) = deliver(
        [rendered(NAME, "new")], workspace.outbox, workspace, False, timing=timing
    )
    assert delivery.outcome == "kept_edited"
    assert (workspace.outbox / NAME).read_bytes() == before


def test_identical_bytes_without_a_manifest_are_left_alone(
    workspace: Workspace, timing: Timing
) -> None:
    document = rendered(NAME, "first")
    deliver([document], workspace.outbox, workspace, False, timing=timing)
    (workspace.state / "manifest.json").unlink()
    (delivery,) = deliver([document], workspace.outbox, workspace, False, timing=timing)
    assert delivery.outcome == "unchanged"
    assert f"outbox/{NAME}" in manifest(workspace)["documents"]


def test_notes_are_in_the_workspace_language(tmp_path: Path, timing: Timing) -> None:
    workspace = make_workspace(tmp_path / "fr", "fr")
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    edit_in_word(workspace.outbox / NAME, "ajout")
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    assert delivery.note.startswith(f"outbox/{NAME} n’a pas pu être fusionné avec les nouvelles")


def test_an_organisation_folder_keeps_its_own_records_and_archive(
    workspace: Workspace, timing: Timing
) -> None:
    out_dir = workspace.outbox / "Acme Formation"
    deliver([rendered(NAME, "first")], out_dir, workspace, False, timing=timing)
    edited = edit_in_word(out_dir / NAME, "edit")
    (delivery,) = deliver([rendered(NAME, "second")], out_dir, workspace, True, timing=timing)
    archived = workspace.archive / "edited" / "Acme Formation"
    assert delivery.path == f"outbox/Acme Formation/{NAME}"
    assert [p.read_bytes() for p in archived.iterdir()] == [edited]
    assert f"outbox/Acme Formation/{NAME}" in manifest(workspace)["documents"]


@pytest.mark.parametrize("name", ["../escape.docx", "/srv/abs.docx", "..", "", "a/b.docx"])
def test_a_name_that_would_leave_the_outbox_is_refused(
    workspace: Workspace, timing: Timing, name: str
) -> None:
    (delivery,) = deliver([rendered(name, "x")], workspace.outbox, workspace, False, timing=timing)
    assert (delivery.outcome, delivery.path) == ("failed", "")
    assert not (workspace.root / "escape.docx").exists()


def test_one_bad_document_does_not_stop_the_others(workspace: Workspace, timing: Timing) -> None:
    documents = [rendered("../bad.docx", "x"), rendered("good.docx", "y")]
    outcomes = deliver(documents, workspace.outbox, workspace, False, timing=timing)
    assert [d.outcome for d in outcomes] == ["failed", "written"]
    assert docx_text(workspace.outbox / "good.docx") == ["y"]


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
