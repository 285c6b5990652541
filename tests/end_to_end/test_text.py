"""Text that looks like markup or template code, and nasty text: rendered literally, nothing lost
but the characters Word cannot hold, and every document still opens in LibreOffice.

One workspace holds every text (one build, one LibreOffice conversion); each test checks one.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pipeline.core.model import Lang
from tests.end_to_end import forge
from tests.end_to_end.conftest import GRID, Case, copy_case, document_text, located
from tests.office import convert

# The documents of every case are converted once by LibreOffice, for all the tests here.
pytestmark = pytest.mark.libreoffice

MARKUP = (
    "Literal: {{ 7*7 }} {% raw %} <w:p> ]]> &amp; {{ cycler.__init__ }} "
    "{%tr for x in y %} {{r x }} {# not a comment #} <![CDATA[x]]>"
)
ORGANISATION = "Acme <w:p> & Co ]]> {{ 7*7 }}"
LONG = ("[LONG-START] " + "Our approach is documented step by step. " * 1000)[
    :39_989
] + " [LONG-END]"
# (name, indicator row in the grid, text written in its approach, text the documents must show)
NASTY: list[tuple[str, int, str, str]] = [
    ("crlf", 5, "[T-CRLF] line one\r\nline two", "[T-CRLF] line one\nline two"),
    ("line-separator", 6, "[T-LS] para\u2028next", "[T-LS] para\nnext"),
    ("emoji", 7, "[T-EMOJI] 👍🏽 ✅ 🇫🇷 done", "[T-EMOJI] 👍🏽 ✅ 🇫🇷 done"),
    ("right-to-left", 8, "[T-RTL] مرحبا بالعالم שלום עולם", "[T-RTL] مرحبا بالعالم שלום עולם"),
    (
        "combining",
        9,
        "[T-COMB] Cre\u0301teil, man\u0303ana, A\u030a",
        "[T-COMB] Cre\u0301teil, man\u0303ana, A\u030a",
    ),
]
# Written in the sheet XML: openpyxl cuts text at Excel's 32,767 characters; other tools do not.
LONG_CELL = "E3"
# Written as Excel stores control characters (_xHHHH_ escapes): \\x07, \\x0b, \\x0c, \\x00.
CONTROL_CELL = "E4"
CONTROL_XML = b"[T-CTRL] bell_x0007_vt_x000B_ff_x000C_nul_x0000_end"
CONTROL_SHOWN = "[T-CTRL] bellvt\nffnulend"  # \x0b is Excel's soft line break, the rest dropped


@dataclass
class Built:
    """The text workspace after its build: the case, its documents' text, their PDF text."""

    case: Case
    findings: list[tuple[str, str, str, str, str]]
    text: dict[str, str]  # document name -> python-docx text
    pdf: dict[str, str]  # document name -> LibreOffice PDF text


def _fill(case: Case) -> None:
    def profile(sheet: Any) -> None:
        sheet["C2"] = ORGANISATION

    def grid(sheet: Any) -> None:
        sheet["E2"] = MARKUP
        for _, row, written, _ in NASTY:
            sheet[f"E{row}"] = written

    def complaints(sheet: Any) -> None:
        sheet["F2"] = MARKUP

    case.edit(GRID, "profile", profile)
    case.edit(GRID, "indicators", grid)
    case.edit("complaints", "complaints", complaints)
    path = case.workbook(GRID)
    data = path.read_bytes()
    path.write_bytes(
        forge.edit_part(
            data,
            forge.sheet_part(data, "Indicators"),
            lambda xml: _inline(_inline(xml, CONTROL_CELL, CONTROL_XML), LONG_CELL, LONG.encode()),
        )
    )


def _inline(xml: bytes, cell: str, content: bytes) -> bytes:
    return forge.set_cell(xml, cell, b't="inlineStr"><is><t>' + content + b"</t></is>")


@pytest.fixture(scope="module")
def built(
    templates: dict[Lang, tuple[Path, dict[str, str]]], tmp_path_factory: pytest.TempPathFactory
) -> Built:
    case = copy_case(templates, "en", tmp_path_factory.mktemp("text") / "ws")
    _fill(case)
    results = case.build()
    documents = sorted(case.outbox.glob("*.docx"))
    pdfs = convert(documents, "pdf", case.root.parent / "pdf")  # one LibreOffice run for all
    return Built(
        case,
        located(results),
        {p.name: document_text(p) for p in documents},
        {d.name: _pdf_text(pdf) for d, pdf in zip(documents, pdfs, strict=True)},
    )


def _pdf_text(pdf: Path) -> str:
    """Return a PDF's text in reading order (cell by cell), whitespace normalised."""
    done = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    )
    return " ".join(done.stdout.split())


def test_markup_and_template_code_in_cells_are_shown_literally(built: Built) -> None:
    preparation = built.text["audit-preparation.docx"]
    assert f"\n{MARKUP}\n" in f"\n{preparation}\n"
    assert f"\n{MARKUP}\n" in f"\n{built.text['complaint-register.docx']}\n"
    assert ORGANISATION in preparation


def test_markup_survives_libreoffice(built: Built) -> None:
    for name in ("audit-preparation.docx", "complaint-register.docx"):
        assert " ".join(MARKUP.split()) in built.pdf[name], name
    assert ORGANISATION in built.pdf["audit-preparation.docx"]


@pytest.mark.parametrize(
    ("written", "shown"), [(w, s) for _, _, w, s in NASTY], ids=[name for name, *_ in NASTY]
)
def test_nasty_text_loses_nothing(built: Built, written: str, shown: str) -> None:
    assert shown in built.text["audit-preparation.docx"]


def test_a_40000_character_cell_loses_nothing(built: Built) -> None:
    assert len(LONG) == 40_000
    assert f"\n{LONG}\n" in built.text["audit-preparation.docx"]


def test_control_characters_are_dropped_and_the_rest_is_kept(built: Built) -> None:
    assert CONTROL_SHOWN in built.text["audit-preparation.docx"]


def test_every_document_opens_in_libreoffice_with_its_text(built: Built) -> None:
    assert sorted(built.pdf) == sorted(built.text)
    pdf = built.pdf["audit-preparation.docx"]
    for marker in (
        "[LONG-START]",
        "[LONG-END]",
        "[T-CRLF] line one line two",
        "[T-LS] para next",
        "[T-EMOJI]",
        "[T-RTL]",
        "[T-COMB]",
        "[T-CTRL]",
    ):
        assert marker in pdf, marker


def test_nothing_in_the_text_is_reported_as_an_error(built: Built) -> None:
    grid = f"inbox/{built.case.workbook(GRID).name}"
    assert [f for f in built.findings if f[2] == grid and f[0] == "error"] == []


def test_a_nul_byte_stored_raw_makes_that_sheet_unreadable_and_only_that_sheet(case: Case) -> None:
    path = case.workbook("complaints")
    data = path.read_bytes()
    path.write_bytes(
        forge.edit_part(
            data,
            forge.sheet_part(data, "Complaints"),
            lambda xml: forge.set_cell(xml, "F2", b't="inlineStr"><is><t>nul\x00end</t></is>'),
        )
    )

    results = case.build()

    assert located(results, f"inbox/{path.name}") == [
        ("error", "WORKBOOK_UNREADABLE", f"inbox/{path.name}", "Complaints", "")
    ]
    assert {d.name: d.outcome for r in results for d in r.deliveries}[
        "audit-preparation.docx"
    ] == "unchanged"
