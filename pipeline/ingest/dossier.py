"""Read every input file of one organisation and combine their sheets into one Dossier."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.core.inbox import is_conflict_copy
from pipeline.core.model import Dossier, Finding, IndicatorEntry, InputFile, SheetKind, Version
from pipeline.ingest.choose import choose
from pipeline.ingest.copies import without_copies
from pipeline.ingest.labels import normalise
from pipeline.ingest.notes import Notes
from pipeline.ingest.reader import SheetRead, read_file
from pipeline.referential import load
from pipeline.workspace import Workspace

MAX_EVIDENCE_FILES = 50_000


def read_dossier(inputs: Sequence[InputFile | Path], workspace: Workspace) -> Dossier:
    """Read one organisation's input files into a Dossier, with every finding reading made.

    Files already read (InputFile) are parsed from those bytes, never read again.
    """
    lang = workspace.settings.lang
    ordered = sorted(inputs, key=lambda i: _order(_path_of(i), workspace))
    reads = [read_file(path, workspace) for path in ordered]
    chosen, duplicates = choose(reads, lang, workspace.settings.referential, grid_version)
    chosen, copies = without_copies(chosen, lang)
    evidence_notes = Notes(lang, workspace.settings.evidence_folder)
    fields = _fields(chosen)
    findings: list[Finding] = [f for read in reads for f in read.notes.items]
    return Dossier(
        files=tuple(read.source for read in reads),
        present=frozenset(sheet.kind for sheet in chosen),
        locations=tuple((sheet.kind, sheet.file, sheet.sheet) for sheet in chosen),
        evidence_files=evidence_files(workspace, evidence_notes),
        findings=tuple(findings + duplicates + copies + evidence_notes.items),
        **fields,
    )


def _path_of(given: InputFile | Path) -> Path:
    return given.path if isinstance(given, InputFile) else given


def _order(path: Path, workspace: Workspace) -> tuple[bool, str]:
    return is_conflict_copy(path), workspace.relative(path)


def _fields(chosen: list[SheetRead]) -> dict[str, Any]:
    """Return the Dossier's record fields from the chosen sheets."""
    merged: dict[SheetKind, list[Any]] = {}
    for sheet in chosen:
        merged.setdefault(sheet.kind, []).extend(sheet.records)
    profile = next((sheet.profile for sheet in chosen if sheet.kind == "profile"), None)
    indicators = tuple(merged["indicators"]) if "indicators" in merged else None
    return {
        "profile": profile,
        "indicators": indicators,
        "grid_version": grid_version(indicators) if indicators else None,
        **{
            kind: tuple(merged.get(kind, ()))
            for kind in ("evidence", "feedback", "complaints", "improvements", "nonconformities")
        },
    }


def grid_version(entries: Sequence[IndicatorEntry]) -> Version | None:
    """Return the referential version a grid was made for: V10 has indicator 33.

    A grid without 33 is still V10 when more of its official wordings are V10's (a row deleted).
    """
    numbers = {entry.number for entry in entries if entry.number is not None}
    if not numbers:
        return None
    if 33 in numbers:
        return "V10"
    return "V10" if _same_wording(entries, "V10") > _same_wording(entries, "V9") else "V9"


def _same_wording(entries: Sequence[IndicatorEntry], version: Version) -> int:
    wordings = {i.number: normalise(i.wording_fr) for i in load(version).indicators}
    return sum(
        1
        for entry in entries
        if entry.number in wordings and wordings[entry.number] == normalise(entry.wording)
    )


def evidence_files(workspace: Workspace, notes: Notes) -> frozenset[str] | None:
    """Return the files of the evidence folder (posix, relative to it), None without one.

    Links are not followed out of the workspace: a link leading outside does not count.
    """
    folder = workspace.evidence
    if not folder.is_dir():
        return None
    root = workspace.root.resolve()
    if not folder.resolve().is_relative_to(root):
        notes.add("error", "EVIDENCE_FOLDER_OUTSIDE", folder=workspace.settings.evidence_folder)
        return None
    found: set[str] = set()
    for directory, subfolders, names in os.walk(folder, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            path = Path(directory) / name
            if name.startswith((".", "~$")) or not _inside(path, root):
                continue
            found.add(path.relative_to(folder).as_posix())
            if len(found) >= MAX_EVIDENCE_FILES:
                return frozenset(found)
    return frozenset(found)


def _inside(path: Path, root: Path) -> bool:
    """Return True for a regular file, or a link to one, that stays inside the workspace."""
    if not path.is_symlink():
        return path.is_file()
    target = path.resolve()
    return target.is_relative_to(root) and target.is_file()
