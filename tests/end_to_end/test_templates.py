"""A custom Word template in the workspace tries to escape the sandbox or to run without end:
a limit stops it with a message naming the template, and the outbox stays as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from tests.end_to_end.children import limited_cli
from tests.end_to_end.conftest import Case, fingerprints

TEMPLATE = "templates/docx/en/audit-preparation.docx"
UNSAFE = f"The template {TEMPLATE} tries something templates may not do near "
ENDLESS = f"The template {TEMPLATE} repeats a loop without end near "
NESTED = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
RECURSIVE = "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"
DOUBLING = (
    "{% set ns = namespace(v='xxxxxxxx') %}{% for i in range(48) %}"
    "{% set ns.v = ns.v ~ ns.v %}{% endfor %}{{ ns.v|length }}"
)
GROWING = [  # a few loop turns, memory without end: each stopped by a limit
    DOUBLING,
    "{% set ns = namespace(v=[1]) %}{% for i in range(48) %}{% set ns.v = ns.v + ns.v %}"
    "{% endfor %}{{ ns.v|length }}",
    "{% set ns = namespace(v=[1]) %}{% for i in range(48) %}{% set ns.v = [ns.v, ns.v] %}"
    "{% endfor %}{{ ns.v }}",
    "{% set ns = namespace(v='x') %}{% for i in range(48) %}{% set ns.v = [ns.v, ns.v]|join(ns.v)"
    " %}{% endfor %}{{ ns.v|length }}",
]


def custom_template(case: Case, body: str, relative: str = TEMPLATE) -> Path:
    """Write a Word template whose only paragraph is `body` as the workspace's override."""
    document = docx.Document()
    document.add_paragraph(body)
    path = case.root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


ESCAPES = [
    (
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "(access to attribute '__class__' of 'str' object is unsafe).",
    ),
    (
        "{{ cycler.__init__.__globals__ }}",
        "(access to attribute '__init__' of 'type' object is unsafe).",
    ),
    (
        "{{ self._TemplateReference__context }}",
        "(access to attribute '_TemplateReference__context' of 'TemplateReference' object is "
        "unsafe).",
    ),
    ("{% for i in range(10**9) %}x{% endfor %}", "(number too large: 1000000000)."),
    ("{{ 'x' * 10**9 }}", "(repetition too large)."),
]


@pytest.mark.parametrize(
    ("body", "detail"),
    ESCAPES,
    ids=["class-mro", "cycler-globals", "template-context", "range-10**9", "repeat-10**9"],
)
def test_a_template_escaping_the_sandbox_is_stopped_with_its_name(
    case: Case, body: str, detail: str
) -> None:
    custom_template(case, body)
    outbox = fingerprints(case.outbox)

    result = case.cli("build")

    assert result.exit_code == 3
    assert result.output.splitlines()[0] == f"{UNSAFE}“{body}” {detail}"
    assert fingerprints(case.outbox) == outbox


def test_a_template_looping_without_end_is_stopped_by_the_loop_limit(case: Case) -> None:
    custom_template(case, NESTED)
    outbox = fingerprints(case.outbox)

    result = case.cli("build")

    assert result.exit_code == 3
    assert result.output.splitlines()[0] == (f"{ENDLESS}“{NESTED}” (limit: 2,000,000 repetitions).")
    assert fingerprints(case.outbox) == outbox


def test_a_template_calling_itself_without_end_is_stopped_in_plain_words(case: Case) -> None:
    custom_template(case, RECURSIVE)

    result = case.cli("build")

    assert result.exit_code == 3
    message = result.output.splitlines()[0]
    assert message.startswith(f"{ENDLESS}“{RECURSIVE}”")
    assert "maximum recursion depth" not in message  # Python's words, not a quality manager's


@pytest.mark.parametrize(
    "body", GROWING, ids=["text-doubling", "list-doubling", "nested-lists", "join-doubling"]
)
def test_a_template_growing_until_memory_runs_out_is_stopped_by_a_limit(
    case: Case, body: str
) -> None:
    custom_template(case, body)
    case.snapshot()
    outbox = fingerprints(case.outbox)

    done = limited_cli(case.root, "build", memory_mb=300)  # a safety net, not the limit tested

    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 3
    message = done.stderr.splitlines()[0]
    assert message.startswith(f"{UNSAFE}“")
    assert message.endswith("(text too long)."), message  # a limit, not the memory running out
    assert fingerprints(case.outbox) == outbox
    case.verify()


def test_a_template_linked_outside_the_workspace_is_refused(case: Case, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.docx"
    docx.Document().save(str(elsewhere))
    link = case.root / TEMPLATE
    link.parent.mkdir(parents=True)
    link.symlink_to(elsewhere)

    result = case.cli("build")

    assert result.exit_code == 3
    message, hint = result.output.splitlines()[:2]
    assert message.startswith("The template ")
    assert message.endswith(f"{TEMPLATE} points outside the workspace.")
    assert hint == "Put a real file in templates/docx/, not a link."


def test_the_message_is_in_the_workspace_language(cases: Callable[[str], Case]) -> None:
    case = cases("fr")
    body = "{{ ''.__class__ }}"
    custom_template(case, body, "templates/docx/fr/preparation-audit.docx")

    result = case.cli("build")

    assert result.exit_code == 3
    assert result.output.startswith(
        "Le modèle templates/docx/fr/preparation-audit.docx tente une opération interdite aux "
        f"modèles vers « {body} » ("
    )
