"""Read each input file once, once settled: the bytes hashed are the bytes parsed and archived."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from pipeline.core.digest import digest_bytes, digest_stream
from pipeline.core.inbox import shown_name
from pipeline.core.model import InputFile
from pipeline.ingest.probe import MAX_FILE_BYTES
from pipeline.workspace import Workspace

Reader = Callable[[BinaryIO, int], bytes]  # (open file, how many bytes at most) → bytes read
ATTEMPTS = 8  # reads of a file that keeps changing while it is read; the last one is kept
PAUSE = 0.25  # seconds between two attempts (a copy in progress has time to finish)


def read_inputs(paths: Sequence[Path], workspace: Workspace) -> tuple[InputFile, ...]:
    """Read every input file once, each after it stopped changing."""
    return tuple(read_input(path, workspace) for path in paths)


def read_input(
    path: Path,
    workspace: Workspace,
    *,
    reader: Reader | None = None,
    pause: float = PAUSE,
    attempts: int = ATTEMPTS,
) -> InputFile:
    """Read one input file; a file that changed while it was read is read again once settled.

    A file not read (a link, a name that is not valid UTF-8, too large, unreadable) comes
    back without content and names the finding reading it would raise.
    """
    if not _encodable(workspace.relative(path)):
        return InputFile(path, None, problem="FILE_NAME_ENCODING", reason=shown_name(path.name))
    if path.is_symlink() or _escapes(path, workspace):
        return InputFile(path, None, problem="FILE_SYMLINK")
    read = reader or _read
    for attempt in range(max(1, attempts)):
        try:
            found, settled = _read_once(path, read)
        except OSError as err:
            return InputFile(path, None, problem="FILE_UNREADABLE", reason=str(err.strerror or err))
        if settled or attempt + 1 >= attempts:
            return found
        time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


def _read_once(path: Path, read: Reader) -> tuple[InputFile, bool]:
    """Read the file; return it and whether it stayed the same file, unchanged, meanwhile."""
    with path.open("rb") as handle:
        before = os.fstat(handle.fileno())
        data = read(handle, min(before.st_size, MAX_FILE_BYTES) + 1)
        if len(data) > MAX_FILE_BYTES:
            digest = digest_stream(data, handle)
            return InputFile(path, None, digest, "FILE_TOO_LARGE"), True
        after = os.fstat(handle.fileno())
    now = os.stat(path)
    settled = (
        _mark(before) == _mark(after) == _mark(now)
        and after.st_ino == now.st_ino
        and len(data) == after.st_size
    )
    return InputFile(path, data, digest_bytes(data)), settled


def _read(handle: BinaryIO, limit: int) -> bytes:
    return handle.read(limit)


def _mark(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_size, stat.st_mtime_ns


def _encodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _escapes(path: Path, workspace: Workspace) -> bool:
    """Return True when a file reached through a linked folder lies outside the workspace.

    The inbox itself may be a link (to a synced folder, say): what it holds still counts.
    """
    folders = (workspace.root, workspace.inbox)
    if not any(path.absolute().is_relative_to(folder.absolute()) for folder in folders):
        return False  # given from elsewhere on purpose, not reached through a link
    target = path.resolve()
    return not any(target.is_relative_to(folder.resolve()) for folder in folders)
