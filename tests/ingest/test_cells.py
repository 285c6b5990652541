"""Cell values as people type them: dates, numbers as text, indicator lists, yes/no, labels."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from pipeline.core.layout import Column
from pipeline.core.model import Lang
from pipeline.ingest.cells import NO_CACHED_VALUE, CellError, Context, read_cell

MAC_1904 = datetime(1904, 1, 1)
DATE = Column("due", "date")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (datetime(2026, 3, 4, 0, 0), date(2026, 3, 4)),
        (datetime(2026, 3, 4, 17, 45), date(2026, 3, 4)),
        (date(2026, 3, 4), date(2026, 3, 4)),
        ("04/03/2026", date(2026, 3, 4)),
        ("4/3/2026", date(2026, 3, 4)),
        ("04.03.2026", date(2026, 3, 4)),
        ("04-03-2026", date(2026, 3, 4)),
        ("04/03/26", date(2026, 3, 4)),
        ("2026-03-04", date(2026, 3, 4)),
        ("2026/03/04", date(2026, 3, 4)),
        ("2026-03-04T09:30:00", date(2026, 3, 4)),
        ("2026-03-04 09:30:00+01:00", date(2026, 3, 4)),
        ("04/03/2026 14:30", date(2026, 3, 4)),
        ("04/03/2026 à 14h30", date(2026, 3, 4)),
        (" 04/03/2026 ", date(2026, 3, 4)),
        ("4 mars 2026", date(2026, 3, 4)),
        ("1er février 2026", date(2026, 2, 1)),
        ("4 March 2026", date(2026, 3, 4)),
        (46085, date(2026, 3, 4)),  # Excel serial, 1900 epoch
        (46085.75, date(2026, 3, 4)),  # serial with a time of day
        ("46085", date(2026, 3, 4)),  # serial typed as text
        ("29/02/2024", date(2024, 2, 29)),
    ],
    ids=repr,
)
def test_dates_are_read_day_first(raw: object, expected: date) -> None:
    assert read_cell(raw, DATE, Context("fr")) == (expected, None)


def test_serials_of_a_1904_workbook() -> None:
    assert read_cell(44623, DATE, Context("en", MAC_1904)) == (date(2026, 3, 4), None)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("31/02/2024", "BAD_DATE"),  # no such day: never "corrected" to March
        ("03/25/2026", "BAD_DATE"),  # month first: refused, never swapped
        ("2026-13-01", "BAD_DATE"),
        ("next Tuesday", "BAD_DATE"),
        ("04/03", "BAD_DATE"),
        (time(9, 30), "BAD_DATE"),
        (True, "BAD_DATE"),
        (2026, "DATE_OUT_OF_RANGE"),  # a year typed in a date cell is day 2026 of 1900
        (datetime(1900, 1, 12), "DATE_OUT_OF_RANGE"),
        ("01/01/1900", "DATE_OUT_OF_RANGE"),
        (-5, "DATE_OUT_OF_RANGE"),
    ],
    ids=repr,
)
def test_unreadable_dates(raw: object, code: str) -> None:
    value, problem = read_cell(raw, DATE, Context("fr"))
    assert value is None and problem is not None and problem.code == code


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("1 234,50", "fr", Decimal("1234.50")),
        ("1\u00a0234,50", "fr", Decimal("1234.50")),
        ("1\u202f234\u00a0567", "fr", Decimal("1234567")),
        ("1.234,50", "fr", Decimal("1234.50")),
        ("1,234.50", "en", Decimal("1234.50")),
        ("1,234,567", "en", Decimal("1234567")),
        ("12,5", "fr", Decimal("12.5")),
        ("12.5", "fr", Decimal("12.5")),
        ("0,500", "fr", Decimal("0.500")),
        ("150 000 €", "fr", Decimal("150000")),
        ("EUR 150000", "en", Decimal("150000")),
        (" -3 ", "en", Decimal("-3")),
        (4.5, "en", Decimal("4.5")),
        (7, "en", Decimal("7")),
    ],
    ids=repr,
)
def test_numbers_typed_as_text(raw: object, lang: Lang, expected: Decimal) -> None:
    assert read_cell(raw, Column("turnover", "decimal"), Context(lang)) == (expected, None)


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("1,234", "fr", Decimal("1.234")),
        ("1,234", "en", Decimal("1234")),
        ("1.234", "fr", Decimal("1234")),
        ("1.234", "en", Decimal("1.234")),
    ],
)
def test_number_ambiguous_is_read_by_language_with_a_warning(
    raw: str, lang: Lang, expected: Decimal
) -> None:
    value, problem = read_cell(raw, Column("turnover", "decimal"), Context(lang))
    assert value == expected
    assert problem is not None and (problem.code, problem.severity) == (
        "NUMBER_AMBIGUOUS",
        "warning",
    )


@pytest.mark.parametrize(
    ("raw", "column", "code"),
    [
        ("douze", Column("turnover", "decimal"), "BAD_NUMBER"),
        ("12 %", Column("turnover", "decimal"), "BAD_NUMBER"),
        ("1,2,3.5", Column("turnover", "decimal"), "BAD_NUMBER"),
        (True, Column("turnover", "decimal"), "BAD_NUMBER"),
        ("2,5", Column("sites", "int"), "NOT_WHOLE_NUMBER"),
        (2.5, Column("sites", "int"), "NOT_WHOLE_NUMBER"),
    ],
    ids=repr,
)
def test_unreadable_numbers(raw: object, column: Column, code: str) -> None:
    value, problem = read_cell(raw, column, Context("fr"))
    assert value is None and problem is not None and problem.code == code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (12, (12,)),
        (12.0, (12,)),
        ("12 ", (12,)),
        ("Ind. 12", (12,)),
        ("indicateur 7", (7,)),
        ("Indicator 7", (7,)),
        ("n°7", (7,)),
        ("1, 2; 9", (1, 2, 9)),
        ("1,2,9", (1, 2, 9)),
        ("Ind. 4 et 5", (4, 5)),
        ("4 and 5", (4, 5)),
        ("ind. 4, ind. 5", (4, 5)),
        ("1-3", (1, 2, 3)),
        ("30 à 32", (30, 31, 32)),
        ("2\n3", (2, 3)),
        ("5, 5", (5,)),
    ],
    ids=repr,
)
def test_indicator_references(raw: object, expected: tuple[int, ...]) -> None:
    assert read_cell(raw, Column("indicators", "indicators"), Context("fr")) == (expected, None)


@pytest.mark.parametrize("raw", ["7.5", "sept", "1, x", "3-1", "12.5", True])
def test_bad_indicator(raw: object) -> None:
    value, problem = read_cell(raw, Column("indicators", "indicators"), Context("fr"))
    assert value is None and problem is not None and problem.code == "BAD_INDICATOR"


def test_single_indicator_keeps_unknown_numbers_for_validation() -> None:
    assert read_cell("Ind. 34", Column("indicator", "indicator"), Context("en")) == (34, None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("p-001, P-002; p-003", ("P-001", "P-002", "P-003")),
        ("P-001\nP-002", ("P-001", "P-002")),
        (" P-001 ", ("P-001",)),
        (12, ("12",)),
    ],
)
def test_id_lists(raw: object, expected: tuple[str, ...]) -> None:
    assert read_cell(raw, Column("evidence_ids", "ids"), Context("en")) == (expected, None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Oui", True),
        ("oui", True),
        ("YES", True),
        ("x", True),
        ("X", True),
        ("✓", True),
        (True, True),
        (1, True),
        ("vrai", True),
        ("Non", False),
        ("no", False),
        ("FAUX", False),
        (False, False),
        (0, False),
    ],
)
def test_yes_no(raw: object, expected: bool) -> None:
    column = Column("certifying", "bool", choices="yes_no")
    assert read_cell(raw, column, Context("fr")) == (expected, None)


def test_bad_yes_no_lists_the_answers() -> None:
    value, problem = read_cell(
        "peut-être", Column("certifying", "bool", choices="yes_no"), Context("fr")
    )
    assert value is None and problem is not None and problem.code == "BAD_YES_NO"
    assert dict(problem.params)["allowed"] == "« Oui », « Non »"


@pytest.mark.parametrize(
    ("raw", "name", "expected"),
    [
        ("Ready", "status", "ready"),
        ("Prêt", "status", "ready"),
        ("pret", "status", "ready"),
        ("À compléter", "status", "to_complete"),
        ("to complete", "status", "to_complete"),
        ("  EN COURS ", "status", "to_complete"),  # a former word of our grid: still read
        ("A faire", "status", "to_complete"),
        ("In progress", "status", "to_complete"),
        ("To do", "status", "to_complete"),
        ("Non applicable", "status", "not_applicable"),
        ("N/A", "status", "not_applicable"),
        ("Équipes pédagogiques", "stakeholder", "teaching_teams"),
        ("teaching teams", "stakeholder", "teaching_teams"),
        ("Levée (vérifiée)", "nc_status", "closed"),
        ("levee", "nc_status", "closed"),
        ("Closed (verified)", "nc_status", "closed"),
        ("majeure", "grade", "major"),
        ("Minor", "grade", "minor"),
    ],
)
def test_closed_list_labels_in_either_language(raw: str, name: str, expected: str) -> None:
    column = Column("status", "choice", choices=name)
    assert read_cell(raw, column, Context("en")) == (expected, None)


def test_bad_choice_lists_the_labels_of_the_workspace_language() -> None:
    value, problem = read_cell(
        "Terminé", Column("status", "choice", choices="grade"), Context("en")
    )
    assert value is None and problem is not None and problem.code == "BAD_CHOICE"
    assert dict(problem.params)["allowed"] == '"Minor", "Major"'


@pytest.mark.parametrize(
    ("raw", "code", "severity"),
    [
        (CellError("#N/A"), "CELL_ERROR", "error"),
        (CellError("#REF!"), "CELL_ERROR", "error"),
        (NO_CACHED_VALUE, "FORMULA_NO_VALUE", "warning"),
    ],
)
def test_error_values_and_uncalculated_formulas(raw: object, code: str, severity: str) -> None:
    value, problem = read_cell(raw, Column("title", "text"), Context("en"))
    assert value is None and problem is not None
    assert (problem.code, problem.severity) == (code, severity)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Procédure\r\nd'accueil ", "Procédure\nd'accueil"),
        (12345678900012, "12345678900012"),
        (12345678900012.0, "12345678900012"),
        (datetime(2026, 3, 4), "2026-03-04"),
    ],
)
def test_text_is_what_a_person_sees(raw: object, expected: str) -> None:
    assert read_cell(raw, Column("title", "longtext"), Context("fr")) == (expected, None)


@pytest.mark.parametrize(
    ("length", "code"), [(32_767, None), (32_768, "CELL_TOO_LONG"), (100_000, "CELL_TOO_LONG")]
)
def test_text_longer_than_an_excel_cell_is_kept_with_a_warning(
    length: int, code: str | None
) -> None:
    value, problem = read_cell("a" * length, Column("subject", "longtext"), Context("en"))
    assert value == "a" * length  # nothing is cut: the documents show all of it
    assert (problem.code if problem else None) == code
    if problem is not None:
        assert problem.severity == "warning"
