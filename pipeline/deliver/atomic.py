"""Atomic file writes: a temporary file in the same folder, fsync, then one rename."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

# Hidden and ending in .tmp: the inbox filter, sync clients and people all skip such names.
_TEMP_PREFIX = ".~qd-"
_TEMP_NAME = re.compile(r"^\.~qd-.+\.[0-9a-f]{16}\.tmp$")


def temp_path(path: Path) -> Path:
    """Return a fresh temporary name beside `path` (e.g. `.~qd-report.docx.1a2b....tmp`)."""
    return path.with_name(f"{_TEMP_PREFIX}{path.name}.{secrets.token_hex(8)}.tmp")


def is_temporary(path: Path) -> bool:
    """Return True when `path` is named like one of our temporary files."""
    return bool(_TEMP_NAME.match(path.name))


def stage(path: Path, content: bytes) -> Path:
    """Write `content` to a new temporary file beside `path`, flushed to disk; return it.

    On any failure the temporary file is removed and the error is raised.
    """
    temp = temp_path(path)
    try:
        with open(temp, "xb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        discard(temp)
        raise
    return temp


def commit(temp: Path, path: Path) -> None:
    """Rename the staged `temp` to `path` in one step, then flush the folder entry."""
    os.replace(temp, path)
    sync_folder(path.parent)


def discard(temp: Path) -> None:
    """Remove a temporary file, ignoring that it may already be gone."""
    with contextlib.suppress(OSError):
        temp.unlink()


def write_atomic(path: Path, content: bytes) -> None:
    """Replace `path` with `content` so that readers see the old or the new file, never half."""
    temp = stage(path, content)
    try:
        commit(temp, path)
    except BaseException:
        discard(temp)
        raise


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, where the platform allows it (not on Windows)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_temporaries(*folders: Path) -> tuple[Path, ...]:
    """Remove our temporary files left in `folders` (and below) by a killed process.

    Only names made by `temp_path` are touched; symbolic links are never followed.
    Call it while holding the workspace lock, so that no running build owns them.
    """
    removed: list[Path] = []
    for folder in folders:
        for path in _temporaries(folder):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return tuple(removed)


def _temporaries(folder: Path) -> Iterator[Path]:
    if not folder.is_dir() or folder.is_symlink():
        return
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            path = Path(root, name)
            if is_temporary(path) and not path.is_symlink():
                yield path
