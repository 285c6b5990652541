"""Whether an evidence location is there: a web address, or a file inside the evidence folder."""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import lru_cache

from pipeline.core.locations import clean_location, inside_evidence, is_web_address, relative_path


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
    value = clean_location(location)
    if not value:
        return Location.EMPTY
    if is_web_address(value):
        return Location.WEB
    path = relative_path(value)
    if path is None:
        return Location.OUTSIDE
    if files is None:
        return Location.NO_FOLDER
    return Location.FILE if _found(path, files, folder) else Location.MISSING


def _found(path: str, files: frozenset[str], folder: str) -> bool:
    names, folders = _index(files)
    candidates = {path.casefold(), inside_evidence(path, folder).casefold()}
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
