"""Two audiences: what the certifier receives holds only what the organisation presents, and
nothing invalid is shown as fine; the quality manager's notes go to internal files.

Over the French and English demos, built for real, read back from every XML part of each
document (body, headers, footers, comments), and the internal companion opened by LibreOffice.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.authoring.demo import create_demo
from pipeline.authoring.workbooks import workbook_name
from pipeline.build.flow import build_workspace
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render import document_name, documents_to_send
from pipeline.render.formats import typeset
from tests.conftest import TODAY
from tests.office import convert


def _to_send(lang: Lang) -> list[str]:
    """The file names of the documents to send, as they appear in the outbox."""
    return [document_name(lang, key) for key in documents_to_send()]


INTERNAL_MARKERS = {
    "source tag": re.compile(
        r"\[(?:GSMS|CAPS|AXION|SEED-X|KAT|FAQ|AFNOR|GUIDE-V9|ARR-[A-Z0-9]+)\]"
    ),
    # Spaces and apostrophes as typeset in the documents (no-break spaces, ’) match too.
    "conflict id": re.compile(r"\b(?:Conflit|Conflict|conflit|conflict)\sC\d+"),
    "settings key": re.compile(r"certifier_page|practitioner_guide|qualiopi\.toml|\[audit_"),
    "disclaimer": re.compile(r"[Gg]radation\sprovisoire|[Pp]rovisional\sgrading"),
    "coaching": re.compile(r"Ce\squi\scompte\sà\sl['’]audit|What\smatters\sat\sthe\saudit"),
}


def shown(lang: Lang, key: str, **params: object) -> str:
    """Return a catalogue text as the documents show it (typeset for the language)."""
    return typeset(text(lang, key, **params), lang)


def version_and_why(lang: Lang) -> re.Pattern[str]:
    """The sentence naming the version used and why: "<V10 title>, as the audit is on <date>".

    Any run of spaces (no-break ones included, or a line break in a PDF) matches any other.
    """
    sentence = shown(lang, "version.by_date", version=text(lang, "version.V10"), date="DATE")
    words = [re.escape(word) for word in sentence.split()]
    return re.compile(r"\s+".join(words).replace("DATE", r"\d+(?:er)?\s+\w+\s+\d{4}"))


W_T = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def all_text(path: Path) -> str:
    """Return the text of every part of a Word file: body, headers, footers, comments, notes."""
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
        chunks = [b" ".join(W_T.findall(archive.read(n))) for n in sorted(parts)]
    return html.unescape(b"\n".join(chunks).decode("utf-8"))


def _build(root: Path, lang: Lang) -> Path:
    create_demo(root, lang, TODAY)
    build_workspace(root, today=TODAY)
    return root


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, Path]:
    """The French and English demo workspaces, built."""
    return {
        lang: _build(tmp_path_factory.mktemp(f"audiences-{lang}") / "ws", lang)
        for lang in ("fr", "en")
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_internal_marker_in_any_part_of_a_document_to_send(
    demos: dict[Lang, Path], lang: Lang
) -> None:
    for name in _to_send(lang):
        body = all_text(demos[lang] / "outbox" / name)
        for what, pattern in INTERNAL_MARKERS.items():
            assert not pattern.search(body), f"{name}: {what} {pattern.search(body)}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_internal_companion_holds_sources_coaching_and_v10_changes_once(
    demos: dict[Lang, Path], lang: Lang
) -> None:
    name = document_name(lang, "companion")
    assert "companion" not in documents_to_send()
    assert name not in _to_send(lang)
    assert ("interne" if lang == "fr" else "internal") in name
    body = all_text(demos[lang] / "outbox" / name)
    for what in ("source tag", "conflict id", "coaching"):
        assert INTERNAL_MARKERS[what].search(body), what
    assert len(INTERNAL_MARKERS["disclaimer"].findall(body)) == 1  # stated once, not 28 times
    assert shown(lang, "doc.change.new") not in body  # 33 (apprenticeship only) does not apply
    assert shown(lang, "doc.change.substantive") in body
    assert shown(lang, "doc.change.none") in body


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_document_to_send_names_its_version_and_why(
    demos: dict[Lang, Path], lang: Lang
) -> None:
    for name in _to_send(lang):
        body = all_text(demos[lang] / "outbox" / name)
        assert len(version_and_why(lang).findall(body)) == 1, name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_surveillance_audit_says_in_one_sentence_why_there_is_no_duration(
    demos: dict[Lang, Path], lang: Lang
) -> None:
    body = all_text(demos[lang] / "outbox" / document_name(lang, "preparation"))
    assert shown(lang, "doc.duration.surveillance_unknown") in body
    assert ("Non estimée" if lang == "fr" else "Not estimated") not in body
    assert ("Durée estimée" if lang == "fr" else "Estimated duration") not in body


def _edit(root: Path, lang: Lang, stem: str, sheet: str, cells: dict[str, object]) -> None:
    version = "V10" if stem == "self-assessment" else None
    path = root / "inbox" / workbook_name(lang, stem, version)
    book = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        book[text(lang, f"sheet.{sheet}")][cell] = value
    book.save(path)


OUTSIDE = "../../../etc/passwd"


@pytest.fixture(scope="module")
def broken(demos: dict[Lang, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, Path]:
    """Each demo with an unknown proof cited by indicator 1, a proof of indicator 1 located
    outside the workspace, and a feedback score of 12 on a scale of 10; built again."""
    made = {}
    for lang, source in demos.items():
        root = tmp_path_factory.mktemp(f"broken-{lang}") / "ws"
        shutil.copytree(source, root)
        _edit(root, lang, "self-assessment", "indicators", {"F2": "P-01, P-02, P-99"})
        _edit(root, lang, "evidence", "evidence", {"D3": OUTSIDE})
        _edit(root, lang, "feedback", "feedback", {"E2": 12, "F2": 10})
        build_workspace(root, today=TODAY)
        made[lang] = root
    return made


def _readiness_row(path: Path, number: int) -> list[str]:
    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            # the number may carry the audit-scope mark of a surveillance audit ("1 ★")
            if len(cells) == 3 and cells[0].split()[:1] == [str(number)] and cells[1] == "1":
                return cells
    raise AssertionError(f"no summary row for indicator {number}")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_indicator_with_an_error_is_never_shown_ready(
    broken: dict[Lang, Path], demos: dict[Lang, Path], lang: Lang
) -> None:
    name = document_name(lang, "preparation")
    before = _readiness_row(demos[lang] / "outbox" / name, 1)
    after = _readiness_row(broken[lang] / "outbox" / name, 1)
    assert before[2] == shown(lang, "choice.status.ready")
    assert after[2] == shown(lang, "choice.status.to_complete")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_invalid_value_is_never_printed_but_shown_to_complete_with_its_reason(
    broken: dict[Lang, Path], lang: Lang
) -> None:
    outbox = broken[lang] / "outbox"
    for name in _to_send(lang):
        assert OUTSIDE not in all_text(outbox / name), name
    preparation = all_text(outbox / document_name(lang, "preparation"))
    assert shown(lang, "doc.evidence.outside") in preparation
    assert shown(lang, "doc.evidence.unknown") in preparation
    feedback = all_text(outbox / document_name(lang, "feedback_register"))
    assert shown(lang, "doc.feedback.score", score="12", scale="10") not in feedback
    assert shown(lang, "doc.feedback.score_invalid") in feedback
    means = re.findall(r"(\d+(?:[.,]\d+)?) / (\d+)", feedback)
    assert all(float(m.replace(",", ".")) <= float(s) for m, s in means), means


def test_a_corrected_nc_is_not_counted_open_and_its_status_reads_as_in_the_workbook(
    demos: dict[Lang, Path],
) -> None:
    body = all_text(demos["fr"] / "outbox" / document_name("fr", "action_plan"))
    assert "Corrigées, en attente de vérification" in body
    assert text("fr", "choice.nc_status.corrected") in body


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_documents_open_in_libreoffice_and_the_pdf_shows_no_internal_marker(
    demos: dict[Lang, Path], lang: Lang, tmp_path: Path
) -> None:
    outbox = demos[lang] / "outbox"
    names = [*_to_send(lang), document_name(lang, "companion")]
    pdfs = convert([outbox / n for n in names], "pdf", tmp_path)
    for pdf in pdfs[:-1]:
        shown = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert not INTERNAL_MARKERS["source tag"].search(shown), pdf.name
        assert version_and_why(lang).search(" ".join(shown.split())), pdf.name
