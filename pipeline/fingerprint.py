"""A digest of everything a build reads, so an unchanged workspace is not read or rendered again."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.assets import asset_dir
from pipeline.config import SETTINGS_FILE, Workspace


def build_fingerprint(paths: Sequence[Path], workspace: Workspace, extra: Iterable[str]) -> str:
    """Return a digest of the inputs' bytes, the evidence folder's listing, the settings, the
    Word templates (workspace and packaged) and `extra` (version, date...).

    Any change a build could notice changes the digest; stat data stands in for the content of
    evidence files and templates, which a build only lists or reads through the renderer.
    """
    digest = hashlib.sha256()
    for line in _lines(paths, workspace, extra):
        digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


def _lines(paths: Sequence[Path], workspace: Workspace, extra: Iterable[str]) -> Iterable[str]:
    yield from extra
    for path in paths:
        yield f"input {path.name} {hashlib.sha256(path.read_bytes()).hexdigest()}"
    settings = workspace.root / SETTINGS_FILE
    if settings.is_file():
        yield f"settings {hashlib.sha256(settings.read_bytes()).hexdigest()}"
    yield from _listing("evidence", workspace.evidence)
    yield from _listing("template", workspace.templates)
    yield from _listing("packaged", asset_dir("docx", workspace.settings.lang))


def _listing(label: str, folder: Path) -> Iterable[str]:
    if not folder.is_dir():
        yield f"{label} -"
        return
    for current, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            path = Path(current, name)
            stat = path.lstat()
            yield f"{label} {path.relative_to(folder).as_posix()} {stat.st_size} {stat.st_mtime_ns}"
