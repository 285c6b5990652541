"""Hostile cases run on a copy of the demo workspace, and every case ends with the invariants.

The invariants, checked after every build a case runs (and again when the case ends):
inputs byte-identical (inbox, evidence, templates, settings); no temporary, hidden, empty or
unreadable file in outbox/ (every .docx opens with python-docx); the document a person edited
is untouched. CLI runs must also show no traceback.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from click.testing import CliRunner, Result
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from pipeline.authoring.demo import create_demo
from pipeline.authoring.workbooks import workbook_name
from pipeline.build.flow import OrganisationResult, build_workspace
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render import document_name
from pipeline.shell.cli import main
from pipeline.workspace import Settings, Workspace, open_workspace
from tests.conftest import TODAY
from tests.end_to_end import forge

GRID = "self-assessment"
EDITED = "improvement_register"  # the document a person edited in every template workspace
EDIT = "Reviewed by the quality manager — do not overwrite."
Located = tuple[str, str, str, str, str]  # severity, code, file, sheet, cell


def document_text(path: Path) -> str:
    """Return every paragraph of a .docx (body, tables, text boxes), one per line."""
    document = docx.Document(str(path))
    body = document.element.body
    return "\n".join(Paragraph(p, document).text for p in body.iter(qn("w:p")))


def fingerprints(root: Path) -> dict[str, str]:
    """Return a hash for every input of the workspace (links by their target, never followed)."""
    found: dict[str, str] = {}
    places = [root / "inbox", root / "evidence", root / "templates", root / "qualiopi.toml"]
    for place in places:
        if place.is_symlink() or place.is_file():
            found[place.relative_to(root).as_posix()] = _fingerprint(place)
            continue
        for folder, folders, files in os.walk(place, followlinks=False):
            for name in sorted(files + [d for d in folders if Path(folder, d).is_symlink()]):
                path = Path(folder, name)
                found[path.relative_to(root).as_posix()] = _fingerprint(path)
    return found


def _fingerprint(path: Path) -> str:
    if path.is_symlink():
        return f"link -> {os.readlink(path)}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outbox_problems(outbox: Path) -> list[str]:
    """Return what must never be in an outbox: temporary or hidden files, broken documents."""
    problems: list[str] = []
    for folder, _, files in os.walk(outbox, followlinks=False):
        for name in files:
            path = Path(folder, name)
            where = path.relative_to(outbox).as_posix()
            if name.startswith((".", "~")) or name.endswith((".tmp", ".part")):
                problems.append(f"leftover {where}")
            elif name.endswith(".docx"):
                problems += _broken(path, where)
    return problems


def _broken(path: Path, where: str) -> list[str]:
    if path.is_symlink() or path.stat().st_size == 0:
        return [f"empty or linked document {where}"]
    try:
        docx.Document(str(path))
    except Exception as err:  # any failure to open is the finding
        return [f"unreadable document {where}: {err!r}"]
    return []


@dataclass
class Case:
    """One hostile case: a private copy of the demo workspace and the invariants to keep."""

    root: Path
    lang: Lang
    edited: dict[str, str]
    inputs: dict[str, str] = field(default_factory=dict)

    @property
    def workspace(self) -> Workspace:
        return open_workspace(self.root)

    @property
    def inbox(self) -> Path:
        return self.layout.inbox

    @property
    def outbox(self) -> Path:
        return self.layout.outbox

    @property
    def layout(self) -> Workspace:
        """The workspace's folders, without reading its settings (a case may break them)."""
        return Workspace(self.root, Settings())

    def workbook(self, stem: str) -> Path:
        """Return the inbox path of demo workbook `stem` ("self-assessment", "complaints"...)."""
        return self.inbox / workbook_name(self.lang, stem, "V10" if stem == GRID else None)

    def document(self, key: str, folder: str = "") -> Path:
        """Return the outbox path of document `key` ("preparation", "complaint_register"...)."""
        return self.outbox / folder / document_name(self.lang, key)

    def sheet(self, kind: str) -> str:
        """Return the usual title of the sheet of `kind` in the workspace language."""
        return text(self.lang, f"sheet.{kind}")

    def edit(
        self, stem: str, kind: str, change: Callable[[Any], object], target: Path | None = None
    ) -> Path:
        """Change one sheet of a demo workbook with openpyxl, as a person would; save it."""
        source = self.workbook(stem)
        book = openpyxl.load_workbook(source)
        change(book[self.sheet(kind)])
        book.save(target or source)
        return target or source

    def snapshot(self) -> None:
        """Remember the inputs as they are now: they must be the same after the next build."""
        self.inputs = fingerprints(self.root)

    def build(self) -> tuple[OrganisationResult, ...]:
        """Build with the library (the composer), then check the invariants."""
        self.snapshot()
        results = build_workspace(self.root, today=TODAY)
        self.verify()
        return results

    def cli(self, *args: str, verify: bool = True) -> Result:
        """Run `qualiopi-docs ARGS... WORKSPACE`, then check the output and the invariants.

        `verify=False` leaves the invariants to the caller (say, once a disk is unmounted).
        """
        self.snapshot()
        result = CliRunner().invoke(main, [*args, str(self.root)])
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(
            result.exception
        )
        assert "Traceback" not in result.output, result.output
        if verify:
            self.verify()
        return result

    def verify(self) -> None:
        """Assert the invariants: inputs unchanged, outbox clean, an edited document either
        untouched or merged in place with its previous version archived byte for byte."""
        if self.inputs:
            assert fingerprints(self.root) == self.inputs, "an input was changed"
        assert outbox_problems(self.outbox) == []
        archived = {
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (self.root / "archive" / "edited").rglob("*")
            if p.is_file()
        }
        for relative, digest in self.edited.items():
            path = self.root / relative
            assert path.is_file(), f"the edited document {relative} is gone"
            current = hashlib.sha256(path.read_bytes()).hexdigest()
            assert current == digest or digest in archived, (
                f"the edited document {relative} was changed and its edits are not archived"
            )


def located(results: tuple[OrganisationResult, ...], file: str | None = None) -> list[Located]:
    """Return (severity, code, file, sheet, cell) of every finding (of one file), in order."""
    return [
        (f.severity, f.code, f.file, f.sheet, f.cell)
        for r in results
        for f in r.report.findings
        if file is None or f.file == file
    ]


def outcomes(results: tuple[OrganisationResult, ...]) -> dict[str, str]:
    """Return what happened to each document: {path or name: outcome}."""
    return {d.path or d.name: d.outcome for r in results for d in r.deliveries}


def _template(root: Path, lang: Lang) -> dict[str, str]:
    """Make the demo workspace, build it, edit one document as a person would, build again."""
    create_demo(root, lang, TODAY)
    build_workspace(root, today=TODAY)
    edited = root / "outbox" / document_name(lang, EDITED)
    document = docx.Document(str(edited))
    document.add_paragraph(EDIT)
    document.save(str(edited))
    build_workspace(root, today=TODAY)  # the new version goes beside it: a steady state
    relative = edited.relative_to(root).as_posix()
    return {relative: hashlib.sha256(edited.read_bytes()).hexdigest()}


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, tuple[Path, dict[str, str]]]:
    """The demo workspace of each language, built once, one document edited by hand."""
    made: dict[Lang, tuple[Path, dict[str, str]]] = {}
    for lang in ("en", "fr"):
        root = tmp_path_factory.mktemp(f"template-{lang}") / "ws"
        made[lang] = (root, _template(root, lang))  # type: ignore[index]
    return made


def copy_case(templates: dict[Lang, tuple[Path, dict[str, str]]], lang: Lang, root: Path) -> Case:
    """Return a case in a fresh copy, at `root`, of the template workspace of `lang`."""
    source, edited = templates[lang]
    shutil.copytree(source, root, symlinks=True)
    return Case(root, lang, dict(edited))


@pytest.fixture
def cases(
    tmp_path: Path, templates: dict[Lang, tuple[Path, dict[str, str]]]
) -> Iterator[Callable[[Lang], Case]]:
    """Make cases: each a fresh copy of a template workspace; all verified at the end."""
    made: list[Case] = []

    def make(lang: Lang = "en") -> Case:
        made.append(copy_case(templates, lang, tmp_path / f"ws-{lang}-{len(made)}"))
        return made[-1]

    yield make
    for case in made:
        case.verify()


@pytest.fixture
def case(cases: Callable[[Lang], Case]) -> Case:
    """One English case."""
    return cases("en")


@pytest.fixture(scope="session")
def bombs() -> dict[str, tuple[bytes, str]]:
    """The zip bombs, made once: name -> (content, the finding it must get)."""
    expanding = forge.bomb(500)
    return {
        "bomb 500 MB.xlsx": (expanding, "ZIP_TOO_LARGE"),
        "bomb ratio.xlsx": (forge.bomb(100), "ZIP_RATIO"),
        "bomb 10000 parts.xlsx": (forge.many_parts(10_000), "ZIP_TOO_MANY_PARTS"),
        "bomb lying sizes.xlsx": (
            forge.lying(expanding, "xl/worksheets/sheet1.xml", 4_000),
            "FILE_CORRUPT",
        ),
    }
