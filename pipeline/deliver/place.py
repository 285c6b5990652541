"""Where a document goes in the outbox: its own name, or a versioned name beside it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.core.digest import digest_bytes
from pipeline.core.model import RenderedDocument
from pipeline.deliver.atomic import commit, discard, stage
from pipeline.deliver.manifest import Manifest, Written
from pipeline.deliver.timing import Backoff, Timing
from pipeline.workspace import Workspace

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
class Failure:
    """Why a write did not happen."""

    error: OSError | None
    name_only: bool  # the folder takes files; only this name could not be replaced
    changed: bool = False  # a person saved over the file while we waited: it is theirs now


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


def fingerprint(path: Path) -> str | None:
    """Return the hash of the file at `path`, None when there is none, '' when unreadable."""
    try:
        return digest_bytes(path.read_bytes()) if not path.is_symlink() else ""
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return ""


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
    found = digest_bytes(content)
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
        state, content = classify(run, path, digest)
        if state == "same":
            remember(run, path, document, digest)
            return Placed(path, False, obstacle)
        if state in ("edited", "blocked"):
            obstacle = obstacle or ("edited" if state == "edited" else "blocked")
            continue
        expected = digest_bytes(content) if state == "ours" else None
        failure = write(run, path, document, digest, expected)
        if failure is None:
            return Placed(path, True, obstacle)
        if not failure.name_only:
            return Placed(None, False, obstacle, failure.error)
        obstacle = obstacle or ("edited" if failure.changed else "locked")
        error = failure.error or error
    return Placed(None, False, obstacle, error)


def write(
    run: Run, path: Path, document: RenderedDocument, digest: str, expected: str | None
) -> Failure | None:
    """Write `document` at `path` atomically, retrying with backoff; return the last failure.

    `expected` is the hash of what `path` holds now (None: nothing): if a person saves over
    it meanwhile (say, in Word while we wait for Word to let go), it is not replaced.
    """
    attempt = 0
    while True:
        failure = _attempt(run, path, document, digest, expected)
        if failure is None or failure.changed or not run.backoff.wait(attempt):
            return failure
        attempt += 1


def remember(run: Run, path: Path, document: RenderedDocument, digest: str) -> None:
    """Note in the manifest that `path` holds `document`, keeping when it was first written."""
    key = run.key(path)
    known = run.manifest.documents.get(key)
    when = known.written_at if known and known.sha256 == digest else run.stamp()
    run.manifest.record(
        key,
        Written(
            sha256=digest,
            size=len(document.content),
            written_at=when,
            inputs=tuple(sorted(set(document.sources))),
            sheets=tuple(sorted(document.inputs)),
        ),
    )


def _attempt(
    run: Run, path: Path, document: RenderedDocument, digest: str, expected: str | None
) -> Failure | None:
    key = run.key(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        run.manifest.begin(key, digest)  # saved first: a crash after the rename stays ours
        run.manifest.save()
        temp = stage(path, document.content)
    except OSError as err:
        run.manifest.abandon(key)
        return Failure(err, name_only=False)
    if fingerprint(path) != expected:
        _undo(run, key, temp)
        return Failure(None, name_only=True, changed=True)
    try:
        commit(temp, path)
    except OSError as err:
        _undo(run, key, temp)
        return Failure(err, name_only=True)
    remember(run, path, document, digest)
    run.manifest.save_quietly()
    return None


def _undo(run: Run, key: str, temp: Path) -> None:
    discard(temp)
    run.manifest.abandon(key)
