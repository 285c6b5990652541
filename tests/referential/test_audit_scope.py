"""Which applicable indicators an audit checks: reduced initial audit and surveillance scope."""

from __future__ import annotations

import pytest

from pipeline.core.model import AuditScope, Category, Origin, Profile, Version
from pipeline.referential import load
from pipeline.referential.applicability import applicability, applicable_numbers
from pipeline.referential.audit_scope import audit_scope

# rnq-v9.md §5.4 (arrêté art. 10; guide V9 annex): common 1, 2, 11, 12, 22, 24, 25, 26, 32 plus
# every applicable specific indicator (specific: 3, 7, 8, 13, 14, 15, 16, 20, 28, 29; V10: + 33).
REDUCED = {1, 2, 11, 12, 22, 24, 25, 26, 32}
# rnq-v9.md §5.2 (arrêté art. 2 as consolidated; FAQ 5.1): NCs of the previous audit, applicable
# major-only indicators (4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32), 1, 17,
# 19 and 3 where applicable; after a reduced audit, what it did not check; new entrants: all.
MAJOR_ONLY_AF = {4, 5, 6, 10, 11, 21, 22, 26, 31, 32}


def _profile(*categories: Category, **answers: object) -> Profile:
    return Profile(origin=Origin("", ""), categories=frozenset(categories), **answers)  # type: ignore[arg-type]


def _checked(
    version: Version, audit: AuditScope, profile: Profile, ncs: tuple[int, ...] = ()
) -> set[int]:
    ref = load(version)
    items = applicability(ref, profile, "en")
    return {s.number for s in audit_scope(ref, items, audit, profile, ncs, "en") if s.checked}


CASES = [
    ("V9", "reduced", _profile("AF"), (), REDUCED | {8}),
    ("V10", "reduced", _profile("AF", certifying=True), (), REDUCED | {3, 7, 8, 16}),
    (
        "V10",
        "reduced",
        _profile("CFA"),
        (),
        REDUCED | {3, 7, 8, 13, 14, 15, 16, 20, 28, 29, 33},
    ),
    ("V9", "surveillance", _profile("AF"), (), MAJOR_ONLY_AF | {1, 17, 19}),
    (
        "V10",
        "surveillance",
        _profile("AF", certifying=True),
        (),
        MAJOR_ONLY_AF | {1, 3, 7, 16, 17, 19},
    ),
    ("V9", "surveillance", _profile("AF"), (9, 30), MAJOR_ONLY_AF | {1, 9, 17, 19, 30}),
    ("V9", "surveillance", _profile("AF"), (14,), MAJOR_ONLY_AF | {1, 17, 19}),  # 14: n/a to AF
    (
        "V9",
        "surveillance",
        _profile("AF", recognised_label=True),
        (),
        applicable_numbers(load("V9"), _profile("AF")) - {2, 8, 12, 24, 25},
    ),
]


@pytest.mark.parametrize(("version", "audit", "profile", "ncs", "expected"), CASES)
def test_limited_audits_check_what_the_arrete_lists(
    version: Version, audit: AuditScope, profile: Profile, ncs: tuple[int, ...], expected: set[int]
) -> None:
    assert _checked(version, audit, profile, ncs) == expected


@pytest.mark.parametrize("version", ["V9", "V10"])
@pytest.mark.parametrize("audit", ["initial", "renewal"])
def test_initial_and_renewal_audits_check_every_applicable_indicator(
    version: Version, audit: AuditScope
) -> None:
    profile = _profile("AF", "CFA", work_linked=True)
    assert _checked(version, audit, profile) == applicable_numbers(load(version), profile)


MAJOR_ONLY = {4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32}


@pytest.mark.parametrize("new", [frozenset({"BC"}), frozenset({"AF", "BC"})])
def test_a_new_entrant_surveillance_checks_every_indicator_of_the_new_categories(
    new: frozenset[Category],
) -> None:
    ref = load("V9")
    profile = _profile("AF", "BC", new_entrant_categories=new)
    applicable = applicable_numbers(ref, profile)
    of_new = set().union(*(applicable_numbers(ref, _profile(c)) for c in new))
    expected = (applicable & (MAJOR_ONLY | {1, 17, 19})) | of_new
    assert _checked("V9", "surveillance", profile) == expected
    assert len(expected) < len(applicable) or new == {"AF", "BC"}


@pytest.mark.parametrize(
    ("audit", "number", "reason"),
    [
        (
            "reduced",
            9,
            "Not checked at the reduced initial audit: reviewed at the surveillance audit.",
        ),
        (
            "reduced",
            8,
            "Checked at the reduced audit: it covers every applicable specific indicator.",
        ),
        (
            "surveillance",
            17,
            "In the surveillance audit's minimum scope: always checked when it applies.",
        ),
        (
            "surveillance",
            2,
            "Outside the surveillance audit's minimum scope: the auditor may still check it.",
        ),
        ("surveillance", 14, "Not checked: the indicator does not apply."),
    ],
)
def test_each_indicator_says_why(audit: AuditScope, number: int, reason: str) -> None:
    ref = load("V9")
    profile = _profile("AF")
    scope = audit_scope(ref, applicability(ref, profile, "en"), audit, profile, (), "en")
    assert {s.number: s.reason for s in scope}[number] == reason
