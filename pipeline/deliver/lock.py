"""One build or watcher per workspace: an operating-system lock on a file in the state folder."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pipeline.core.errors import LockedError, WorkspaceError
from pipeline.i18n import text
from pipeline.workspace import Workspace

LOCK_FILE = "workspace.lock"
_BUSY = -2  # the state folder is locked by another process
_WINDOWS_OFFSET = 1 << 30  # lock a byte far past the holder's details, which stay readable
# Lock files this process holds → (descriptor, folder descriptor or -1, depth).
_held: dict[Path, tuple[int, int, int]] = {}
_guard = threading.Lock()
log = logging.getLogger(__name__)


@contextlib.contextmanager
def workspace_lock(workspace: Workspace) -> Iterator[Path]:
    """Hold the workspace lock for the duration of the block; yield the lock file.

    The operating system releases the lock when the holder dies, so a lock left by a crashed
    process is taken over (and the log says so). Nested use in one process (watcher → build)
    is allowed. The lock is held on open descriptors: deleting the lock file does not let a
    second process in. Raises LockedError, naming the holder, when another process holds it.
    """
    path = (workspace.state / LOCK_FILE).resolve()
    with _guard:
        descriptor, folder, depth = _held.get(path) or (*_acquire(path, workspace), 0)
        _held[path] = (descriptor, folder, depth + 1)
    try:
        yield path
    finally:
        with _guard:
            _release(path)


def lock_holder(workspace: Workspace) -> dict[str, object]:
    """Return the details the lock holder wrote (pid, host, since); {} when none."""
    try:
        data = json.loads((workspace.state / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _acquire(path: Path, workspace: Workspace) -> tuple[int, int]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        folder = _lock_folder(path.parent)
        if folder == _BUSY:
            raise _locked_error(workspace)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    except OSError as err:
        lang = workspace.settings.lang
        raise WorkspaceError(
            text(
                lang,
                "deliver.lock.unwritable",
                folder=workspace.relative(path.parent),
                reason=err.strerror or err,
            ),
            text(lang, "deliver.lock.unwritable_hint"),
        ) from err
    try:
        locked = try_lock(descriptor)
    except OSError as err:  # e.g. a network share without locks: carry on, say so
        log.warning("workspace lock %s not supported here (%s): proceeding unlocked", path, err)
        locked = True
    if not locked:
        os.close(descriptor)
        _close(folder)
        raise _locked_error(workspace)
    _note_takeover(descriptor, workspace)
    try:
        _write_holder(descriptor)
    except OSError as err:  # a disk completely full: let go, then say where
        os.close(descriptor)
        _close(folder)
        raise OSError(err.errno, err.strerror, str(path)) from err
    return descriptor, folder


def _lock_folder(folder: Path) -> int:
    """Lock the state folder itself (POSIX): no one can delete it while it holds files, so the
    lock survives the lock file being deleted. Return its descriptor, _BUSY, or -1 (no lock)."""
    if sys.platform == "win32":
        return -1  # an open file cannot be deleted there: the lock file is enough
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return -1
    try:
        if try_lock(descriptor):
            return descriptor
    except OSError:  # a share without locks: the lock file's own lock still applies
        os.close(descriptor)
        return -1
    os.close(descriptor)
    return _BUSY


def _note_takeover(descriptor: int, workspace: Workspace) -> None:
    """Say so when the lock was left by a process that ended without releasing it."""
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        left = json.loads(os.read(descriptor, 4096).decode("utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(left, dict) and left.get("pid") not in (None, os.getpid()):
        since = str(left.get("since", ""))[:16].replace("T", " ")
        message = text(
            workspace.settings.lang,
            "deliver.lock.taken_over",
            pid=left.get("pid", "?"),
            host=left.get("host", "?"),
            since=since,
        )
        log.warning("%s", message)


def _close(descriptor: int) -> None:
    if descriptor >= 0:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def _release(path: Path) -> None:
    descriptor, folder, depth = _held.pop(path)
    if depth > 1:
        _held[path] = (descriptor, folder, depth - 1)
        return
    try:
        os.ftruncate(descriptor, 0)  # no holder named any more
        with contextlib.suppress(OSError):
            unlock(descriptor)
    finally:
        os.close(descriptor)
        _close(folder)  # closing it releases the folder's lock


def _write_holder(descriptor: int) -> None:
    holder = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    os.ftruncate(descriptor, 0)
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, json.dumps(holder).encode("utf-8"))
    os.fsync(descriptor)


def _locked_error(workspace: Workspace) -> LockedError:
    holder = lock_holder(workspace)
    lang = workspace.settings.lang
    since = str(holder.get("since", ""))[:16].replace("T", " ")
    key = "deliver.lock.held" if holder else "deliver.lock.unknown"
    message = text(
        lang,
        key,
        pid=holder.get("pid", "?"),
        host=holder.get("host", "?"),
        since=since,
        workspace=workspace.root,
    )
    hint = text(lang, "deliver.lock.hint", path=workspace.state / LOCK_FILE)
    return LockedError(message, hint)


if sys.platform == "win32":
    import msvcrt

    def try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
