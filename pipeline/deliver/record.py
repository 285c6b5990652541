"""The record of each organisation's last complete build (what it read, what it wrote)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from pipeline.core.digest import digest_text
from pipeline.deliver.atomic import write_atomic
from pipeline.workspace import Workspace


def _path(workspace: Workspace, organisation: str) -> Path:
    key = digest_text(organisation)[:16]
    return workspace.state / "builds" / f"{key}.json"


def last_build(workspace: Workspace, organisation: str) -> dict[str, Any] | None:
    """Return the record of the organisation's last complete build, or None (missing, unreadable
    or made for another organisation)."""
    try:
        data = json.loads(_path(workspace, organisation).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("organisation") != organisation:
        return None
    return cast("dict[str, Any]", data)


def record_build(workspace: Workspace, organisation: str, record: dict[str, Any]) -> None:
    """Save the record of a complete build (atomically; a failure only costs a rebuild)."""
    path = _path(workspace, organisation)
    content = json.dumps(
        {"organisation": organisation, **record}, ensure_ascii=False, sort_keys=True
    ).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content)
    except OSError:
        return
