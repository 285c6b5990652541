"""LibreOffice (headless) as the real client: convert documents and re-save workbooks."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# The test running now (set by tests/conftest.py), so that starting LibreOffice from a test that
# does not carry the `libreoffice` marker fails: `-m "not libreoffice"` then really skips soffice.
CURRENT: ContextVar[pytest.Item | None] = ContextVar("current_test", default=None)


def require_marker(name: str) -> None:
    """Fail the running test unless it carries marker `name`."""
    item = CURRENT.get()
    if item is not None and item.get_closest_marker(name) is None:
        pytest.fail(f"{item.nodeid} starts LibreOffice: mark it @pytest.mark.{name}")


def convert(paths: Sequence[Path], target: str, out_dir: Path) -> list[Path]:
    """Convert files with LibreOffice headless (e.g. target 'pdf' or 'xlsx'); return outputs.

    Raises AssertionError naming the file LibreOffice could not open.
    """
    assert SOFFICE, "LibreOffice (soffice) is not installed: .ci/run installs it"
    require_marker("libreoffice")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    outputs = []
    for path in paths:
        produced = out_dir / f"{path.stem}.{target.split(':')[0]}"
        assert produced.exists() and produced.stat().st_size > 0, (
            f"LibreOffice could not open {path.name}"
        )
        outputs.append(produced)
    return outputs


def pdf_text(pdf: Path) -> str:
    """Return the text of a PDF (pdftotext), whitespace normalised."""
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return " ".join(result.stdout.split())


def docx_text_via_libreoffice(paths: Sequence[Path], out_dir: Path) -> dict[str, str]:
    """Open each .docx in LibreOffice, export to PDF and return its text, by file name."""
    pdfs = convert(paths, "pdf", out_dir)
    return {path.name: pdf_text(pdf) for path, pdf in zip(paths, pdfs, strict=True)}
