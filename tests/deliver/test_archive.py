"""Every input processed is archived byte for byte, so a document traces back to its inputs."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pipeline.core.errors import DeliveryError
from pipeline.deliver import Timing, archive_inputs, deliver
from pipeline.workspace import Workspace
from tests.deliver.conftest import NOW, manifest, rendered


def _inbox_file(workspace: Workspace, name: str, content: bytes) -> Path:
    path = workspace.inbox / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def test_inputs_are_copied_byte_for_byte_under_their_hash(workspace: Workspace) -> None:
    grid = _inbox_file(workspace, "grid.xlsx", b"PK grid bytes")
    registers = _inbox_file(workspace, "Acme/Registers.XLSX", b"PK registers")
    copies = archive_inputs([grid, registers], workspace, now=NOW)
    assert copies == {
        grid: workspace.archive / "inputs" / f"{_sha(b'PK grid bytes')}.xlsx",
        registers: workspace.archive / "inputs" / f"{_sha(b'PK registers')}.xlsx",
    }
    assert [copy.read_bytes() for copy in copies.values()] == [b"PK grid bytes", b"PK registers"]
    assert grid.read_bytes() == b"PK grid bytes"  # the user's file is never touched
    recorded = manifest(workspace)["inputs"][_sha(b"PK grid bytes")]
    assert recorded == {
        "archived": f"archive/inputs/{_sha(b'PK grid bytes')}.xlsx",
        "sources": ["inbox/grid.xlsx"],
        "archived_at": "2026-11-27T10:15:00+01:00",
    }


def test_the_same_content_is_archived_once(workspace: Workspace) -> None:
    first = _inbox_file(workspace, "grid.xlsx", b"same bytes")
    archive_inputs([first], workspace, now=NOW)
    (copy,) = (workspace.archive / "inputs").iterdir()
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))
    second = _inbox_file(workspace, "grid (copy).xlsx", b"same bytes")
    archive_inputs([first, second], workspace, now=NOW)
    assert copy.stat().st_mtime_ns == 1_000_000_000
    assert manifest(workspace)["inputs"][_sha(b"same bytes")]["sources"] == [
        "inbox/grid.xlsx",
        "inbox/grid (copy).xlsx",
    ]


def test_a_file_gone_before_it_was_read_is_left_out(workspace: Workspace) -> None:
    present = _inbox_file(workspace, "grid.xlsx", b"here")
    assert list(archive_inputs([workspace.inbox / "gone.xlsx", present], workspace)) == [present]


def test_an_archive_that_cannot_be_written_stops_with_a_message(workspace: Workspace) -> None:
    grid = _inbox_file(workspace, "grid.xlsx", b"bytes")
    workspace.archive.write_text("a file where the archive folder should be", encoding="utf-8")
    with pytest.raises(DeliveryError) as raised:
        archive_inputs([grid], workspace)
    assert raised.value.message.startswith(
        "The input inbox/grid.xlsx could not be copied to the archive (archive):"
    )


def test_each_document_records_the_inputs_that_made_it(
    workspace: Workspace, timing: Timing
) -> None:
    grid = _inbox_file(workspace, "grid.xlsx", b"grid")
    (copy,) = archive_inputs([grid], workspace).values()
    document = rendered("audit-preparation.docx", "x", sources=(_sha(b"grid"),))
    deliver([document], workspace.outbox, workspace, False, timing=timing)
    recorded = manifest(workspace)
    sources = recorded["documents"]["outbox/audit-preparation.docx"]["inputs"]
    assert sources == [_sha(b"grid")]
    assert recorded["inputs"][_sha(b"grid")]["archived"] == workspace.relative(copy)
