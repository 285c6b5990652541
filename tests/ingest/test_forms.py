"""Form answer exports (Google Forms, Microsoft Forms) become feedback, without personal data."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from tests.ingest.books import read, workspace, write_book

DAY = date(2026, 11, 27)
PERSONAL = ["Lucie Fontaine", "lucie.fontaine@example.org", "06 12 34 56 78", "Fauteuil roulant"]
GOOGLE = [
    [
        "Horodateur",
        "Adresse e-mail",
        "Nom et prénom",
        "Téléphone",
        "Avez-vous une situation de handicap ?",
        "Note globale de la formation",
        "Qu’avez-vous le plus apprécié ?",
        "Que faudrait-il améliorer ?",
    ],
    [
        datetime(2026, 10, 2, 17, 5),
        PERSONAL[1],
        PERSONAL[0],
        PERSONAL[2],
        PERSONAL[3],
        5,
        "Les cas pratiques tirés de notre métier.",
        "Plus de pauses l’après-midi.",
    ],
    [
        datetime(2026, 10, 3, 9, 12),
        "marc@example.org",
        "Marc Petit",
        "",
        "Non",
        4,
        "Formatrice très disponible.",
        "",
    ],
    [
        datetime(2026, 10, 3, 11, 40),
        "ines@example.org",
        "Inès Haddad",
        "",
        "Non",
        3,
        "Le support de cours.",
        "Salle trop petite pour le groupe.",
    ],
]
MICROSOFT = [
    ["ID", "Start time", "Completion time", "Email", "Name", "Overall rating", "Comments"],
    [
        "1",
        "10/14/26 9:01:00",
        "10/14/26 9:04:10",
        "anna@example.org",
        "Anna Berg",
        "4",
        "Clear and practical session.",
    ],
    [
        "2",
        "10/14/26 9:02:00",
        "10/14/26 9:06:30",
        "tom@example.org",
        "Tom Reed",
        "5",
        "Great trainer, would recommend.",
    ],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _entry(message: str) -> str:
    return message.split("\n", 1)[1]


def test_an_export_gets_a_ready_to_paste_entry_that_turns_it_into_feedback(
    tmp_path: Path,
) -> None:
    ws = workspace(tmp_path, "fr")
    write_book(ws.inbox / "Satisfaction stagiaires (réponses).xlsx", {"Réponses": GOOGLE})

    [finding] = read(ws).findings

    assert (finding.code, finding.severity) == ("FORM_EXPORT", "warning")
    entry = _entry(finding.message)
    assert entry == (
        "[[feedback.forms]]\n"
        'file = "Satisfaction stagiaires (réponses).xlsx"\n'
        'group = "beneficiaries"\n'
        'score = "Note globale de la formation"\n'
        "scale = 5\n"
        'comments = ["Qu’avez-vous le plus apprécié ?", "Que faudrait-il améliorer ?"]'
    )
    assert not any(value in finding.message + finding.hint for value in PERSONAL)
    (tmp_path / "qualiopi.toml").write_text('language = "fr"\n\n' + entry + "\n", encoding="utf-8")
    ws = workspace(tmp_path, "fr", forms=_forms(tmp_path))

    dossier = read(ws)

    assert [f.code for f in dossier.findings] == []
    assert [(f.date, f.group, f.score, f.scale) for f in dossier.feedback] == [
        (date(2026, 10, 2), "beneficiaries", 5, 5),
        (date(2026, 10, 3), "beneficiaries", 4, 5),
        (date(2026, 10, 3), "beneficiaries", 3, 5),
    ]
    assert dossier.feedback[0].comment == (
        "Les cas pratiques tirés de notre métier. / Plus de pauses l’après-midi."
    )


def _forms(root: Path) -> tuple[object, ...]:
    from pipeline.workspace import load_settings

    return load_settings(root / "qualiopi.toml").forms


def test_a_microsoft_forms_csv_export_is_read_with_its_entry(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "en")
    _csv(ws.inbox / "Training feedback.csv", MICROSOFT)
    [finding] = read(ws).findings
    assert finding.code == "FORM_EXPORT"
    (tmp_path / "qualiopi.toml").write_text(_entry(finding.message) + "\n", encoding="utf-8")

    dossier = read(workspace(tmp_path, "en", forms=_forms(tmp_path)))

    assert [(f.date, f.score, f.scale, f.comment) for f in dossier.feedback] == [
        (date(2026, 10, 14), 4, 5, "Clear and practical session."),
        (date(2026, 10, 14), 5, 5, "Great trainer, would recommend."),
    ]


@pytest.mark.parametrize(
    ("question", "code"),
    [("Nom et prénom", "FORM_PERSONAL_QUESTION"), ("Note du formateur", "FORM_QUESTION_MISSING")],
)
def test_an_entry_naming_a_personal_or_absent_question_is_refused(
    tmp_path: Path, question: str, code: str
) -> None:
    ws = workspace(tmp_path, "fr")
    write_book(ws.inbox / "reponses.xlsx", {"Réponses": GOOGLE})
    (tmp_path / "qualiopi.toml").write_text(
        '[[feedback.forms]]\nfile = "reponses*.xlsx"\ngroup = "Bénéficiaires"\n'
        f'score = "Note globale de la formation"\nscale = 5\ncomments = ["{question}"]\n',
        encoding="utf-8",
    )
    dossier = read(workspace(tmp_path, "fr", forms=_forms(tmp_path)))
    assert code in [f.code for f in dossier.findings]
    assert not any(value in f.message for f in dossier.findings for value in PERSONAL)
    texts = [f.comment for f in dossier.feedback]
    assert not any(value in text for text in texts for value in PERSONAL)


def test_no_personal_answer_reaches_a_document_the_report_or_the_log(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    create_demo(root, "fr", DAY)
    write_book(root / "inbox" / "Satisfaction (réponses).xlsx", {"Réponses": GOOGLE})
    [first] = build_workspace(root, today=DAY)
    [finding] = [f for f in first.report.findings if f.code == "FORM_EXPORT"]
    with (root / "qualiopi.toml").open("a", encoding="utf-8") as settings:
        settings.write("\n" + _entry(finding.message) + "\n")

    [result] = build_workspace(root, today=DAY)

    assert len(result.dossier.feedback) > len(first.dossier.feedback)
    outputs = [json.dumps([f.message for f in result.report.findings], ensure_ascii=False)]
    for path in sorted((root / "outbox").rglob("*.docx")):
        document = docx.Document(str(path))
        outputs.append("\n".join(p.text for p in document.paragraphs))
        outputs += [c.text for t in document.tables for r in t.rows for c in r.cells]
    outputs += [p.read_text(encoding="utf-8", errors="replace") for p in root.rglob("*.log")]
    everything = "\n".join(outputs)
    assert "Les cas pratiques tirés de notre métier." in everything
    assert [value for value in PERSONAL if value in everything] == []
    shutil.rmtree(root)
