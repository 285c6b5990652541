"""The flow stays visible: imports point one way and each library has one home."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
STAGES = ("ingest", "validate", "render", "deliver")
LEAVES = (
    "errors",
    "model",
    "referential",
    "config",
    "i18n",
    "schema",
    "findings",
    "inbox",
    "fingerprint",
    "assets",
)
# Third-party library -> the only part of the package allowed to import it.
HOMES = {
    "openpyxl": "ingest",
    "docxtpl": "render",
    "docx": "render",
    "jinja2": "render",
    "watchdog": "watch",
    "click": "cli",
    "babel": "i18n",
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "assets" not in p.parts)


def _part(path: Path) -> str:
    """Return the top-level part of the package a module belongs to ('ingest', 'cli'...)."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _pipeline_parts(names: set[str]) -> set[str]:
    return {n.split(".")[1] for n in names if n.startswith("pipeline.") and n.count(".") >= 1}


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_point_one_way(module: Path) -> None:
    part = _part(module)
    used = _pipeline_parts(_imports(module)) - {part}
    if part in LEAVES:
        assert not used & {*STAGES, "build", "cli", "watch"}, (
            f"leaf module {part} imports a stage or shell: {sorted(used)}"
        )
    if part in STAGES:
        assert not used & {*STAGES, "build", "cli", "watch"}, (
            f"stage {part} imports another stage or a shell: {sorted(used)}"
        )


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_each_library_has_one_home(module: Path) -> None:
    part = _part(module)
    for name in _imports(module):
        library = name.split(".")[0]
        home = HOMES.get(library)
        if home is not None and part != home:
            pytest.fail(f"{module.name} imports {library}, whose home is pipeline/{home}")


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
    used = _pipeline_parts(_imports(module))
    assert not used & set(STAGES), f"{module.name} imports a stage: {sorted(used & set(STAGES))}"
