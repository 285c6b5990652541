"""`pack`: an unzipped audit pack works anywhere; only the evidence folder is ever packed; a
missing file is listed; a pack over its limit is refused, saying what is biggest."""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from pipeline.build.pack import pack_workspace
from pipeline.build.packlinks import INDEX, evidence_file
from pipeline.shell.cli import main
from pipeline.workspace import open_workspace

DAY = date(2026, 11, 27)


def _demo(root: Path, lang: str, pdf: bool) -> Path:
    create_demo(root, lang, DAY)  # type: ignore[arg-type]
    build_workspace(root, today=DAY, pdf=pdf)
    return root


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The French demo, built with its PDFs, packed, and unzipped far from its workspace."""
    root = _demo(tmp_path_factory.mktemp("pack") / "demo", "fr", pdf=True)
    [pack] = pack_workspace(root, today=DAY)
    away = tmp_path_factory.mktemp("elsewhere")
    with zipfile.ZipFile(root / pack.path) as archive:
        archive.extractall(away)
    shutil.rmtree(root)  # the pack must not need its workspace any more
    return away


def _links(folder: Path) -> list[tuple[str, str]]:
    """Return (file, link) for every link of every document and of the index."""
    found = []
    for doc in folder.glob("*.docx"):
        with zipfile.ZipFile(doc) as archive:
            for part in archive.namelist():
                xml = archive.read(part).decode("utf-8", errors="replace")
                found += [
                    (doc.name, html.unescape(t)) for t in re.findall(r'HYPERLINK "([^"]*)"', xml)
                ]
    for pdf in folder.glob("*.pdf"):
        found += [
            (pdf.name, t.decode()) for t in re.findall(rb"/URI\s*\(([^)]*)\)", pdf.read_bytes())
        ]
    index = (folder / INDEX).read_text(encoding="utf-8")
    found += [(INDEX, html.unescape(t)) for t in re.findall(r'href="([^"]*)"', index)]
    return found


def test_every_link_of_an_unzipped_pack_opens_a_packed_file(unzipped: Path) -> None:
    links = [(f, t) for f, t in _links(unzipped) if not t.startswith(("http://", "https://"))]
    assert {f for f, _ in links} >= {"preparation-audit.docx", "preparation-audit.pdf", INDEX}
    broken = [(f, t) for f, t in links if not (unzipped / t).is_file()]
    assert broken == []


def test_the_pack_holds_the_documents_to_send_their_evidence_and_no_internal_file(
    unzipped: Path,
) -> None:
    top = {p.name for p in unzipped.iterdir()}
    assert top == {
        INDEX,
        "evidence",
        *(
            f"{stem}.{ext}"
            for ext in ("docx", "pdf")
            for stem in (
                "preparation-audit",
                "plan-actions-non-conformites",
                "registre-appreciations",
                "registre-reclamations",
                "registre-ameliorations",
            )
        ),
    }
    assert (unzipped / "evidence" / "accueil" / "livret-accueil.pdf").is_file()


def test_a_cited_file_that_is_missing_is_listed_and_the_pack_is_still_made(tmp_path: Path) -> None:
    root = _demo(tmp_path / "demo", "en", pdf=False)
    cited = sorted((root / "evidence").rglob("*.*"))[0]
    missing = cited.relative_to(root).as_posix()
    cited.unlink()
    result = CliRunner().invoke(main, ["pack", str(root)])
    assert result.exit_code == 0, result.output
    assert f"Cited but not found, listed as missing in the pack's index: {missing}" in result.output
    with zipfile.ZipFile(root / "outbox" / "audit-pack.zip") as archive:
        assert missing not in archive.namelist()
        index = archive.read(INDEX).decode("utf-8")
    assert missing in index.split('id="missing"')[1]


def test_a_pack_over_its_limit_is_refused_naming_the_biggest_files(tmp_path: Path) -> None:
    root = _demo(tmp_path / "demo", "en", pdf=False)
    result = CliRunner().invoke(main, ["pack", str(root), "--limit-mb", "0.05"])
    assert result.exit_code == 3
    assert "Audit pack NOT written for outbox: it would weigh" in result.output
    assert "over the limit of 50 kB" in result.output
    assert "Biggest files: audit-preparation.docx" in result.output
    assert not (root / "outbox" / "audit-pack.zip").exists()


def test_packing_the_same_documents_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    root = _demo(tmp_path / "demo", "en", pdf=False)
    [first] = pack_workspace(root, today=DAY)
    content = (root / first.path).read_bytes()
    pack_workspace(root, today=DAY)
    assert (root / first.path).read_bytes() == content


@pytest.mark.parametrize(
    ("packed", "inside"),
    [
        ("evidence/accueil/a.txt", True),
        ("evidence/../qualiopi.toml", False),  # '..' leaves the evidence folder
        ("evidence/escape.txt", False),  # a link inside the folder that leads out of it
        ("evidence//etc/passwd", False),
        ("outbox/audit-preparation.docx", False),  # another folder of the workspace
        ("evidence/missing.txt", False),
    ],
)
def test_nothing_outside_the_evidence_folder_is_ever_packed(
    tmp_path: Path, packed: str, inside: bool
) -> None:
    (tmp_path / "evidence" / "accueil").mkdir(parents=True)
    (tmp_path / "evidence" / "accueil" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "qualiopi.toml").write_text('language = "en"\n', encoding="utf-8")
    (tmp_path / "evidence" / "escape.txt").symlink_to(tmp_path / "qualiopi.toml")
    assert (evidence_file(open_workspace(tmp_path), packed) is not None) is inside
