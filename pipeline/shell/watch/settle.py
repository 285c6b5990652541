"""When an organisation's files are complete: unchanged over the settle period, whole archives."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.inbox import ZIP_WORKBOOK_SUFFIXES
from pipeline.shell.watch.memory import Stat, stat_of

# An organisation's input files as last seen: path → (size, mtime, inode).
Listing = dict[Path, Stat]


@dataclass(frozen=True, slots=True)
class Timing:
    """How patient the watcher is. The defaults suit a local disk; a share may want more."""

    settle: float = 1.0  # seconds a file must stay unchanged before it is processed
    patience: float = 10.0  # seconds an empty or broken-looking file is awaited, then reported
    rescan: float = 60.0  # seconds between two full scans of the inbox
    retry_first: float = 30.0  # seconds before retrying a build that could not deliver
    retry_max: float = 900.0

    def retry_delay(self, failures: int) -> float:
        """Return the wait before attempt `failures` + 1, doubling up to `retry_max`."""
        return float(min(self.retry_first * 2 ** max(0, failures - 1), self.retry_max))


@dataclass(slots=True)
class Settling:
    """An organisation whose files changed, watched until they stay unchanged long enough."""

    listing: Listing
    since: float  # when this listing was first seen
    next_check: float


def list_stats(paths: tuple[Path, ...]) -> Listing:
    """Return the stat of each file; a file gone in the meantime is left out."""
    listing: Listing = {}
    for path in paths:
        try:
            listing[path] = stat_of(path.stat())
        except FileNotFoundError:
            continue
    return listing


def looks_whole(path: Path, stat: Stat) -> bool:
    """Return True when a file looks finished: not empty and, for a workbook, a whole archive.

    A copy that reserved the full size first (Windows Explorer on a share) and whose
    modification time is only set at the end is caught here: its archive directory, at the
    end of the file, is still missing.
    """
    if stat[0] == 0:
        return False
    if path.suffix.lower() not in ZIP_WORKBOOK_SUFFIXES:  # .xls is OLE2, not a zip
        return True
    try:
        with zipfile.ZipFile(path) as archive:
            return bool(archive.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def all_whole(listing: Listing) -> bool:
    """Return True when every file of the listing looks finished."""
    return all(looks_whole(path, stat) for path, stat in listing.items())
