"""TemplateError messages: what is wrong in which template, where, and how to fix it."""

from __future__ import annotations

from types import TracebackType

from pipeline.core.errors import TemplateError
from pipeline.core.model import Lang
from pipeline.i18n import text
from pipeline.render.docx.checks import visible_text


def template_error(
    lang: Lang,
    kind: str,
    template: str,
    *,
    tag: str = "",
    place: str = "",
    other: str = "",
    detail: str = "",
) -> TemplateError:
    """Return the TemplateError of one kind (catalogue keys tpl.error.<kind>, tpl.hint.<kind>)."""
    params = {
        "template": template,
        "tag": tag,
        "place": place or "—",
        "other": other,
        "detail": detail.rstrip(". "),
    }
    return TemplateError(
        text(lang, f"tpl.error.{kind}", **params), text(lang, f"tpl.hint.{kind}", **params)
    )


def line_text(lines: tuple[str, ...], lineno: int | None) -> str:
    """Return the visible text of a source line (a paragraph), or of the next one with text."""
    if not lineno:
        return ""
    for line in lines[lineno - 1 : lineno + 3]:
        words = visible_text(line)
        if words:
            return words
    return ""


def template_line(traceback: TracebackType | None) -> int | None:
    """Return the template line the innermost template frame of a traceback was running."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line
