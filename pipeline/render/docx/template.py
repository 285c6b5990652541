"""Loading a Word template once: checked, patched into Jinja (docxtpl's dialect), compiled.

A template is read, checked and compiled once per process and file version (path, size, mtime):
rendering many documents, or rebuilding after a change elsewhere, reuses the compiled parts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docxtpl import DocxTemplate  # type: ignore[import-untyped, unused-ignore]
from jinja2 import Template
from jinja2.exceptions import TemplateSyntaxError

from pipeline.core.errors import TemplateError
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render.docx.checks import (
    TemplateProblem,
    check_blocks,
    check_paragraphs,
    visible_text,
)
from pipeline.render.docx.guards import ROWS_CALL, guard_loops, guarded_names, refuse_autoescape
from pipeline.render.docx.jinjacode import generate, template_of
from pipeline.render.docx.package import Package, PackageProblem, parse_xml, read_package
from pipeline.render.docx.problems import line_text, template_error
from pipeline.render.docx.rows import RowPattern, extract_fast_loops
from pipeline.render.docx.sandbox import DocumentSandbox
from pipeline.render.docx.tags import clean_tags, plain_rich_tags
from pipeline.render.docx.wordxml import PARAGRAPH_START

log = logging.getLogger(__name__)
ENV = DocumentSandbox()
PROPERTIES_ENV = DocumentSandbox(autoescape=False)
DOCXTPL = DocxTemplate(None)  # only its XML patching (the tag dialect) is used
CORE = "docProps/core.xml"
PROPERTY_TAGS = ("title", "subject", "creator", "keywords", "description", "category")
_LITERALS = {"{_{": "{{ '{{' }}", "}_}": "{{ '}}' }}", "{_%": "{{ '{%' }}", "%_}": "{{ '%}' }}"}
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CompiledPart:
    """One XML part of the template, ready to render."""

    name: str
    template: Template
    patterns: tuple[RowPattern, ...]
    lines: tuple[str, ...]  # the source, one paragraph a line, to say where an error is
    fix_tables: bool  # {%tc %} loops change the number of columns (docxtpl fixes the grid)
    curly: str = ""  # a tag whose typographic quotes were read as straight ones


@dataclass(frozen=True, slots=True)
class CompiledTemplate:
    """A whole template: its package, its compiled parts and document properties."""

    display: str
    package: Package
    parts: tuple[CompiledPart, ...]
    properties: tuple[tuple[str, Template], ...]  # core.xml element local name -> template
    notices: tuple[str, ...] = ()  # what was read differently from what is stored, to say once


def load_template(
    path: Path, display: str, lang: Lang, names: frozenset[str], fast: bool = True
) -> CompiledTemplate:
    """Return the compiled template at `path` (cached while its content is unchanged).

    `display` names the template in messages; `names` are the variables its context provides;
    `fast=False` keeps every table loop in Jinja (the reference the fast path must equal).
    """
    try:
        stat = path.stat()
    except OSError as err:
        raise template_error(lang, "not_docx", display, detail=str(err)) from err
    if stat.st_size > MAX_TEMPLATE_BYTES:
        raise template_error(lang, "not_docx", display, detail=f"{stat.st_size} bytes")
    try:
        content = path.read_bytes()
    except OSError as err:
        raise template_error(lang, "not_docx", display, detail=str(err)) from err
    # Keyed by content: a template replaced within the same second, same size, still counts.
    return _load(content, display, lang, names, fast)


@lru_cache(maxsize=32)
def _load(
    content: bytes, display: str, lang: Lang, names: frozenset[str], fast: bool
) -> CompiledTemplate:
    try:
        package = read_package(content)
    except PackageProblem as err:
        raise template_error(lang, "not_docx", display, detail=str(err)) from err
    parts = tuple(_compile(package, name, display, lang, names, fast) for name in package.templated)
    notices = tuple(
        _quote_notice(display, part.name, part.curly, lang) for part in parts if part.curly
    )
    for notice in notices:  # compiled once per template content: said once
        log.info(notice)
    properties = _properties(package, display, lang, names)
    return CompiledTemplate(display, package, parts, properties, notices)


def template_notices(path: Path, display: str, lang: Lang) -> tuple[str, ...]:
    """Return what is said once about the template at `path`, without compiling it: the tags
    whose typographic quotes are read as straight ones. A template that cannot be read says
    nothing here: rendering it says why."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            return ()
        content = path.read_bytes()
    except OSError:
        return ()
    return _notices(content, display, lang)


@lru_cache(maxsize=32)
def _notices(content: bytes, display: str, lang: Lang) -> tuple[str, ...]:
    try:
        package = read_package(content)
    except PackageProblem:
        return ()
    found = []
    for name in package.templated:
        try:
            curly = check_paragraphs(plain_rich_tags(_xml_text(package, name, display, lang)))
        except (TemplateProblem, TemplateError):
            continue
        if curly:
            found.append(_quote_notice(display, name, curly, lang))
    return tuple(found)


def _quote_notice(display: str, part: str, curly: str, lang: Lang) -> str:
    return text(lang, "tpl.notice.quotes", template=part_label(display, part), tag=curly)


def _compile(
    package: Package, name: str, display: str, lang: Lang, names: frozenset[str], fast: bool
) -> CompiledPart:
    raw = plain_rich_tags(_xml_text(package, name, display, lang))
    try:
        curly = check_paragraphs(raw)
        patched = clean_tags(DOCXTPL.patch_xml(raw))
        check_blocks(patched)
    except TemplateProblem as problem:
        raise template_error(
            lang,
            problem.kind,
            part_label(display, name),
            tag=problem.tag,
            place=problem.place,
            other=problem.other,
        ) from None
    source, patterns = extract_fast_loops(patched, visible_text) if fast else (patched, ())
    for literal, jinja in _LITERALS.items():
        source = source.replace(literal, jinja)
    source = PARAGRAPH_START.sub(r"\n<w:p\1", source)
    lines = tuple(source.split("\n"))
    template = _jinja(source, lines, part_label(display, name), lang, names)
    fix_tables = "{%tc" in raw or "{{tc" in raw
    return CompiledPart(name, template, patterns, lines, fix_tables, curly)


def _xml_text(package: Package, name: str, display: str, lang: Lang) -> str:
    blob = package.member(name)
    try:
        parse_xml(blob)
        return blob.decode("utf-8")
    except (PackageProblem, UnicodeDecodeError) as err:
        raise template_error(lang, "not_docx", display, detail=f"{name}: {err}") from err


def _jinja(
    source: str,
    lines: tuple[str, ...],
    display: str,
    lang: Lang,
    names: frozenset[str],
    env: DocumentSandbox = ENV,
) -> Template:
    try:
        tree = env.parse(source)
        optional = guarded_names(tree)
        code, undeclared = generate(env, guard_loops(tree))
        unknown = sorted(undeclared - names - {ROWS_CALL} - set(env.globals) - optional)
        if unknown:
            raise template_error(
                lang,
                "unknown_variable",
                display,
                tag=unknown[0],
                place=_place_of_name(lines, unknown[0]),
                detail=", ".join(sorted(names)),
            )
        refuse_autoescape(tree)
        return template_of(env, code)
    except TemplateSyntaxError as err:
        raise template_error(
            lang, "syntax", display, place=line_text(lines, err.lineno), detail=err.message or ""
        ) from None


def _place_of_name(lines: tuple[str, ...], name: str) -> str:
    pattern = re.compile(r"(\{\{|\{%)[^}%]*\b" + re.escape(name) + r"\b")
    for line in lines:
        if pattern.search(line):
            return visible_text(line)
    return ""


def _properties(
    package: Package, display: str, lang: Lang, names: frozenset[str]
) -> tuple[tuple[str, Template], ...]:
    if CORE not in {name for name, _ in package.members}:
        return ()
    try:
        root = parse_xml(package.member(CORE))
    except PackageProblem as err:
        raise template_error(lang, "not_docx", display, detail=f"{CORE}: {err}") from err
    found = []
    for element in root:
        local = str(element.tag).rsplit("}", 1)[-1]
        value = element.text or ""
        if local in PROPERTY_TAGS and ("{{" in value or "{%" in value):
            found.append(
                (local, _jinja(value, (value,), f"{display} ({CORE})", lang, names, PROPERTIES_ENV))
            )
    return tuple(found)


def part_label(display: str, part: str) -> str:
    """Name the template, and the part when it is not the body (header, footer...)."""
    if part.endswith("/document.xml"):
        return display
    return f"{display} ({part.rsplit('/', 1)[-1].removesuffix('.xml')})"
