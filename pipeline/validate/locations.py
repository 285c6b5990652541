"""Where a piece of evidence lives: a web address, or a file inside the evidence folder."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from functools import lru_cache

_WEB = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+:", re.IGNORECASE)  # file:, ftp:, smb:... (not C:)
_DRIVE = re.compile(r"^[a-z]:", re.IGNORECASE)


class Location(Enum):
    """What a location cell points to."""

    EMPTY = "empty"
    WEB = "web"
    FILE = "file"  # a file (or folder) found under the evidence folder
    MISSING = "missing"  # a relative path with nothing behind it
    NO_FOLDER = "no_folder"  # a relative path, but the evidence folder does not exist
    OUTSIDE = "outside"  # absolute, drive letter, network share, '..', other scheme


def classify(location: str, files: frozenset[str] | None, folder: str) -> Location:
    """Return what `location` points to, given the files found under the evidence folder."""
    value = unicodedata.normalize("NFC", location.strip())
    if not value:
        return Location.EMPTY
    if _WEB.match(value):
        return Location.WEB
    path = relative_path(value)
    if path is None:
        return Location.OUTSIDE
    if files is None:
        return Location.NO_FOLDER
    return Location.FILE if _found(path, files, folder) else Location.MISSING


def relative_path(value: str) -> str | None:
    """Return `value` as a clean relative posix path, or None when it leaves the workspace."""
    if _DRIVE.match(value) or _SCHEME.match(value):
        return None
    path = value.replace("\\", "/")
    if path.startswith(("/", "~")):
        return None  # absolute, network share (\\server\share), home folder
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if ".." in parts or not parts:
        return None
    return "/".join(parts)


def _found(path: str, files: frozenset[str], folder: str) -> bool:
    names, folders = _index(files)
    candidates = [path.casefold()]
    prefix = folder.strip("/").casefold() + "/"
    if candidates[0].startswith(prefix):
        candidates.append(candidates[0][len(prefix) :])  # "evidence/x.pdf" written for "x.pdf"
    return any(c in names or c in folders for c in candidates)


@lru_cache(maxsize=4)
def _index(files: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the evidence files, and every folder above them, normalised (once per listing)."""
    names = frozenset(unicodedata.normalize("NFC", name).casefold() for name in files)
    folders = frozenset(
        "/".join(parts[:end])
        for parts in (n.split("/") for n in names)
        for end in range(1, len(parts))
    )
    return names, folders
