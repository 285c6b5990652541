"""Files that are not workbooks in the inbox: one finding naming the file, nothing else lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.i18n import text
from pipeline.render.formats import typeset
from tests.end_to_end import forge
from tests.end_to_end.conftest import GRID, Case, document_text, located, outcomes

Maker = Callable[[bytes], bytes]  # the demo grid's bytes -> the hostile file's bytes
FODS = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
    b'opendocument:xmlns:office:1.0" office:version="1.3" office:mimetype="application/'
    b'vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet/></office:body>'
    b"</office:document>"
)
SYLK = b'ID;PCALCOOO32\r\nC;X1;Y1;K"Date"\r\nE\r\n'
HTML = b"<!DOCTYPE html><html><body><table><tr><td>Date</td></tr></table></body></html>"

# One row per file people (or a broken copy) put in the inbox: its name, how it is made, the code.
NOT_WORKBOOKS: list[tuple[str, Maker, str]] = [
    ("grille.fods", lambda _: FODS, "NOT_WORKBOOK_FORMAT"),
    ("registre 2025.slk", lambda _: SYLK, "NOT_WORKBOOK_FORMAT"),
    ("export.htm", lambda _: HTML, "NOT_WORKBOOK_FORMAT"),
    ("export.csv", lambda _: forge.csv(), "NOT_WORKBOOK_CSV"),
    ("export.xlsx", lambda _: forge.csv(), "NOT_WORKBOOK_CSV"),  # a CSV renamed .xlsx
    ("procedure.xlsx", lambda _: forge.word_document(), "NOT_WORKBOOK_DOCX"),
    ("catalogue.pdf", lambda _: forge.pdf(), "NOT_WORKBOOK_PDF"),
    ("protected.xlsx", lambda _: forge.encrypted(), "WORKBOOK_ENCRYPTED"),
    ("empty.xlsx", lambda _: b"", "FILE_EMPTY"),
    ("copy cut short.xlsx", forge.truncated, "FILE_CORRUPT"),
    (
        "one byte flipped.xlsx",
        lambda grid: forge.flipped(grid, forge.sheet_part(grid, "Indicators")),
        "FILE_CORRUPT",
    ),
    ("strict.xlsx", forge.strict, "WORKBOOK_STRICT"),
]
IDS = [
    "fods",
    "sylk",
    "html",
    "csv",
    "csv-renamed-xlsx",
    "docx-renamed-xlsx",
    "pdf",
    "encrypted",
    "zero-byte",
    "truncated",
    "flipped-byte",
    "strict-open-xml",
]
UNCHANGED = ["preparation", "action_plan", "feedback_register", "complaint_register"]


@pytest.mark.parametrize(("name", "make", "code"), NOT_WORKBOOKS, ids=IDS)
def test_a_file_that_is_not_a_workbook_gets_one_finding_and_the_rest_is_built(
    case: Case, name: str, make: Maker, code: str
) -> None:
    (case.inbox / name).write_bytes(make(case.workbook(GRID).read_bytes()))

    results = case.build()

    assert located(results, f"inbox/{name}") == [("error", code, f"inbox/{name}", "", "")]
    (found,) = [f for r in results for f in r.report.findings if f.file == f"inbox/{name}"]
    assert found.message.startswith(name)
    assert found.hint == text("en", f"hint.{code}")
    done = outcomes(results)
    assert all(done[f"outbox/{case.document(key).name}"] == "unchanged" for key in UNCHANGED)
    assert done["outbox/validation-report.docx"] == "written"
    report = document_text(case.document("validation_report"))
    assert typeset(found.message, "en") in report and typeset(found.hint, "en") in report


def test_the_grid_itself_cut_short_stops_only_the_document_made_from_it(case: Case) -> None:
    grid = case.workbook(GRID)
    grid.write_bytes(forge.truncated(grid.read_bytes()))
    before = case.document("preparation").read_bytes()

    results = case.build()

    assert [f for f in located(results) if f[0] == "error"] == [
        ("error", "GRID_MISSING", "", "Indicators", ""),
        ("error", "PROFILE_MISSING", "", "Profile", ""),
        ("error", "FILE_CORRUPT", f"inbox/{grid.name}", "", ""),
    ]
    done = outcomes(results)
    assert "outbox/audit-preparation.docx" not in done
    assert case.document("preparation").read_bytes() == before  # the last good one is kept
    assert done["outbox/complaint-register.docx"] == "written"
    report = document_text(case.document("validation_report"))
    assert "Documents not produced\nDocument\nWhy\naudit-preparation.docx\n" in report
    assert f"{grid.name} is damaged (incomplete or corrupted) and cannot be read." in report


@pytest.mark.parametrize(
    ("name", "make", "code", "message"),
    [
        (
            "ancien.slk",
            lambda _: SYLK,
            "NOT_WORKBOOK_FORMAT",
            "ancien.slk est un fichier SYLK (.slk) : cet outil lit les classeurs Excel",
        ),
        (
            "protégé.xlsx",
            lambda _: forge.encrypted(),
            "WORKBOOK_ENCRYPTED",
            "protégé.xlsx est protégé par un mot de passe à l'ouverture",
        ),
    ],
    ids=["NOT_WORKBOOK_FORMAT", "WORKBOOK_ENCRYPTED"],
)
def test_validate_says_what_the_file_is_and_what_to_do_in_french(
    cases: Callable[[str], Case], name: str, make: Maker, code: str, message: str
) -> None:
    case = cases("fr")
    (case.inbox / name).write_bytes(make(b""))

    result = case.cli("validate")

    assert result.exit_code == 1
    lines = result.output.splitlines()
    at = next(n for n, line in enumerate(lines) if f"inbox/{name}  [{code}]" in line)
    assert lines[at].startswith("  ERREUR") and f"[{code}] {message}" in lines[at]
    assert lines[at + 1].strip() == f"→ {text('fr', f'hint.{code}')}"


def test_build_shows_which_file_stopped_which_document(case: Case) -> None:
    grid = case.workbook(GRID)
    grid.write_bytes(forge.truncated(grid.read_bytes()))

    result = case.cli("build")

    assert result.exit_code == 1
    assert f"{grid.name} is damaged (incomplete or corrupted) and cannot be read." in result.output
    assert "audit-preparation.docx" in result.output
