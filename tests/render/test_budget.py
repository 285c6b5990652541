"""A whole render has a budget of time and memory, checked as it goes: a template that loops on
slow filters or huge strings is stopped with a message, not left to run for days."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx import Document

from pipeline.core.assets import asset_dir
from pipeline.core.errors import TemplateError
from tests.render.factory import dossier, report
from tests.render.reading import render

NAME = "feedback-register.docx"
SLOW = "{% for i in range(100000) %}{{ ('word ' * 100000)|wordwrap(3) }}{% endfor %}"
HUGE = "{% for i in range(100000) %}{{ 'x' * 900000 }}{% endfor %}"


def custom(root: Path, paragraph: str, lang: str = "en") -> Path:
    """Put a workspace template that adds `paragraph` to the packaged one."""
    doc = Document(str(asset_dir("docx", lang) / NAME))  # type: ignore[arg-type]
    doc.add_paragraph(paragraph)
    target = root / "templates" / "docx" / lang / NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


@pytest.mark.parametrize(
    ("case", "paragraph", "settings", "said"),
    [
        ("time", SLOW, {"render_seconds": 2.0}, "(it took longer than 2 seconds)."),
        ("memory", HUGE, {"render_megabytes": 20.0}, "(it produced more than 20 MB of text)."),
    ],
)
def test_a_render_over_its_budget_is_stopped_with_a_message(
    tmp_path: Path, case: str, paragraph: str, settings: dict[str, float], said: str
) -> None:
    custom(tmp_path, paragraph)
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render(dossier(), report(dossier()), tmp_path, **settings)
    assert time.monotonic() - started < 60  # stopped, not run to the end (hours)
    assert caught.value.message.startswith(f"Filling the template templates/docx/en/{NAME} ")
    assert caught.value.message.endswith(said)
    assert "[render]" in caught.value.hint
