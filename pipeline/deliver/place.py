"""Where a document goes in the outbox: its own name, or a versioned name beside it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.config import Workspace
from pipeline.deliver.archive import sha256
from pipeline.deliver.atomic import commit, discard, stage
from pipeline.deliver.manifest import Manifest, Written
from pipeline.deliver.timing import Backoff, Timing
from pipeline.model import RenderedDocument

# free: nothing there; same: already these bytes; ours: what we wrote, unchanged since;
# edited: changed by a person (or not written by us); blocked: a folder, a link, unreadable.
State = Literal["free", "same", "ours", "edited", "blocked"]
Obstacle = Literal["", "edited", "blocked", "locked"]
MAX_VERSION = 99


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a document landed (None: nowhere), and what stood at its own name."""

    path: Path | None
    changed: bool
    obstacle: Obstacle = ""
    error: OSError | None = None


@dataclass(frozen=True, slots=True)
class _Failure:
    error: OSError
    name_only: bool  # the folder takes files; only this name could not be replaced


class Run:
    """One delivery run into one folder: the manifest in memory and the waiting left."""

    def __init__(self, workspace: Workspace, out_dir: Path, timing: Timing) -> None:
        self.workspace = workspace
        self.out_dir = out_dir
        self.timing = timing
        self.manifest = Manifest.load(workspace.state)
        self.backoff = Backoff(timing)

    def key(self, path: Path) -> str:
        """Return the manifest key of `path`: its path relative to the workspace."""
        return self.workspace.relative(path)

    def stamp(self) -> str:
        """Return the current time for the manifest."""
        return self.timing.now().isoformat(timespec="seconds")


def versions(path: Path) -> Iterator[Path]:
    """Yield `path`, then `<stem> (v2)<suffix>`, `(v3)`... up to MAX_VERSION."""
    yield path
    for number in range(2, MAX_VERSION + 1):
        yield path.with_name(f"{path.stem} (v{number}){path.suffix}")


def classify(run: Run, path: Path, digest: str) -> tuple[State, bytes]:
    """Return what stands at `path` for a document of hash `digest`, and its bytes."""
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return "blocked", b""
        content = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return "free", b""
    except OSError:
        return "blocked", b""
    found = sha256(content)
    if found == digest:
        return "same", content
    if run.manifest.ours(run.key(path), found):
        return "ours", content
    return "edited", content


def place(run: Run, document: RenderedDocument, digest: str, names: Iterator[Path]) -> Placed:
    """Deliver to the first of `names` that is free or ours, waiting out locked files."""
    obstacle: Obstacle = ""
    error: OSError | None = None
    for path in names:
        state, _ = classify(run, path, digest)
        if state == "same":
            remember(run, path, document, digest)
            return Placed(path, False, obstacle)
        if state in ("edited", "blocked"):
            obstacle = obstacle or ("edited" if state == "edited" else "blocked")
            continue
        failure = write(run, path, document, digest)
        if failure is None:
            return Placed(path, True, obstacle)
        if not failure.name_only:
            return Placed(None, False, obstacle, failure.error)
        obstacle, error = obstacle or "locked", failure.error
    return Placed(None, False, obstacle, error)


def write(run: Run, path: Path, document: RenderedDocument, digest: str) -> _Failure | None:
    """Write `document` atomically at `path`, retrying with backoff; return the last failure."""
    attempt = 0
    while True:
        failure = _attempt(run, path, document, digest)
        if failure is None or not run.backoff.wait(attempt):
            return failure
        attempt += 1


def remember(run: Run, path: Path, document: RenderedDocument, digest: str) -> None:
    """Note in the manifest that `path` holds `document`, keeping when it was first written."""
    key = run.key(path)
    known = run.manifest.documents.get(key)
    when = known.written_at if known and known.sha256 == digest else run.stamp()
    run.manifest.record(key, Written(
        sha256=digest, size=len(document.content), written_at=when,
        inputs=tuple(sorted(set(document.sources))), sheets=tuple(sorted(document.inputs)),
    ))


def _attempt(run: Run, path: Path, document: RenderedDocument, digest: str) -> _Failure | None:
    key = run.key(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = stage(path, document.content)
    except OSError as err:
        return _Failure(err, name_only=False)
    try:
        run.manifest.begin(key, digest)  # saved first: a crash after the rename stays ours
        run.manifest.save()
    except OSError as err:
        _undo(run, key, temp)
        return _Failure(err, name_only=False)
    try:
        commit(temp, path)
    except OSError as err:
        _undo(run, key, temp)
        return _Failure(err, name_only=True)
    remember(run, path, document, digest)
    run.manifest.save_quietly()
    return None


def _undo(run: Run, key: str, temp: Path) -> None:
    discard(temp)
    run.manifest.abandon(key)
