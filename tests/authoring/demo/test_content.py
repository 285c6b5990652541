"""The demo's content is complete, consistent between languages, and true to the referential."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath

import pytest

from pipeline.authoring.demo import plan
from pipeline.authoring.demo.calendar import DECISION_DELAY, calendar_for
from pipeline.authoring.demo.rows import profile_row
from pipeline.authoring.demo.texts import DemoTexts, demo_texts
from pipeline.core.model import CATEGORIES, Lang, Origin, Profile
from pipeline.referential import load
from pipeline.referential.applicability import applicable_numbers

LANGS: tuple[Lang, ...] = ("en", "fr")
CFA_ONLY = {14, 15, 20, 29, 33}


def demo_profile(today: date) -> Profile:
    """Return the demo's profile as the workbook states it."""
    row = profile_row(calendar_for(today), demo_texts("en", 2026))
    categories = {c for c in CATEGORIES if row[f"category_{c.lower()}"]}
    return Profile(
        origin=Origin("", ""),
        categories=frozenset(categories),
        certifying=bool(row["certifying"]),
        work_linked=bool(row["work_linked"]),
        work_based=bool(row["work_based"]),
        subcontracting=bool(row["subcontracting"]),
    )


def test_v10_applicable_indicators_are_exactly_the_ones_the_demo_answers(today: date) -> None:
    applicable = applicable_numbers(load("V10"), demo_profile(today))
    assert len(applicable) == 28
    assert set(load("V10").numbers) - applicable == CFA_ONLY
    assert set(plan.OWNERS) == applicable
    assert set(plan.NOT_APPLICABLE) == CFA_ONLY


@pytest.mark.parametrize("lang", LANGS)
def test_every_planned_item_has_its_text(lang: Lang) -> None:
    texts = demo_texts(lang, 2026)
    assert set(texts.approaches) == set(plan.OWNERS)
    assert set(texts.evidence) == {item.number for item in plan.EVIDENCE}
    assert set(texts.comments) == {entry.comment for entry in plan.FEEDBACK if entry.comment}
    assert set(texts.actions) == {entry.action for entry in plan.FEEDBACK}
    assert set(texts.complaints) == {item.number for item in plan.COMPLAINTS}
    assert set(texts.improvements) == {item.number for item in plan.IMPROVEMENTS}
    assert set(texts.nonconformities) == {item.number for item in plan.NONCONFORMITIES}


@pytest.mark.parametrize("lang", LANGS)
def test_approaches_are_written_out(lang: Lang) -> None:
    for number, approach in demo_texts(lang, 2026).approaches.items():
        sentences = approach.count(". ") + 1
        assert 2 <= sentences <= 4 and 150 <= len(approach) <= 600, (number, approach)


def test_languages_differ_in_words_only() -> None:
    english, french = demo_texts("en", 2026), demo_texts("fr", 2026)
    assert english.approaches[1] != french.approaches[1]
    assert [location.startswith("https://") for _, location, _ in english.evidence.values()] == [
        location.startswith("https://") for _, location, _ in french.evidence.values()
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_evidence_locations_are_files_of_their_kind_or_web_pages(lang: Lang) -> None:
    texts: DemoTexts = demo_texts(lang, 2026)
    locations = [texts.evidence[item.number][1] for item in plan.EVIDENCE]
    assert len(set(locations)) == len(locations) >= 40
    for item in plan.EVIDENCE:
        title, location, body = texts.evidence[item.number]
        assert title
        if item.kind == "url":
            assert location.startswith("https://") and not body
        else:
            path = PurePosixPath(location)
            assert path.suffix == f".{item.kind}" and ".." not in path.parts
            assert not path.is_absolute() and body


def test_one_indicator_has_no_evidence_yet_and_one_item_is_past_review() -> None:
    cited = {number for item in plan.EVIDENCE for number in item.indicators}
    assert set(plan.OWNERS) - cited == set(plan.TO_COMPLETE) == {25}
    assert [item.number for item in plan.EVIDENCE if item.review < 0] == [27]
    lead = 7 * 7  # the audit is at most 6 weeks and 6 days away: reviews come after it
    assert all(item.review > lead for item in plan.EVIDENCE if item.review >= 0)


def test_feedback_register_covers_every_group_on_two_scales() -> None:
    groups = {entry.group for entry in plan.FEEDBACK}
    assert groups == {"beneficiaries", "funders", "teaching_teams", "companies"}
    assert {entry.scale for entry in plan.FEEDBACK} == {5, 10, None}
    assert len(plan.FEEDBACK) >= 55
    for entry in plan.FEEDBACK:
        assert entry.score is None or entry.scale is not None and 0 <= entry.score <= entry.scale
    assert [entry.day for entry in plan.FEEDBACK] == sorted(entry.day for entry in plan.FEEDBACK)


def test_registers_link_only_to_planned_improvements() -> None:
    known = {item.number for item in plan.IMPROVEMENTS}
    linked = {n for entry in plan.FEEDBACK for n in entry.improvements}
    linked |= {n for item in plan.COMPLAINTS for n in item.improvements}
    assert linked <= known and len(linked) >= 6
    sources = {item.source for item in plan.IMPROVEMENTS}
    assert sources >= {"feedback", "complaint", "audit", "watch", "risk_analysis"}


def test_one_complaint_is_still_open_and_the_others_are_answered() -> None:
    still_open = [item for item in plan.COMPLAINTS if item.status != "closed"]
    assert len(still_open) == 1 and still_open[0].closed is None
    for item in plan.COMPLAINTS:
        if item.status == "closed":
            assert item.acknowledged is not None and item.answered is not None
            assert item.closed is not None and item.acknowledged <= item.answered <= item.closed


def test_nonconformities_are_graded_as_the_referential_allows(today: date) -> None:
    initial_audit = calendar_for(today).initial_audit
    judged_by = load("V9" if initial_audit < date(2026, 11, 1) else "V10")
    applicable = applicable_numbers(load("V10"), demo_profile(today))
    grades = {item.grade for item in plan.NONCONFORMITIES}
    assert grades == {"minor", "major"}
    for item in plan.NONCONFORMITIES:
        assert item.indicator in applicable
        grading = judged_by.indicator(item.indicator).nc_grading
        assert item.grade == "major" or grading == "minor_or_major", item
        deadline = DECISION_DELAY.days if item.grade == "major" else 180  # 6 months
        assert item.due < deadline, item


def test_siret_passes_the_luhn_check() -> None:
    total = 0
    for position, char in enumerate(reversed(plan.SIRET)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    assert len(plan.SIRET) == 14 and total % 10 == 0
    assert len(plan.DECLARATION_NUMBER) == 11 and plan.DECLARATION_NUMBER.isdigit()


@pytest.mark.parametrize("lang", LANGS)
def test_years_follow_the_day_the_demo_is_made(lang: Lang) -> None:
    texts = demo_texts(lang, 2028)
    title, location, _ = texts.evidence[1]
    assert "2028" in title and location.endswith("-2028.pdf")
    assert "2027" in texts.evidence[7][0]
    written = [*texts.approaches.values(), *texts.comments.values(), *texts.actions.values()]
    for records in (texts.evidence, texts.complaints, texts.improvements, texts.nonconformities):
        written += [part for record in records.values() for part in record]
    assert not [text for text in written if "{" in text or "}" in text]
