"""Grids made by other people: their headers, statuses, « 1.1 » numbering and section rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.referential import load
from tests.ingest.books import codes, read, workspace, write_book

STATUSES = ["Conforme", "Non conforme", "Partiellement", "NA", "OK"]
EXPECTED = {
    "Conforme": "ready",
    "Non conforme": "to_complete",
    "Partiellement": "to_complete",
    "NA": "not_applicable",
    "OK": "ready",
}


def _consultant_grid(path: Path, numbered_as_text: bool) -> Path:
    """A consultant's grid: a title, a header, then per criterion a merged heading row."""
    rows: list[list[object]] = [
        ["Grille d’autoévaluation Qualiopi – Cabinet Conseil"],
        [],
        ["N°", "Libellé", "Conformité", "Éléments de preuve", "Commentaires"],
    ]
    merges: list[str] = []
    criteria: dict[int, list[int]] = {}
    for indicator in load("V9").indicators:
        criteria.setdefault(indicator.criterion, []).append(indicator.number)
    for criterion, numbers in criteria.items():
        rows.append([f"Critère {criterion} : conditions", None, None, None, None])
        merges.append(f"A{len(rows)}:E{len(rows)}")
        for rank, number in enumerate(numbers, start=1):
            position = f"{criterion}.{rank}" if numbered_as_text else criterion + rank / 10
            status = STATUSES[number % len(STATUSES)]
            rows.append([position, f"Indicateur {number}", status, "", f"note {number}"])
    return write_book(path, {"Grille": rows}, merges={"Grille": merges})


@pytest.mark.parametrize("numbered_as_text", [True, False], ids=["text-1.1", "number-1.1"])
def test_a_consultant_grid_is_read_with_its_numbering_and_statuses(
    tmp_path: Path, numbered_as_text: bool
) -> None:
    ws = workspace(tmp_path, "fr")
    _consultant_grid(ws.inbox / "grille cabinet.xlsx", numbered_as_text)

    dossier = read(ws)

    assert dossier.indicators is not None
    numbers = [entry.number for entry in dossier.indicators]
    assert numbers == list(range(1, 33))
    assert [e.status for e in dossier.indicators] == [
        EXPECTED[STATUSES[n % len(STATUSES)]] for n in numbers
    ]
    assert "INDICATOR_UNKNOWN" not in codes(dossier)
    assert "BAD_INDICATOR" not in codes(dossier)
    assert "BAD_CHOICE" not in codes(dossier)


def test_a_sheet_not_recognised_lists_the_headers_found_and_expected(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "en")
    write_book(
        ws.inbox / "plan.xlsx",
        {"Plan": [["Action plan 2026"], ["Topic", "Who", "When", "Budget"], ["Website", "Ana"]]},
    )

    [finding] = read(ws).findings

    assert finding.code == "NO_KNOWN_SHEET"
    assert finding.message == (
        "plan.xlsx has no sheet this tool recognises: no profile fields and no table with the "
        'expected column headers. Sheet "Plan" has the headers "Topic", "Who", "When", '
        '"Budget"; the nearest table (sheet "Indicators") needs at least "Indicator", '
        '"Status".'
    )
