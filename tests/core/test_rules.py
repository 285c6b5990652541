"""The 5-minor rule reads the same in the validation report and in the action plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline.core.model import NonConformity
from pipeline.validate import validate
from pipeline.workspace import Settings
from tests.render.factory import dossier, origin
from tests.render.reading import TODAY, highlighted, open_docx, render, text

FIRST, SECOND = date(2026, 12, 1), date(2027, 2, 15)


def _minors(rows: list[tuple[int, date]], closed: int = 0) -> tuple[NonConformity, ...]:
    """Minor NCs, one per (indicator, audit) row; the first `closed` ones verified closed."""
    return tuple(
        NonConformity(
            origin("Non-conformities", 2 + i),
            f"NC-{i:02d}",
            audit,
            number,
            "minor",
            "Finding",
            status="closed" if i < closed else "open",
            correction_evidence="Checked" if i < closed else "",
        )
        for i, (number, audit) in enumerate(rows)
    )


# [FAQ] 3.1 and 3.2 (audit_rules.json, nc.counting and nc.minor_accumulation): one NC per
# indicator, counted per audit decision, only those not lifted.
CASES = [
    pytest.param(_minors([(1, SECOND)] * 5), False, id="five_rows_one_indicator"),
    pytest.param(_minors([(n, SECOND) for n in (1, 2, 3, 8, 9)]), True, id="five_indicators"),
    pytest.param(
        _minors([(1, SECOND), (1, SECOND), (2, SECOND), (3, SECOND), (8, SECOND), (9, SECOND)]),
        True,
        id="five_indicators_six_rows",
    ),
    pytest.param(
        _minors([(1, FIRST), (2, FIRST), (3, SECOND), (8, SECOND), (9, SECOND)]),
        False,
        id="five_indicators_over_two_audits",
    ),
    pytest.param(
        _minors([(n, SECOND) for n in (1, 2, 3, 8, 9)], closed=1),
        False,
        id="one_of_five_closed",
    ),
]


@pytest.mark.parametrize(("ncs", "counts_as_major"), CASES)
def test_report_and_action_plan_agree_on_five_minors(
    tmp_path: Path, ncs: tuple[NonConformity, ...], counts_as_major: bool
) -> None:
    doss = replace(dossier(), nonconformities=ncs)
    report = validate(doss, Settings(lang="en"), TODAY)
    documents = render(doss, report, tmp_path)
    plan = open_docx(documents["nonconformity-action-plan.docx"])
    validation = text(open_docx(documents["validation-report.docx"]))
    codes = {f.code for f in report.findings}
    assert ("NC_MINOR_ACCUMULATION" in codes) is counts_as_major
    assert ("count as a major one" in validation) is counts_as_major
    assert any("count as a major one" in h for h in highlighted(plan)) is counts_as_major


def test_the_plan_counts_indicators_not_rows(tmp_path: Path) -> None:
    ncs = _minors([(1, SECOND), (1, SECOND)] + [(n, SECOND) for n in (2, 3, 8, 9)])
    doss = replace(dossier(), nonconformities=ncs)
    plan = open_docx(
        render(doss, validate(doss, Settings(lang="en"), TODAY), tmp_path)[
            "nonconformity-action-plan.docx"
        ]
    )
    warning = " ".join(h for h in highlighted(plan) if "count as a major one" in h)
    assert "5 minor non-conformities" in warning
