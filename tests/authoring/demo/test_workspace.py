"""`demo`: a workspace whose workbooks read back, validate without error, and cite real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.authoring.demo import create_demo, demo_workspace
from pipeline.core.inbox import discover
from pipeline.core.model import Dossier, Lang, Report
from pipeline.ingest import read_dossier
from pipeline.validate import validate
from pipeline.workspace import open_workspace
from tests.conftest import TODAY

LANGS: tuple[Lang, ...] = ("en", "fr")
# The preparation gaps the demo shows on purpose: indicator 25 has no evidence yet, and the
# occupational risk assessment (evidence 27) is past its review date.
EXPECTED_WARNINGS = {("NO_EVIDENCE", 25), ("EVIDENCE_REVIEW_OVERDUE", None)}


def _check(root: Path, today: date) -> tuple[Dossier, Report]:
    workspace = open_workspace(root)
    (organisation,) = discover(workspace.inbox)
    dossier = read_dossier(organisation.inputs, workspace)
    return dossier, validate(dossier, workspace.settings, today)


@pytest.fixture(scope="module", params=LANGS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Dossier, Report]:
    root = tmp_path_factory.mktemp(f"demo-{request.param}")
    create_demo(root, request.param, TODAY)
    return (root, *_check(root, TODAY))


def test_the_demo_validates_with_no_error(demo: tuple[Path, Dossier, Report]) -> None:
    _, _, report = demo
    assert report.errors == ()
    assert report.version == "V10"


def test_only_the_deliberate_gaps_are_reported(demo: tuple[Path, Dossier, Report]) -> None:
    _, _, report = demo
    assert {(f.code, f.indicator) for f in report.findings} == EXPECTED_WARNINGS
    overdue = [f for f in report.findings if f.code == "EVIDENCE_REVIEW_OVERDUE"]
    assert len(overdue) == 1 and overdue[0].sheet and overdue[0].cell


def test_28_indicators_apply(demo: tuple[Path, Dossier, Report]) -> None:
    _, _, report = demo
    applicable = {a.number for a in report.applicability if a.applies}
    assert len(applicable) == 28
    assert set(range(1, 34)) - applicable == {14, 15, 20, 29, 33}


def test_every_register_is_filled(demo: tuple[Path, Dossier, Report]) -> None:
    _, dossier, _ = demo
    assert dossier.profile is not None and dossier.profile.name == "Atelier Horizon Formation"
    assert dossier.profile.audit_type == "surveillance"
    assert len(dossier.indicators or ()) == 33
    assert len(dossier.evidence) == 45
    assert len(dossier.feedback) == 60
    assert {f.group for f in dossier.feedback} == {
        "beneficiaries",
        "funders",
        "teaching_teams",
        "companies",
    }
    assert len(dossier.complaints) == 6
    assert [c.status for c in dossier.complaints].count("open") == 1
    assert len(dossier.improvements) == 8
    assert {nc.grade for nc in dossier.nonconformities} == {"minor", "major"}


def test_cited_evidence_files_exist(demo: tuple[Path, Dossier, Report]) -> None:
    root, dossier, _ = demo
    web = [item for item in dossier.evidence if item.location.startswith("https://")]
    files = [item for item in dossier.evidence if item not in web]
    assert len(web) == 2
    for item in files:
        path = root / "evidence" / item.location
        assert path.is_file() and path.stat().st_size > 0, item.location


def test_same_day_same_bytes(tmp_path: Path, today: date) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    create_demo(first, "fr", today)
    create_demo(second, "fr", today)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_demo_twice_overwrites_nothing(tmp_path: Path, today: date) -> None:
    created = create_demo(tmp_path, "en", today)
    files = {path: path.read_bytes() for path in created if path.is_file()}
    again = demo_workspace(tmp_path, "en", today)
    assert again.created == ()
    assert set(again.skipped) == set(created)
    assert all(path.read_bytes() == content for path, content in files.items())
