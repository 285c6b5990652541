"""A digest of everything a build reads, so an unchanged workspace is not read or rendered again."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.core.assets import asset_dir
from pipeline.core.digest import digest_file, digest_lines, digest_text
from pipeline.workspace import SETTINGS_FILE, Workspace


def context_fingerprint(workspace: Workspace, extra: Iterable[str]) -> str:
    """Return a digest of what a build reads besides the workbooks: the settings, the evidence
    folder's listing, the Word templates (workspace and packaged) and `extra` (version, day...).

    Stat data stands in for the content of evidence files and templates.
    """
    return digest_lines(_context_lines(workspace, extra))


def inputs_fingerprint(paths: Sequence[Path], context: str) -> str:
    """Return a digest of the workbooks' bytes on top of `context`: equal means nothing changed."""
    return digest_lines([context, *(f"input {p.name} {filedigest_lines(p)}" for p in paths)])


def filedigest_lines(path: Path) -> str:
    """Return the sha256 of a file's bytes."""
    return digest_file(path)


def combine(*parts: str) -> str:
    """Return one digest of several strings (order matters)."""
    return digest_text(*parts)


def _context_lines(workspace: Workspace, extra: Iterable[str]) -> Iterable[str]:
    yield from extra
    settings = workspace.root / SETTINGS_FILE
    if settings.is_file():
        yield f"settings {filedigest_lines(settings)}"
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
            mark = filedigest_lines(path) if content and path.is_file() else stat.st_mtime_ns
            yield f"{label} {path.relative_to(folder).as_posix()} {stat.st_size} {mark}"
