"""The packaged referential matches the regulation, indicator by indicator, in both versions."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.model import Category, Origin, Profile
from pipeline.referential import load, v10_cutover, version_for
from pipeline.referential.applicability import applicable_numbers
from tests.referential.reference_table import V9, V10

TABLES = {"V9": V9, "V10": V10}


@pytest.mark.parametrize(
    ("version", "row"),
    [(v, row) for v, table in TABLES.items() for row in table],
    ids=lambda value: str(value[0]) if isinstance(value, tuple) else value,
)
def test_every_indicator_is_pinned(version: str, row: tuple) -> None:
    number, criterion, wording, categories, grading = row
    indicator = load(version).indicator(number)  # type: ignore[arg-type]
    assert indicator.criterion == criterion
    assert indicator.wording_fr == wording
    assert indicator.categories == frozenset(categories)
    assert indicator.nc_grading == grading


@pytest.mark.parametrize(("version", "count"), [("V9", 32), ("V10", 33)])
def test_each_version_has_its_indicators_and_seven_criteria(version: str, count: int) -> None:
    ref = load(version)  # type: ignore[arg-type]
    assert ref.numbers == tuple(range(1, count + 1))
    assert [c.number for c in ref.criteria] == list(range(1, 8))
    assert ref.source_url.startswith("https://")


def _profile(*categories: Category, **flags: bool) -> Profile:
    return Profile(origin=Origin("", ""), categories=frozenset(categories), **flags)


# Counts from rnq-v9.md §3.3 and rnq-v10.md §2.3, and the examples of issue 2.
COUNTS = [
    ("V9", _profile("BC", subcontracting=True), 22),
    (
        "V9",
        _profile("AF", certifying=True, work_linked=True, work_based=True, subcontracting=True),
        28,
    ),
    ("V9", _profile("AF", subcontracting=True), 23),
    ("V9", _profile("AF"), 22),
    ("V9", _profile("AF", subcontracting=True, work_linked=True, work_based=True), 25),
    ("V9", _profile("AF", subcontracting=True, certifying=True), 26),
    ("V9", _profile("VAE", subcontracting=True), 24),
    ("V9", _profile("CFA", subcontracting=True), 32),
    ("V10", _profile("CFA", subcontracting=True), 33),
    ("V10", _profile("AF", subcontracting=True), 23),
    ("V10", _profile("BC", subcontracting=True), 22),
    ("V10", _profile("VAE", subcontracting=True), 24),
]


@pytest.mark.parametrize(("version", "profile", "count"), COUNTS)
def test_applicable_counts_match_the_reference(version: str, profile: Profile, count: int) -> None:
    assert len(applicable_numbers(load(version), profile)) == count  # type: ignore[arg-type]


def test_specific_apprenticeship_indicators_apply_only_to_cfa() -> None:
    af_only = applicable_numbers(
        load("V10"),
        _profile("AF", certifying=True, work_linked=True, work_based=True, subcontracting=True),
    )
    assert af_only.isdisjoint({14, 15, 20, 29, 33})


@pytest.mark.parametrize(
    ("audit", "forced", "expected"),
    [
        (date(2026, 10, 31), None, "V9"),
        (date(2026, 11, 1), None, "V10"),
        (date(2027, 3, 1), "V9", "V9"),
        (None, None, "V10"),  # no date: today (2026-11-27) decides
    ],
)
def test_version_follows_the_audit_date_unless_forced(
    audit: date | None, forced: str | None, expected: str
) -> None:
    assert version_for(audit, forced, date(2026, 11, 27)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ("Décret n° 2026-728", "art. 2", "non vérifié au Journal officiel")),
        ("en", ("Décret n° 2026-728", "art. 2", "not checked against the Journal officiel")),
    ],
)
def test_the_v10_start_is_data_with_its_source(lang: str, words: tuple[str, ...]) -> None:
    # rnq-v10.md §0.2: décret n° 2026-728, art. 2, in force 1 November 2026 (public encodings).
    cutover = v10_cutover()
    assert (cutover.starts, cutover.version, cutover.confirmed) == (date(2026, 11, 1), "V10", False)
    assert all(word in cutover.source(lang) for word in words)  # type: ignore[arg-type]
