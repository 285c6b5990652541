"""The worker's decisions, driven turn by turn with a hand-moved clock and a recording build."""

from __future__ import annotations

import os
import time
from hashlib import sha256 as _sha
from pathlib import Path

from pipeline.build.flow import OrganisationResult
from pipeline.core.errors import InputError
from pipeline.core.inbox import Organisation
from pipeline.workspace import Workspace
from tests.shell.watch.conftest import Rig, archive_bytes


def test_a_file_is_built_once_unchanged_for_the_settle_period(rig: Rig) -> None:
    rig.put("grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle(0.5)
    assert rig.process.calls == []

    rig.settle(0.6)
    assert rig.process.calls == [("", ("grid.xlsx",))]
    assert [e.paths for e in rig.kinds("processed")] == [("inbox/grid.xlsx",)]


def test_a_file_still_growing_waits(rig: Rig) -> None:
    path = rig.put("grid.xlsx", b"PK")
    rig.turn()
    for size in range(1, 5):
        rig.clock.advance(0.9)
        path.write_bytes(b"PK" + b"x" * size)
        rig.turn()
    assert rig.process.calls == []

    path.write_bytes(archive_bytes())
    rig.turn()
    rig.settle(1.0)
    assert rig.process.calls == [("", ("grid.xlsx",))]


def test_the_same_bytes_saved_again_build_nothing(rig: Rig) -> None:
    path = rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    path.write_bytes(archive_bytes())  # saved again: new time, same content
    rig.turn()
    rig.settle()
    rig.settle()
    assert rig.process.built() == ["acme"]


def test_a_burst_of_saves_is_one_build_per_organisation(rig: Rig) -> None:
    for index in range(10):
        rig.put(f"{'acme' if index % 2 else 'beta'}/file{index}.xlsx", archive_bytes(str(index)))
        rig.clock.advance(0.1)
        rig.turn()
    rig.settle()
    assert sorted(rig.process.built()) == ["acme", "beta"]
    assert [len(names) for _, names in rig.process.calls] == [5, 5]


def test_a_broken_workbook_is_awaited_then_reported_by_the_build(rig: Rig) -> None:
    rig.put("grid.xlsx", b"\0" * 4096)  # full size reserved, content not written yet
    rig.turn()
    rig.settle(5.0)
    assert rig.process.calls == []

    rig.settle(6.0)  # still not an archive after the patience period: built, and reported
    assert rig.process.calls == [("", ("grid.xlsx",))]


def test_a_failed_build_is_retried_later_and_the_watcher_carries_on(rig: Rig) -> None:
    rig.process.raise_error = InputError("Cannot read grid.xlsx.", "Save it again.")
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    assert [e.detail for e in rig.kinds("failed")] == ["Cannot read grid.xlsx.\nSave it again."]

    rig.process.raise_error = None
    rig.put("beta/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    assert rig.process.built() == ["acme", "beta"]

    rig.settle(30.0)  # the retry delay has passed
    assert rig.process.built() == ["acme", "beta", "acme"]


def test_an_internal_error_is_logged_and_the_next_organisation_built(rig: Rig) -> None:
    rig.process.raise_error = RuntimeError("bug")
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    rig.process.raise_error = None
    rig.put("beta/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()

    assert [e.key for e in rig.kinds("internal")] == ["acme"]
    assert rig.process.built() == ["acme", "beta"]


def test_a_change_retries_a_failed_build_at_once(rig: Rig) -> None:
    rig.process.raise_error = InputError("Cannot read grid.xlsx.")
    path = rig.put("grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    rig.process.raise_error = None
    path.write_bytes(archive_bytes("corrected"))
    rig.turn()
    rig.settle()
    assert rig.process.built() == ["", ""]


def test_documents_not_written_are_tried_again(rig: Rig) -> None:
    rig.process.fail_deliveries = True
    rig.put("grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    assert [e.paths for e in rig.kinds("retry")] == [("report.docx",)]

    rig.process.fail_deliveries = False
    rig.settle(30.0)
    rig.settle(60.0)
    assert rig.process.built() == ["", ""]


def test_a_restart_remembers_what_was_delivered(rig: Rig) -> None:
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    again = rig.restart()
    again.turn()
    again.settle()
    assert rig.process.built() == ["acme"]


def test_a_build_interrupted_before_delivery_is_redone_after_a_restart(rig: Rig) -> None:
    rig.process.raise_error = RuntimeError("killed")  # the build never reached delivery
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    rig.process.raise_error = None
    again = rig.restart()
    again.turn()
    again.settle()
    assert rig.process.built() == ["acme", "acme"]


def test_a_conflict_copy_is_built_apart_with_a_warning(rig: Rig) -> None:
    rig.put("acme/grid.xlsx", archive_bytes("mine"))
    rig.put("acme/registers.xlsx", archive_bytes())
    rig.put("acme/grid (Bob's conflicted copy 2026-11-27).xlsx", archive_bytes("his"))
    rig.turn()
    rig.settle()

    assert rig.process.calls == [
        ("acme", ("grid (Bob's conflicted copy 2026-11-27).xlsx", "grid.xlsx", "registers.xlsx")),
        (
            "acme/grid (Bob's conflicted copy 2026-11-27)",
            ("grid (Bob's conflicted copy 2026-11-27).xlsx", "registers.xlsx"),
        ),
    ]
    [warning] = rig.kinds("conflict")
    assert warning.detail == "outbox/acme/grid (Bob's conflicted copy 2026-11-27)"


def test_a_removed_file_rebuilds_the_organisation_without_it(rig: Rig) -> None:
    rig.put("acme/grid.xlsx", archive_bytes())
    extra = rig.put("acme/registers.xlsx", archive_bytes("r"))
    rig.turn()
    rig.settle()
    extra.unlink()
    rig.turn()
    rig.settle()
    assert rig.process.calls[-1] == ("acme", ("grid.xlsx",))
    assert [e.paths for e in rig.kinds("removed")] == [("inbox/acme/registers.xlsx",)]


def test_ignored_files_never_wake_a_build(rig: Rig) -> None:
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    for name in ("~$grid.xlsx", ".~lock.grid.xlsx#", "ABCD1234.tmp", "3F2A1B9C", "._grid.xlsx"):
        rig.put(f"acme/{name}", b"owner")
    rig.turn()
    rig.settle()
    assert rig.process.built() == ["acme"]


def test_links_in_the_inbox_are_never_followed(rig: Rig, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.xlsx").write_bytes(archive_bytes("secret"))
    (rig.workspace.inbox / "secret.xlsx").symlink_to(outside / "secret.xlsx")
    (rig.workspace.inbox / "linked-org").symlink_to(outside, target_is_directory=True)
    rig.put("acme/grid.xlsx", archive_bytes())
    rig.turn()
    rig.settle()
    assert rig.process.calls == [("acme", ("grid.xlsx",))]


def test_file_times_from_a_skewed_clock_do_not_matter(rig: Rig) -> None:
    future = rig.put("acme/grid.xlsx", archive_bytes())
    past = rig.put("beta/grid.xlsx", archive_bytes())
    os.utime(future, (time.time() + 86_400 * 365, time.time() + 86_400 * 365))
    os.utime(past, (0, 0))
    rig.turn()
    rig.settle(0.5)
    assert rig.process.calls == []  # the settle period is measured on our clock, not theirs
    rig.settle(0.5)
    assert sorted(rig.process.built()) == ["acme", "beta"]


def test_a_file_changed_while_being_built_is_built_again(rig: Rig) -> None:
    path = rig.put("grid.xlsx", archive_bytes("first"))
    original = rig.process.__call__

    def save_during_build(workspace: Workspace, organisation: Organisation) -> OrganisationResult:
        if len(rig.process.calls) == 0:
            path.write_bytes(archive_bytes("second, saved while the first was read"))
        return original(workspace, organisation)

    rig.worker.process = save_during_build
    rig.turn()
    rig.settle()
    assert len(rig.process.calls) == 1
    # The memory names what the build read (the second version), not what was hashed first.
    assert rig.worker.memory.built[""] == {"inbox/grid.xlsx": _sha(path.read_bytes()).hexdigest()}
    rig.settle()
    rig.settle()
    assert len(rig.process.calls) == 1  # its documents are already made from what is there


def test_a_file_read_before_a_later_save_is_built_again(rig: Rig) -> None:
    path = rig.put("grid.xlsx", archive_bytes("first"))
    original = rig.process.__call__

    def save_after_reading(workspace: Workspace, organisation: Organisation) -> OrganisationResult:
        result = original(workspace, organisation)
        if len(rig.process.calls) == 1:
            path.write_bytes(archive_bytes("second, saved once the first was read"))
        return result

    rig.worker.process = save_after_reading
    rig.turn()
    rig.settle()
    rig.turn()
    rig.settle()
    rig.settle()
    assert len(rig.process.calls) == 2
    assert rig.worker.memory.built[""] == {"inbox/grid.xlsx": _sha(path.read_bytes()).hexdigest()}


def test_files_and_folders_that_come_and_go_leave_nothing_in_memory(rig: Rig) -> None:
    rig.put("acme/grid.xlsx", archive_bytes("grid"))
    rig.turn()
    rig.settle()
    for number in range(5):  # new names every time, as junk and sync clients make them
        copy = rig.put(f"acme/grid (Alice's conflicted copy {number}).xlsx", archive_bytes("c"))
        folder = rig.put(f"junk-{number}/grid.xlsx", archive_bytes("j"))
        rig.turn()
        rig.settle()
        copy.unlink()
        folder.unlink()
        folder.parent.rmdir()
        rig.turn()
        rig.settle()
    rig.worker.forget_vanished_files()  # as after a full scan
    assert set(rig.worker.memory.built) == {"acme"}
    assert set(rig.worker.memory.files) == {"inbox/acme/grid.xlsx"}
    assert set(rig.worker.confirmed) == {"acme"}
