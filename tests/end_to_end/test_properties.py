"""Properties over the whole flow: whatever the demo workbooks' cells hold, reading and validating
give findings, never an exception; whatever text people type, every document re-opens.

Bounded example counts keep the corpus to a few minutes; no example database is written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from pipeline.build.flow import check_workspace
from pipeline.core.model import Lang
from tests.conftest import TODAY
from tests.end_to_end.conftest import GRID, Case, copy_case, document_text
from tests.office import convert

SHEETS = [
    (GRID, "profile"),
    (GRID, "indicators"),
    ("evidence", "evidence"),
    ("feedback", "feedback"),
    ("complaints", "complaints"),
    ("improvements", "improvements"),
    ("nonconformities", "nonconformities"),
]
LEGAL_TEXT = st.text(max_size=80).filter(lambda s: not ILLEGAL_CHARACTERS_RE.search(s))
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, places=4),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    st.times(),
    st.timedeltas(timedelta(0), timedelta(days=10_000)),
    LEGAL_TEXT,
    st.sampled_from(
        [
            "#N/A",
            "#REF!",
            "#DIV/0!",
            "#VALUE!",
            "#NAME?",
            "=1/0",
            "=A1",
            '="Ready"',
            "=SUM(",
            "31/02/2024",
            "1 234,5",
            "Ind. 12",
            "7.5",
            "34",
            "oui",
            "✔",
            "I-99",
            "E-01, E-01",
        ]
    ),
)
WRITES = st.lists(
    st.tuples(st.sampled_from(SHEETS), st.integers(1, 12), st.integers(1, 12), VALUES),
    min_size=1,
    max_size=10,
)
SETTINGS = settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def shared(
    templates: dict[Lang, tuple[Path, dict[str, str]]], tmp_path_factory: pytest.TempPathFactory
) -> Case:
    """One demo workspace for the module; each example starts from its pristine workbooks."""
    return copy_case(templates, "en", tmp_path_factory.mktemp("properties") / "ws")


def _write(case: Case, writes: list[tuple[tuple[str, str], int, int, object]]) -> None:
    """Write the values into the demo workbooks with openpyxl, as a spreadsheet program would."""
    grouped: dict[str, list[tuple[str, int, int, object]]] = defaultdict(list)
    for (stem, kind), row, column, value in writes:
        grouped[stem].append((kind, row, column, value))
    for stem, cells in grouped.items():
        book = openpyxl.load_workbook(case.workbook(stem))
        try:
            for kind, row, column, value in cells:
                book[case.sheet(kind)].cell(row, column).value = value
            book.save(case.workbook(stem))
        except (ValueError, TypeError, OverflowError):  # openpyxl cannot store this value
            reject()


@pytest.mark.slow
def test_any_cell_value_gives_findings_never_an_exception(shared: Case) -> None:
    pristine = {path: path.read_bytes() for path in shared.inbox.glob("*.xlsx")}

    @SETTINGS
    @given(writes=WRITES)
    def check(writes: list[tuple[tuple[str, str], int, int, object]]) -> None:
        for path, content in pristine.items():
            path.write_bytes(content)
        _write(shared, writes)
        shared.snapshot()
        results = check_workspace(shared.root, TODAY)
        shared.verify()
        for finding in (f for r in results for f in r.report.findings):
            assert finding.severity in ("error", "warning")
            assert finding.message and not finding.file.startswith("/"), finding

    try:
        check()
    finally:
        for path, content in pristine.items():
            path.write_bytes(content)


# Anything a person can type in a cell (openpyxl refuses only what XML cannot carry).
TYPED = st.text(st.characters(codec="utf-8"), min_size=1, max_size=120).filter(
    lambda s: not ILLEGAL_CHARACTERS_RE.search(s)
)
_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")


def _shown(typed: str) -> str:
    """Return what the document must show: line breaks as breaks, nothing else changed."""
    return _BREAKS.sub("\n", typed).strip()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_any_typed_text_is_shown_and_every_document_reopens(shared: Case) -> None:
    pristine = {path: path.read_bytes() for path in shared.inbox.glob("*.xlsx")}
    kept: list[Path] = []

    @settings(
        max_examples=12, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(approach=TYPED, comment=TYPED)
    def check(approach: str, comment: str) -> None:
        for path, content in pristine.items():
            path.write_bytes(content)
        shared.edit(GRID, "indicators", lambda sheet: _set(sheet, "E2", f"[P] {approach}"))
        shared.edit("feedback", "feedback", lambda sheet: _set(sheet, "G2", f"[C] {comment}"))
        shared.build()  # every document re-opens: checked by the invariants
        assert _shown(f"[P] {approach}") in document_text(shared.document("preparation"))
        assert _shown(f"[C] {comment}") in document_text(shared.document("feedback_register"))
        if len(kept) < 3:
            copy = shared.root.parent / f"example-{len(kept)}.docx"
            copy.write_bytes(shared.document("preparation").read_bytes())
            kept.append(copy)

    try:
        check()
    finally:
        for path, content in pristine.items():
            path.write_bytes(content)
    convert(kept, "pdf", shared.root.parent / "pdf")  # a few examples through LibreOffice too


def _set(sheet: Any, cell: str, value: str) -> None:
    sheet[cell] = value
