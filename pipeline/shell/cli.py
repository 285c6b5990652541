"""The `qualiopi-docs` command: parse, call one library function, print. Nothing else.

Heavy modules are imported inside the commands so that `--help` stays instant.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from pipeline import __version__

if TYPE_CHECKING:
    from pipeline.core.model import Lang

F = TypeVar("F", bound=Callable[..., Any])
EXIT_FINDINGS = 1
EXIT_CANNOT_PROCEED = 3
EXIT_ENVIRONMENT = 4  # the machine stops the work: disk full, path too long, no permission

WORKSPACE = click.argument(
    "workspace", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)
FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
LANG = click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default=None,
    help="Language of the workbooks, messages and documents (default: fr).",
)


def _guarded(command: F) -> F:
    """The one chokepoint that turns a QualiopiError into a message and an exit code."""

    def run(*args: Any, **kwargs: Any) -> Any:
        from pipeline.core.errors import EnvironmentProblem, QualiopiError

        try:
            return command(*args, **kwargs)
        except QualiopiError as err:
            click.echo(err.message, err=True)
            if err.hint:
                click.echo(err.hint, err=True)
            environment = isinstance(err, EnvironmentProblem)
            sys.exit(EXIT_ENVIRONMENT if environment else EXIT_CANNOT_PROCEED)

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qualiopi-docs")
def main() -> None:
    """Prepare a Qualiopi audit: Excel workbooks in, validated Word documents out."""


@main.command()
@click.argument("path", required=False, default=".", type=click.Path(path_type=Path))
@LANG
@_guarded
def init(path: Path, lang: str | None) -> None:
    """Create a workspace: inbox/, outbox/, evidence/, blank workbooks, settings."""
    from pipeline.authoring.scaffold import init_workspace
    from pipeline.shell.present import created_lines

    language = _lang(lang)
    created = init_workspace(path, language)
    click.echo(created_lines(created, path, language))


@main.command()
@click.argument("path", required=False, default="qualiopi-demo", type=click.Path(path_type=Path))
@LANG
@_guarded
def demo(path: Path, lang: str | None) -> None:
    """Create a filled workspace for a fictional organisation and build its documents."""
    from pipeline.authoring.demo import create_demo
    from pipeline.build.flow import build_workspace
    from pipeline.shell.present import build_lines, created_lines

    language = _lang(lang)
    created = create_demo(path, language, date.today())
    click.echo(created_lines(created, path, language))
    results = build_workspace(path)
    click.echo(build_lines(results, language))


@main.command()
@WORKSPACE
@FORMAT
@_guarded
def validate(workspace: Path, fmt: str) -> None:
    """Check the workbooks and list every finding; exit 1 when there is an error."""
    from pipeline.build.flow import check_workspace
    from pipeline.shell.present import findings_json, findings_text
    from pipeline.workspace import open_workspace

    results = check_workspace(workspace)
    lang = open_workspace(workspace).settings.lang
    click.echo(findings_json(results) if fmt == "json" else findings_text(results, lang))
    if any(not result.report.ok for result in results):
        sys.exit(EXIT_FINDINGS)


@main.command()
@WORKSPACE
@click.option(
    "--force",
    is_flag=True,
    help="Replace documents edited by hand (the edited copy is archived first).",
)
@_guarded
def build(workspace: Path, force: bool) -> None:
    """Build the Word documents of every organisation into outbox/."""
    from pipeline.build.flow import build_workspace
    from pipeline.shell.present import build_lines
    from pipeline.workspace import open_workspace

    results = build_workspace(workspace, force=force)
    click.echo(build_lines(results, open_workspace(workspace).settings.lang))
    if any(d.outcome == "failed" for result in results for d in result.deliveries):
        sys.exit(EXIT_CANNOT_PROCEED)
    if any(not result.report.ok for result in results):
        sys.exit(EXIT_FINDINGS)


@main.command()
@WORKSPACE
@click.option(
    "--poll",
    type=float,
    default=None,
    metavar="SECONDS",
    help="Poll every SECONDS instead of native events (network shares, sync folders).",
)
@_guarded
def watch(workspace: Path, poll: float | None) -> None:
    """Watch inbox/ and rebuild an organisation's documents when its workbooks change."""
    from pipeline.shell.watch import run_watch

    sys.exit(run_watch(workspace, poll))


@main.command()
@click.argument(
    "workspace", required=False, default=None, type=click.Path(file_okay=False, path_type=Path)
)
@click.option(
    "--referential",
    type=click.Choice(["V9", "V10"], case_sensitive=False),
    help="Referential version (default: from the workspace, else by today's date).",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(["AF", "BC", "VAE", "CFA"], case_sensitive=False),
    help="Category of actions delivered (repeatable).",
)
@click.option("--certifying", is_flag=True, help="Services leading to a certification.")
@click.option("--work-linked", is_flag=True, help="Work-linked training (alternance).")
@click.option("--work-based", is_flag=True, help="Work-based training periods.")
@click.option("--subcontracting", is_flag=True, help="Subcontracting or portage salarial.")
@FORMAT
@LANG
@_guarded
def indicators(
    workspace: Path | None,
    referential: str | None,
    categories: tuple[str, ...],
    certifying: bool,
    work_linked: bool,
    work_based: bool,
    subcontracting: bool,
    fmt: str,
    lang: str | None,
) -> None:
    """Say which indicators apply, and why not the others."""
    from pipeline.build.scope import Scope, scope_from_flags, scope_from_workspace
    from pipeline.shell.present import applicability_json, applicability_text

    scopes: tuple[Scope, ...]
    if categories:
        scopes = scope_from_flags(
            referential,
            categories,
            certifying=certifying,
            work_linked=work_linked,
            work_based=work_based,
            subcontracting=subcontracting,
            lang=_lang(lang),
            today=date.today(),
        )
    else:
        scopes = scope_from_workspace(workspace or Path("."), referential, date.today())
    click.echo(applicability_json(scopes) if fmt == "json" else applicability_text(scopes))


def _lang(lang: str | None) -> Lang:
    return "en" if lang == "en" else "fr"
