"""What the command line tells a user to do next: after `init`, and about open workbooks."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.inbox import WORKBOOK_SUFFIXES
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.workspace import Workspace

# Excel's owner file is "~$" + the name, less its first two characters when the name is long
# ("~$toevaluation.xlsx" for "autoevaluation.xlsx"); LibreOffice's is ".~lock.<name>#".
_EXCEL_OWNER = "~$"
_LIBREOFFICE_LOCK = (".~lock.", "#")


def next_steps(root: Path, lang: Lang) -> str:
    """Return the three things to do after `init`: fill in, validate, build."""
    return text(
        lang,
        "cli.next_steps",
        path=str(root),
        inbox=(root / "inbox").as_posix() + "/",
        outbox=(root / "outbox").as_posix() + "/",
    )


def open_workbooks(workspace: Workspace) -> list[str]:
    """Return the inbox workbooks (relative paths) that Excel or LibreOffice has open now."""
    found: list[str] = []
    for folder in (workspace.inbox, *_subfolders(workspace.inbox)):
        names = _names(folder)
        for name in sorted(names):
            if Path(name).suffix.lower() in WORKBOOK_SUFFIXES and _is_open(name, names):
                found.append(workspace.relative(folder / name))
    return found


def open_notes(workspace: Workspace) -> list[str]:
    """Return one message per workbook open elsewhere: its unsaved changes are not read."""
    lang = workspace.settings.lang
    return [text(lang, "cli.open_elsewhere", file=file) for file in open_workbooks(workspace)]


def _is_open(name: str, names: set[str]) -> bool:
    owners = {_EXCEL_OWNER + name, _EXCEL_OWNER + name[2:]}
    lock = _LIBREOFFICE_LOCK[0] + name + _LIBREOFFICE_LOCK[1]
    return bool(owners & names) or lock in names


def _names(folder: Path) -> set[str]:
    try:
        return {entry.name for entry in folder.iterdir() if not entry.is_symlink()}
    except OSError:
        return set()


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []
