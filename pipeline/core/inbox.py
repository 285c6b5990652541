"""Which files in the inbox count, and which organisation each belongs to."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

# What calamine reads: Excel (and its templates), Excel binary, Excel 97-2003 (and WPS .et,
# which is the same format), LibreOffice/OpenOffice (and its templates).
WORKBOOK_SUFFIXES = frozenset(
    {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt", ".et", ".ods", ".ots"}
)
# Those whose file is a zip archive, complete only once its directory (at the end) is written.
ZIP_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".ods", ".ots"})
# Not workbooks we read, but people drop them in the inbox: they get a finding, never silence.
FOREIGN_SUFFIXES = frozenset(
    {".csv", ".tsv", ".tab", ".fods", ".slk", ".sylk", ".dif", ".html", ".htm"}
    | {".xml", ".gsheet", ".numbers", ".docx", ".doc", ".pdf", ".ett", ".wps"}
)

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
    r"(conflicted copy|\.sync-conflict-|\(conflict|[-_]conflict-|en conflit|\(conflit|sfconflict)",
    re.IGNORECASE,
)
# The marker a sync client adds to the original's name; removing it gives the original's name.
_CONFLICT_MARKERS = (
    # Dropbox, Nextcloud, Seafile: "grid (Alice's conflicted copy 2026-11-27).xlsx"
    re.compile(r"\s*\([^()]*(conflicted copy|en conflit|conflict)[^()]*\)", re.IGNORECASE),
    # Syncthing: "grid.sync-conflict-20261127-101010-ABCDEFG.xlsx"
    re.compile(r"\.sync-conflict-[0-9]{8}-[0-9]{6}(-[A-Z0-9]+)?", re.IGNORECASE),
    # ownCloud: "grid_conflict-20261127-101010.xlsx"
    re.compile(r"[-_]conflict-[0-9]{8}-[0-9]{6}", re.IGNORECASE),
)


# The names a copy gets from a file manager: "x (1).xlsx", "x - Copie.xlsx", "Copy of x.xlsx".
_COPY_NAME = re.compile(
    r"(\s\(\d+\)|\s-\s(copie|copy)(\s\(\d+\))?|\s(copie|copy))$|^(copie de|copy of)\s",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation of the workspace: its name ('' for a flat inbox) and its input files."""

    name: str
    inputs: tuple[Path, ...]
    # Its folders, when several spell its name alike (Unicode NFC / NFD) and are read as one.
    twins: tuple[str, ...] = ()


def counts(path: PurePath) -> bool:
    """Return True when a file at `path` is an input the tool should process (or report on)."""
    name = path.name
    if not name or _IGNORED_NAME.match(name):
        return False
    return path.suffix.lower() in WORKBOOK_SUFFIXES | FOREIGN_SUFFIXES


def looks_like_copy(path: PurePath) -> bool:
    """Return True for a name a file manager gives a copy ("complaints (1).xlsx")."""
    return bool(_COPY_NAME.search(path.stem))


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


def conflict_original(name: str) -> str:
    """Return the name of the file a conflict copy was made from (`name` itself if not a copy)."""
    for marker in _CONFLICT_MARKERS:
        name = marker.sub("", name)
    return name


def without_conflicts(organisation: Organisation) -> Organisation:
    """Return the organisation without its sync conflict copies (they are built apart)."""
    kept = tuple(p for p in organisation.inputs if not is_conflict_copy(p))
    return Organisation(organisation.name, kept)


def conflict_variants(organisation: Organisation) -> tuple[Organisation, ...]:
    """Return one organisation per conflict copy: its inputs with the copy instead of the original.

    Each is named `<organisation>/<copy name without extension>`, so its documents go to a folder
    of their own in the outbox and never overwrite the original's. A copy whose original is
    gone has no variant: the organisation's own build already reads it.
    """
    main = without_conflicts(organisation).inputs
    names = {p.name.casefold() for p in main}
    variants = []
    for copy in (p for p in organisation.inputs if is_conflict_copy(p)):
        original = conflict_original(copy.name).casefold()
        if original not in names:
            continue
        inputs = sorted([p for p in main if p.name.casefold() != original] + [copy])
        name = f"{organisation.name}/{copy.stem}" if organisation.name else copy.stem
        variants.append(Organisation(name, tuple(inputs)))
    return tuple(variants)


def organisation_names(inbox: Path) -> tuple[str, ...]:
    """Return '' (the files at the top of the inbox) and the name of every organisation: one per
    folder, or one for folders whose names look the same (see `organisation_key`).

    Symbolic links are never followed: a link could point outside the workspace.
    """
    if not inbox.is_dir():
        return ()
    folders = _folders(inbox)
    return ("", *dict.fromkeys(_key(folder, folders) for folder in folders))


def organisation_key(inbox: Path, name: str) -> str:
    """Return the organisation a folder name (from an event, say) belongs to.

    "Société" typed on Windows (NFC) and copied from a Mac (NFD) differ in bytes. The file
    system decides whether they are one folder: one that treats both spellings as one name
    (macOS, Windows) lists a single folder, and its spelling is the organisation's; one that
    keeps them apart (Linux) lists both, and they are read as one organisation named in NFC.
    """
    return _key(name, _folders(inbox)) if name else ""


def organisation_keys(inbox: Path, names: Iterable[str]) -> set[str]:
    """Return the organisations of folder names (see `organisation_key`); the inbox read once."""
    folders = _folders(inbox)
    return {_key(name, folders) if name else "" for name in names}


def twins_of(inbox: Path, name: str) -> tuple[str, ...]:
    """Return the folders of an organisation when several spell its name alike (the one
    written in NFC first), else ()."""
    alike = _alike(name, _folders(inbox)) if name else ()
    in_nfc_first = sorted(alike, key=lambda f: not unicodedata.is_normalized("NFC", f))
    return tuple(in_nfc_first) if len(alike) > 1 else ()


def inputs_of(inbox: Path, name: str) -> tuple[Path, ...]:
    """Return the input files of one organisation ('' for the files at the top of the inbox):
    those of every folder whose name looks the same, when the file system keeps them apart."""
    if not name:
        return _inputs_in(inbox)
    folders = twins_of(inbox, name) or (name,)
    return tuple(sorted(p for folder in folders for p in _inputs_in(inbox / folder)))


def discover(inbox: Path) -> tuple[Organisation, ...]:
    """Return the organisations of an inbox: files at the top, and one level of sub-folders.

    Symbolic links are never followed: a link could point outside the workspace.
    """
    names = organisation_names(inbox)
    found = (Organisation(n, inputs_of(inbox, n), twins_of(inbox, n)) for n in names)
    return tuple(organisation for organisation in found if organisation.inputs)


def _folders(inbox: Path) -> tuple[str, ...]:
    if not inbox.is_dir():
        return ()
    return tuple(
        e.name
        for e in sorted(inbox.iterdir())
        if not e.is_symlink() and e.is_dir() and not e.name.startswith(".")
    )


def _inputs_in(folder: Path) -> tuple[Path, ...]:
    if folder.is_symlink() or not folder.is_dir():
        return ()
    return tuple(
        p for p in sorted(folder.iterdir()) if not p.is_symlink() and p.is_file() and counts(p)
    )


def _alike(name: str, folders: tuple[str, ...]) -> tuple[str, ...]:
    same = unicodedata.normalize("NFC", name)
    return tuple(f for f in folders if unicodedata.normalize("NFC", f) == same)


def _key(name: str, folders: tuple[str, ...]) -> str:
    alike = _alike(name, folders)
    if len(alike) == 1:
        return alike[0]  # the file system's own spelling of the one folder
    return unicodedata.normalize("NFC", name) if alike else name


def shown_name(name: str) -> str:
    """Return a file name fit to print and to save as text: bytes that are not valid UTF-8 (an
    SMB share, an old archive) are shown as escapes such as \\xff."""
    raw = name.encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "backslashreplace")
