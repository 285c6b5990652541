"""Fill the project's blank workbooks with rows, then re-save them as LibreOffice Calc does."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.ingest.blank import workbook_name
from pipeline.ingest.fill import write_workbook
from pipeline.model import Lang
from pipeline.schema import WORKBOOKS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def fill_workspace(folder: Path, sheets: Mapping[str, Any], lang: Lang,
                   stems: Sequence[str] = tuple(WORKBOOKS)) -> list[Path]:
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
    """Open and save every workbook with LibreOffice Calc, in place (few soffice processes).

    Files are staged under unique names first: organisations of a portfolio share file names.
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
        for start in range(0, len(paths), 100):
            _convert(list(names.values())[start:start + 100], Path(scratch) / "profile", out)
        for path, stage in names.items():
            shutil.move(out / stage.name, path)


def _convert(paths: Sequence[Path], profile: Path, out: Path) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc Office Open XML", "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=900)
    missing = [p.name for p in paths if not (out / p.name).exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not re-save {missing}")
