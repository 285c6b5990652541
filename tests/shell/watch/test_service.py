"""The watcher with the real observer (native and polling) and the real build, in temporary folders.

Every wait is bounded and polls for the outcome a user would see; nothing asserts timings.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest
from watchdog.observers.api import BaseObserver

from pipeline.authoring.demo.create import create_demo
from pipeline.core.errors import QualiopiError
from pipeline.shell.watch import serve
from tests.conftest import TODAY
from tests.shell.watch.harness import (
    POLL,
    Watcher,
    child_output,
    child_watcher,
    memory,
    put,
    sha,
    wait_for,
)

MODES = [pytest.param(None, id="native"), pytest.param(POLL, id="polling")]


@pytest.fixture(scope="session")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo organisation's filled workbooks, by file name."""
    root = tmp_path_factory.mktemp("demo") / "ws"
    create_demo(root, "en", TODAY)
    found = {p.name: p.read_bytes() for p in sorted((root / "inbox").glob("*.xlsx"))}
    assert found, "the demo workspace has no workbook"
    return found


@pytest.fixture
def grid(workbooks: dict[str, bytes]) -> tuple[str, bytes]:
    """One real workbook: (file name, content)."""
    return next(iter(workbooks.items()))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "inbox").mkdir(parents=True)
    (root / "qualiopi.toml").write_text(
        'language = "en"\n\n[watch]\nsettle_seconds = 0.3\n', encoding="utf-8"
    )
    return root


def resaved(content: bytes, note: str) -> bytes:
    """Return the same workbook saved again with other bytes (a new archive comment)."""
    source, buffer = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.comment = note.encode()
    return buffer.getvalue()


def documents(folder: Path) -> list[Path]:
    """Return the Word documents of an outbox folder, each proved to open."""
    found = sorted(folder.glob("*.docx"))
    for path in found:
        docx.Document(str(path))
    return found


def leftovers(folder: Path) -> list[str]:
    """Return temporary or hidden files under `folder` (there must be none)."""
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith((".", "~")))


@pytest.mark.parametrize("poll", MODES)
def test_a_slow_copy_is_processed_once_when_complete(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    target = workspace / "inbox" / "acme" / name
    target.parent.mkdir()
    with Watcher(workspace, poll) as watcher:
        with open(target, "wb") as stream:
            for start in range(0, len(content), 1024):
                stream.write(content[start : start + 1024])
                stream.flush()
                time.sleep(0.02)
        watcher.wait_built("acme", {f"acme/{name}": content})

    assert len(watcher.of("building", "acme")) == 1
    assert documents(workspace / "outbox" / "acme")
    assert leftovers(workspace / "outbox") == []


@pytest.mark.parametrize("poll", MODES)
def test_a_file_created_at_full_size_then_filled_waits_for_its_content(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    target = workspace / "inbox" / name
    with Watcher(workspace, poll) as watcher:
        with open(target, "wb") as stream:
            stream.truncate(len(content))  # the copy reserves the full size first
        reserved = target.stat()
        time.sleep(1.0)  # longer than the settle period: size and time look stable
        with open(target, "r+b") as stream:
            stream.write(content)
        # As Windows on a share does: the modification time only set when the copy ends.
        os.utime(target, ns=(reserved.st_atime_ns, reserved.st_mtime_ns))
        watcher.wait_built("", {name: content})

    assert len(watcher.of("building", "")) == 1
    assert documents(workspace / "outbox")


@pytest.mark.parametrize("poll", MODES)
def test_excel_save_by_rename_is_one_rebuild_from_the_new_content(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, first = grid
    second = resaved(first, "saved by Excel")
    org = workspace / "inbox" / "acme"
    put(org / name, first)
    with Watcher(workspace, poll) as watcher:
        watcher.wait_built("acme", {f"acme/{name}": first})
        owner = put(org / f"~${name}", b"\x0bQuality Manager".ljust(165, b" "))
        put(org / "ABCD1234.tmp", second)  # Excel writes the new version under a temporary name
        os.rename(org / name, org / "3F2A1B9C.tmp")  # moves the original away
        os.rename(org / "ABCD1234.tmp", org / name)  # gives the new version the real name
        (org / "3F2A1B9C.tmp").unlink()
        owner.unlink()  # the workbook is closed
        watcher.wait_built("acme", {f"acme/{name}": second})

    built = watcher.built_from("acme")
    assert [set(inputs) for inputs in built] == [{f"inbox/acme/{name}"}] * 2
    assert len(watcher.of("building", "acme")) == 2


@pytest.mark.parametrize("poll", MODES)
def test_office_lock_and_owner_files_are_ignored(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    put(workspace / "inbox" / "acme" / name, content)
    with Watcher(workspace, poll) as watcher:
        watcher.wait_built("acme", {f"acme/{name}": content})
        lock = put(
            workspace / "inbox" / "acme" / f".~lock.{name}#",
            b",Quality Manager,laptop,27.11.2026 10:15,file:///home/qm/.config;",
        )
        owner = put(workspace / "inbox" / "acme" / f"~${name}", b"\x0bQuality Manager")
        time.sleep(0.1)
        lock.unlink()
        owner.unlink()
        put(workspace / "inbox" / "beta" / name, content)  # comes after: built after
        watcher.wait_built("beta", {f"beta/{name}": content})

    assert len(watcher.of("building", "acme")) == 1
    assert all(
        "lock" not in path and "~$" not in path
        for event in watcher.of("building")
        for path in event.paths
    )


@pytest.mark.parametrize("poll", MODES)
def test_the_same_bytes_saved_again_rebuild_nothing(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    target = put(workspace / "inbox" / "acme" / name, content)
    with Watcher(workspace, poll) as watcher:
        watcher.wait_built("acme", {f"acme/{name}": content})
        time.sleep(0.05)
        target.write_bytes(content)  # saved again, nothing changed
        put(workspace / "inbox" / "beta" / name, content)
        watcher.wait_built("beta", {f"beta/{name}": content})

    assert len(watcher.of("building", "acme")) == 1


@pytest.mark.slow
@pytest.mark.parametrize("poll", MODES)
def test_a_burst_of_100_files_in_5_organisations(
    workspace: Path, workbooks: dict[str, bytes], poll: float | None
) -> None:
    names = list(workbooks)
    dropped: dict[str, dict[str, bytes]] = {f"org{n}": {} for n in range(5)}
    with Watcher(workspace, poll) as watcher:
        for index in range(100):
            org, name = f"org{index % 5}", f"{index:03d}-{names[index % len(names)]}"
            content = workbooks[names[index % len(names)]]
            put(workspace / "inbox" / org / name, content)
            dropped[org][f"{org}/{name}"] = content
        for org, inputs in dropped.items():
            watcher.wait_built(org, inputs)

    assert len(watcher.of("building")) < 100
    for org in dropped:
        assert documents(workspace / "outbox" / org)


@pytest.mark.slow
def test_a_corrupt_file_is_reported_and_the_watcher_carries_on(
    workspace: Path, grid: tuple[str, bytes]
) -> None:
    name, content = grid
    put(workspace / "inbox" / "acme" / name, content)
    with Watcher(workspace, None) as watcher:
        watcher.wait_built("acme", {f"acme/{name}": content})
        put(workspace / "inbox" / "acme" / "broken.xlsx", content[: len(content) // 2])

        def reported() -> bool:
            return any(
                f.file == "inbox/acme/broken.xlsx" and f.severity == "error"
                for e in watcher.of("built", "acme")
                if e.result
                for f in e.result.report.findings
            )

        wait_for("a finding on broken.xlsx", reported)
        put(workspace / "inbox" / "beta" / name, content)
        watcher.wait_built("beta", {f"beta/{name}": content})

    [finding] = [
        f
        for e in watcher.of("built", "acme")
        if e.result
        for f in e.result.report.findings
        if f.file == "inbox/acme/broken.xlsx"
    ]
    assert f"[{finding.code}]" in watcher.log() and "broken.xlsx" in watcher.log()
    texts = [
        " ".join(p.text for p in docx.Document(str(path)).paragraphs)
        + " ".join(
            cell.text
            for table in docx.Document(str(path)).tables
            for row in table.rows
            for cell in row.cells
        )
        for path in documents(workspace / "outbox" / "acme")
    ]
    assert any("broken.xlsx" in text for text in texts), "no document names the corrupt file"


@pytest.mark.slow
def test_documents_that_cannot_be_written_are_written_once_the_outbox_is_back(
    workspace: Path, grid: tuple[str, bytes]
) -> None:
    name, content = grid
    blocker = put(workspace / "outbox" / "acme", b"a file where the folder should be")
    put(workspace / "inbox" / "acme" / name, content)
    with Watcher(workspace, None) as watcher:
        wait_for("a retry announced", lambda: bool(watcher.of("retry", "acme")))
        blocker.unlink()
        wait_for("acme delivered", lambda: "acme" in memory(workspace))

    assert documents(workspace / "outbox" / "acme")
    assert "could not be written; trying again" in watcher.log()
    assert (workspace / "inbox" / "acme" / name).read_bytes() == content


def test_a_conflict_copy_never_overwrites_the_original_documents(
    workspace: Path, workbooks: dict[str, bytes]
) -> None:
    org = workspace / "inbox" / "acme"
    for name, content in workbooks.items():
        put(org / name, content)
    name, content = next(iter(workbooks.items()))
    copy = f"{Path(name).stem} (Bob's conflicted copy 2026-11-27).xlsx"
    theirs = resaved(content, "Bob's version")
    with Watcher(workspace, None) as watcher:
        put(org / copy, theirs)
        variant = f"acme/{Path(copy).stem}"
        watcher.wait_built(
            variant,
            {**{f"acme/{n}": c for n, c in workbooks.items() if n != name}, f"acme/{copy}": theirs},
        )
        wait_for("acme built", lambda: bool(watcher.built_from("acme")))

    own = {d.path for e in watcher.of("built", "acme") if e.result for d in e.result.deliveries}
    apart = {d.path for e in watcher.of("built", variant) if e.result for d in e.result.deliveries}
    assert own and apart and not own & apart
    assert all(path.startswith(f"outbox/{variant}/") for path in apart)
    assert documents(workspace / "outbox" / variant)
    [warning] = watcher.of("conflict")
    assert warning.paths == (f"inbox/acme/{copy}",)
    assert "sync conflict copy" in watcher.log()
    codes = {
        f.code
        for e in watcher.of("built", "acme")
        if e.result
        for f in e.result.report.findings
        if f.file == f"inbox/acme/{copy}"
    }
    assert "CONFLICT_COPY" in codes  # the validation report says so too


@pytest.mark.parametrize("poll", MODES)
def test_a_dead_observer_is_restarted_and_later_files_processed(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    with Watcher(workspace, poll) as watcher:
        observer = watcher.of("started")[0].handle
        assert isinstance(observer, BaseObserver)
        if poll is None:
            observer.stop()  # the observer thread dies
        else:
            next(iter(observer.emitters)).stop()  # the polling emitter dies (share outage)
        wait_for("the observer restarted", lambda: bool(watcher.of("back")))
        put(workspace / "inbox" / "acme" / name, content)
        watcher.wait_built("acme", {f"acme/{name}": content})

    assert len(watcher.of("down")) == 1
    assert watcher.log().count("has stopped (the file watcher stopped)") == 1


def test_native_watching_that_cannot_start_falls_back_to_polling(
    workspace: Path, grid: tuple[str, bytes]
) -> None:
    def no_inotify() -> BaseObserver:
        raise OSError(errno.EMFILE, "inotify instance limit reached")

    name, content = grid
    with Watcher(workspace, None, native=no_inotify) as watcher:
        put(workspace / "inbox" / name, content)
        watcher.wait_built("", {name: content})

    assert [e.detail for e in watcher.of("started")] == ["polling"]
    assert "Native file watching cannot start" in watcher.log()


def test_an_inbox_that_appears_later_is_watched(workspace: Path, grid: tuple[str, bytes]) -> None:
    name, content = grid
    (workspace / "inbox").rmdir()
    with Watcher(workspace, None) as watcher:
        assert [e.detail for e in watcher.of("down")] == ["inbox_missing"]
        put(workspace / "inbox" / name, content)
        watcher.wait_built("", {name: content})


def test_an_inbox_moved_away_and_replaced_is_watched_again_at_once(
    workspace: Path, grid: tuple[str, bytes]
) -> None:
    name, content = grid
    with Watcher(workspace, None) as watcher:
        (workspace / "inbox").rename(workspace / "inbox-old")  # a sync client, a tidy-up
        (workspace / "inbox").mkdir()
        wait_for("the observer restarted", lambda: bool(watcher.of("back")), deadline=10)
        put(workspace / "inbox" / name, content)
        # Within seconds, not at the next full rescan (60 s here).
        wait_for("built", lambda: bool(watcher.built_from("")), deadline=15)
    assert [e.detail for e in watcher.of("down")] == ["inbox_replaced"]
    assert "the inbox folder was moved or replaced" in watcher.log()


def test_a_same_size_rewrite_with_its_time_put_back_is_built_again(
    workspace: Path, grid: tuple[str, bytes]
) -> None:
    # Native events only: a polling observer compares times and sizes, so there the change
    # waits for the next full scan, which compares change times (ctime) too.
    name, content = grid
    first, second = resaved(content, "version A"), resaved(content, "version B")
    assert len(first) == len(second)
    target = put(workspace / "inbox" / name, first)
    with Watcher(workspace, None) as watcher:
        watcher.wait_built("", {name: first})
        before = target.stat()
        with open(target, "r+b") as stream:  # in place: same file, same size
            stream.write(second)
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a backup tool does
        assert target.stat().st_mtime_ns == before.st_mtime_ns
        watcher.wait_built("", {name: second})


def test_deleting_the_lock_file_does_not_let_a_second_watcher_in(workspace: Path) -> None:
    with Watcher(workspace, None):
        (workspace / ".qualiopi" / "workspace.lock").unlink()
        with child_watcher(workspace) as second:
            assert second.wait(timeout=60) == 3
    assert "already in use" in child_output(workspace)


def test_a_second_watcher_is_refused(workspace: Path) -> None:
    with Watcher(workspace, None), child_watcher(workspace) as second:
        assert second.wait(timeout=60) == 3
    output = child_output(workspace)
    assert str(os.getpid()) in output
    assert "Traceback" not in output


@pytest.mark.slow
def test_a_watcher_killed_mid_build_loses_nothing(
    workspace: Path, workbooks: dict[str, bytes]
) -> None:
    inputs = {f"org{n}/{name}": content for n in range(5) for name, content in workbooks.items()}
    for relative, content in inputs.items():
        put(workspace / "inbox" / relative, content)
    log = workspace / "logs" / "qualiopi-docs.log"

    with child_watcher(workspace) as first:
        wait_for("a build to start", lambda: log.exists() and "Building" in log.read_text())
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert len(memory(workspace)) < 5, "killed too late: every organisation was already done"
    for path in (workspace / "outbox").rglob("*.docx"):
        if not path.name.startswith("."):
            docx.Document(str(path))  # whatever is in the outbox under a real name is whole

    with child_watcher(workspace) as second:
        expected = {
            f"org{n}": {
                f"inbox/{relative}": sha(content)
                for relative, content in inputs.items()
                if relative.startswith(f"org{n}/")
            }
            for n in range(5)
        }
        wait_for("every organisation delivered", lambda: memory(workspace) == expected)
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=60) == 0

    assert leftovers(workspace / "outbox") == []
    for n in range(5):
        assert documents(workspace / "outbox" / f"org{n}")
    archived = {p.name.split(".")[0] for p in (workspace / "archive" / "inputs").iterdir()}
    assert {sha(content) for content in inputs.values()} <= archived
    assert log.read_text(encoding="utf-8").rstrip().endswith("Watcher stopped.")
    for relative, content in inputs.items():
        assert (workspace / "inbox" / relative).read_bytes() == content  # inputs untouched


@pytest.mark.parametrize("poll", [0.0, -1.0, float("nan")])
def test_a_poll_interval_that_is_not_positive_is_refused(workspace: Path, poll: float) -> None:
    with pytest.raises(QualiopiError) as refused:
        serve(workspace, poll, threading.Event())
    assert refused.value.message.startswith("--poll must be a number of seconds greater than 0")
    assert refused.value.hint == "For example: --poll 5"


@pytest.mark.parametrize("poll", MODES)
def test_a_file_name_that_is_not_utf8_is_a_finding_and_everything_else_is_built(
    workspace: Path, grid: tuple[str, bytes], poll: float | None
) -> None:
    name, content = grid
    bad = os.fsdecode(b"f-\xff\xe9.xlsx")  # as an SMB share or an old archive can produce
    put(workspace / "inbox" / "acme" / name, content)
    put(workspace / "inbox" / "beta" / name, content)
    put(workspace / "inbox" / "beta" / bad, content)
    with Watcher(workspace, poll) as watcher:
        watcher.wait_built("acme", {f"acme/{name}": content})
        wait_for("beta built", lambda: bool(watcher.of("built", "beta")))
        time.sleep(1.0)  # a few more turns of the loop
    result = watcher.of("built", "beta")[-1].result
    assert result is not None
    [finding] = [f for f in result.report.findings if f.code == "FILE_NAME_ENCODING"]
    assert finding.message.startswith("The file f-\\xff\\xe9.xlsx has a name that is not valid")
    assert documents(workspace / "outbox" / "beta")
    assert len(watcher.of("built", "beta")) == 1
    assert not watcher.of("internal")
    log = watcher.log()
    assert "unexpected error" not in log and "f-\\xff\\xe9.xlsx" in log


def test_sigterm_stops_a_render_that_would_run_for_hours(
    workspace: Path, workbooks: dict[str, bytes]
) -> None:
    from tests.render.test_budget import SLOW, custom

    custom(workspace, SLOW)  # within the default budget (minutes), far beyond a stop timeout
    for name, content in workbooks.items():
        put(workspace / "inbox" / name, content)
    log = workspace / "logs" / "qualiopi-docs.log"
    with child_watcher(workspace) as watcher:
        wait_for("a build to start", lambda: log.exists() and "Building" in log.read_text())
        time.sleep(3.0)  # reading is done: the render runs
        watcher.send_signal(signal.SIGTERM)
        assert watcher.wait(timeout=15) == 0  # a service manager's stop timeout is longer
    text = log.read_text(encoding="utf-8")
    assert "(qualiopi-docs was asked to stop)" in text
    assert text.rstrip().endswith("Watcher stopped.")


@pytest.mark.parametrize("poll", MODES)
def test_twin_organisation_folders_in_nfc_and_nfd_are_watched_as_one(
    workspace: Path, workbooks: dict[str, bytes], poll: float | None
) -> None:
    import unicodedata

    nfc, nfd = (unicodedata.normalize(form, "Société") for form in ("NFC", "NFD"))
    (workspace / "inbox" / nfc).mkdir()
    (workspace / "inbox" / nfd).mkdir()
    if len(list((workspace / "inbox").iterdir())) < 2:
        pytest.skip("this file system treats both names as one folder")
    folders = {name: (nfc, nfd)[i % 2] for i, name in enumerate(sorted(workbooks))}
    inputs = {f"{folders[name]}/{name}": content for name, content in workbooks.items()}
    for rel, content in inputs.items():
        put(workspace / "inbox" / rel, content)
    with Watcher(workspace, poll) as watcher:
        watcher.wait_built(nfc, inputs)
        saved = next(rel for rel in inputs if rel.startswith(nfd))
        inputs[saved] = resaved(inputs[saved], "saved on the Mac")
        put(workspace / "inbox" / saved, inputs[saved])
        watcher.wait_built(nfc, inputs)
    assert not watcher.of("built", nfd)
    assert [p.name for p in (workspace / "outbox").iterdir()] == [nfc]
    assert documents(workspace / "outbox" / nfc)
    result = watcher.of("built", nfc)[-1].result
    assert result is not None
    [twin] = [f for f in result.report.findings if f.code == "ORGANISATION_TWIN"]
    assert twin.message.startswith(f'The organisation folders "{nfc}" (accents written as one')
