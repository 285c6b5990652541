"""One status vocabulary: the self-assessment grid offers the words every document shows.

Over the French and English demos, built for real: the blank grid's dropdown read back with
openpyxl, the preparatory document read back with python-docx and through LibreOffice's PDF.
Each demo is edited as a user would: indicator 1 cites an unknown proof (an error), indicators
3 and 4 carry the grid's former words (« En cours », « À faire »; "In progress", "To do").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import docx
import openpyxl
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.authoring.scaffold import blank_workbooks
from pipeline.authoring.workbooks import workbook_name
from pipeline.build.flow import build_workspace
from pipeline.build.reuse import OrganisationResult
from pipeline.core.model import LANGS, Lang
from pipeline.i18n import choice, text
from pipeline.render import document_name
from pipeline.render.formats import typeset
from tests.conftest import TODAY
from tests.office import convert, pdf_text

FORMER: dict[Lang, tuple[str, str]] = {
    "fr": ("En cours", "À faire"),
    "en": ("In progress", "To do"),
}
pytestmark = pytest.mark.libreoffice

GRID_WORDS = ("ready", "to_complete", "not_applicable")


def shown(lang: Lang, key: str, **params: object) -> str:
    """Return a catalogue text as the documents show it (typeset for the language)."""
    return typeset(text(lang, key, **params), lang)


def word(lang: Lang, key: str) -> str:
    """Return a status word as the documents show it."""
    return typeset(choice(lang, "status", key), lang)


@dataclass(frozen=True)
class Built:
    """One demo, edited and built: its build result, preparatory document and its PDF text."""

    result: OrganisationResult
    document: docx.document.Document
    pdf: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, Built]:
    made = {}
    for lang in LANGS:
        root = tmp_path_factory.mktemp(f"vocabulary-{lang}") / "ws"
        create_demo(root, lang, TODAY)
        path = root / "inbox" / workbook_name(lang, "self-assessment", "V10")
        book = openpyxl.load_workbook(path)
        grid = book[text(lang, "sheet.indicators")]
        grid["F2"] = "P-01, P-99"  # indicator 1 cites a proof the evidence list does not hold
        grid["D4"], grid["D5"] = FORMER[lang]  # indicators 3 and 4
        book.save(path)
        (result,) = build_workspace(root, today=TODAY)
        preparation = root / "outbox" / document_name(lang, "preparation")
        (pdf,) = convert([preparation], "pdf", root.parent / "pdf")
        made[lang] = Built(result, docx.Document(str(preparation)), pdf_text(pdf))
    return made


def _dropdown(lang: Lang) -> tuple[str, list[str]]:
    """Return the blank grid's status header and the words its status dropdown offers."""
    (path,) = [p for p in blank_workbooks(lang, "V10") if "V10" in p.name]
    book = openpyxl.load_workbook(path)
    grid = book[text(lang, "sheet.indicators")]
    rule = next(v for v in grid.data_validations.dataValidation if "D2" in v.sqref)
    sheet, cells = rule.formula1.replace("$", "").split("!")
    return grid["D1"].value, [c.value for (c,) in book[sheet.strip("'")][cells] if c.value]


def _rows(document: docx.document.Document) -> list[list[str]]:
    return [[c.text.strip() for c in row.cells] for t in document.tables for row in t.rows]


def _summary(built: Built, lang: Lang) -> dict[str, str]:
    """Return {indicator number: status} from the summary table (number, criterion, status)."""
    header = typeset(text(lang, "col.indicators.status"), lang)
    rows = _rows(built.document)
    start = next(i for i, r in enumerate(rows) if len(r) == 3 and r[2] == header)
    return {r[0].split()[0]: r[2] for r in rows[start + 1 :] if len(r) == 3 and r[1].isdigit()}


def _status_lines(built: Built, lang: Lang) -> dict[str, str]:
    """Return {indicator number: status line} from each indicator's block, in document order."""
    header = typeset(text(lang, "col.indicators.status"), lang)
    summary = _summary(built, lang)
    applicable = [n for n, s in summary.items() if s != word(lang, "not_applicable")]
    # the first such row heads the summary's count table; then one per indicator block
    lines = [r[1] for r in _rows(built.document) if len(r) == 2 and r[0] == header]
    return dict(zip(applicable, lines[1:], strict=True))


@pytest.mark.parametrize("lang", LANGS)
def test_the_grid_offers_exactly_the_words_the_documents_show(
    built: dict[Lang, Built], lang: Lang
) -> None:
    header, offered = _dropdown(lang)
    assert offered == [choice(lang, "status", key) for key in GRID_WORDS]
    rows = _rows(built[lang].document)
    counted = next(rows[i + 1 : i + 5] for i, r in enumerate(rows) if r[0] == header)
    open_nc = shown(lang, "doc.status.open_nc")
    assert sorted(r[0] for r in counted) == sorted([typeset(w, lang) for w in offered] + [open_nc])
    assert set(_summary(built[lang], lang).values()) <= {r[0] for r in counted}
    for number, line in _status_lines(built[lang], lang).items():
        assert any(line.startswith(r[0]) for r in counted), (number, line)
    pdf = re.sub(r"\s+", " ", built[lang].pdf)
    for shown_word in [typeset(w, lang) for w in offered] + [open_nc, header]:
        assert re.sub(r"\s+", " ", shown_word) in pdf, shown_word
    former = ("État de préparation", "Readiness")
    assert not any(f in pdf for f in former)


@pytest.mark.parametrize("lang", LANGS)
def test_a_grid_filled_with_the_former_words_is_still_read(
    built: dict[Lang, Built], lang: Lang
) -> None:
    result = built[lang].result
    entries = {e.number: e for e in result.dossier.indicators or ()}
    assert (entries[3].status, entries[4].status) == ("to_complete", "to_complete")
    on_status = [f for f in result.report.findings if f.cell in ("D4", "D5")]
    assert on_status == []
    lines = _status_lines(built[lang], lang)
    reason = shown(lang, "doc.status.reason.declared", status=choice(lang, "status", "to_complete"))
    for number in ("3", "4"):
        assert lines[number].startswith(word(lang, "to_complete")), lines[number]
        assert reason in lines[number]


@pytest.mark.parametrize("lang", LANGS)
def test_an_indicator_with_an_error_reads_to_complete_with_its_reason(
    built: dict[Lang, Built], lang: Lang
) -> None:
    assert any(f.severity == "error" and f.cell == "F2" for f in built[lang].result.report.findings)
    assert _summary(built[lang], lang)["1"] == word(lang, "to_complete")
    line = _status_lines(built[lang], lang)["1"]
    assert line.startswith(word(lang, "to_complete")), line
    assert shown(lang, "doc.status.reason.evidence") in line
    assert shown(lang, "doc.status.reason.error") not in line  # the same error is not said twice
    assert word(lang, "ready") not in line


@pytest.mark.parametrize("lang", LANGS)
def test_a_corrected_nonconformity_awaiting_verification_is_not_shown_open(
    built: dict[Lang, Built], lang: Lang
) -> None:
    # The demo's NC-02, on indicator 2, is corrected and awaits the certifier's verification.
    assert _summary(built[lang], lang)["2"] != shown(lang, "doc.status.open_nc")
    assert not _status_lines(built[lang], lang)["2"].startswith(shown(lang, "doc.status.open_nc"))
    corrected = typeset(choice(lang, "nc_status", "corrected"), lang)
    paragraphs = [p.text for p in built[lang].document.paragraphs]
    assert any(p.startswith("NC-02") and corrected in p for p in paragraphs), paragraphs
