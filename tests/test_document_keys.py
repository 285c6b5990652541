"""Documents are identified by their key; the translated file name is only for files and people."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline.core.model import DOCUMENT_KEYS, LANGS, Lang
from pipeline.i18n import document_name
from pipeline.render.documents import INTERNAL_SPECS, SPECS, VALIDATION_KEY

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
# Where a file name may be computed: where a file is written, looked up or shown.
EDGES = frozenset(
    {
        "authoring/templates/__init__.py",  # writes the packaged templates under their names
        "authoring/templates/reference.py",  # docs/templates.md names each template
        "build/flow.py",  # tells the progress which documents are being written
        "build/pack.py",  # finds the documents to send in the outbox
        "build/reuse.py",  # the deliveries it replays carry the name a person reads
        "render/documents.py",  # finds a document's template by its file name
        "render/notices.py",  # finds the workspace's own templates by their file names
        "shell/present.py",  # prints the documents not made
    }
)


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _names_a_document(node: ast.AST) -> bool:
    """A call to document_name, or a `.name` read off a delivery or a rendered document."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "document_name":
            return True
        if isinstance(inner, ast.Attribute) and inner.attr == "name" and _document(inner.value):
            return True
    return False


def _document(node: ast.expr) -> bool:
    return getattr(node, "id", "") in {"d", "delivery", "document", "rendered"}


def test_every_document_key_has_one_spec_and_a_file_name_in_each_language() -> None:
    keys = [spec.key for spec in SPECS + INTERNAL_SPECS] + [VALIDATION_KEY]
    assert sorted(keys) == sorted(DOCUMENT_KEYS)
    for lang in LANGS:
        names = {document_name(lang, key) for key in DOCUMENT_KEYS}
        assert len(names) == len(DOCUMENT_KEYS)  # two documents never share a file


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_languages_share_a_file_name(lang: Lang) -> None:
    other: Lang = "fr" if lang == "en" else "en"
    ours = {document_name(lang, key) for key in DOCUMENT_KEYS}
    assert not ours & {document_name(other, key) for key in DOCUMENT_KEYS}


def test_no_module_compares_a_document_by_its_translated_name() -> None:
    found = []
    for module, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and any(
                _names_a_document(side) for side in (node.left, *node.comparators)
            ):
                found.append(f"{module}:{node.lineno}")
            if isinstance(node, ast.DictComp) and _names_a_document(node.key):
                found.append(f"{module}:{node.lineno} (keyed by name)")
    assert found == []


def test_file_names_are_computed_only_at_the_edges() -> None:
    calls = set()
    for module, tree in _modules():
        if module.startswith("i18n/"):
            continue  # the catalogues, and document_name itself
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "document_name":
                calls.add(module)
            if isinstance(node, ast.Constant) and "doc.file." in str(node.value):
                calls.add(f"{module} (catalogue key)")
    assert calls <= EDGES
