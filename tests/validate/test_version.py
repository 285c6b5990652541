"""Which referential judges the audit: by its date (décret n° 2026-728), or forced by settings."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.model import Lang, Version
from pipeline.validate import validate
from pipeline.workspace import Settings
from tests.validate.dossiers import clean, entry, profile


def _audit_on(day: date | None) -> object:
    return clean(profile=profile(audit_date=day, audit_type="initial", certification_date=None))


@pytest.mark.parametrize(
    ("audit", "forced", "expected"),
    [
        (date(2026, 10, 31), None, "V9"),
        (date(2026, 11, 1), None, "V10"),
        (date(2027, 5, 3), None, "V10"),
        (date(2026, 10, 31), "V10", "V10"),
        (date(2026, 11, 1), "V9", "V9"),
    ],
)
def test_the_audit_date_chooses_the_version_unless_forced(
    audit: date, forced: Version | None, expected: Version, today: date
) -> None:
    report = validate(
        _audit_on(audit),
        Settings(lang="en", referential=forced),  # type: ignore[arg-type]
        today,
    )
    assert report.version == expected
    assert len(report.applicability) == {"V9": 32, "V10": 33}[expected]


@pytest.mark.parametrize(
    ("lang", "audit", "forced", "reason"),
    [
        (
            "en",
            date(2026, 11, 1),
            None,
            "National quality referential V10 (33 indicators), because the planned audit date is "
            "1 November 2026.",
        ),
        (
            "fr",
            date(2026, 11, 1),
            None,
            "Référentiel national qualité V10 (33 indicateurs), car l'audit est prévu le "
            "1er novembre 2026.",
        ),
        (
            "en",
            date(2026, 10, 31),
            "V10",
            "National quality referential V10 (33 indicators), forced in the workspace settings "
            "(qualiopi.toml).",
        ),
        (
            "en",
            None,
            None,
            "National quality referential V10 (33 indicators), because no audit date is given and "
            "today is 27 November 2026.",
        ),
    ],
)
def test_the_report_says_which_version_and_why(
    lang: Lang, audit: date | None, forced: Version | None, reason: str, today: date
) -> None:
    report = validate(
        _audit_on(audit),
        Settings(lang=lang, referential=forced),  # type: ignore[arg-type]
        today,
    )
    assert report.version_reason == reason


def test_a_32_row_grid_for_a_v10_audit_is_one_error_that_explains_the_change(today: date) -> None:
    dossier = clean(grid_version="V9", indicators=tuple(entry(n) for n in range(1, 33)))
    report = validate(dossier, Settings(lang="en"), today)
    [error] = report.errors
    assert error.code == "GRID_V9_FOR_V10_AUDIT"
    assert (error.file, error.sheet) == ("inbox/self-assessment.xlsx", "Indicators")
    for words in (
        "32 indicators",
        "Decree no. 2026-728 of 1 August 2026",
        "33 indicators",
        "1 November 2026",
        "no transitional period",
        "20 January 2027",
    ):
        assert words in error.message
    assert "V10 grid" in error.hint and "qualiopi-docs init" in error.hint
    assert not {"INDICATOR_MISSING", "WORDING_ALTERED"} & {f.code for f in report.findings}


def test_the_v9_to_v10_message_reads_in_french(today: date) -> None:
    dossier = clean(grid_version="V9", indicators=tuple(entry(n) for n in range(1, 33)))
    [error] = validate(dossier, Settings(lang="fr"), today).errors
    assert "décret n° 2026-728 du 1er août 2026" in error.message
    assert "1er novembre 2026" in error.message
    assert "grille V10" in error.hint


def test_a_33_row_grid_for_a_v9_audit_is_an_error(today: date) -> None:
    dossier = clean(profile=profile(audit_date=date(2026, 10, 20)))
    codes = [f.code for f in validate(dossier, Settings(lang="en"), today).errors]
    assert codes == ["GRID_V10_FOR_V9_AUDIT"]
