"""Which indicators apply: every profile flag alone and every pair, per category, V9 and V10."""

from __future__ import annotations

from itertools import combinations

import pytest

from pipeline.core.model import Category, Origin, Profile
from pipeline.referential import Flag, load
from pipeline.referential.applicability import applicability, applicable_numbers

# Transcribed from rnq-v9.md §3.2-3.3 and rnq-v10.md §2.3 (applicability unchanged for 1-32;
# 33 is apprenticeship only). 27 is common but applies only with subcontracting or portage.
COMMON = frozenset({1, 2, 4, 5, 6, 9, 10, 11, 12, 17, 18, 19, 21, 22, 23, 24, 25, 26, 30, 31, 32})
# Specific indicators each category always gets, and those a profile answer adds.
ALWAYS: dict[Category, frozenset[int]] = {
    "AF": frozenset({8}),
    "BC": frozenset(),
    "VAE": frozenset({3, 16}),
    "CFA": frozenset({3, 7, 8, 13, 14, 15, 16, 20, 28, 29}),
}
# Guide V9: 3, 7, 16 for certifying services (RNCP); 13 for work-linked training; 28 for
# work-based periods, which the note under 28 says include « formations en alternance, stages
# en entreprise ou AFEST »: work-linked training alone makes 28 apply.
ADDED: dict[Category, dict[Flag, frozenset[int]]] = {
    "AF": {
        "certifying": frozenset({3, 7, 16}),
        "work_linked": frozenset({13, 28}),
        "work_based": frozenset({28}),
        "subcontracting": frozenset({27}),
    },
    "BC": {"subcontracting": frozenset({27})},
    "VAE": {"subcontracting": frozenset({27})},
    "CFA": {"subcontracting": frozenset({27})},
}
V10_ONLY: dict[Category, frozenset[int]] = {"CFA": frozenset({33})}
FLAGS: tuple[Flag, ...] = ("certifying", "work_linked", "work_based", "subcontracting")
ANSWERS = [()] + [(flag,) for flag in FLAGS] + list(combinations(FLAGS, 2))


def _expected(version: str, category: Category, answers: tuple[Flag, ...]) -> frozenset[int]:
    added = [ADDED[category].get(flag, frozenset()) for flag in answers]
    extra = V10_ONLY.get(category, frozenset()) if version == "V10" else frozenset()
    return COMMON | ALWAYS[category] | extra | frozenset().union(*added)


@pytest.mark.parametrize("version", ["V9", "V10"])
@pytest.mark.parametrize("category", ["AF", "BC", "VAE", "CFA"])
@pytest.mark.parametrize("answers", ANSWERS, ids=lambda a: "+".join(a) or "no_flag")
def test_each_flag_alone_and_each_pair_gives_the_reference_indicators(
    version: str, category: Category, answers: tuple[Flag, ...]
) -> None:
    profile = Profile(
        origin=Origin("", ""),
        categories=frozenset({category}),
        **{flag: True for flag in answers},
    )
    applies = applicable_numbers(load(version), profile)  # type: ignore[arg-type]
    assert sorted(applies) == sorted(_expected(version, category, answers))


@pytest.mark.parametrize(
    ("lang", "answers", "expected"),
    [
        ("en", ("work_linked",), "work-linked training (alternance)"),
        ("en", ("work_based",), "work-based training periods"),
        ("en", (), "work-linked training, internships in a company, AFEST"),
        ("fr", ("work_linked",), "formations en alternance"),
        ("fr", (), "formations en alternance, stages en entreprise, AFEST"),
    ],
)
def test_indicator_28_says_which_answer_makes_it_apply(
    lang: str, answers: tuple[Flag, ...], expected: str
) -> None:
    profile = Profile(
        origin=Origin("", ""), categories=frozenset({"AF"}), **{f: True for f in answers}
    )
    reason = applicability(load("V9"), profile, lang)[27]  # type: ignore[arg-type]
    assert reason.number == 28
    assert reason.applies == bool(answers)
    assert expected in reason.reason


@pytest.mark.parametrize("version", ["V9", "V10"])
def test_af_with_work_linked_training_alone_has_24_indicators(version: str) -> None:
    profile = Profile(origin=Origin("", ""), categories=frozenset({"AF"}), work_linked=True)
    assert len(applicable_numbers(load(version), profile)) == 24  # type: ignore[arg-type]
