"""Watcher fixtures: a workspace in tmp_path, a clock tests move, a build that records its calls."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.build.flow import OrganisationResult
from pipeline.core.errors import QualiopiError
from pipeline.core.inbox import Organisation
from pipeline.core.model import Delivery, DeliveryOutcome, Dossier, Report, SourceFile
from pipeline.shell.watch import Timing, WatchEvent
from pipeline.shell.watch.loop import Worker
from pipeline.workspace import Settings, Workspace


def archive_bytes(text: str = "data") -> bytes:
    """Return a small, whole zip archive (what a workbook is, as far as settling goes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", text)
    return buffer.getvalue()


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Recorder:
    """The process boundary: records each build; can be told to fail like a real build would."""

    workspace: Workspace
    calls: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    raise_error: Exception | None = None
    fail_deliveries: bool = False

    def __call__(self, workspace: Workspace, organisation: Organisation) -> OrganisationResult:
        names = tuple(p.name for p in organisation.inputs)
        self.calls.append((organisation.name, names))
        if self.raise_error is not None:
            raise self.raise_error
        files = tuple(
            SourceFile(workspace.relative(p), hashlib.sha256(p.read_bytes()).hexdigest())
            for p in organisation.inputs
        )
        outcome: DeliveryOutcome = "failed" if self.fail_deliveries else "written"
        deliveries = (
            Delivery(
                "preparation",
                "report.docx",
                outcome,
                ""
                if self.fail_deliveries
                else f"outbox/{organisation.name}/report.docx".replace("//", "/"),
            ),
        )
        report = Report("V10", "test", ())
        read = tuple((f.path, f.sha256) for f in files)
        return OrganisationResult(
            organisation.name, Dossier(files=files), report, deliveries, read=read
        )

    def built(self) -> list[str]:
        """Return the organisations built, in order."""
        return [name for name, _ in self.calls]


@dataclass
class Rig:
    """A worker on a real workspace, with the clock and the build under the test's control."""

    workspace: Workspace
    clock: Clock
    process: Recorder
    events: list[WatchEvent]
    worker: Worker

    def put(self, relative: str, content: bytes) -> Path:
        path = self.workspace.inbox / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return path

    def turn(self, names: set[str] | None = None) -> None:
        """One turn of the loop: look at the organisations (all by default), build what is due."""
        self.worker.examine(self.worker.everything() if names is None else names)
        self.worker.step()

    def settle(self, seconds: float = 1.0) -> None:
        """Let `seconds` pass, then take a turn."""
        self.clock.advance(seconds)
        self.turn()

    def kinds(self, kind: str) -> list[WatchEvent]:
        return [event for event in self.events if event.kind == kind]

    def restart(self) -> Rig:
        """Return a new worker on the same workspace, as after the watcher was restarted."""
        events: list[WatchEvent] = []
        worker = Worker(self.workspace, self.process, events.append, self.clock, TIMING)
        return Rig(self.workspace, self.clock, self.process, events, worker)


TIMING = Timing(settle=1.0, patience=10.0, rescan=60.0, retry_first=30.0, retry_max=120.0)


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    workspace = Workspace(tmp_path / "ws", Settings(lang="en"))
    workspace.inbox.mkdir(parents=True)
    clock = Clock()
    process = Recorder(workspace)
    events: list[WatchEvent] = []
    worker = Worker(workspace, process, events.append, clock, TIMING)
    return Rig(workspace, clock, process, events, worker)


__all__ = ["Clock", "QualiopiError", "Recorder", "Rig", "archive_bytes"]
