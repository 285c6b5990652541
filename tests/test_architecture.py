"""The flow stays visible: layers import downwards only, no import circle, one home per library."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"

# Each part of the package and its layer: a part imports only parts of LOWER layers, so parts of
# one layer never import each other (the four stages; build and authoring).
LAYERS: dict[str, int] = {
    "__init__": 0,  # the version
    "core": 0,  # model, errors, workbook layout, inbox rules, domain rules, digest
    "i18n": 1,  # every word users read
    "workspace": 2,  # settings and folders of a workspace
    "referential": 2,  # indicators, applicability, audit rules (data)
    "ingest": 3,
    "validate": 3,
    "render": 3,
    "deliver": 3,
    "build": 4,  # the composer: the flow, its incremental state, scope
    "authoring": 4,  # beside build: what writes our own inputs, templates and the demo
    "shell": 5,  # cli, present, watch
    "__main__": 6,
}
STAGES = frozenset({"ingest", "validate", "render", "deliver"})
# Third-party library -> the parts allowed to import it, and why when more than one.
HOMES: dict[str, frozenset[str]] = {
    "python_calamine": frozenset({"ingest"}),  # reads every workbook format
    "olefile": frozenset({"ingest"}),  # opens an .xls container to read its row records
    "openpyxl": frozenset({"authoring"}),  # writes the blank workbooks and the demo's
    "docxtpl": frozenset({"render"}),
    "jinja2": frozenset({"render"}),
    "markupsafe": frozenset({"render"}),
    # render fills the Word XML; deliver merges a person's edited document with the new one
    "lxml": frozenset({"render", "deliver"}),
    "docx": frozenset({"authoring"}),  # python-docx writes the packaged Word templates
    "watchdog": frozenset({"shell"}),
    "click": frozenset({"shell"}),
    "babel": frozenset({"i18n"}),
}
STDLIB_ONE_HOME = {"hashlib": "pipeline/core/digest.py"}
MAX_LOOSE_MODULES = 4


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "assets" not in p.parts)


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> Iterator[str]:
    """Yield every module name `path` imports, at any depth (lazy imports count too).

    `from package import submodule` imports the submodule, not the package's own names.
    """
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = [f"{node.module}.{a.name}" for a in node.names]
            found = [name for name in submodules if name in MODULES]
            yield from found
            if len(found) < len(submodules):
                yield node.module


MODULES = {_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _graph() -> dict[str, set[str]]:
    """Return module -> the package modules it imports."""
    return {
        name: {target for target in _imports(path) if target in MODULES and target != name}
        for name, path in MODULES.items()
    }


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_run_down_the_layers(module: Path) -> None:
    part = _part(module)
    assert part in LAYERS, f"{part} is not placed in a layer: add it to LAYERS"
    for target in _imports(module):
        if not target.startswith("pipeline.") or target not in MODULES:
            continue
        other = target.split(".")[1]
        assert other == part or LAYERS[other] < LAYERS[part], (
            f"{module.relative_to(PACKAGE)} ({part}, layer {LAYERS[part]}) imports {target} "
            f"({other}, layer {LAYERS[other]}): imports must run down the layers"
        )


def test_no_import_circle() -> None:
    graph = _graph()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circle = path[path.index(target) :] + [target]
                pytest.fail("import circle: " + " -> ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_each_library_has_one_home(module: Path) -> None:
    part = _part(module)
    for name in _imports(module):
        library = name.split(".")[0]
        homes = HOMES.get(library)
        if homes is not None and part not in homes:
            pytest.fail(f"{module.name} imports {library}, whose home is {sorted(homes)}")
        home = STDLIB_ONE_HOME.get(library)
        if home is not None:
            assert module == PACKAGE.parent / home, f"only {home} may import {library}"


def test_few_loose_modules_at_the_top() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= MAX_LOOSE_MODULES, f"loose modules at the top of pipeline/: {loose}"
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders <= set(LAYERS), f"parts not placed in a layer: {folders - set(LAYERS)}"


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_modules_stay_small(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= 500, f"{module.name} has {lines} lines: split it by concept"


@pytest.mark.parametrize(
    "module",
    sorted((PACKAGE / "shell").rglob("*.py")),
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_the_shells_use_the_composer_not_the_stages(module: Path) -> None:
    used = {name.split(".")[1] for name in _imports(module) if name.startswith("pipeline.")}
    stages = used & STAGES
    assert not stages, f"{module.name} imports a stage: {sorted(stages)}"
