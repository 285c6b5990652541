"""The merge bases: the exact version of each document the last build wrote, by content hash.

Kept under the workspace state folder (`.qualiopi/bases/<sha256>.docx`), out of people's way:
a later build merges a person's edits against it.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.deliver.atomic import write_atomic
from pipeline.workspace import Workspace


def _path(workspace: Workspace, digest: str, suffix: str) -> Path:
    return workspace.state / "bases" / f"{digest}{suffix}"


def keep_base(workspace: Workspace, digest: str, name: str, content: bytes) -> None:
    """Keep `content` (the document `name` as generated) as a merge base, once per content.

    A base that cannot be kept only costs a merge later (the new version then goes beside).
    """
    path = _path(workspace, digest, Path(name).suffix.lower())
    try:
        if path.is_file() and path.stat().st_size == len(content):
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content)
    except OSError:
        return


def load_base(workspace: Workspace, digest: str, name: str) -> bytes | None:
    """Return the generated document of hash `digest`, None when it was not kept."""
    try:
        return _path(workspace, digest, Path(name).suffix.lower()).read_bytes()
    except OSError:
        return None
