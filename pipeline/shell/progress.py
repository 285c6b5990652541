"""A one-line progress display for long builds, on a terminal only (silent in logs and pipes)."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, TextIO

from pipeline.core.model import Lang
from pipeline.i18n import text

if TYPE_CHECKING:
    from pipeline.build.progress import Step

_CLEAR = "\r\x1b[K"  # back to the start of the line, erase it


class TerminalProgress:
    """Rewrite one line of `stream` at each step; `close()` erases it."""

    def __init__(self, stream: TextIO, lang: Lang) -> None:
        self.stream = stream
        self.lang = lang

    def __call__(self, step: Step) -> None:
        width = shutil.get_terminal_size((80, 24)).columns - 1
        line = step_line(step, self.lang)
        self.stream.write(_CLEAR + line[:width])
        self.stream.flush()

    def close(self) -> None:
        self.stream.write(_CLEAR)
        self.stream.flush()


def step_line(step: Step, lang: Lang) -> str:
    """Return what the display shows for one step, in the workspace language."""
    name = step.organisation or "—"
    where = text(lang, "progress.organisation", n=step.number, total=step.total, name=name)
    if step.phase == "reading":
        doing = text(lang, "progress.reading")
    elif step.phase == "writing":
        doing = text(lang, "progress.document", name=", ".join(step.documents) or "—")
    else:
        doing = text(lang, "progress.done")
    return f"{where} — {doing}"


def terminal_progress(stream: TextIO, lang: Lang) -> TerminalProgress | None:
    """Return a display when `stream` is a terminal, else None (a build stays quiet)."""
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return TerminalProgress(stream, lang) if interactive else None
