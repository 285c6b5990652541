"""Table columns sized to their words, in registers of any length."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from pipeline.core.model import Feedback
from pipeline.render.docx.layout import q, table_needs
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
