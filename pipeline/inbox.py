"""Which files in the inbox count, and which organisation each belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePath

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
# Not workbooks, but people drop them in the inbox: they get a finding, never silence.
FOREIGN_SUFFIXES = frozenset({".xls", ".ods", ".csv", ".docx", ".doc", ".pdf", ".numbers"})

_IGNORED_NAME = re.compile(
    r"""^(
        ~\$.*                    # Office owner file (~$grid.xlsx)
      | \.~lock\..*\#            # LibreOffice lock file
      | \._.*                    # macOS resource fork
      | \..*                     # any other hidden file
      | ~.*\.tmp                 # Office temporary
      | [0-9A-F]{8}(\.tmp)?      # Excel save-by-rename temporary (e.g. 2B3F1C0D)
      | .*\.(tmp|temp|bak|partial|crdownload|part|download|swp)
      | .*\.syncthing\..*        # Syncthing partial
      | \.syncthing\..*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CONFLICT_COPY = re.compile(
    r"(conflicted copy|\.sync-conflict-|\(conflict|-conflict-|conflit)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation of the workspace: its name ('' for a flat inbox) and its input files."""

    name: str
    inputs: tuple[Path, ...]


def counts(path: PurePath) -> bool:
    """Return True when a file at `path` is an input the tool should process (or report on)."""
    name = path.name
    if not name or _IGNORED_NAME.match(name):
        return False
    return path.suffix.lower() in WORKBOOK_SUFFIXES | FOREIGN_SUFFIXES


def is_conflict_copy(path: PurePath) -> bool:
    """Return True for a sync client's conflict copy (processed with a warning, never merged)."""
    return bool(_CONFLICT_COPY.search(path.name))


def organisation_of(inbox: Path, path: Path) -> str | None:
    """Return the organisation a path in the inbox belongs to ('' flat), or None if outside."""
    try:
        parts = path.relative_to(inbox).parts
    except ValueError:
        return None
    if len(parts) == 1:
        return ""
    if len(parts) == 2 and not parts[0].startswith("."):
        return parts[0]
    return None


def discover(inbox: Path) -> tuple[Organisation, ...]:
    """Return the organisations of an inbox: files at the top, and one level of sub-folders.

    Symbolic links are never followed: a link could point outside the workspace.
    """
    if not inbox.is_dir():
        return ()
    flat: list[Path] = []
    groups: dict[str, list[Path]] = {}
    for entry in sorted(inbox.iterdir()):
        if entry.is_symlink():
            continue
        if entry.is_file() and counts(entry):
            flat.append(entry)
        elif entry.is_dir() and not entry.name.startswith("."):
            files = [p for p in sorted(entry.iterdir())
                     if not p.is_symlink() and p.is_file() and counts(p)]
            groups[entry.name] = files
    organisations = [Organisation("", tuple(flat))] if flat else []
    organisations += [Organisation(name, tuple(files)) for name, files in groups.items() if files]
    return tuple(organisations)
