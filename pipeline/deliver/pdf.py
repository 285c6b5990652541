"""PDF copies of the documents, made by LibreOffice (headless), only when a document changed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.core.digest import digest_bytes
from pipeline.core.model import Delivery, DocumentKey, Lang
from pipeline.deliver.atomic import write_atomic
from pipeline.i18n import text
from pipeline.workspace import Workspace

RECORD = "pdf.json"  # in .qualiopi/: per PDF, the digest of the document it was made from
TIMEOUT_BASE = 120.0  # seconds for LibreOffice to start, plus TIMEOUT_EACH per document
TIMEOUT_EACH = 60.0


def find_office(environ: Mapping[str, str] | None = None) -> Path | None:
    """Return LibreOffice's `soffice` program: on PATH, else in its usual Windows or macOS
    install folder; None when it is not installed."""
    env = os.environ if environ is None else environ
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name, path=env.get("PATH", ""))
        if found:
            return Path(found)
    for candidate in _install_folders(env):
        if candidate.is_file():
            return candidate
    return None


def _install_folders(env: Mapping[str, str]) -> tuple[Path, ...]:
    windows = tuple(
        Path(env[key]) / "LibreOffice" / "program" / "soffice.exe"
        for key in ("PROGRAMFILES", "PROGRAMFILES(X86)", "ProgramW6432")
        if env.get(key)
    )
    return (*windows, Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))


def convert_to_pdf(office: Path, documents: Sequence[Path], out_dir: Path) -> dict[Path, Path]:
    """Convert Word documents to PDF in `out_dir` with a private LibreOffice profile; return,
    per document, its PDF (a document LibreOffice could not convert is left out)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="qd-office-") as profile:
        command = [
            str(office),
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, documents),
        ]
        timeout = TIMEOUT_BASE + TIMEOUT_EACH * len(documents)
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return {}
    made = {document: out_dir / f"{document.stem}.pdf" for document in documents}
    return {doc: pdf for doc, pdf in made.items() if pdf.is_file() and pdf.stat().st_size > 0}


def make_pdfs(
    workspace: Workspace, documents: Mapping[Path, DocumentKey], office: Path
) -> tuple[Delivery, ...]:
    """Write NAME.pdf beside each document (path → which document) whose PDF is missing or
    older than its content.

    A PDF is made again only when the document's bytes changed since it was made; which
    document each PDF was made from is kept in the workspace's state folder.
    """
    record = _read_record(workspace)
    digests = {doc: digest_bytes(doc.read_bytes()) for doc in documents}
    due = [doc for doc in documents if not _current(workspace, doc, digests[doc], record)]
    outcomes = {
        doc: Delivery(
            documents[doc], doc.with_suffix(".pdf").name, "unchanged", _key(workspace, doc)
        )
        for doc in documents
        if doc not in due
    }
    if due:
        with tempfile.TemporaryDirectory(prefix="qd-pdf-") as folder:
            made = convert_to_pdf(office, due, Path(folder))
            for doc in due:
                pdf = made.get(doc)
                outcomes[doc] = _place(workspace, doc, documents[doc], pdf, digests[doc], record)
        _write_record(workspace, record)
    return tuple(outcomes[doc] for doc in documents)


def _place(
    workspace: Workspace,
    document: Path,
    which: DocumentKey,
    pdf: Path | None,
    digest: str,
    record: dict[str, str],
) -> Delivery:
    lang: Lang = workspace.settings.lang
    target = document.with_suffix(".pdf")
    key = _key(workspace, document)
    if pdf is None:
        note = text(lang, "pdf.failed", name=document.name)
        return Delivery(which, target.name, "failed", "", note)
    try:
        write_atomic(target, pdf.read_bytes())
    except OSError as err:
        note = text(lang, "pdf.not_written", name=target.name, reason=err.strerror or err)
        return Delivery(which, target.name, "failed", "", note)
    record[key] = digest
    return Delivery(which, target.name, "written", key)


def _current(workspace: Workspace, document: Path, digest: str, record: dict[str, str]) -> bool:
    return (
        document.with_suffix(".pdf").is_file() and record.get(_key(workspace, document)) == digest
    )


def _key(workspace: Workspace, document: Path) -> str:
    return workspace.relative(document.with_suffix(".pdf"))


def _read_record(workspace: Workspace) -> dict[str, str]:
    try:
        data = json.loads((workspace.state / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_record(workspace: Workspace, record: dict[str, str]) -> None:
    workspace.state.mkdir(parents=True, exist_ok=True)
    content = json.dumps(record, indent=1, sort_keys=True).encode("utf-8")
    # The PDFs are written; without the record they are only made again next time.
    with contextlib.suppress(OSError):
        write_atomic(workspace.state / RECORD, content)
