"""A busy, read-only or full outbox: retried with backoff, then a clear outcome; nothing partial."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.deliver import Timing, deliver
from pipeline.workspace import Workspace
from tests.deliver.conftest import NOW, docx_text, edit_in_word, leftovers, rendered

NAME = "audit-preparation.docx"


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Paths made immutable during a test (root only); the flag is removed afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        _chattr("-i", path)


def _make_immutable(path: Path, registry: list[Path]) -> None:
    """Make `path` refuse any change, even from root, like a file locked by Word on Windows."""
    if not _chattr("+i", path):
        pytest.skip("chattr +i needs root and a file system that supports it")
    registry.append(path)


def _writable(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def read_only_outbox(workspace: Workspace, immutable: list[Path]) -> Iterator[Path]:
    """An outbox nobody may write in: chmod for a normal user, the immutable flag for root."""
    outbox = workspace.outbox
    outbox.mkdir(parents=True)
    os.chmod(outbox, 0o555)
    if _writable(outbox) and _chattr("+i", outbox):
        immutable.append(outbox)
    if _writable(outbox):
        pytest.skip("no way to make a folder read-only for this account here")
    yield outbox
    for path in immutable:
        _chattr("-i", path)
    os.chmod(outbox, 0o755)


def test_missing_outbox_is_created(workspace: Workspace, timing: Timing) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    shutil.rmtree(workspace.outbox)
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    assert delivery.outcome == "written"
    assert docx_text(workspace.outbox / NAME) == ["second"]


def test_read_only_outbox_fails_each_document_with_a_message(
    workspace: Workspace, read_only_outbox: Path, timing: Timing, sleeps: list[float]
) -> None:
    documents = [rendered(NAME, "a"), rendered("complaints.docx", "b")]
    outcomes = deliver(documents, read_only_outbox, workspace, False, timing=timing)
    assert [(d.outcome, d.path) for d in outcomes] == [("failed", ""), ("failed", "")]
    assert outcomes[0].note.startswith(
        f"{NAME} was not written: the folder outbox is read-only or this account may not "
        "write in it"
    )
    assert sleeps, "a read-only outbox is retried before giving up"
    assert list(read_only_outbox.iterdir()) == []


def test_retries_never_wait_longer_than_the_budget(
    workspace: Workspace, read_only_outbox: Path, timing: Timing, sleeps: list[float]
) -> None:
    documents = [rendered(f"doc{n}.docx", "x") for n in range(5)]
    outcomes = deliver(documents, read_only_outbox, workspace, False, timing=timing)
    assert {d.outcome for d in outcomes} == {"failed"}
    assert sum(sleeps) <= timing.budget


def test_outbox_that_is_a_file_is_reported_and_left_alone(
    workspace: Workspace, timing: Timing
) -> None:
    workspace.outbox.write_text("not a folder", encoding="utf-8")
    (delivery,) = deliver([rendered(NAME, "x")], workspace.outbox, workspace, False, timing=timing)
    assert delivery.outcome == "failed"
    assert delivery.note == (
        f"{NAME} was not written: outbox is not a folder (a file has that name). Rename that "
        "file, then build again."
    )
    assert workspace.outbox.read_text(encoding="utf-8") == "not a folder"


def test_document_open_in_word_is_retried_then_written_under_a_new_name(
    workspace: Workspace, timing: Timing, sleeps: list[float], immutable: list[Path]
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    target = workspace.outbox / NAME
    before = target.read_bytes()
    _make_immutable(target, immutable)
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    assert (delivery.outcome, delivery.path) == ("written", "outbox/audit-preparation (v2).docx")
    assert delivery.note.startswith(f"outbox/{NAME} could not be replaced: it is probably open")
    assert len(sleeps) == len(timing.delays)
    assert target.read_bytes() == before
    assert docx_text(workspace.outbox / "audit-preparation (v2).docx") == ["second"]
    assert leftovers(workspace.outbox) == []


def test_document_closed_during_the_backoff_is_replaced_in_place(
    workspace: Workspace, immutable: list[Path]
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False)
    target = workspace.outbox / NAME
    _make_immutable(target, immutable)

    def close_in_word(_: float) -> None:
        _chattr("-i", target)

    closed_in_word = Timing(sleep=close_in_word, now=lambda: NOW)
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=closed_in_word
    )
    assert (delivery.outcome, delivery.path) == ("written", f"outbox/{NAME}")
    assert docx_text(target) == ["second"]
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]


def test_edits_saved_while_waiting_for_word_are_never_overwritten(
    workspace: Workspace, immutable: list[Path]
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False)
    target = workspace.outbox / NAME
    _make_immutable(target, immutable)
    saved: list[bytes] = []

    def save_and_close_in_word(_: float) -> None:
        if not saved:
            _chattr("-i", target)
            saved.append(edit_in_word(target, "typed while the build waited"))

    waiting = Timing(sleep=save_and_close_in_word, now=lambda: NOW)
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=waiting
    )
    assert (delivery.outcome, delivery.path) == (
        "kept_edited",
        "outbox/audit-preparation (v2).docx",
    )
    assert target.read_bytes() == saved[0]
    assert docx_text(workspace.outbox / "audit-preparation (v2).docx") == ["second"]


def test_folder_in_place_of_the_document_is_left_alone(
    workspace: Workspace, timing: Timing
) -> None:
    blocking = workspace.outbox / NAME
    blocking.mkdir(parents=True)
    (blocking / "notes.txt").write_text("mine", encoding="utf-8")
    (delivery,) = deliver([rendered(NAME, "x")], workspace.outbox, workspace, False, timing=timing)
    assert (delivery.outcome, delivery.path) == ("written", "outbox/audit-preparation (v2).docx")
    assert delivery.note.startswith(f"outbox/{NAME} is not a document this tool can replace")
    assert (blocking / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_every_version_name_taken_fails_with_advice(workspace: Workspace, timing: Timing) -> None:
    workspace.outbox.mkdir(parents=True)
    for number in ["", *(f" (v{n})" for n in range(2, 100))]:
        (workspace.outbox / f"audit-preparation{number}.docx").write_bytes(b"someone's")
    (delivery,) = deliver([rendered(NAME, "x")], workspace.outbox, workspace, False, timing=timing)
    assert delivery.outcome == "failed"
    assert "every version name from (v2) to (v99) is taken" in delivery.note
