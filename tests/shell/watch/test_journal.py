"""The log says, in the workspace language, each file processed, each finding and each document."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.build.flow import OrganisationResult
from pipeline.core.model import Delivery, Dossier, Finding, Lang, MergeConflict, Report
from pipeline.i18n import catalogue
from pipeline.shell.watch import WatchEvent, log_to_file
from pipeline.shell.watch.journal import Journal
from pipeline.workspace import Settings, Workspace

RESULT = OrganisationResult(
    "acme",
    Dossier(),
    Report(
        "V10",
        "",
        (),
        (
            Finding("error", "FILE_CORRUPT", "inbox/acme/broken.xlsx", "", "", "broken", "fix"),
            Finding("warning", "DATE_FUTURE", "inbox/acme/grid.xlsx", "Profile", "C9", "later", ""),
        ),
    ),
    (
        Delivery(
            "preparation", "audit-preparation.docx", "written", "outbox/acme/audit-preparation.docx"
        ),
        Delivery("action_plan", "action-plan.docx", "failed", "", "disk full"),
        Delivery(
            "feedback_register",
            "feedback-register.docx",
            "merged",
            "outbox/acme/feedback-register.docx",
            "merged, see below",
            (MergeConflict("feedback-register.docx", "Learners › 2026-03-02", "Mine", "New"),),
        ),
    ),
)

LINES = {
    "en": [
        "organisation acme: 1 error, 1 warning.",
        "organisation acme: ERROR inbox/acme/broken.xlsx [FILE_CORRUPT] broken",
        "organisation acme: WARNING inbox/acme/grid.xlsx Profile!C9 [DATE_FUTURE] later",
        "Document written: outbox/acme/audit-preparation.docx",
        "Document NOT written: action-plan.docx (disk full)",
        "Document edited by hand, new data merged in: outbox/acme/feedback-register.docx",
        "Passage changed both by hand and in the workbooks, both texts kept (the new one "
        "highlighted): feedback-register.docx, « Learners › 2026-03-02 »",
    ],
    "fr": [
        "l'organisme acme : 1 erreur, 1 avertissement.",
        "l'organisme acme : ERREUR inbox/acme/broken.xlsx [FILE_CORRUPT] broken",
        "l'organisme acme : AVERTISSEMENT inbox/acme/grid.xlsx Profile!C9 [DATE_FUTURE] later",
        "Document écrit : outbox/acme/audit-preparation.docx",
        "Document NON écrit : action-plan.docx (disk full)",
        "Document modifié à la main, nouvelles données intégrées\xa0: "
        "outbox/acme/feedback-register.docx",
        "Passage modifié à la fois à la main et dans les classeurs, les deux textes conservés (le "
        "nouveau surligné)\xa0: feedback-register.docx, «\xa0Learners › 2026-03-02\xa0»",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_build_is_logged_finding_by_finding_and_document_by_document(lang: Lang) -> None:
    journal = Journal(lang, "/ws/inbox", 1.0)
    assert journal.lines(WatchEvent("built", "acme", result=RESULT)) == LINES[lang]


def test_both_languages_have_the_same_watcher_texts() -> None:
    english = {k for k in catalogue("en") if k.startswith("watch.")}
    assert english == {k for k in catalogue("fr") if k.startswith("watch.")}


def test_the_log_file_has_timestamps_and_one_line_per_file(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, Settings(lang="fr"))
    journal = Journal("fr", "/ws/inbox", 1.0)
    with log_to_file(workspace) as path:
        journal.record(WatchEvent("processed", "acme", ("inbox/acme/grille.xlsx",), "ab" * 32))
    [line] = path.read_text(encoding="utf-8").splitlines()
    assert line.endswith("INFO Traité : inbox/acme/grille.xlsx (contenu abababababab).")
    assert line[:4].isdigit()  # 2026-11-27 10:15:00,123 ...
    assert not logging.getLogger("pipeline").handlers  # detached when the watcher stops
