"""`demo`: a workspace for a fictional training organisation, filled as a quality manager would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.authoring.demo.calendar import calendar_for
from pipeline.authoring.demo.files import evidence_files
from pipeline.authoring.demo.rows import Rows, workbook_rows
from pipeline.authoring.demo.texts import demo_texts
from pipeline.authoring.scaffold import Scaffolded, scaffold_workspace, write_new
from pipeline.authoring.workbooks.blank import workbook_name
from pipeline.authoring.workbooks.fill import write_workbook
from pipeline.core.errors import WorkspaceError
from pipeline.core.layout import WORKBOOKS
from pipeline.core.model import Lang, Version
from pipeline.i18n import text
from pipeline.referential import load, version_for
from pipeline.workspace import Settings, Workspace


def create_demo(path: Path, lang: Lang, today: date) -> list[Path]:
    """Create the demo workspace at `path`, a new or empty folder, and return what was created.

    A folder that holds anything is refused before a byte is written: the demo's fictional
    evidence and workbooks must never mix with a real workspace's.
    """
    refuse_unless_empty(path, lang)
    return list(demo_workspace(path, lang, today).created)


def refuse_unless_empty(path: Path, lang: Lang) -> None:
    """Raise WorkspaceError when `path` exists and is not an empty folder."""
    if not path.exists() and not path.is_symlink():
        return
    if path.is_dir() and not path.is_symlink() and not any(path.iterdir()):
        return
    raise WorkspaceError(
        text(lang, "demo.not_empty", path=path), text(lang, "demo.hint.not_empty", path=path)
    )


def demo_workspace(path: Path, lang: Lang, today: date) -> Scaffolded:
    """Lay out a workspace, fill the workbooks it just created, and write the evidence files.

    Atelier Horizon Formation (fictional) delivers certifying, work-linked training with
    periods in companies, and skills assessments, and uses subcontractors; it prepares its
    surveillance audit six weeks from `today`. The same `today` always gives the same content.
    """
    cal = calendar_for(today)
    version = version_for(cal.audit, None, today)
    texts = demo_texts(lang, cal.today.year)
    laid_out = scaffold_workspace(path, lang, today, version)
    rows = workbook_rows(load(version), cal, texts)
    fresh = set(laid_out.created)
    for stem, target in workbook_files(laid_out, lang, version):
        if target in fresh:  # a workbook that was there before is the user's: left alone
            write_workbook(target, stem, lang, version, _sheets(rows, stem))
    workspace = Workspace(root=path, settings=Settings(lang=lang))
    created, skipped = list(laid_out.created), list(laid_out.skipped)
    for location, content in evidence_files(cal, texts).items():
        target = workspace.evidence / location
        (created if write_new(target, content) else skipped).append(target)
    return Scaffolded(tuple(created), tuple(skipped))


def workbook_files(laid_out: Scaffolded, lang: Lang, version: Version) -> list[tuple[str, Path]]:
    """Return (stem, path) for each blank workbook of the workspace, recognised by its name."""
    names = {workbook_name(lang, stem, version): stem for stem in WORKBOOKS}
    return [
        (names[target.name], target)
        for target in (*laid_out.created, *laid_out.skipped)
        if target.parent.name == "inbox" and target.name in names
    ]


def _sheets(rows: Rows, stem: str) -> Rows:
    return {kind: rows[kind] for kind in WORKBOOKS[stem]}
