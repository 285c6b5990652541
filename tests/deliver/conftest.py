"""Delivery fixtures: a real workspace in tmp_path, real .docx bytes, a clock that never sleeps."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import docx
import pytest

from pipeline.core.model import Lang, RenderedDocument
from pipeline.deliver import Timing
from pipeline.workspace import Settings, Workspace

NOW = datetime(2026, 11, 27, 10, 15, 0, tzinfo=timezone(timedelta(hours=1)))


def docx_bytes(*paragraphs: str) -> bytes:
    """Return a real Word document holding `paragraphs`."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_text(path: Path) -> list[str]:
    """Return the paragraphs of the Word document at `path`."""
    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def edit_in_word(path: Path, addition: str) -> bytes:
    """Change a document as a person would (open, add a paragraph, save); return its bytes."""
    document = docx.Document(str(path))
    document.add_paragraph(addition)
    document.save(str(path))
    return path.read_bytes()


def rendered(name: str, *paragraphs: str, sources: tuple[str, ...] = ()) -> RenderedDocument:
    """Return a rendered document as the render stage hands it over."""
    return RenderedDocument(
        "preparation", name, docx_bytes(*paragraphs), frozenset({"indicators"}), sources
    )


def manifest(workspace: Workspace) -> dict[str, dict[str, dict[str, object]]]:
    """Return the manifest as written in the workspace."""
    data: dict[str, dict[str, dict[str, object]]] = json.loads(
        (workspace.state / "manifest.json").read_text(encoding="utf-8")
    )
    return data


def leftovers(folder: Path) -> list[str]:
    """Return every temporary or hidden file under `folder` (there should be none)."""
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith((".", "~")))


def make_workspace(root: Path, lang: Lang = "en") -> Workspace:
    """Return a fresh workspace at `root` (inbox and outbox not created: delivery must cope)."""
    root.mkdir(parents=True, exist_ok=True)
    return Workspace(root=root, settings=Settings(lang=lang))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "workspace")


@pytest.fixture
def sleeps() -> list[float]:
    """The waits delivery asked for, in order (it never really sleeps in tests)."""
    return []


@pytest.fixture
def timing(sleeps: list[float]) -> Timing:
    return Timing(sleep=sleeps.append, now=lambda: NOW)
