"""A bad command line said in the user's language: click's usage errors, translated.

click words its usage errors in English (through gettext, with no French catalogue). The few it
raises for our commands are rebuilt here from what each error carries; an error this module
does not know keeps click's wording, under a translated "Error:".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import IO, Any

import click

from pipeline.core.model import Lang
from pipeline.i18n import text

# click's own wording (click 8) of the messages that carry no data of their own.
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)"), "usage.extra"),
    (re.compile(r"Missing command\."), "usage.missing_command"),
    (re.compile(r"Option '(?P<name>.*)' requires an argument\."), "usage.needs_value"),
    (re.compile(r"Option '(?P<name>.*)' does not take a value\."), "usage.takes_no_value"),
    (re.compile(r"'(?P<value>.*)' is not one of (?P<choices>.*)\."), "usage.choice"),
    (re.compile(r"'(?P<value>.*)' is not a valid (float|integer)\."), "usage.number"),
)


class LocalUsageError(click.UsageError):
    """A bad command line, in the user's language; exit code 2, as click's own."""

    def __init__(self, message: str, ctx: click.Context | None, lang: Lang) -> None:
        super().__init__(message, ctx)
        self.lang = lang

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the usage, where to find help, then the error (as click does, translated)."""
        stderr = file is None
        if self.ctx is not None:
            hint = ""
            if self.ctx.command.get_help_option(self.ctx) is not None:
                command = f"{self.ctx.command_path} --help"
                hint = text(self.lang, "usage.try", command=command) + "\n"
            click.echo(
                f"{self.ctx.get_usage()}\n{hint}", file=file, err=stderr, color=self.ctx.color
            )
        click.echo(
            text(self.lang, "usage.error", message=self.format_message()), file=file, err=stderr
        )


def localised(err: click.UsageError, ctx: click.Context, lang: Lang) -> LocalUsageError:
    """Return click's usage error `err` said in `lang`."""
    if isinstance(err, LocalUsageError):
        return err
    return LocalUsageError(_message(err, err.ctx or ctx, lang), err.ctx or ctx, lang)


def _message(err: click.UsageError, ctx: click.Context, lang: Lang) -> str:
    if isinstance(err, click.NoSuchOption):
        found = text(lang, "usage.no_such_option", name=err.option_name)
        return found + _possibilities(err.possibilities, lang)
    if isinstance(err, click.exceptions.NoSuchCommand):
        found = text(lang, "usage.no_such_command", name=err.command_name)
        return found + _possibilities(err.possibilities, lang)
    if isinstance(err, click.MissingParameter):
        return text(lang, "usage.missing", name=_hint(err, ctx))
    if isinstance(err, click.BadParameter):
        detail = _plain(err.message, lang).rstrip(".")
        return text(lang, "usage.invalid", name=_hint(err, ctx), detail=detail)
    return _plain(err.message, lang)


def _plain(message: str, lang: Lang) -> str:
    for pattern, key in _PLAIN:
        match = pattern.fullmatch(message)
        if match:
            found = match.groupdict()
            if "choices" in found:  # click quotes each choice: the sentence quotes the list
                found["choices"] = found["choices"].replace("'", "")
            return text(lang, key, **found)
    return message


def _possibilities(possibilities: Sequence[str] | None, lang: Lang) -> str:
    if not possibilities:
        return ""
    names = ", ".join(sorted(possibilities))
    return " " + text(lang, "usage.did_you_mean", names=names)


def _hint(err: click.BadParameter, ctx: click.Context) -> str:
    """Return the parameter's names, unquoted (the sentence quotes them)."""
    if err.param_hint is not None:
        hint = err.param_hint
        return hint if isinstance(hint, str) else " / ".join(hint)
    if err.param is not None:
        return err.param.get_error_hint(ctx).replace("'", "")
    return ""
