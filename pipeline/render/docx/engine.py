"""Filling a compiled template: Jinja for the document, the fast path for long tables, a zip."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from itertools import count

from jinja2 import Template
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from pipeline.core.errors import TemplateError as DocumentTemplateError
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render.docx.anchors import anchored, bookmarks_as_text
from pipeline.render.docx.expand import expand
from pipeline.render.docx.listing import resolve_listing
from pipeline.render.docx.package import PackageProblem, parse_xml, write_package
from pipeline.render.docx.problems import line_text, template_error, template_line
from pipeline.render.docx.sandbox import (
    CURRENT,
    LOOP_LIMIT,
    Budget,
    LoopLimitError,
    RenderBudgetError,
    RenderState,
)
from pipeline.render.docx.skeleton import Rows, lay_out
from pipeline.render.docx.template import (
    CORE,
    DOCXTPL,
    ENV,
    CompiledPart,
    CompiledTemplate,
    part_label,
)
from pipeline.render.docx.wordxml import DRAWING_ID
from pipeline.render.formats import number, strip_forbidden

_SENTINEL = re.compile(r'<qd-rows i="(\d+)"/>')
_MISSING = re.compile(r"has no attribute '([^']+)'|^'([^']+)' is undefined")
_RUNTIME = (
    TemplateError,
    LoopLimitError,
    RecursionError,
    MemoryError,
    TypeError,
    ValueError,
    ArithmeticError,
    LookupError,
    AttributeError,
)
GENERATOR = "qualiopi-docs"
DOCUMENT = "word/document.xml"


def render_template(
    template: CompiledTemplate,
    context: Mapping[str, object],
    lang: Lang,
    today: date,
    budget: Budget | None = None,
) -> bytes:
    """Return the .docx bytes of `template` filled with `context` (same inputs, same bytes).

    The whole render stays within `budget` (time, memory), checked as it goes.
    """
    budget = budget or Budget()
    state = RenderState.within(budget)
    main = template.package.main
    parts: dict[str, bytes | Iterator[bytes]] = {}
    for part in template.parts:
        parts[part.name], anchored = _render_part(
            template, part, context, state, lang, budget, part.name == main
        )
        if part.name == main and not anchored:  # so that a person's edits can be merged later
            parts[main] = _anchored(parts[main])
    members: list[tuple[str, bytes | Iterator[bytes]]] = []
    for name, blob in template.package.members:
        if name in parts:
            members.append((name, parts[name]))
        elif name == CORE:
            members.append((name, _core(template, blob, context, lang, today)))
        else:
            members.append((name, blob))
    return write_package(members)


def _render_part(
    template: CompiledTemplate,
    part: CompiledPart,
    context: Mapping[str, object],
    state: RenderState,
    lang: Lang,
    budget: Budget,
    main: bool,
) -> tuple[Iterator[bytes], bool]:
    """Return a part's XML as it streams, and whether it is anchored already."""
    where = part_label(template.display, part.name)
    output = _run(part.template, context, state, lang, where, part.lines, budget)
    output = _joined_lines(output)
    output = resolve_listing(output)
    try:
        root = parse_xml(output.encode("utf-8"))
    except PackageProblem as err:
        raise template_error(lang, "output_xml", where, detail=str(err)) from None
    # lxml takes a declared encoding from bytes only: the part keeps its declaration
    declaration = output[: output.find("?>") + 2] if output.startswith("<?xml") else ""
    if part.fix_tables:
        root = DOCXTPL.fix_tables(output.encode("utf-8"))
        output = declaration + etree.tostring(root, encoding="unicode")
    rows: dict[int, Rows] = {}
    anchored = False
    if part.name == DOCUMENT:
        pending = {
            n: (part.patterns[state.pending[n][0]], state.pending[n][1])
            for n in map(int, _SENTINEL.findall(output))
        }
        as_text = bookmarks_as_text(output)
        skeleton = lay_out(root, declaration, len(output), pending, ENV, main, _RUNTIME, as_text)
        output, rows, anchored = skeleton.xml, skeleton.rows, skeleton.anchored
    if "<wp:docPr" in output:
        numbers = count(1001)
        output = DRAWING_ID.sub(lambda m: f"{m.group(1)}{next(numbers)}{m.group(3)}", output)
    return _stream(output, part, state, lang, where, rows), anchored


def _anchored(blob: bytes | Iterator[bytes]) -> Iterator[bytes]:
    return anchored(iter((blob,)) if isinstance(blob, bytes) else blob)


def _joined_lines(output: str) -> str:
    """Undo the line the loader starts each paragraph on (for messages): a `\\n<w:p` goes."""
    return output.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")


def _run(
    template: Template,
    context: Mapping[str, object],
    state: RenderState,
    lang: Lang,
    where: str,
    lines: tuple[str, ...],
    budget: Budget | None = None,
) -> str:
    token = CURRENT.set(state)
    try:
        return template.render(context)
    except RenderBudgetError as err:
        place = line_text(lines, template_line(err.__traceback__))
        raise budget_error(err, lang, where, place, budget or Budget()) from None
    except _RUNTIME as err:
        place = line_text(lines, template_line(err.__traceback__))
        raise runtime_error(err, lang, where, place) from None
    finally:
        CURRENT.reset(token)


def budget_error(
    err: RenderBudgetError, lang: Lang, where: str, place: str, budget: Budget
) -> DocumentTemplateError:
    """Return the TemplateError of a render stopped by its budget or by a stop request."""
    detail = text(
        lang,
        f"tpl.detail.budget.{err.kind}",
        seconds=number(budget.seconds, lang, 0),
        megabytes=number(budget.megabytes, lang, 0),
    )
    return template_error(lang, "budget", where, place=place, detail=detail)


def runtime_error(err: BaseException, lang: Lang, where: str, place: str) -> DocumentTemplateError:
    """Return the TemplateError for an error raised while a template runs."""
    detail = str(err)
    if isinstance(err, UndefinedError):
        kind = "undefined"
    elif isinstance(err, SecurityError):
        kind = "unsafe"
    elif isinstance(err, MemoryError):
        kind, detail = "unsafe", text(lang, "tpl.detail.memory")
    elif isinstance(err, LoopLimitError):
        kind, detail = (
            "loop_limit",
            text(lang, "tpl.detail.loop_limit", limit=number(LOOP_LIMIT, lang, 0)),
        )
    elif isinstance(err, RecursionError):
        kind, detail = "loop_limit", text(lang, "tpl.detail.recursion")
    else:
        kind = "runtime"
    if kind == "undefined":
        missing = _MISSING.search(detail)
        detail = f"\u201c{missing.group(1) or missing.group(2)}\u201d" if missing else detail
    return template_error(lang, kind, where, place=place, detail=detail)


def _stream(
    output: str,
    part: CompiledPart,
    state: RenderState,
    lang: Lang,
    where: str,
    laid_out: Mapping[int, Rows],
) -> Iterator[bytes]:
    position = 0
    for sentinel in _SENTINEL.finditer(output):
        yield output[position : sentinel.start()].encode("utf-8")
        n = int(sentinel.group(1))
        index, rows = state.pending[n]
        written = laid_out.get(n) or Rows(part.patterns[index])
        pattern = written.pattern
        try:
            for chunk in expand(pattern, rows, ENV, written.marks, written.head):
                yield chunk.encode("utf-8")
        except _RUNTIME as err:
            raise runtime_error(err, lang, where, pattern.place) from None
        position = sentinel.end()
    yield output[position:].encode("utf-8")


def _core(
    template: CompiledTemplate, blob: bytes, context: Mapping[str, object], lang: Lang, today: date
) -> bytes:
    """Return docProps/core.xml: its templated fields filled, its dates set to `today`."""
    root = parse_xml(blob)
    filled = dict(template.properties)
    stamp = f"{today.isoformat()}T00:00:00Z"
    for element in list(root):
        local = str(element.tag).rsplit("}", 1)[-1]
        if local in filled:
            where = f"{template.display} ({CORE})"
            value = _run(filled[local], context, RenderState(), lang, where, (element.text or "",))
            element.text = strip_forbidden(value)
        elif local in ("created", "modified"):
            element.text = stamp
        elif local == "lastModifiedBy":
            element.text = GENERATOR
        elif local == "revision":
            element.text = "1"
        elif local == "lastPrinted":
            root.remove(element)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
