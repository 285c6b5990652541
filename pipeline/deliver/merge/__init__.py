"""Merge a document a person edited with the new generation, block by block (three-way)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pipeline.deliver.merge.blocks import Block, blocks, rows
from pipeline.deliver.merge.plan import Conflict, merge_blocks
from pipeline.deliver.merge.word import (
    Unreadable,
    assemble,
    has_tracked_changes,
    open_docx,
    replace_rows,
    save_docx,
)

__all__ = ["Conflict", "Merged", "Refused", "is_docx", "merge_documents"]

# foreign: not one of our documents (or its structure cannot be matched); tracked: it holds
# tracked changes; unreadable: not a Word document; large: generated too large to be anchored.
Reason = Literal["foreign", "tracked", "unreadable", "large"]


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged document, and the passages both sides changed (both texts are in it)."""

    content: bytes
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a merge was not possible (the new version then goes beside the person's file)."""

    reason: Reason


def merge_documents(
    base: bytes, mine: bytes, theirs: bytes, note: str, now: datetime
) -> Merged | Refused:
    """Merge the person's document `mine` with the new generation `theirs`, `base` being the
    generation `mine` started from; `note` is the comment put on each conflict."""
    try:
        old, own, new = open_docx(base), open_docx(mine), open_docx(theirs)
    except Unreadable:
        return Refused("unreadable")
    if has_tracked_changes(own):
        return Refused("tracked")
    own_blocks = blocks(own.body)
    old_blocks = blocks(old.body)
    if not any(block.key for block in old_blocks):
        return Refused("large")
    if not any(block.key for block in own_blocks) or not all(b.key for b in old_blocks):
        return Refused("foreign")
    conflicts: list[Conflict] = []

    def tables(old_table: Block, own_table: Block, new_table: Block, found: list[Conflict]) -> Any:
        pieces = merge_blocks(rows(old_table), rows(own_table), rows(new_table), found)
        return replace_rows(own_table.element, own, new, pieces, note, now)

    pieces = merge_blocks(old_blocks, own_blocks, blocks(new.body), conflicts, tables)
    assemble(own, new, pieces, note, now)
    return Merged(save_docx(own), tuple(conflicts))


def is_docx(name: str) -> bool:
    """Return True for a document name the merge applies to."""
    return name.lower().endswith(".docx")
