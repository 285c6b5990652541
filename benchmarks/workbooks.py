"""Fill the project's blank workbooks with rows, then re-save them as LibreOffice Calc does."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.authoring.workbooks.blank import workbook_name
from pipeline.authoring.workbooks.fill import write_workbook
from pipeline.core.layout import WORKBOOKS
from pipeline.core.model import Lang

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def fill_workspace(
    folder: Path, sheets: Mapping[str, Any], lang: Lang, stems: Sequence[str] = tuple(WORKBOOKS)
) -> list[Path]:
    """Write the blank workbooks (V10 grid) into `folder`, filled with `sheets`; return them.

    The filling is the project's own (`write_workbook`): what a person types, as labels.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem in stems:
        kinds = WORKBOOKS[stem]
        target = folder / workbook_name(lang, stem, "V10")
        rows = {kind: _records(sheets[kind]) for kind in kinds if kind in sheets}
        write_workbook(target, stem, lang, "V10", rows)
        written.append(target)
    return written


def _records(value: Any) -> list[Mapping[str, object]]:
    if isinstance(value, Mapping) and all(isinstance(key, int) for key in value):
        return [{"number": number, **row} for number, row in value.items()]  # the grid
    return [value] if isinstance(value, Mapping) else list(value)


def resave(paths: Sequence[Path]) -> None:
    """Open and save every workbook with LibreOffice Calc, in place.

    Files are staged under unique names first (organisations of a portfolio share file names),
    then converted by two soffice processes side by side, one per core.
    """
    if not paths:
        return
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) is needed to write realistic workbooks")
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as scratch:
        staged, out = Path(scratch) / "in", Path(scratch) / "out"
        staged.mkdir()
        names = {path: staged / f"{index:04d}-{path.name}" for index, path in enumerate(paths)}
        for path, stage in names.items():
            shutil.copyfile(path, stage)
        halves = [list(names.values())[half::2] for half in range(2)]
        running = [
            _convert(half, Path(scratch) / f"profile-{n}", out)
            for n, half in enumerate(halves)
            if half
        ]
        for process in running:
            if process.wait(timeout=900):
                raise RuntimeError(f"LibreOffice failed on {len(paths)} workbooks")
        missing = [stage.name for stage in names.values() if not (out / stage.name).exists()]
        if missing:
            raise RuntimeError(f"LibreOffice did not re-save {missing}")
        for path, stage in names.items():
            shutil.move(out / stage.name, path)


def _convert(paths: Sequence[Path], profile: Path, out: Path) -> subprocess.Popen[bytes]:
    assert SOFFICE is not None
    return subprocess.Popen(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc Office Open XML",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
