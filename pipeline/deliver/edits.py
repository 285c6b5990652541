"""A document a person edited: merge the new data into it in place, or say why not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.core.digest import digest_bytes
from pipeline.core.model import Delivery, MergeConflict, RenderedDocument
from pipeline.deliver.archive import archive_edited
from pipeline.deliver.bases import keep_base, load_base
from pipeline.deliver.merge import Refused, merge_documents
from pipeline.deliver.place import Run, versions, write
from pipeline.i18n import text

EXCERPT = 80  # characters of a passage quoted in the build output


def remember_base(run: Run, document: RenderedDocument, digest: str) -> None:
    """Keep the document as generated: the base of a later merge with a person's edits."""
    keep_base(run.workspace, digest, document.name, document.content)


def merge_edited(
    run: Run, document: RenderedDocument, digest: str, target: Path, mine: bytes
) -> Delivery | str:
    """Merge the new `document` into the person's file at `target`, archived first.

    Returns the delivery, or, when no merge is possible, the reason key
    ('foreign', 'tracked', 'unreadable', 'large', 'no_base', 'locked') to fall back on.
    """
    known = run.manifest.documents.get(run.key(target))
    base = load_base(run.workspace, known.sha256, document.name) if known else None
    if base is None:
        return "no_base"
    lang = run.workspace.settings.lang
    now = run.timing.now()
    result = merge_documents(base, mine, document.content, text(lang, "deliver.merge.comment"), now)
    if isinstance(result, Refused):
        return result.reason
    try:
        copy = archive_edited(target, mine, run.workspace, run.out_dir, now)
    except OSError:
        return "locked"
    merged = dataclasses.replace(document, content=result.content)
    # Recorded under the generated version's hash: the merged file is the person's, never
    # "ours" (a later build must merge into it again, not replace it).
    if write(run, target, merged, digest, expected=digest_bytes(mine)) is not None:
        return "locked"
    note = text(lang, "deliver.merged", edited=run.key(target), archived=run.key(copy))
    conflicts = tuple(
        MergeConflict(document.name, c.section, c.mine, c.theirs) for c in result.conflicts
    )
    note = _with_conflicts(run, conflicts, note)
    return Delivery(document.key, document.name, "merged", run.key(target), note, conflicts)


def archive_stale_versions(run: Run, target: Path) -> tuple[str, ...]:
    """Move the `(vN)` copies beside `target` to the archive; return where they went."""
    moved: list[str] = []
    names = versions(target)
    next(names)
    for path in names:
        if path.is_symlink() or not path.is_file():
            continue
        try:
            copy = archive_edited(
                path, path.read_bytes(), run.workspace, run.out_dir, run.timing.now()
            )
            path.unlink()
        except OSError:
            continue
        run.manifest.abandon(run.key(path))
        moved.append(run.key(copy))
    return tuple(moved)


def _with_conflicts(run: Run, conflicts: tuple[MergeConflict, ...], note: str) -> str:
    if not conflicts:
        return note
    lang = run.workspace.settings.lang
    lines = [note, text(lang, "deliver.merged.conflicts", count=len(conflicts))]
    lines.extend(_conflict_line(run, conflict) for conflict in conflicts)
    return "\n".join(lines)


def _conflict_line(run: Run, conflict: MergeConflict) -> str:
    lang = run.workspace.settings.lang
    return text(
        lang,
        "deliver.merged.conflict",
        section=conflict.section,
        mine=_excerpt(conflict.mine) or text(lang, "deliver.merged.deleted"),
        theirs=_excerpt(conflict.theirs) or text(lang, "deliver.merged.removed"),
        document=conflict.document,
    )


def _excerpt(passage: str) -> str:
    flat = " ".join(passage.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
