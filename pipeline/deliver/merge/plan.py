"""The three-way merge of blocks: the last generated (base), the person's (mine), the new (theirs).

Pure decisions on blocks; the Word XML is put together by `word`. The new document follows
the new generation's order; what the person added follows the block it followed in their file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pipeline.deliver.merge.blocks import Block

# mine: the person's block, as they left it; theirs: the new block from the workbooks;
# marked: the new block put after the person's, highlighted (both changed it).
Source = Literal["mine", "theirs", "marked"]


@dataclass(frozen=True, slots=True)
class Piece:
    """One element of the merged body, and where it comes from."""

    element: Any
    source: Source


@dataclass(frozen=True, slots=True)
class Conflict:
    """A passage both the person and the workbooks changed: both texts are in the document."""

    section: str
    mine: str  # '' when the person had deleted it
    theirs: str  # '' when the workbooks no longer produce it


# Merges the rows of a table present in both files; returns the person's table, rows merged.
TableMerge = Callable[[Block, Block, Block, list[Conflict]], Any]


def merge_blocks(
    base: list[Block],
    mine: list[Block],
    theirs: list[Block],
    conflicts: list[Conflict],
    tables: TableMerge | None = None,
) -> list[Piece]:
    """Return the merged sequence of blocks; note every passage changed on both sides."""
    known = {block.key: block for block in base if block.key}
    wanted = {block.key for block in theirs}
    mine_by, followers = _arrange(mine, known, wanted, conflicts)
    pieces = [Piece(block.element, "mine") for block in followers.get("", ())]
    for new in theirs:
        old = known.get(new.key)
        own = mine_by.get(new.key)
        if old is None:
            pieces.append(Piece(new.element, "theirs"))
        elif own is not None and tables is not None and new.kind == "table":
            pieces.append(Piece(tables(old, own, new, conflicts), "mine"))
        else:
            pieces.extend(_three_way(old, own, new, conflicts))
        pieces.extend(Piece(block.element, "mine") for block in followers.get(new.key, ()))
    return pieces


def _three_way(
    old: Block, own: Block | None, new: Block, conflicts: list[Conflict]
) -> Iterator[Piece]:
    data_changed = new.text != old.text
    person_changed = own is None or own.text != old.text
    if not data_changed:
        if own is not None:
            yield Piece(own.element, "mine")
        return
    if not person_changed and own is not None:
        yield Piece(new.element, "theirs")
        return
    if own is not None:
        yield Piece(own.element, "mine")
    conflicts.append(Conflict(new.section or old.section, own.text if own else "", new.text))
    yield Piece(new.element, "marked")


def _arrange(
    mine: list[Block], known: dict[str, Block], wanted: set[str], conflicts: list[Conflict]
) -> tuple[dict[str, Block], dict[str, list[Block]]]:
    """Return the person's blocks that are ours (by key), and, per block of the new document,
    the person's blocks to put after it: those they added, and those they changed that the
    workbooks no longer produce."""
    mine_by: dict[str, Block] = {}
    followers: dict[str, list[Block]] = {}
    host = ""
    for block in mine:
        if block.key in known and block.key not in mine_by:
            mine_by[block.key] = block
            if block.key in wanted:
                host = block.key
                continue
            if block.text == known[block.key].text:
                continue  # generated, untouched, and no longer produced by the workbooks
            conflicts.append(Conflict(block.section or known[block.key].section, block.text, ""))
        followers.setdefault(host, []).append(block)
    return mine_by, followers
