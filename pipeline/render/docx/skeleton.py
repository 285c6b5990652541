"""The filled document before its long rows are written: laid out and anchored in one parse.

Jinja leaves a placeholder where a fast table loop's rows go (`<qd-rows i="n"/>`). Before
those rows are written, the document is parsed once, small as it then is: the contents
list is filled, the columns are sized (the rows' needs measured from their values), and
every block is anchored (the rows' anchors named from their values). The rows are then
written as they are, with the widths and bookmarks worked out here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jinja2 import Environment
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.render.docx.anchors import ANCHOR_LIMIT, ROWS, anchor, unmark
from pipeline.render.docx.layout import fill_contents, fit_columns, q
from pipeline.render.docx.rowfit import pattern_needs, with_widths
from pipeline.render.docx.rowmarks import first_cells, row_marks
from pipeline.render.docx.rows import RowPattern


@dataclass(frozen=True)
class Rows:
    """How the rows of one placeholder are written: their pattern, and each row's anchor."""

    pattern: RowPattern
    marks: Sequence[str] = ()
    head: int = 0  # characters of a row before its anchor


@dataclass(frozen=True)
class Skeleton:
    """The laid-out document XML, the rows of each placeholder, and whether it is anchored."""

    xml: str
    rows: dict[int, Rows] = field(default_factory=dict)
    anchored: bool = False  # False: anchor the whole part once written


def lay_out(
    root: etree._Element,
    declaration: str,
    size_hint: int,
    pending: dict[int, tuple[RowPattern, Sequence[object]]],
    env: Environment,
    main: bool,
    runtime: tuple[type[BaseException], ...],
    as_text: bool = False,
) -> Skeleton:
    """Lay out (and, for the main part, anchor) a parsed part whose rows are still to come.

    `pending[n]` is the pattern and items of placeholder n; `size_hint` the part's length
    without them. Errors of type `runtime` while measuring leave the widths as they are
    and the part unanchored here (the rows will report them, with their place). `as_text`:
    the bookmarks may be written as text (`anchors.bookmarks_as_text` of the part).
    """
    needs: dict[int, list[int] | None] = {}
    for n, (pattern, items) in pending.items():
        try:
            needs[n] = pattern_needs(pattern, items, env)
        except runtime:
            needs[n] = None
    fill_contents(root)
    widths = fit_columns(root, needs)
    patterns = {
        n: with_widths(pattern, widths[n]) if n in widths else pattern
        for n, (pattern, _) in pending.items()
    }
    rows = {n: Rows(pattern) for n, pattern in patterns.items()}
    written: list[str] | None = [] if as_text else None
    anchored = main and _anchor(root, size_hint, pending, (patterns, rows, written), env, runtime)
    xml = str(etree.tostring(root, encoding="unicode"))
    return Skeleton(declaration + (unmark(xml, written) if written else xml), rows, anchored)


def _anchor(
    root: etree._Element,
    size_hint: int,
    pending: dict[int, tuple[RowPattern, Sequence[object]]],
    laid: tuple[dict[int, RowPattern], dict[int, Rows], list[str] | None],
    env: Environment,
    runtime: tuple[type[BaseException], ...],
) -> bool:
    """Anchor the part and its rows to come (in place); False when that cannot be done here.

    A part that will be larger than ANCHOR_LIMIT is left without anchors, as a long register
    always is (parsing it whole to merge it would break the bounded memory of long registers).
    `laid` holds the rows' patterns, how they are written, and where the paragraphs'
    bookmarks go as text (None: as elements); see `anchors.anchor`.
    """
    patterns, rows, written = laid
    size = size_hint + sum(len(items) * _row_size(patterns[n]) for n, (_, items) in pending.items())
    if size > ANCHOR_LIMIT:
        return True
    plans = {n: row_marks(pattern) for n, pattern in patterns.items()}
    placed = {int(p.get("i", "-1")) for p in root.iter(ROWS)}
    if any(plan is None for plan in plans.values()) or placed != set(pending):
        return False
    try:
        later = {
            n: first_cells(plan, patterns[n], pending[n][1], env)
            for n, plan in plans.items()
            if plan is not None
        }
    except runtime:
        return False
    body = root.find(q("body"))
    if body is None:
        return False
    marks = anchor(body, later, written)
    for n, plan in plans.items():
        assert plan is not None
        rows[n] = Rows(patterns[n], marks.get(n, ()), plan.head)
    return True


def _row_size(pattern: RowPattern) -> int:
    """Return the length of a row's fixed XML (what each row writes at least)."""
    return sum(len(s) for s in pattern.segments if isinstance(s, str))
