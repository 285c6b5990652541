"""The blank workbooks: generated from the schema, committed, and read back once filled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from pipeline.authoring.workbooks import generate_templates, template_names, write_workbook
from pipeline.core.model import Dossier, Lang, Origin, SheetKind
from pipeline.i18n import LANGS, choice, text
from pipeline.referential import load
from tests.ingest.books import read, workspace
from tests.office import convert

COMMITTED = Path(__file__).resolve().parents[3] / "templates" / "xlsx"


def _signature(path: Path) -> dict[str, Any]:
    """Return what a person sees and uses in a workbook: sheets, cells, dropdowns, panes."""
    book = load_workbook(path)
    return {
        sheet.title: {
            "state": sheet.sheet_state,
            "freeze": sheet.freeze_panes,
            "protected": bool(sheet.protection.sheet),
            "cells": {
                cell.coordinate: (cell.value, cell.number_format, cell.protection.locked)
                for row in sheet.iter_rows()
                for cell in row
                if cell.value is not None or cell.protection.locked is False
            },
            "dropdowns": sorted(
                (str(v.sqref), v.type, v.formula1) for v in sheet.data_validations.dataValidation
            ),
        }
        for sheet in book.worksheets
    }


def test_committed_templates_equal_what_the_code_generates(tmp_path: Path) -> None:
    generated = generate_templates(tmp_path)
    committed = sorted(p.relative_to(COMMITTED) for p in COMMITTED.glob("*/*.xlsx"))
    assert committed == sorted(p.relative_to(tmp_path) for p in generated), (
        "templates/xlsx is stale: run `python -m pipeline.authoring.workbooks`, commit"
    )
    for path in generated:
        assert _signature(COMMITTED / path.relative_to(tmp_path)) == _signature(path), (
            f"{path.name} differs: run `python -m pipeline.authoring.workbooks`, commit"
        )


def test_file_names_are_localised() -> None:
    assert [name for _, _, name in template_names("fr")] == [
        "autoevaluation-V9.xlsx",
        "autoevaluation-V10.xlsx",
        "preuves.xlsx",
        "appreciations.xlsx",
        "reclamations.xlsx",
        "ameliorations.xlsx",
        "non-conformites.xlsx",
    ]
    assert [name for _, _, name in template_names("en")][:3] == [
        "self-assessment-V9.xlsx",
        "self-assessment-V10.xlsx",
        "evidence.xlsx",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_grid_is_ready_to_fill(lang: Lang) -> None:
    book = load_workbook(COMMITTED / lang / template_names(lang)[1][2])
    assert book.sheetnames[0] == text(lang, "sheet.instructions")
    assert book[text(lang, "sheet.lists")].sheet_state == "hidden"
    grid = book[text(lang, "sheet.indicators")]
    assert (grid.freeze_panes, grid.max_row) == ("C2", 34)
    assert grid.protection.sheet and not grid.protection.password
    wording, status = grid["C34"], grid["D34"]
    assert wording.value == load("V10").indicator(33).wording_fr and wording.protection.locked
    assert not status.protection.locked and status.fill.fgColor.rgb.endswith("FFF8D6")
    dropdown = next(v for v in grid.data_validations.dataValidation if "D2" in v.sqref)
    lists = book[text(lang, "sheet.lists")]
    column = dropdown.formula1.split("!")[1].replace("$", "").split(":")[0][0]
    assert [lists[f"{column}{n}"].value for n in range(1, 5)] == [
        *(choice(lang, "status", key) for key in ("ready", "to_complete", "not_applicable")),
        None,
    ]
    assert grid["H2"].number_format == {"en": "yyyy-mm-dd", "fr": "dd/mm/yyyy"}[lang]


def test_feedback_register_states_its_scale() -> None:
    sheet = load_workbook(COMMITTED / "fr" / "appreciations.xlsx")["Appréciations"]
    assert [c.value for c in sheet[1]][4:6] == ["Note", "Sur"]


DAY = date(2026, 9, 15)
ROWS: dict[str, dict[SheetKind, list[dict[str, object]]]] = {
    "self-assessment": {
        "profile": [
            {
                "name": "Formations Horizon",
                "siret": "12345678900012",
                "declaration_number": "11755555575",
                "address": "1 rue de la Paix\nParis",
                "quality_contact": "Anna Martin",
                "category_af": True,
                "category_bc": True,
                "category_vae": False,
                "category_cfa": False,
                "certifying": True,
                "work_linked": False,
                "work_based": False,
                "subcontracting": True,
                "short_trainings_only": False,
                "new_entrant_af": False,
                "turnover": Decimal("420000.50"),
                "sites": 2,
                "certifier": "Certif Plus",
                "audit_type": "surveillance",
                "audit_date": date(2027, 3, 15),
                "certification_date": date(2025, 3, 1),
            }
        ],
        "indicators": [
            {
                "number": 1,
                "status": "ready",
                "approach": "Catalogue on the web",
                "evidence_ids": ("P-001",),
                "owner": "Anna",
                "last_review": DAY,
            },
            {"number": 14, "status": "not_applicable", "na_reason": "No apprenticeship"},
        ],
    },
    "evidence": {
        "evidence": [
            {
                "id": "P-001",
                "title": "Catalogue",
                "indicators": (1, 2),
                "location": "catalogue.pdf",
                "version": "v4",
                "owner": "Anna",
                "review_by": date(2027, 6, 30),
            }
        ]
    },
    "feedback": {
        "feedback": [
            {
                "date": DAY,
                "group": "funders",
                "action": "Session 12",
                "method": "survey_cold",
                "score": Decimal("8.5"),
                "scale": Decimal("10"),
                "comment": "Good",
                "improvement_ids": ("A-001",),
            }
        ]
    },
    "complaints": {
        "complaints": [
            {
                "id": "R-001",
                "received": DAY,
                "group": "beneficiaries",
                "channel": "email",
                "subject": "Room too cold",
                "description": "Heating off",
                "acknowledged": DAY,
                "answer": "Fixed",
                "answered": DAY,
                "closed": DAY,
                "status": "closed",
                "improvement_ids": ("A-001",),
            }
        ]
    },
    "improvements": {
        "improvements": [
            {
                "id": "A-001",
                "source": "complaint",
                "description": "Check heating",
                "owner": "Bob",
                "due": date(2026, 12, 1),
                "status": "in_progress",
                "effectiveness": "Survey in January",
            }
        ]
    },
    "nonconformities": {
        "nonconformities": [
            {
                "id": "NC-1",
                "audit_date": date(2025, 3, 1),
                "indicator": 9,
                "grade": "minor",
                "finding": "No welcome booklet",
                "root_cause": "Forgotten",
                "corrective_action": "Write it",
                "owner": "Anna",
                "due": date(2025, 6, 1),
                "status": "corrected",
                "correction_evidence": "P-001",
                "effectiveness": "Checked",
            }
        ]
    },
}


def _fill(folder: Path, lang: Lang) -> list[Path]:
    paths = []
    for stem, rows in ROWS.items():
        path = folder / f"{stem}.xlsx"
        write_workbook(path, stem, lang, "V10" if stem == "self-assessment" else None, rows)
        paths.append(path)
    return paths


def _content(dossier: Dossier) -> list[object]:
    """Return what was read, without where it was read from."""
    blank = Origin("", "")
    records = [
        *dossier.evidence,
        *dossier.feedback,
        *dossier.complaints,
        *dossier.improvements,
        *dossier.nonconformities,
        *(dossier.indicators or ()),
    ]
    profile = replace(dossier.profile, origin=blank) if dossier.profile else None
    return [profile, *(replace(r, origin=blank) for r in records)]


@pytest.mark.parametrize("lang", LANGS)
def test_filled_workbooks_read_back_exactly(tmp_path: Path, lang: Lang) -> None:
    ws = workspace(tmp_path, lang)
    _fill(ws.inbox, lang)
    dossier = read(ws)
    assert dossier.findings == ()
    assert dossier.profile is not None and dossier.profile.turnover == Decimal("420000.50")
    assert dossier.profile.address == "1 rue de la Paix\nParis"
    assert [(f.score, f.scale, f.group) for f in dossier.feedback] == [
        (Decimal("8.5"), Decimal("10"), "funders")
    ]
    assert dossier.nonconformities[0].indicator == 9
    assert dossier.present == {
        "profile",
        "indicators",
        "evidence",
        "feedback",
        "complaints",
        "improvements",
        "nonconformities",
    }


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", LANGS)
def test_workbooks_saved_by_libreoffice_read_the_same(tmp_path: Path, lang: Lang) -> None:
    original = workspace(tmp_path / "original", lang)
    paths = _fill(original.inbox, lang)
    resaved = workspace(tmp_path / "resaved", lang)
    convert(paths, "xlsx", resaved.inbox)
    before, after = read(original), read(resaved)
    assert [f for f in after.findings if f.severity == "error"] == []
    assert after.findings == ()
    assert _content(after) == _content(before)
