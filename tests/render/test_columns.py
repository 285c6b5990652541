"""Table columns sized to their words, in registers of any length."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree

from pipeline.core.model import Feedback
from pipeline.render.docx.layout import q, table_needs
from pipeline.render.docx.rowfit import pattern_needs
from pipeline.render.docx.rows import Field, RowPattern
from pipeline.render.docx.template import ENV
from pipeline.render.docx.widths import WIDEST_CHAR, char_em, longest_em, word_em
from tests.render.factory import dossier, origin, report
from tests.render.reading import render

LONGER = "anticonstitutionnellement"


def _feedback(count: int, comment_at: int) -> tuple[Feedback, ...]:
    return tuple(
        Feedback(
            origin("Feedback", 2 + i),
            date(2026, 1, 1 + i % 28),
            "beneficiaries",
            f"Session {i}",
            "interview",
            Decimal(4),
            Decimal(5),
            f"Très bien, {LONGER}{LONGER} !" if i == comment_at else "Bien.",
        )
        for i in range(count)
    )


def _register_tables(root: Path, count: int, comment_at: int) -> list[etree._Element]:
    doss = replace(dossier("fr"), feedback=_feedback(count, comment_at))
    docs = render(doss, report(doss, "fr"), root, "fr")
    content = next(d.content for d in docs.values() if d.key == "feedback_register")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    return [t for t in body.iter(q("tbl")) if LONGER in "".join(t.itertext())]


@pytest.mark.parametrize("count", [1, 6_000])
def test_a_long_word_in_the_last_row_widens_its_column_as_in_the_first(
    tmp_path: Path, count: int
) -> None:
    (table,) = _register_tables(tmp_path, count, comment_at=count - 1)
    widths = [int(col.get(q("w"))) for col in table.iter(q("gridCol"))]
    needs = table_needs(table)
    assert max(needs) > 4_000  # the doubled word is long: its column had to grow
    assert all(w >= n for w, n in zip(widths, needs, strict=True)), (widths, needs)
    for row in table.findall(q("tr")):  # every row agrees with the grid
        cells = [c.find(f"{q('tcPr')}/{q('tcW')}") for c in row.findall(q("tc"))]
        stated = [int(c.get(q("w"))) for c in cells if c is not None]
        assert stated in ([], widths)


ROW = (
    '<w:tr><w:tblPrEx><w:tblBorders/></w:tblPrEx><w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>'
    '</w:tcPr><w:p><w:r><w:t xml:space="preserve">'
)


@pytest.mark.parametrize(
    ("row", "measured"),
    [
        (ROW, True),  # a row's own table exceptions (Word writes them) are no nested table
        (ROW.replace("<w:tc>", "<w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"), False),
    ],
)
def test_fast_rows_are_measured_unless_a_table_is_nested_in_them(row: str, measured: bool) -> None:
    pattern = RowPattern(
        "e", (row, Field("comment", True, ""), "</w:t></w:r></w:p></w:tc></w:tr>"), ""
    )
    needs = pattern_needs(pattern, [SimpleNamespace(comment=LONGER)], ENV)
    assert (needs is not None) == measured
    if needs is not None:
        assert needs[0] > 2_000  # the long word's width, margins in


def _plan_tables(root: Path, findings: list[str]) -> list[etree._Element]:
    base = dossier("en").nonconformities[0]
    ncs = tuple(
        replace(base, id=f"NC-{n:02d}", finding=finding) for n, finding in enumerate(findings)
    )
    doss = replace(dossier("en"), nonconformities=ncs)
    content = render(doss, report(doss, "en"), root)["nonconformity-action-plan.docx"].content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    return [t for t in body.iter(q("tbl")) if any(f in "".join(t.itertext()) for f in findings)]


def test_a_long_word_widens_its_own_table_of_the_action_plan_only(tmp_path: Path) -> None:
    long = LONGER * 3  # wider than the table's value column
    tables = _plan_tables(tmp_path, ["Short finding.", f"See {long} here.", "Short again."])
    widths = [[int(col.get(q("w"))) for col in t.iter(q("gridCol"))] for t in tables]
    assert widths[0] == widths[2]  # the template's widths: every word fits them
    for table in (tables[0], tables[2]):
        assert all(w >= n for w, n in zip(widths[0], table_needs(table), strict=True))
    assert widths[1][1] > widths[0][1]  # the long word's column took room from the other
    assert sum(widths[1]) <= sum(widths[0])  # the table stays within its width on the page


def test_a_short_wide_word_outweighs_a_long_narrow_one() -> None:
    """Words are measured longest first and no further than a word could be wider (at most
    1 em a character): that bound must hold for every character."""
    assert longest_em(["iiiiiiiiiiiiiiii mmmmmmmmmm", "lll"]) == word_em("mmmmmmmmmm")
    assert word_em("mmmmmmmmmm") > word_em("iiiiiiiiiiiiiiii")
    sample = (chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000)
    assert max(map(char_em, sample)) <= WIDEST_CHAR == 1.0
