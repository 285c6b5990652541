"""Each document says what its reader needs: read back with python-docx, content asserted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.core.model import Feedback, Finding, MergeConflict, NonConformity
from pipeline.render import render_documents
from tests.render.factory import dossier, entries, origin, profile, report, workspace
from tests.render.reading import (
    TODAY,
    header_footer_text,
    highlighted,
    instructions,
    open_docx,
    render,
    tables_rows,
    text,
)

EN_NAMES = [
    "audit-preparation.docx",
    "nonconformity-action-plan.docx",
    "feedback-register.docx",
    "complaint-register.docx",
    "improvement-register.docx",
    "audit-preparation-internal.docx",
    "validation-report.docx",
]
FR_NAMES = [
    "preparation-audit.docx",
    "plan-actions-non-conformites.docx",
    "registre-appreciations.docx",
    "registre-reclamations.docx",
    "registre-ameliorations.docx",
    "preparation-audit-interne.docx",
    "rapport-validation.docx",
]


@pytest.mark.parametrize(("lang", "expected"), [("en", EN_NAMES), ("fr", FR_NAMES)])
def test_every_document_is_made_under_its_localised_name(
    tmp_path: Path, lang: str, expected: list[str]
) -> None:
    doss = dossier(lang)  # type: ignore[arg-type]
    documents = render(doss, report(doss, lang), tmp_path, lang)  # type: ignore[arg-type]
    assert list(documents) == expected


def test_documents_declare_the_sheets_they_depend_on(tmp_path: Path) -> None:
    documents = render(dossier(), report(dossier()), tmp_path)
    assert documents["feedback-register.docx"].inputs == {"profile", "feedback", "improvements"}
    assert documents["nonconformity-action-plan.docx"].inputs == {"profile", "nonconformities"}
    assert "evidence" in documents["audit-preparation.docx"].inputs
    assert "feedback" not in documents["audit-preparation.docx"].inputs
    assert len(documents["validation-report.docx"].inputs) == 7


def test_preparation_cover_names_the_organisation_and_the_referential(tmp_path: Path) -> None:
    documents = render(dossier(), report(dossier()), tmp_path)
    doc = open_docx(documents["audit-preparation.docx"])
    body = text(doc)
    internal = text(open_docx(documents["audit-preparation-internal.docx"]))
    assert "Atelier Horizon Formation" in body
    assert "123 456 789 00012" in body
    assert "because the planned audit date is" in body
    for note in ("Decree no. 2026-728", "English renderings are ours"):  # source, provenance
        assert note in internal and note not in body
    assert "Generated on 27 November 2026" in header_footer_text(doc)
    assert "Atelier Horizon Formation" in header_footer_text(doc)


def test_preparation_quotes_the_indicator_wording_and_links_the_evidence(tmp_path: Path) -> None:
    doc = open_docx(render(dossier(), report(dossier()), tmp_path)["audit-preparation.docx"])
    body = text(doc)
    assert "Publishes result indicators suited to the services and audiences" in body
    assert "Le prestataire diffuse des indicateurs de résultats" in body  # official French
    assert 'HYPERLINK "../evidence/procedures/procedure-2.pdf"' in instructions(doc)
    assert "procedures/procedure-2.pdf" in body


def test_a_gap_is_highlighted_to_complete(tmp_path: Path) -> None:
    doss = dossier()
    numbers = [e.number for e in doss.indicators or () if e.number is not None]
    doss = replace(doss, indicators=entries(numbers, gap=5))
    doc = open_docx(render(doss, report(doss), tmp_path)["audit-preparation.docx"])
    assert "TO COMPLETE" in highlighted(doc)
    assert ["5", "2", "To complete"] in tables_rows(doc)


def test_preparation_gives_calendar_duration_and_annex(tmp_path: Path) -> None:
    documents = render(dossier(), report(dossier()), tmp_path)
    doc = open_docx(documents["audit-preparation.docx"])
    body = text(doc)
    assert "Surveillance audit between 12 May 2026 and 12 January 2027" in body
    assert "Renewal audit before 12 March 2028" in body
    assert "Estimated duration: 2.5 days" in body
    assert "the certifier confirms the real duration" in body
    assert 'Rule "practitioner_guide"' not in body  # a settings key: internal
    assert 'Rule "practitioner_guide"' in text(
        open_docx(documents["audit-preparation-internal.docx"])
    )
    assert any(row[:2] == ["27", "6"] for row in tables_rows(doc))  # annex: 27 does not apply
    assert any(i.startswith("TOC") for i in instructions(doc))


def test_settings_override_the_duration(tmp_path: Path) -> None:
    documents = render(dossier(), report(dossier()), tmp_path, duration_days=1.5)
    body = text(open_docx(documents["audit-preparation.docx"]))
    assert "Estimated duration: 1.5 days" in body
    assert "confirmed by the certifier" in body


def test_open_nonconformity_shows_in_readiness(tmp_path: Path) -> None:
    doc = open_docx(render(dossier(), report(dossier()), tmp_path)["audit-preparation.docx"])
    assert ["4", "2", "Open non-conformity"] in tables_rows(doc)
    assert "NC-01 (Minor, TO COMPLETE): Needs analysis not traced" in text(doc)


def _minors(count: int) -> tuple[NonConformity, ...]:
    return tuple(
        NonConformity(
            origin("Non-conformities", 2 + i),
            f"NC-{i:02d}",
            date(2027, 2, 15),
            1 + i,
            "minor",
            "Finding",
            status="open",
        )
        for i in range(count)
    )


def test_action_plan_states_the_default_deadline(tmp_path: Path) -> None:
    body = text(
        open_docx(render(dossier(), report(dossier()), tmp_path)["nonconformity-action-plan.docx"])
    )
    assert "15 August 2027" in body
    assert "Default deadline: 6 months after the audit of 15 February 2027" in body


@pytest.mark.parametrize(("count", "warned"), [(4, False), (5, True)])
def test_five_open_minors_count_as_a_major(tmp_path: Path, count: int, warned: bool) -> None:
    doss = replace(dossier(), nonconformities=_minors(count))
    doc = open_docx(render(doss, report(doss), tmp_path)["nonconformity-action-plan.docx"])
    assert any("count as a major one" in h for h in highlighted(doc)) is warned


def test_complaint_register_says_when_there_is_no_complaint(tmp_path: Path) -> None:
    doss = replace(dossier(), complaints=())
    body = text(open_docx(render(doss, report(doss), tmp_path)["complaint-register.docx"]))
    assert "No complaint received during the period." in body
    assert "From 12 March 2025 to 27 November 2026" in body


def test_complaint_register_measures_handling_times(tmp_path: Path) -> None:
    doc = open_docx(render(dossier(), report(dossier()), tmp_path)["complaint-register.docx"])
    rows = tables_rows(doc)
    assert ["Mean time to acknowledge", "1 day"] in rows
    assert ["Longest time to answer", "7 days"] in rows
    assert "Reminder procedure" in text(doc)  # the linked improvement


def test_feedback_register_flags_a_missing_group(tmp_path: Path) -> None:
    doc = open_docx(render(dossier(), report(dossier()), tmp_path)["feedback-register.docx"])
    assert "No entry: TO COMPLETE" in highlighted(doc)  # teaching teams
    assert ["Beneficiaries", "Required", "1", "4 / 5", "Covered"] in tables_rows(doc)


def test_skills_assessment_only_needs_two_groups(tmp_path: Path) -> None:
    doss = replace(dossier(), profile=profile(categories=frozenset({"BC"})))
    doc = open_docx(render(doss, report(doss), tmp_path)["feedback-register.docx"])
    assert ["Funders", "Not required", "0", "—", "No entry (not required)"] in tables_rows(doc)
    assert "Skills assessments only" in text(doc)


def test_french_documents_use_french_dates_and_numbers(tmp_path: Path) -> None:
    extra = Feedback(
        origin("Feedback", 4),
        date(2026, 2, 4),
        "beneficiaries",
        "Paie 2026",
        "survey_hot",
        Decimal(3),
        Decimal(5),
        "Bien",
    )
    doss = dossier("fr")
    doss = replace(doss, feedback=(*doss.feedback, extra))
    documents = render(doss, report(doss, "fr"), tmp_path, "fr")
    register = open_docx(documents["registre-appreciations.docx"])
    assert "Généré le 27 novembre 2026" in header_footer_text(register)
    assert ["Bénéficiaires", "Requis", "2", "3,5 / 5", "Couvert"] in tables_rows(register)
    preparation = text(open_docx(documents["preparation-audit.docx"]))
    assert "Durée estimée\u00a0: 2,5 jours" in preparation
    assert "Audit de surveillance entre le 12 mai 2026 et le 12 janvier 2027" in preparation


def test_validation_report_lists_findings_by_file(tmp_path: Path) -> None:
    findings = (
        Finding(
            "error",
            "EVIDENCE_FILE_MISSING",
            "inbox/evidence.xlsx",
            "Evidence",
            "D4",
            "The file procedures/x.pdf is missing.",
            "Put it in evidence/.",
            4,
        ),
        Finding(
            "warning",
            "REVIEW_OVERDUE",
            "inbox/grid.xlsx",
            "Indicators",
            "H9",
            "Review overdue.",
            "Review it.",
        ),
    )
    doss = dossier()
    doc = open_docx(
        render(doss, report(doss, findings=findings), tmp_path)["validation-report.docx"]
    )
    body = text(doc)
    assert body.index("inbox/evidence.xlsx") < body.index("inbox/grid.xlsx")
    assert [
        "Error",
        "Evidence",
        "D4",
        "4",
        "The file procedures/x.pdf is missing.",
        "Put it in evidence/.",
        "EVIDENCE_FILE_MISSING",
    ] in tables_rows(doc)
    assert "1 error and 1 warning" in body


@pytest.mark.parametrize(
    ("lang", "conflict", "row", "said"),
    [
        (
            "en",
            MergeConflict("audit-preparation.docx", "Indicator 1 › Our approach", "Mine.", "New."),
            ["audit-preparation.docx", "Indicator 1 › Our approach", "Mine.", "New."],
            "1 passage changed both by hand in Word and in the workbooks",
        ),
        (
            "en",
            MergeConflict("audit-preparation.docx", "Indicator 2", "", "New."),
            ["audit-preparation.docx", "Indicator 2", "(deleted by hand)", "New."],
            "1 passage changed both by hand",
        ),
        (
            "fr",
            MergeConflict("preparation-audit.docx", "Indicateur 1 › Notre démarche", "À moi.", ""),
            [
                "preparation-audit.docx",
                "Indicateur 1 › Notre démarche",
                "À moi.",
                "(n’est plus dans les classeurs)",
            ],
            "1 passage modifié(s) à la fois à la main dans Word et dans les classeurs",
        ),
    ],
)
def test_validation_report_names_the_passages_changed_on_both_sides(
    tmp_path: Path, lang: str, conflict: MergeConflict, row: list[str], said: str
) -> None:
    doss = dossier()
    ws = workspace(tmp_path, lang)  # type: ignore[arg-type]
    (document,) = render_documents(
        doss, report(doss), ws, TODAY, only={"validation_report"}, conflicts=(conflict,)
    )
    doc = open_docx(document)
    assert row in tables_rows(doc)
    assert said in text(doc)


def test_validation_report_without_conflicts_has_no_such_section(tmp_path: Path) -> None:
    doss = dossier()
    body = text(open_docx(render(doss, report(doss), tmp_path)["validation-report.docx"]))
    assert "Passages changed both in Word and in the workbooks" not in body


def test_a_document_without_its_sheet_is_skipped_and_explained(tmp_path: Path) -> None:
    doss = replace(dossier(), profile=None, present=dossier().present - {"feedback"})
    documents = render(doss, report(doss), tmp_path)
    assert "audit-preparation.docx" not in documents
    assert "feedback-register.docx" not in documents
    body = text(open_docx(documents["validation-report.docx"]))
    assert "The profile sheet of the self-assessment grid is missing" in body
    assert "No \u201cFeedback\u201d sheet in the inbox" in body


def test_consultant_organisation_links_evidence_two_levels_up(tmp_path: Path) -> None:
    from pipeline.core.model import SourceFile

    doss = replace(dossier(), files=(SourceFile("inbox/acme/grid.xlsx", "0" * 64),))
    doc = open_docx(render(doss, report(doss), tmp_path)["audit-preparation.docx"])
    assert 'HYPERLINK "../../evidence/procedures/procedure-2.pdf"' in instructions(doc)


def test_only_the_documents_asked_for_are_rendered(tmp_path: Path) -> None:
    from pipeline.render import document_inputs, render_documents
    from tests.render.factory import workspace
    from tests.render.reading import TODAY

    changed = {"feedback"}
    wanted = {key for key, inputs in document_inputs().items() if inputs & changed}
    assert wanted == {"feedback_register", "improvement_register", "validation_report"}
    documents = render_documents(
        dossier(), report(dossier()), workspace(tmp_path), TODAY, only=wanted
    )
    assert sorted(d.name for d in documents) == [
        "feedback-register.docx",
        "improvement-register.docx",
        "validation-report.docx",
    ]


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("procedures/p.pdf", "../evidence/procedures/p.pdf"),
        ("evidence/procedures/p.pdf", "../evidence/procedures/p.pdf"),
        ("Qualité\\procédure v2.pdf", "../evidence/Qualité/procédure v2.pdf"),
        ('https://example.org/a?b=1&c="2"', "https://example.org/a?b=1&c=%222%22"),
        ("../qualiopi.toml", ""),
        ("/etc/passwd", ""),
        ("C:\\Windows\\win.ini", ""),
        ("\\\\server\\share\\audit.pdf", ""),
        ("file:///etc/passwd", ""),
        ("~/audit.pdf", ""),
        ("catalogue/../../../etc/passwd", ""),
        ("javascript:alert(1)", ""),
        ("a:b.pdf", ""),
    ],
)
def test_evidence_links_never_leave_the_workspace(location: str, target: str) -> None:
    from pipeline.render.context.links import evidence_link

    assert evidence_link(location, "evidence", "") == target


def test_documents_not_made_say_why() -> None:
    from pipeline.render import documents_not_made

    doss = replace(dossier(), indicators=None, present=dossier().present - {"complaints"})
    found = dict(documents_not_made(doss, "en"))
    assert list(found) == ["preparation", "complaint_register", "companion"]
    assert found["preparation"].startswith("The indicators sheet")
