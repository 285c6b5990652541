"""`--help` and usage errors in the user's language: the workspace's, else the system's,
else English.

The texts come from the i18n catalogues (`help.<command>`, `help.<command>.<option>`,
`help.option.<option>`); a command or option without one keeps its English docstring or help.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from pipeline.core.model import Lang
from pipeline.i18n import has_text, text
from pipeline.shell.usage import localised
from pipeline.workspace import speaking_lang

_ARGS = "qualiopi.args"


def help_lang(ctx: click.Context) -> Lang:
    """Return the language of the help: that of a workspace named on the command line, or of
    the current folder, else the system's, else English."""
    args: Sequence[str] = ctx.meta.get(_ARGS, ())
    folders = [Path(arg) for arg in args if not arg.startswith("-")]
    return speaking_lang(*folders, Path.cwd())


def localise(command: click.Command, lang: Lang) -> None:
    """Set the help of `command` and of its options from the catalogue of `lang`."""
    name = command.name or "main"
    key = "help.main" if isinstance(command, click.Group) else f"help.{name}"
    if has_text(lang, key):
        command.help = text(lang, key)
        command.short_help = None
    if name in ("main", "validate", "build", "watch"):
        command.epilog = text(lang, "help.exit_codes")
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        for option_key in (f"help.{name}.{param.name}", f"help.option.{param.name}"):
            if has_text(lang, option_key):
                param.help = text(lang, option_key)
                break


class LocalCommand(click.Command):
    """A command whose help and usage errors speak the user's language."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta.setdefault(_ARGS, list(args))
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as err:
            raise localised(err, ctx, help_lang(ctx)) from err

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        localise(self, help_lang(ctx))
        super().format_help(ctx, formatter)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        prefix = text(help_lang(ctx), "help.usage") + " "
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        params = self.get_params(ctx)
        if params and params[-1] is self.get_help_option(ctx):
            params[-1].help = text(lang, "help.option.help")
        options = [p for p in params if not isinstance(p, click.Argument)]
        records = [record for p in options if (record := p.get_help_record(ctx))]
        if records:
            with formatter.section(text(lang, "help.options")):
                formatter.write_dl(records)


class LocalGroup(LocalCommand, click.Group):
    """The `qualiopi-docs` group: its help and its commands' summaries in the user's language."""

    command_class = LocalCommand

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as err:
            raise localised(err, ctx, help_lang(ctx)) from err

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        for command in self.commands.values():
            localise(command, lang)
        super().format_help(ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        LocalCommand.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows: list[tuple[str, str]] = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section(text(help_lang(ctx), "help.commands")):
                formatter.write_dl(rows)
