"""Which table loops take the fast path (only rows made of plain fields and simple conditions),
and what it writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

from pipeline.render.docx.checks import visible_text
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.rows import extract_fast_loops
from pipeline.render.docx.template import load_template
from tests.render.reading import TODAY, open_docx, tables_rows

ROW = '<w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">{cell}</w:t></w:r></w:p></w:tc></w:tr>'


def _loop(cell: str, head: str = "{% for e in entries %}") -> str:
    return f"<w:tbl>{head}{ROW.format(cell=cell)}{{% endfor %}}</w:tbl>"


CASES = [
    ("field", _loop("{{ e.date }}"), {"e"}),
    ("two_fields_and_text", _loop("{{ e.date }} – {{ e.group }}"), {"e"}),
    ("condition", _loop("{% if e.link %}{{ e.link }}{% else %}{{ e.location }}{% endif %}"), {"e"}),
    ("negated_condition", _loop("{% if not e.link %}none{% endif %}"), {"e"}),
    ("filter", _loop("{{ e.date|upper }}"), set()),
    ("loop_variable", _loop("{{ loop.index }}"), set()),
    ("outer_variable", _loop("{{ doc.title }}"), set()),
    ("comparison", _loop("{% if e.count > 2 %}x{% endif %}"), set()),
    ("filtered_loop", _loop("{{ e.date }}", "{% for e in entries if e.date %}"), set()),
    ("unpacking", _loop("{{ a }}", "{% for a, b in pairs %}"), set()),
    ("image", _loop('<wp:docPr id="1"/>{{ e.date }}'), set()),
    (
        "paragraph_loop",
        "{% for e in entries %}<w:p><w:r><w:t>{{ e.date }}</w:t></w:r></w:p>{% endfor %}",
        set(),
    ),
    (
        "nested",
        "{% for g in groups %}<w:tbl>{% for e in g.entries %}"
        + ROW.format(cell="{{ e.date }}")
        + "{% endfor %}</w:tbl>{% endfor %}",
        {"e"},
    ),
]


@pytest.mark.parametrize(("case", "source", "fast"), CASES, ids=[c[0] for c in CASES])
def test_fast_path_takes_only_plain_rows(case: str, source: str, fast: set[str]) -> None:
    result, patterns = extract_fast_loops(source, visible_text)
    assert {p.var for p in patterns} == fast
    if fast:
        assert result.count("__qd_rows__(") == len(patterns)
        assert result.count("{% endfor %}") == source.count("{% endfor %}") - len(patterns)
    else:
        assert result == source


@pytest.mark.parametrize("cells", [["Signature", "{{ e.name }}"], ["Signature", "Date"]])
def test_a_repeated_row_is_written_once_per_item_with_or_without_a_field(
    tmp_path: Path, cells: list[str]
) -> None:
    """A row of fixed text (a signature line per trainee) repeats like any other row."""
    document = Document()
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "{%tr for e in entries %}"
    for cell, shown in zip(table.rows[1].cells, cells, strict=True):
        cell.text = shown
    table.rows[2].cells[0].text = "{%tr endfor %}"
    path = tmp_path / "signatures.docx"
    document.save(str(path))
    compiled = load_template(path, path.name, "en", frozenset({"entries"}))
    assert any(part.patterns for part in compiled.parts)  # the fast path writes these rows
    entries = (_Trainee("Ada"), _Trainee("Grace"))
    filled = open_docx(render_template(compiled, {"entries": entries}, "en", TODAY))
    expected = [[c.replace("{{ e.name }}", e.name) for c in cells] for e in entries]
    assert tables_rows(filled) == expected


@dataclass(frozen=True, slots=True)
class _Trainee:
    name: str
