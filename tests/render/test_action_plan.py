"""The action plan quotes each non-conformity in the referential of the audit that raised it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline.core.model import NonConformity
from pipeline.referential import load
from pipeline.render.formats import typeset
from tests.render.factory import dossier, origin, report
from tests.render.reading import open_docx, render, text


@pytest.mark.parametrize(
    ("lang", "audit", "version"),
    [
        ("en", date(2025, 7, 10), "V9"),  # a V9 audit in July 2025
        ("en", date(2026, 10, 31), "V9"),
        ("en", date(2026, 11, 1), "V10"),
        ("fr", date(2025, 7, 10), "V9"),
        ("fr", date(2027, 2, 15), "V10"),
    ],
)
def test_a_nonconformity_keeps_the_wording_of_its_audit(
    tmp_path: Path, lang: str, audit: date, version: str
) -> None:
    nc = NonConformity(origin("Non-conformities"), "NC-01", audit, 12, "minor", "Finding")
    doss = replace(dossier(lang), nonconformities=(nc,))  # type: ignore[arg-type]
    name = "nonconformity-action-plan.docx" if lang == "en" else "plan-actions-non-conformites.docx"
    body = text(open_docx(render(doss, report(doss, lang), tmp_path, lang)[name]))  # type: ignore[arg-type]
    v10_only = typeset(load("V10").indicator(12).wording(lang).split(". ", 1)[1], lang)  # type: ignore[arg-type]
    assert typeset(load(version).indicator(12).wording(lang), lang) in body  # type: ignore[arg-type]
    assert (v10_only in body) is (version == "V10")
