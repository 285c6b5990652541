"""The floor: what the bare libraries need to read the same workbooks and render the same Word
templates from a context computed beforehand (naive docxtpl, one `render` per document).

`python -m benchmarks.floor WORKSPACE JOBS OUT` is the timed process; `prepare` (untimed) writes
JOBS, a pickle of (template path, context, output name) computed by the project's own render
stage from the same workspace, so the floor renders exactly what the build renders.
"""

from __future__ import annotations

import dataclasses
import pickle
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

Job = tuple[str, dict[str, Any], str]  # template path, context, output file name


def read_workbooks(paths: Iterable[Path]) -> int:
    """Read every value of every sheet with openpyxl (read-only, values only); return a count."""
    import openpyxl  # type: ignore[import-untyped]

    cells = 0
    for path in paths:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    cells += sum(1 for value in row if value is not None)
        finally:
            book.close()
    return cells


def read_workbooks_calamine(paths: Iterable[Path]) -> int:
    """Read every value of every sheet with python-calamine (what ingest reads with); count them."""
    import python_calamine

    cells = 0
    for path in paths:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            for name in book.sheet_names:
                for row in book.get_sheet_by_name(name).iter_rows():
                    cells += sum(1 for value in row if value != "")
        finally:
            book.close()
    return cells


def render_templates(jobs: Sequence[Job], out: Path) -> int:
    """Render each template with bare docxtpl from its context and save it; return the count."""
    from docxtpl import DocxTemplate  # type: ignore[import-untyped]

    out.mkdir(parents=True, exist_ok=True)
    for template, context, name in jobs:
        document = DocxTemplate(template)
        document.render(context, autoescape=True)
        document.save(out / name)
    return len(jobs)


def inputs(workspace: Path) -> list[Path]:
    """Return the workbooks of a workspace's inbox (flat, and one level of organisations)."""
    inbox = workspace / "inbox"
    return sorted([*inbox.glob("*.xlsx"), *inbox.glob("*/*.xlsx")])


def load_jobs(path: Path) -> list[Job]:
    """Return the jobs `prepare` pickled."""
    with path.open("rb") as handle:
        jobs: list[Job] = pickle.load(handle)
    return jobs


def prepare(workspace: Path, target: Path) -> int:
    """Pickle the jobs of a workspace (untimed): each organisation's templates and contexts.

    The contexts come from the project's own stages (read, validate, plan the documents), so
    the floor renders exactly the templates and values the build renders.
    """
    from datetime import date

    from pipeline.core.inbox import discover
    from pipeline.ingest import read_dossier
    from pipeline.render import plan_documents
    from pipeline.validate import validate
    from pipeline.workspace import open_workspace

    space = open_workspace(workspace)
    jobs: list[Job] = []
    for organisation in discover(space.inbox):
        dossier = read_dossier(organisation.inputs, space)
        report = validate(dossier, space.settings, date.today())
        for plan in plan_documents(dossier, report, space, date.today()):
            name = f"{organisation.name}-{plan.name}" if organisation.name else plan.name
            jobs.append((str(plan.template), plain(plan.context), name))
    with target.open("wb") as handle:
        pickle.dump(jobs, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return len(jobs)


def plain(value: Any) -> Any:
    """Return `value` with the project's dataclasses turned into plain namespaces.

    Unpickling then needs none of the project's modules: the floor imports bare libraries only.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return SimpleNamespace(
            **{f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def main(argv: Sequence[str]) -> int:
    """`WORKSPACE JOBS OUT`: read and render (timed); `prepare WORKSPACE JOBS`: make JOBS;
    `calamine WORKSPACE`: read only, with python-calamine (timed)."""
    if argv and argv[0] == "prepare":
        prepare(Path(argv[1]), Path(argv[2]))
        return 0
    if argv and argv[0] == "calamine":
        read_workbooks_calamine(inputs(Path(argv[1])))
        return 0
    workspace, jobs, out = (Path(arg) for arg in argv)
    read_workbooks(inputs(workspace))
    render_templates(load_jobs(jobs), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
