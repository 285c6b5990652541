"""The packaged templates stay docxtpl templates: bare docxtpl fills them with the same text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from pipeline.render import plan_documents
from tests.render.factory import dossier, report, workspace
from tests.render.reading import TODAY, header_footer_text, open_docx, paragraphs, render


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bare_docxtpl_gives_the_same_text(tmp_path: Path, lang: str) -> None:
    doss = dossier(lang)  # type: ignore[arg-type]
    ours = render(doss, report(doss, lang), tmp_path, lang)  # type: ignore[arg-type]
    plans = plan_documents(
        doss,
        report(doss, lang),
        workspace(tmp_path, lang),  # type: ignore[arg-type]
        TODAY,
    )
    for plan in plans:
        template = DocxTemplate(str(plan.template))
        template.render(
            dict(plan.context),
            jinja_env=SandboxedEnvironment(autoescape=True, undefined=StrictUndefined),
        )
        buffer = io.BytesIO()
        template.save(buffer)
        theirs, mine = open_docx(buffer.getvalue()), open_docx(ours[plan.name])
        assert paragraphs(theirs) == paragraphs(mine), plan.name
        assert header_footer_text(theirs) == header_footer_text(mine), plan.name
