"""docxtpl's tag dialect: docxtpl's own functions, without the library docxtpl loads for the rest.

Three methods of docxtpl's `DocxTemplate` make its dialect: `patch_xml` (its tags turned into
Jinja), `resolve_listing` (printed line breaks and tabs) and `fix_tables` (the grid of a
`{%tc %}` loop). They use `re`, lxml and `functools` only, but importing docxtpl imports
python-docx whole, which nothing here needs (some 40 ms of every build). So their
source is read from the installed docxtpl and run as it is written there: docxtpl stays the
dialect's only definition. Where that source is not as expected (another docxtpl, no source
file), docxtpl is imported as usual; either way the functions are docxtpl's.
"""

from __future__ import annotations

import builtins
import dis
import functools
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from types import CodeType
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

_METHODS = ("patch_xml", "resolve_listing", "fix_tables")
_GLOBALS = {"re": re, "etree": etree, "functools": functools}  # what docxtpl's module gives them


@dataclass(frozen=True, slots=True)
class Dialect:
    """docxtpl's functions, as its methods behave on `DocxTemplate(None)`."""

    patch_xml: Callable[[str], str]
    resolve_listing: Callable[[str], str]
    fix_tables: Callable[[bytes], Any]


class _Unexpected(Exception):
    """docxtpl's source is not what this module reads: import docxtpl instead."""


@cache
def dialect() -> Dialect:
    """Return docxtpl's dialect functions (found once per process)."""
    try:
        return _from_source()
    except (_Unexpected, OSError, SyntaxError, ValueError):
        return _imported()


def _imported() -> Dialect:
    from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]

    template = DocxTemplate(None)
    return Dialect(template.patch_xml, template.resolve_listing, template.fix_tables)


def _from_source() -> Dialect:
    spec = importlib.util.find_spec("docxtpl")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise _Unexpected("docxtpl")
    path = Path(next(iter(spec.submodule_search_locations))) / "template.py"
    source = path.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": "docxtpl.template", **_GLOBALS}
    for name in _METHODS:
        code = compile(_method(source, name), str(path), "exec")
        _check(code)
        exec(code, namespace)  # noqa: S102 (docxtpl's own source, checked above)
    return Dialect(*(partial(getattr(namespace[name], name), None) for name in _METHODS))


def _method(source: str, name: str) -> str:
    """Return method `name` of DocxTemplate as written, in a class of its own name, each line
    at its line of the file (messages and tracebacks point into docxtpl)."""
    body = r"(?:(?:        .*|[ \t]*)\n)+(?=(?:    )?\S|\Z)"  # up to the class's next statement
    found = re.search(rf"^    def {name}\(self, \w+\):\n{body}", source, re.M)
    owner = source.rfind("\nclass ", 0, found.start()) if found else -1
    if found is None or not source.startswith("\nclass DocxTemplate(", owner):
        raise _Unexpected(name)
    line = source.count("\n", 0, found.start())
    return "\n" * (line - 1) + f"class {name}:\n" + found.group()


def _check(code: CodeType) -> None:
    """Refuse code that reads `self` (None here) or a global docxtpl's module has not given."""
    for instruction in dis.get_instructions(code):
        names = (
            instruction.argval if isinstance(instruction.argval, tuple) else (instruction.argval,)
        )
        if instruction.opname.startswith("LOAD_") and "self" in names:
            raise _Unexpected(f"{code.co_name} reads self")
        if instruction.opname == "LOAD_GLOBAL" and not all(map(_given, names)):
            raise _Unexpected(f"{code.co_name} needs {names}")
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            _check(constant)


def _given(name: object) -> bool:
    return name in _GLOBALS or (isinstance(name, str) and hasattr(builtins, name))
