"""The watcher meets hostile files, a hostile template and skewed clocks: it logs what is wrong,
stays alive, builds what it can, and never builds from a half-written file."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest

from pipeline.shell.watch import LOG_FILE, Timing, WatchEvent, serve
from tests.end_to_end import forge
from tests.end_to_end.conftest import GRID, Case, document_text, outbox_problems

TIMING = Timing(settle=0.3, patience=3.0, rescan=60.0, retry_first=1.0, retry_max=4.0)
DEADLINE = 90.0  # seconds: a bound on waiting, never a measure
TEMPLATE = "templates/docx/en/audit-preparation.docx"


class Watching:
    """The real watcher (native events, real build) serving a workspace in a thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.stop = threading.Event()
        self.events: list[WatchEvent] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        try:
            serve(self.root, None, self.stop, on_event=self.events.append, timing=TIMING)
        except BaseException as err:  # handed to the test when it ends
            self.error = err

    def of(self, kind: str) -> list[WatchEvent]:
        return [event for event in list(self.events) if event.kind == kind]

    def alive(self) -> bool:
        return self.thread.is_alive() and self.error is None

    def log(self) -> str:
        return (self.root / "logs" / LOG_FILE).read_text(encoding="utf-8")

    def wait(self, what: str, condition: Callable[[], bool]) -> None:
        end = time.monotonic() + DEADLINE
        while not condition():
            assert self.alive(), f"the watcher died: {self.error!r}"
            assert time.monotonic() < end, f"timed out waiting for: {what}"
            time.sleep(0.02)

    def built_with(self, name: str) -> list[WatchEvent]:
        """Return the completed builds whose inputs included inbox file `name`."""
        return [
            e
            for e in self.of("built")
            if e.result is not None
            and any(f.path == f"inbox/{name}" for f in e.result.dossier.files)
        ]


@contextmanager
def watching(case: Case) -> Iterator[Watching]:
    watcher = Watching(case.root)
    watcher.thread.start()
    try:
        watcher.wait("the first build", lambda: bool(watcher.of("built")))
        yield watcher
    finally:
        watcher.stop.set()
        watcher.thread.join(timeout=30)
    assert not watcher.thread.is_alive(), "the watcher did not stop when asked"
    assert watcher.error is None, repr(watcher.error)


@pytest.mark.slow
def test_hostile_files_and_a_hostile_template_never_stop_the_watcher(
    case: Case, bombs: dict[str, tuple[bytes, str]]
) -> None:
    book = case.workbook("complaints").read_bytes()
    hostile = {
        "bomb 500 MB.xlsx": (bombs["bomb 500 MB.xlsx"][0], "ZIP_TOO_LARGE"),
        "protected.xlsx": (forge.encrypted(), "WORKBOOK_ENCRYPTED"),
        "laughs.xlsx": (
            forge.with_doctype(
                book,
                "Complaints",
                "E2",
                b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
                b"&b;",
            ),
            "XML_ENTITIES",
        ),
    }
    with watching(case) as watcher:
        for name, (content, _) in hostile.items():
            (case.inbox / name).write_bytes(content)
        case.snapshot()
        watcher.wait(
            "a build with the hostile files",
            lambda: all(watcher.built_with(name) for name in hostile),
        )
        for name, (_, code) in hostile.items():
            assert f"ERROR inbox/{name} [{code}] {name} " in watcher.log()
        assert outbox_problems(case.outbox) == []

        document = docx.Document()
        document.add_paragraph("{{ ''.__class__.__mro__ }}")
        (case.root / TEMPLATE).parent.mkdir(parents=True)
        document.save(str(case.root / TEMPLATE))
        (case.inbox / "protected.xlsx").write_bytes(forge.encrypted() + b"\0")  # wakes it up
        watcher.wait("the template refused", lambda: bool(watcher.of("failed")))
        assert (
            f"Could not build the inbox: The template {TEMPLATE} tries something templates "
            "may not do near" in watcher.log()
        )

        (case.root / TEMPLATE).unlink()
        done = len(watcher.of("built"))
        watcher.wait("a build once the template is gone", lambda: len(watcher.of("built")) > done)
        case.snapshot()
    case.verify()


def _copy_in_chunks(source: bytes, target: Path, stamp: float) -> None:
    """Write a file in pieces, as a sync client does, keeping the source's (skewed) time.

    The pauses are longer than the settle time: a half-written file stays unchanged long
    enough to be looked at, and must still not be built from.
    """
    piece = len(source) // 3 + 1
    with target.open("wb") as out:
        for start in range(0, len(source), piece):
            out.write(source[start : start + piece])
            out.flush()
            os.utime(target, (stamp, stamp))
            time.sleep(TIMING.settle + 0.2)


def test_skewed_file_times_neither_stall_nor_fool_the_watcher(case: Case) -> None:
    grid = case.workbook(GRID).read_bytes()
    future, past = 4_102_444_800.0, 315_532_800.0  # 2100 and 1980
    with watching(case) as watcher:
        acme = case.inbox / "acme"
        acme.mkdir()
        _copy_in_chunks(grid, acme / "grid.xlsx", future)
        (acme / "complaints.xlsx").write_bytes(case.workbook("complaints").read_bytes())
        os.utime(acme / "complaints.xlsx", (past, past))
        case.snapshot()
        watcher.wait(
            "acme built from both files",
            lambda: (
                bool(watcher.built_with("acme/grid.xlsx"))
                and bool(watcher.built_with("acme/complaints.xlsx"))
            ),
        )

    builds = [e.result for e in watcher.of("built") if e.key == "acme" and e.result]
    for result in builds:  # never from a half-copied grid
        assert not [
            f
            for f in result.report.findings
            if f.file == "inbox/acme/grid.xlsx" and f.severity == "error"
        ], result.report.findings
    assert "Atelier Horizon Formation" in document_text(
        case.outbox / "acme" / "audit-preparation.docx"
    )
    assert "C-01" in document_text(case.outbox / "acme" / "complaint-register.docx")
