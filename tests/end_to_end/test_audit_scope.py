"""A surveillance or reduced audit: the preparatory document marks the indicators it checks,
says once what the mark means, and marks nothing for an initial or renewal audit."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from typing import Any

import docx
import pytest

from pipeline.build.scope import scope_from_workspace
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render.formats import typeset
from tests.conftest import TODAY
from tests.end_to_end.conftest import GRID, Case, document_text
from tests.office import convert

MARK = "\u00a0★"


def _profile(audit: str, label: str) -> Callable[[Any], None]:
    """Set the planned audit type and the recognised-label answer, found by their labels."""

    def change(sheet: Any) -> None:
        lang: Lang = "fr" if sheet.title == "Profil" else "en"
        wanted = {
            text(lang, "col.profile.audit_type"): text(lang, f"choice.audit_type.{audit}"),
            text(lang, "col.profile.recognised_label"): text(lang, f"choice.yes_no.{label}"),
        }
        found = set()
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in wanted:
                    sheet.cell(cell.row, cell.column + 1).value = wanted[cell.value]
                    found.add(cell.value)
        assert found == set(wanted), f"profile labels not found: {set(wanted) - found}"

    return change


def _built(case: Case, audit: str, label: str) -> tuple[docx.document.Document, str]:
    case.edit(GRID, "profile", _profile(audit, label))
    case.build()
    path = case.document("preparation")
    return docx.Document(str(path)), document_text(path)


def _headings(document: docx.document.Document) -> list[str]:
    """The indicators' headings ("Indicator 12", "Indicateur 12 ★")."""
    return [
        p.text
        for p in document.paragraphs
        if p.style.name == "Heading 2" and re.fullmatch(r"\w+ \d+(\u00a0★)?", p.text)
    ]


def _summary_numbers(document: docx.document.Document) -> list[str]:
    """The first cells of the summary-by-indicator table (the one listing every indicator)."""
    firsts = [[row.cells[0].text for row in table.rows[1:]] for table in document.tables]
    return max(firsts, key=len)


LIMITED = [
    ("en", "surveillance", "no", "surveillance"),
    ("fr", "surveillance", "no", "surveillance"),
    ("en", "initial", "yes", "reduced"),
    ("fr", "initial", "yes", "reduced"),
]


@pytest.mark.parametrize(("lang", "audit", "label", "kind"), LIMITED)
def test_a_limited_audit_marks_the_indicators_it_checks(
    cases: Callable[[Lang], Case], lang: Lang, audit: str, label: str, kind: str
) -> None:
    case = cases(lang)
    document, body = _built(case, audit, label)

    (scope,) = scope_from_workspace(case.root, None, TODAY)  # what `indicators` shows
    assert scope.audit == kind
    checked = {c.number for c in scope.checks if c.checked}
    applicable = {a.number for a in scope.applicability if a.applies}
    assert checked and checked < applicable  # a part of the applicable indicators, not all
    legend = text(
        lang,
        f"doc.scope.legend.{kind}",
        mark="★",
        count=len(checked),
        applicable=len(applicable),
    )
    assert body.count(typeset(legend, lang)) == 1  # said once
    word = _headings(document)[0].split()[0]  # "Indicator" / "Indicateur", as the template says
    assert _headings(document) == [
        f"{word} {n}{MARK if n in checked else ''}" for n in sorted(applicable)
    ]
    assert _summary_numbers(document) == [
        f"{n}{MARK if n in checked else ''}" for n in scope.referential.numbers
    ]


@pytest.mark.parametrize(
    ("lang", "audit"), [("en", "initial"), ("fr", "initial"), ("en", "renewal"), ("fr", "renewal")]
)
def test_an_initial_or_renewal_audit_marks_nothing(
    cases: Callable[[Lang], Case], lang: Lang, audit: str
) -> None:
    case = cases(lang)
    _, body = _built(case, audit, "no")

    assert "★" not in body
    for kind in ("surveillance", "reduced"):
        opening = text(lang, f"doc.scope.legend.{kind}", mark="★", count=0, applicable=0)
        assert typeset(opening, lang).split(" 0 ")[0] not in body


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize(("lang", "audit", "label"), [("fr", "surveillance", "no")])
def test_libreoffice_shows_the_marks_and_their_meaning(
    cases: Callable[[Lang], Case], tmp_path: Any, lang: Lang, audit: str, label: str
) -> None:
    case = cases(lang)
    document, body = _built(case, audit, label)
    (pdf,) = convert([case.document("preparation")], "pdf", tmp_path / "pdf")
    shown = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(shown.replace("\u00a0", " ").split())

    marked = [h for h in _headings(document) if h.endswith(MARK)]
    assert marked
    for heading in marked:
        assert " ".join(heading.replace("\u00a0", " ").split()) in flat
    legend = next(line for line in body.splitlines() if line.startswith("★"))
    assert " ".join(legend.replace("\u00a0", " ").replace("\u202f", " ").split()) in " ".join(
        flat.replace("\u202f", " ").split()
    )
