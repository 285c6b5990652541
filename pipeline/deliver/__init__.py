"""Deliver: write rendered documents into the outbox atomically, never over a person's edits."""

from __future__ import annotations

import dataclasses
import errno
from collections.abc import Sequence
from pathlib import Path

from pipeline.core.digest import digest_bytes
from pipeline.core.model import Delivery, DeliveryOutcome, RenderedDocument
from pipeline.deliver.archive import archive_edited, archive_inputs
from pipeline.deliver.atomic import is_temporary, remove_temporaries
from pipeline.deliver.edits import archive_stale_versions, merge_edited, remember_base
from pipeline.deliver.lock import lock_holder, workspace_lock
from pipeline.deliver.manifest import Manifest
from pipeline.deliver.merge import is_docx
from pipeline.deliver.place import Obstacle, Placed, Run, classify, place, versions, write
from pipeline.deliver.timing import Timing
from pipeline.i18n import text
from pipeline.workspace import Workspace

__all__ = [
    "Manifest",
    "Timing",
    "archive_inputs",
    "clean_stale_temporaries",
    "deliver",
    "lock_holder",
    "workspace_lock",
]


def deliver(
    documents: Sequence[RenderedDocument],
    out_dir: Path,
    workspace: Workspace,
    force: bool,
    *,
    timing: Timing | None = None,
) -> tuple[Delivery, ...]:
    """Write each document into `out_dir`, and say what happened to each.

    A document changed by a person since it was written is never overwritten: the new one
    goes beside it under a versioned name, unless `force`, which archives the edited copy
    first. A busy folder or file is retried with a bounded backoff; a document that cannot
    be written is a `failed` Delivery, never an exception, and never stops the others.
    """
    run = Run(workspace, out_dir, timing or Timing())
    if _leaves_outbox(workspace, out_dir):
        return tuple(
            _failed(run, document, "deliver.failed.linked_folder", "") for document in documents
        )
    deliveries = tuple(_deliver_one(run, document, force) for document in documents)
    run.manifest.save_quietly()
    return deliveries


def clean_stale_temporaries(where: Path | Workspace) -> tuple[Path, ...]:
    """Remove temporary files a killed process left (in a folder, or a whole workspace).

    Only our own temporary names are touched. Call it while holding the workspace lock.
    """
    if isinstance(where, Workspace):
        return remove_temporaries(where.outbox, where.state, where.archive)
    return remove_temporaries(where)


def _deliver_one(run: Run, document: RenderedDocument, force: bool) -> Delivery:
    if not _acceptable(document.name):
        return _failed(run, document, "deliver.failed.bad_name", "")
    digest = digest_bytes(document.content)
    delivery = _place_one(run, document, digest, force)
    if is_docx(document.name) and delivery.outcome != "failed":
        remember_base(run, document, digest)  # after the document: what a later merge starts from
    return delivery


def _place_one(run: Run, document: RenderedDocument, digest: str, force: bool) -> Delivery:
    target = run.out_dir / document.name
    state, content = classify(run, target, digest)
    if state == "edited" and force:
        return _stale(run, target, _replace_edited(run, document, digest, target, content))
    if state == "edited" and is_docx(document.name):
        merged = merge_edited(run, document, digest, target, content)
        if isinstance(merged, Delivery):
            return merged
        return _refused(
            run, document, target, merged, place(run, document, digest, versions(target))
        )
    delivery = _outcome(run, document, target, place(run, document, digest, versions(target)))
    return _stale(run, target, delivery) if force else delivery


def _refused(
    run: Run, document: RenderedDocument, target: Path, reason: str, placed: Placed
) -> Delivery:
    """The delivery of a document that could not be merged into the person's file."""
    delivery = _outcome(run, document, target, placed)
    if delivery.outcome != "kept_edited" or reason == "locked":
        return delivery
    note = _text(run, f"deliver.merge_refused.{reason}", edited=run.key(target), new=delivery.path)
    return dataclasses.replace(delivery, note=note)


def _stale(run: Run, target: Path, delivery: Delivery) -> Delivery:
    """After --force: archive the `(vN)` copies beside a document now at its own name."""
    if delivery.path != run.key(target):
        return delivery
    moved = archive_stale_versions(run, target)
    if not moved:
        return delivery
    note = _text(run, "deliver.stale_archived", paths=", ".join(moved))
    return dataclasses.replace(delivery, note=f"{delivery.note}\n{note}".strip())


def _replace_edited(
    run: Run, document: RenderedDocument, digest: str, target: Path, content: bytes
) -> Delivery:
    try:
        copy = archive_edited(target, content, run.workspace, run.out_dir, run.timing.now())
    except OSError as err:
        delivery = _outcome(run, document, target, place(run, document, digest, versions(target)))
        if delivery.outcome != "kept_edited":
            return delivery
        note = _text(
            run,
            "deliver.archive_failed",
            edited=run.key(target),
            new=delivery.path,
            reason=err.strerror or err,
        )
        return dataclasses.replace(delivery, note=note)
    failure = write(run, target, document, digest, expected=digest_bytes(content))
    if failure is None:
        note = _text(run, "deliver.replaced_edited", archived=run.key(copy))
        return Delivery(document.key, document.name, "replaced_edited", run.key(target), note)
    names = versions(target)
    next(names)  # its own name is taken by the edited copy, still there
    placed = place(run, document, digest, names)
    obstacle: Obstacle = "edited" if failure.changed else "locked"
    return _outcome(
        run,
        document,
        target,
        Placed(placed.path, placed.changed, obstacle, placed.error or failure.error),
    )


def _outcome(run: Run, document: RenderedDocument, target: Path, placed: Placed) -> Delivery:
    if placed.path is None:
        return _failed(run, document, _failure_key(placed), _reason(placed.error))
    path = run.key(placed.path)
    outcome: DeliveryOutcome = "written" if placed.changed else "unchanged"
    if placed.path == target:
        return Delivery(document.key, document.name, outcome, path)
    if placed.obstacle == "edited":
        note = _text(run, "deliver.kept_edited", edited=run.key(target), new=path)
        return Delivery(document.key, document.name, "kept_edited", path, note)
    note = _text(run, f"deliver.{placed.obstacle or 'locked'}", target=run.key(target), new=path)
    return Delivery(document.key, document.name, outcome, path, note)


def _failed(run: Run, document: RenderedDocument, key: str, reason: str) -> Delivery:
    note = _text(run, key, name=document.name, folder=run.key(run.out_dir), reason=reason)
    return Delivery(document.key, document.name, "failed", "", note)


def _failure_key(placed: Placed) -> str:
    code = placed.error.errno if placed.error is not None else None
    if placed.error is None:
        return "deliver.failed.no_name"
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return "deliver.failed.no_space"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "deliver.failed.read_only"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "deliver.failed.not_a_folder"
    return "deliver.failed.other"


def _reason(error: OSError | None) -> str:
    return "" if error is None else str(error.strerror or error)


def _leaves_outbox(workspace: Workspace, out_dir: Path) -> bool:
    """Return True when a folder between the outbox and `out_dir` is a link (it could lead
    anywhere); the outbox itself may be a link, e.g. to a shared drive."""
    try:
        parts = out_dir.relative_to(workspace.outbox).parts
    except ValueError:
        return True
    folder = workspace.outbox
    for part in parts:
        folder = folder / part
        if folder.is_symlink():
            return True
    return False


def _acceptable(name: str) -> bool:
    """Return True for a plain file name: no folder part, nothing that leaves the outbox."""
    return (
        bool(name)
        and name not in (".", "..")
        and Path(name).name == name
        and "/" not in name
        and "\\" not in name
        and not is_temporary(Path(name))
    )


def _text(run: Run, key: str, **params: object) -> str:
    return text(run.workspace.settings.lang, key, **params)
