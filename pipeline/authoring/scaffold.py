"""`init`: lay out a workspace (folders, blank workbooks, settings), never touching what exists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.core.assets import asset_dir
from pipeline.core.errors import WorkspaceError
from pipeline.core.model import Lang, Version
from pipeline.i18n import text
from pipeline.referential import version_for
from pipeline.workspace import SETTINGS_FILE, Settings, Workspace, settings_text

# A grid made for one version names it: "grille-V10.xlsx", "self-assessment_v9.xlsx".
_VERSION_IN_NAME = re.compile(r"(?:^|[^a-z0-9])v(9|10)(?![0-9])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Scaffolded:
    """What laying out a workspace did: paths created, and paths left alone because they exist."""

    created: tuple[Path, ...]
    skipped: tuple[Path, ...]


def init_workspace(path: Path, lang: Lang, today: date | None = None) -> list[Path]:
    """Create a workspace at `path` and return what was created; nothing existing is touched."""
    return list(scaffold_workspace(path, lang, today).created)


def scaffold_workspace(
    path: Path, lang: Lang, today: date | None = None, version: Version | None = None
) -> Scaffolded:
    """Create the folders, blank workbooks and settings of a workspace that are still missing.

    The grid is the one of `version`, by default the referential that judges an audit held
    today (V10 from 1 November 2026); existing files are never overwritten, only reported as
    skipped.
    """
    workspace = Workspace(root=path, settings=Settings(lang=lang))
    version = version or version_for(None, None, today or date.today())
    created: list[Path] = []
    skipped: list[Path] = []
    try:
        for folder in (workspace.inbox, workspace.outbox, workspace.evidence):
            (skipped if folder.is_dir() else created).append(folder)
            folder.mkdir(parents=True, exist_ok=True)
        files = _blank_workbooks(workspace, lang, version)
        files[path / SETTINGS_FILE] = settings_text(lang).encode("utf-8")
        for target, content in files.items():
            (created if write_new(target, content) else skipped).append(target)
    except OSError as err:
        raise WorkspaceError(
            text(lang, "scaffold.unwritable", path=path, reason=err.strerror or err),
            text(lang, "scaffold.unwritable_hint"),
        ) from err
    return Scaffolded(tuple(created), tuple(skipped))


def blank_workbooks(lang: Lang, version: Version) -> tuple[Path, ...]:
    """Return the packaged blank workbooks for `lang`: every one but the other version's grid."""
    folder = asset_dir("xlsx", lang)
    found = sorted(
        p for p in folder.glob("*.xlsx") if p.is_file() and not p.name.startswith((".", "~"))
    )
    if not found:
        raise WorkspaceError(
            text(lang, "scaffold.no_templates", folder=folder),
            text(lang, "scaffold.no_templates_hint"),
        )
    return tuple(p for p in found if grid_version(p.name) in (None, version))


def grid_version(name: str) -> Version | None:
    """Return the referential version a template's file name is made for, or None."""
    match = _VERSION_IN_NAME.search(name)
    return None if match is None else ("V9" if match.group(1) == "9" else "V10")


def write_new(target: Path, content: bytes) -> bool:
    """Write `content` to `target` only if nothing is there; return True when written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("xb") as handle:
            handle.write(content)
    except FileExistsError:
        return False
    return True


def _blank_workbooks(workspace: Workspace, lang: Lang, version: Version) -> dict[Path, bytes]:
    return {
        workspace.inbox / source.name: source.read_bytes()
        for source in blank_workbooks(lang, version)
    }
