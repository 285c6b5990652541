"""Same inputs, same bytes; the fast table path writes exactly what Jinja would."""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from pipeline.core.model import Feedback
from pipeline.render import plan_documents
from pipeline.render.docx.anchors import anchor, bookmarks_as_text, unmark
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.layout import q, table_needs
from pipeline.render.docx.template import load_template
from tests.render.factory import dossier, origin, report, workspace
from tests.render.reading import TODAY, render

TRICKY = ["plain", "l'équipe & <co>", "two\nlines", "tab\there", "{{ 7*7 }}", ""]


def _feedback(count: int) -> tuple[Feedback, ...]:
    return tuple(
        Feedback(
            origin("Feedback", 2 + i),
            date(2026, 1, 1 + i % 28),
            ("beneficiaries", "funders", "companies")[i % 3],
            f"Session {i}",
            "interview",
            Decimal(i % 5),
            Decimal(5),
            TRICKY[i % len(TRICKY)],
        )
        for i in range(count)
    )


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    doss = replace(dossier(), feedback=_feedback(300))
    first = render(doss, report(doss), tmp_path)
    second = render(doss, report(doss), tmp_path)
    assert {n: d.content for n, d in first.items()} == {n: d.content for n, d in second.items()}


def test_zip_entries_carry_no_clock_and_properties_carry_today(tmp_path: Path) -> None:
    content = render(dossier(), report(dossier()), tmp_path)["feedback-register.docx"].content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-11-27T00:00:00Z" in core
    assert "qualiopi-docs" in core


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fast_rows_equal_the_jinja_rows(tmp_path: Path, lang: str) -> None:
    """The same XML either way, but for column widths: the fast path sizes its columns from
    the values (a word glued to fixed text is counted whole), so each is at least as wide as
    the words Jinja's rows hold need."""
    doss = replace(dossier(lang), feedback=_feedback(60))  # type: ignore[arg-type]
    ws = workspace(tmp_path, lang)  # type: ignore[arg-type]
    for plan in plan_documents(doss, report(doss, lang), ws, TODAY):  # type: ignore[arg-type]
        names = frozenset(plan.context)
        fast = load_template(plan.template, plan.display, ws.settings.lang, names)
        slow = load_template(plan.template, plan.display, ws.settings.lang, names, fast=False)
        assert any(part.patterns for part in fast.parts), plan.name
        quick = render_template(fast, plan.context, ws.settings.lang, TODAY)
        jinja = render_template(slow, plan.context, ws.settings.lang, TODAY)
        assert _without_widths(quick) == _without_widths(jinja), plan.name
        for widths, needs in zip(_widths(quick), _needs(jinja), strict=True):
            assert all(w >= n for w, n in zip(widths, needs, strict=True)), plan.name


def _main(content: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _without_widths(content: bytes) -> bytes:
    root = _main(content)
    for element in root.iter(q("gridCol"), q("tcW")):
        element.set(q("w"), "0")
    return bytes(etree.tostring(root))


def _widths(content: bytes) -> list[list[int]]:
    return [
        [int(col.get(q("w"))) for col in table.iter(q("gridCol"))]
        for table in _main(content).iter(q("tbl"))
    ]


def _needs(content: bytes) -> list[list[int]]:
    return [table_needs(table) for table in _main(content).iter(q("tbl"))]


def test_bookmarks_written_as_text_are_those_lxml_writes(tmp_path: Path) -> None:
    """A paragraph's anchors are written as text once the part is serialized (cheaper than
    thousands of elements): the same bytes as the bookmark elements, in the same order (a
    table's first cell holds both the table's anchor and its first row's)."""
    base = dossier().nonconformities[0]
    ncs = tuple(replace(base, id=f"NC-{n}", finding=f"Finding {n}") for n in range(3))
    doss = replace(dossier(), nonconformities=ncs)
    content = render(doss, report(doss), tmp_path)["nonconformity-action-plan.docx"].content
    bare = _main(content)
    for mark in [*bare.iter(q("bookmarkStart")), *bare.iter(q("bookmarkEnd"))]:
        mark.getparent().remove(mark)  # the part as the template left it
    as_elements, as_text = copy.deepcopy(bare), copy.deepcopy(bare)
    anchor(as_elements.find(q("body")))
    written: list[str] = []
    anchor(as_text.find(q("body")), written=written)
    assert len(written) > 3 * 11  # every row of every non-conformity's table, and more
    text = unmark(etree.tostring(as_text, encoding="unicode"), written)
    assert text == etree.tostring(as_elements, encoding="unicode")
    assert bookmarks_as_text(etree.tostring(bare, encoding="unicode"))
