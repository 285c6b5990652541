"""The incremental state: what each build read (by hash) and wrote, so nothing is redone needlessly.

One typed home for `.qualiopi/builds/*.json` and the watcher's memory: every file is JSON written
atomically, ASCII-only (a file name that is not valid UTF-8 still round-trips).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from pipeline.core.assets import asset_dir
from pipeline.core.digest import digest_file, digest_lines, digest_text
from pipeline.core.model import DOCUMENT_KEYS, DocumentKey, InputFile, Report
from pipeline.deliver.atomic import write_atomic
from pipeline.workspace import SETTINGS_FILE, Workspace

# Format 3 records documents by key (format 2 by their translated file name). An older record
# is not converted: it reads as "no record", which only means one full rebuild.
FORMAT = 3
Pairs = tuple[tuple[str, str], ...]
ByDocument = tuple[tuple[DocumentKey, str], ...]


@dataclass(frozen=True, slots=True)
class BuildRecord:
    """One organisation's last complete build: the exact bytes it read, what it made of them."""

    organisation: str
    fingerprint: str  # digest of the context and of every input's bytes, as read
    inputs: Pairs  # (workspace-relative path, sha256 of the bytes read)
    report: Report
    digests: ByDocument  # (document, digest of what it is made from)
    not_made: ByDocument  # (document, why it was not made)
    deliveries: ByDocument  # (document, workspace-relative path)


def load_record(workspace: Workspace, organisation: str) -> BuildRecord | None:
    """Return the organisation's last complete build, or None (missing, unreadable, older)."""
    data = read_state(_record_path(workspace, organisation))
    if data is None or data.get("format") != FORMAT or data.get("organisation") != organisation:
        return None
    try:
        return BuildRecord(
            organisation,
            str(data["fingerprint"]),
            _pairs(data["inputs"]),
            Report.from_dict(data["report"]),
            _by_document(data["digests"]),
            _by_document(data["not_made"]),
            _by_document(data["deliveries"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


def save_record(workspace: Workspace, record: BuildRecord) -> None:
    """Save the record of a complete build; a failure only costs a rebuild."""
    data = {
        "format": FORMAT,
        "organisation": record.organisation,
        "fingerprint": record.fingerprint,
        "inputs": [list(pair) for pair in record.inputs],
        "report": record.report.as_dict(),
        "digests": [list(pair) for pair in record.digests],
        "not_made": [list(pair) for pair in record.not_made],
        "deliveries": [list(pair) for pair in record.deliveries],
    }
    try:
        write_state(_record_path(workspace, record.organisation), data)
    except OSError:
        return


def read_state(path: Path) -> dict[str, Any] | None:
    """Return a state file's JSON object; None when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_state(path: Path, data: dict[str, Any]) -> None:
    """Write a state file atomically; raises OSError when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, ensure_ascii=True, sort_keys=True).encode("ascii"))


def context_fingerprint(workspace: Workspace, extra: Iterable[str]) -> str:
    """Return a digest of what a build reads besides the workbooks: the settings, the evidence
    folder's listing, the Word templates (workspace and packaged) and `extra` (version, day...).

    Stat data stands in for the content of evidence files.
    """
    return digest_lines(_context_lines(workspace, extra))


def inputs_fingerprint(inputs: Sequence[InputFile], context: str) -> str:
    """Return a digest of the inputs' bytes as read, on top of `context`: equal means unchanged."""
    lines = (f"input {i.path.name} {i.sha256} {i.problem}" for i in inputs)
    return digest_lines([context, *lines])


def combine(*parts: str) -> str:
    """Return one digest of several strings (order matters)."""
    return digest_text(*parts)


def _record_path(workspace: Workspace, organisation: str) -> Path:
    return workspace.state / "builds" / f"{digest_text(organisation)[:16]}.json"


def _pairs(value: object) -> Pairs:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return tuple((str(a), str(b)) for a, b in value)


def _by_document(value: object) -> ByDocument:
    """Return pairs whose first item is a document key; a name we do not know is a bad record."""
    pairs = _pairs(value)
    if any(key not in DOCUMENT_KEYS for key, _ in pairs):
        raise ValueError("unknown document")
    return tuple((cast(DocumentKey, key), second) for key, second in pairs)


def _context_lines(workspace: Workspace, extra: Iterable[str]) -> Iterable[str]:
    yield from extra
    settings = workspace.root / SETTINGS_FILE
    if settings.is_file():
        yield f"settings {digest_file(settings)}"
    yield from _listing("evidence", workspace.evidence)
    yield from _listing("template", workspace.templates, content=True)
    yield from _listing("packaged", asset_dir("docx", workspace.settings.lang))


def _listing(label: str, folder: Path, content: bool = False) -> Iterable[str]:
    """Yield one line per file: its path and size, and its content's digest when `content` (a
    template replaced within the same second, with the same size, must still count as changed),
    else its modification time."""
    if not folder.is_dir():
        yield f"{label} -"
        return
    for current, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            path = Path(current, name)
            stat = path.lstat()
            mark = digest_file(path) if content and path.is_file() else stat.st_mtime_ns
            yield f"{label} {path.relative_to(folder).as_posix()} {stat.st_size} {mark}"
