"""The manifest: what the tool wrote where (with hashes), and which inputs it archived."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.deliver.atomic import write_atomic
from pipeline.deliver.lock import try_lock, unlock

FILE_NAME = "manifest.json"
FORMAT = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Written:
    """One document as the tool last wrote it; `pending` is a write begun but not confirmed."""

    sha256: str
    size: int = 0
    written_at: str = ""
    inputs: tuple[str, ...] = ()  # sha256 of the input files it was made from
    sheets: tuple[str, ...] = ()  # the kinds of sheet it was made from
    pending: str = ""


@dataclass(frozen=True, slots=True)
class Archived:
    """One input file archived byte for byte, and where it was found."""

    archived: str
    sources: tuple[str, ...] = ()
    archived_at: str = ""


class Manifest:
    """The manifest of one workspace, loaded in memory; `save` writes it atomically."""

    def __init__(
        self, path: Path, documents: dict[str, Written], inputs: dict[str, Archived]
    ) -> None:
        self.path = path
        self.documents = documents
        self.inputs = inputs
        # What this run changed: saving merges it into what other processes saved meanwhile
        # (organisations are built in parallel, each with its own Manifest in memory).
        self._touched_documents: set[str] = set()
        self._touched_inputs: set[str] = set()

    @classmethod
    def load(cls, state: Path) -> Manifest:
        """Read the manifest in the workspace state folder; missing or unreadable → empty."""
        path = state / FILE_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, _documents(data["documents"]), _inputs(data.get("inputs", {})))
        except FileNotFoundError:
            return cls(path, {}, {})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            # Safe default: every file already in the outbox then counts as edited by a person.
            log.warning("manifest %s unreadable (%s): starting a new one", path, err)
            return cls(path, {}, {})

    def ours(self, key: str, digest: str) -> bool:
        """Return True when `digest` is what the tool wrote (or was writing) at `key`."""
        entry = self.documents.get(key)
        return entry is not None and digest in (entry.sha256, entry.pending)

    def begin(self, key: str, digest: str) -> None:
        """Note that `digest` is about to replace `key` (so a crash mid-write stays ours)."""
        entry = self.documents.get(key) or Written(sha256="")
        self.documents[key] = replace(entry, pending=digest)
        self._touched_documents.add(key)

    def abandon(self, key: str) -> None:
        """Forget a write that did not happen."""
        self._touched_documents.add(key)
        entry = self.documents.get(key)
        if entry is not None and entry.sha256:
            self.documents[key] = replace(entry, pending="")
        elif entry is not None:
            del self.documents[key]

    def record(self, key: str, written: Written) -> None:
        """Note that `key` now holds `written`."""
        self.documents[key] = written
        self._touched_documents.add(key)

    def note_input(self, digest: str, archived: Archived) -> None:
        """Note that the input with content `digest` is archived as `archived`."""
        self.inputs[digest] = archived
        self._touched_inputs.add(digest)

    def save(self) -> None:
        """Write the manifest atomically, merged with what other processes saved since it was
        loaded (their entries kept, ours winning); raises OSError when it cannot."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _exclusive(self.path.with_name(FILE_NAME + ".lock")):
            self._merge(Manifest.load(self.path.parent))
            self._write()

    def _merge(self, disk: Manifest) -> None:
        for key, written in disk.documents.items():
            if key not in self._touched_documents:
                self.documents[key] = written
        for digest, archived in disk.inputs.items():
            ours = self.inputs.get(digest)
            if digest not in self._touched_inputs or ours is None:
                self.inputs[digest] = archived
            else:  # the same content found by another organisation: keep both places
                sources = tuple(dict.fromkeys((*archived.sources, *ours.sources)))
                self.inputs[digest] = replace(ours, sources=sources)

    def _write(self) -> None:
        data = {
            "format": FORMAT,
            "documents": {key: _document_json(w) for key, w in sorted(self.documents.items())},
            "inputs": {
                key: {
                    "archived": a.archived,
                    "sources": list(a.sources),
                    "archived_at": a.archived_at,
                }
                for key, a in sorted(self.inputs.items())
            },
        }
        # ASCII escapes: a name that is not valid UTF-8 (an SMB share) still round-trips.
        text = json.dumps(data, indent=2, ensure_ascii=True) + "\n"
        write_atomic(self.path, text.encode("ascii"))

    def save_quietly(self) -> None:
        """Save, logging a failure: the `pending` marks already saved keep the outbox safe."""
        try:
            self.save()
        except OSError as err:
            log.warning("manifest %s not saved: %s", self.path, err)


@contextlib.contextmanager
def _exclusive(path: Path, patience: float = 10.0) -> Iterator[None]:
    """Hold an exclusive lock on `path` while the manifest is merged and written.

    Without a lock after `patience` seconds (a share without locking), it writes anyway: the
    manifest is still written atomically, at worst an entry must be made again.
    """
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + patience
        locked = _attempt(descriptor)
        while locked is False and time.monotonic() < deadline:
            time.sleep(0.005)
            locked = _attempt(descriptor)
        try:
            yield
        finally:
            if locked:
                unlock(descriptor)
    finally:
        os.close(descriptor)


def _attempt(descriptor: int) -> bool | None:
    """Try the lock once: True taken, False busy, None not supported (some network shares)."""
    try:
        return try_lock(descriptor)
    except OSError:
        return None


def _document_json(written: Written) -> dict[str, object]:
    # Built by hand: dataclasses.asdict deep-copies, and the manifest is saved often.
    data: dict[str, object] = {
        "sha256": written.sha256,
        "size": written.size,
        "written_at": written.written_at,
        "inputs": list(written.inputs),
        "sheets": list(written.sheets),
    }
    if written.pending:
        data["pending"] = written.pending
    return data


def _documents(data: dict[str, dict[str, object]]) -> dict[str, Written]:
    return {
        str(key): Written(
            sha256=str(value["sha256"]),
            size=int(str(value.get("size", 0))),
            written_at=str(value.get("written_at", "")),
            inputs=_strings(value.get("inputs")),
            sheets=_strings(value.get("sheets")),
            pending=str(value.get("pending", "")),
        )
        for key, value in data.items()
    }


def _inputs(data: dict[str, dict[str, object]]) -> dict[str, Archived]:
    return {
        str(key): Archived(
            archived=str(value["archived"]),
            sources=_strings(value.get("sources")),
            archived_at=str(value.get("archived_at", "")),
        )
        for key, value in data.items()
    }


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(item) for item in value)
