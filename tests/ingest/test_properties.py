"""Whatever a cell holds, reading never crashes: a value or a finding, nothing else."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from pipeline.core.layout import SHEETS
from pipeline.ingest.cells import Context, read_cell
from tests.ingest.books import headers, read, workspace, write_book

COLUMNS = [column for spec in SHEETS.values() for column in spec.columns]
CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(date(1, 1, 1), date(9999, 12, 31)),
    st.datetimes(datetime(1, 1, 1), datetime(9999, 12, 31)),
    st.from_regex(r"[0-9 ,.;/\-àa]{1,20}", fullmatch=True),
)


@given(value=CELL_VALUES, column=st.sampled_from(COLUMNS), lang=st.sampled_from(["en", "fr"]))
def test_any_value_in_any_column(value: object, column: object, lang: str) -> None:
    typed, problem = read_cell(value, column, Context(lang))  # type: ignore[arg-type]
    assert typed is None or problem is None or problem.severity == "warning"


SAFE_TEXT = st.text(max_size=60).filter(lambda s: not ILLEGAL_CHARACTERS_RE.search(s))
WRITABLE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    SAFE_TEXT,
    st.dates(date(1950, 1, 1), date(2199, 12, 31)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(WRITABLE, min_size=7, max_size=7), max_size=6))
def test_any_register_reads_without_crashing(rows: list[list[object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace(Path(folder), "fr")
        write_book(ws.inbox / "e.xlsx", {"E": [headers("evidence", "en"), *rows]})
        dossier = read(ws)
        assert dossier.present == {"evidence"}
        assert all(f.file == "inbox/e.xlsx" and f.message for f in dossier.findings)
