"""`build --pdf`: a PDF beside each document to send, through the real LibreOffice, remade only
when its document changed; without LibreOffice a clear message and the Word documents."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from pipeline.deliver.pdf import find_office
from pipeline.i18n import text
from pipeline.shell.cli import main

DAY = date(2026, 11, 27)
TO_SEND = (
    "audit-preparation",
    "nonconformity-action-plan",
    "feedback-register",
    "complaint-register",
    "improvement-register",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pdf") / "demo"
    create_demo(root, "en", DAY)
    build_workspace(root, today=DAY, pdf=True)
    return root


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_each_document_to_send_has_its_pdf_and_the_internal_report_has_none(demo: Path) -> None:
    names = {p.stem for p in (demo / "outbox").glob("*.docx")}
    assert set(TO_SEND) <= names
    assert {p.stem for p in (demo / "outbox").glob("*.pdf")} == set(TO_SEND)
    assert "Complaint" in _pdf_text(demo / "outbox" / "complaint-register.pdf")


def test_a_pdf_is_made_again_only_when_its_document_changed(demo: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in (demo / "outbox").glob("*.pdf")}
    [same] = build_workspace(demo, today=DAY, pdf=True)
    assert {pdf.outcome for pdf in same.pdfs} == {"unchanged"}
    assert {p.name: p.stat().st_mtime_ns for p in (demo / "outbox").glob("*.pdf")} == before
    [later] = build_workspace(demo, today=date(2026, 11, 30), pdf=True)  # the dates printed change
    assert {pdf.outcome for pdf in later.pdfs} == {"written"}


@pytest.mark.parametrize(
    ("where", "found"),
    [
        ("path", True),  # soffice on PATH
        ("windows", True),  # %PROGRAMFILES%\LibreOffice\program\soffice.exe
        ("nowhere", False),
    ],
)
def test_libreoffice_is_found_on_path_or_in_its_install_folder(
    tmp_path: Path, where: str, found: bool
) -> None:
    env = {"PATH": str(tmp_path / "empty")}
    if where == "path":
        env["PATH"] = str(Path(shutil.which("soffice") or "").parent)
    if where == "windows":
        program = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
        program.parent.mkdir(parents=True)
        program.write_bytes(b"")
        env["PROGRAMFILES"] = str(tmp_path / "Program Files")
    assert (find_office(env) is not None) is found


def test_without_libreoffice_the_word_documents_are_written_and_the_message_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "demo"
    create_demo(root, "fr", DAY)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    result = CliRunner().invoke(main, ["build", str(root), "--pdf"])
    assert text("fr", "pdf.no_office") in result.output
    assert (
        len(list((root / "outbox").glob("*.docx"))) == 7
    )  # 6 documents and the internal companion
    assert not list((root / "outbox").glob("*.pdf"))
