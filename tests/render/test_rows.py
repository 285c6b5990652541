"""Which table loops take the fast path: only rows made of plain fields and simple conditions."""

from __future__ import annotations

import pytest

from pipeline.render.docx.checks import visible_text
from pipeline.render.docx.rows import extract_fast_loops

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
