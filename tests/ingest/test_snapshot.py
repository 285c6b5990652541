"""Each input is read once, after it settles: what is hashed is what is parsed and archived."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest

from pipeline.authoring.workbooks.fill import write_workbook
from pipeline.ingest import read_dossier, read_input
from tests.ingest.books import workspace


def _complaints(path: Path, subject: str) -> bytes:
    row = {
        "id": "R-01",
        "received": date(2026, 11, 2),
        "group": "beneficiaries",
        "channel": "email",
        "subject": subject,
        "status": "open",
    }
    write_workbook(path, "complaints", "en", None, {"complaints": [row]})
    return path.read_bytes()


def test_a_file_rewritten_while_it_is_read_is_read_again_once_settled(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    spare = tmp_path / "spare"
    spare.mkdir()
    new = _complaints(spare / "new.xlsx", "Room too cold, as saved in the end")
    path = ws.inbox / "complaints.xlsx"
    _complaints(path, "First version")
    reads: list[int] = []

    def slow_copy_lands_midway(handle: BinaryIO, limit: int) -> bytes:
        """The first read sees half the old file, then a copy replaces it in place."""
        reads.append(limit)
        if len(reads) > 1:
            return handle.read(limit)
        head = handle.read(limit // 2)
        with path.open("r+b") as writer:  # an in-place copy: same file, new bytes
            writer.truncate(0)
            writer.write(new)
        return head + handle.read(limit)

    given = read_input(path, ws, reader=slow_copy_lands_midway, pause=0)
    assert len(reads) == 2  # the torn first read was not used
    assert given.content == new
    assert given.sha256 == hashlib.sha256(new).hexdigest()
    dossier = read_dossier([given], ws)
    assert [c.subject for c in dossier.complaints] == ["Room too cold, as saved in the end"]
    assert dossier.files[0].sha256 == given.sha256  # the hash names the bytes parsed


def test_a_file_that_never_settles_is_read_a_bounded_number_of_times(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    path = ws.inbox / "complaints.xlsx"
    content = _complaints(path, "Still being written")
    reads: list[int] = []

    def always_growing(handle: BinaryIO, limit: int) -> bytes:
        reads.append(limit)
        data = handle.read(limit)
        with path.open("ab") as writer:
            writer.write(b"\0")
        return data

    given = read_input(path, ws, reader=always_growing, pause=0, attempts=3)
    assert len(reads) == 3
    assert given.content is not None and given.content.startswith(content)
    assert given.sha256 == hashlib.sha256(given.content).hexdigest()


@pytest.mark.parametrize(
    ("name", "code", "shown"),
    [
        (os.fsdecode(b"f-\xff\xe9.xlsx"), "FILE_NAME_ENCODING", "f-\\xff\\xe9.xlsx"),
        ("link.xlsx", "FILE_SYMLINK", ""),
    ],
)
def test_a_file_not_read_names_its_finding(
    tmp_path: Path, name: str, code: str, shown: str
) -> None:
    ws = workspace(tmp_path / "ws")
    target = ws.inbox / name
    if code == "FILE_SYMLINK":
        _complaints(tmp_path / "elsewhere.xlsx", "Elsewhere")
        target.symlink_to(tmp_path / "elsewhere.xlsx")
    else:
        _complaints(target, "Bad name")
    given = read_input(target, ws)
    assert (given.content, given.problem) == (None, code)
    dossier = read_dossier([given], ws)
    assert [f.code for f in dossier.findings] == [code]
    assert shown in dossier.findings[0].message
    dossier.findings[0].message.encode("utf-8")  # printable and savable as is


def _lengthen(path: Path, old: str, new: str) -> None:
    """Rewrite the workbook's XML so that a cell holds `new` instead of `old`."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data.replace(old.encode(), new.encode()))


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", '"Subject" holds 40,000 characters, more than the 32,767 an Excel cell can hold'),
        (
            "fr",
            "«\u00a0Objet\u00a0» contient 40\u202f000\u00a0caractères, plus que les 32\u202f767",
        ),
    ],
)
def test_a_cell_longer_than_excel_allows_is_a_warning_naming_the_cell(
    tmp_path: Path, lang: str, message: str
) -> None:
    ws = workspace(tmp_path / "ws", lang)  # type: ignore[arg-type]
    path = ws.inbox / "complaints.xlsx"
    row = {
        "id": "R-01",
        "received": date(2026, 11, 2),
        "group": "beneficiaries",
        "channel": "email",
        "subject": "x" * 40_000,
        "status": "open",
    }
    write_workbook(path, "complaints", lang, None, {"complaints": [row]})  # type: ignore[arg-type]
    _lengthen(path, "x" * 32_767, "x" * 40_000)  # openpyxl cuts at 32,767; other tools do not
    dossier = read_dossier([path], ws)
    [finding] = [f for f in dossier.findings if f.code == "CELL_TOO_LONG"]
    assert (finding.severity, finding.cell[:1]) == ("warning", "E")
    assert finding.message.startswith(message)
    assert len(dossier.complaints[0].subject) == 40_000
