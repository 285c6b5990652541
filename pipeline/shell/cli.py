"""The `qualiopi-docs` command: parse, call one library function, print. Nothing else.

Heavy modules are imported inside the commands so that `--help` stays instant. Help texts come
from the i18n catalogues (see `localise`); the docstrings below are for developers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from pipeline import __version__
from pipeline.core.model import AUDIT_SCOPES, CATEGORIES, LANGS, VERSIONS
from pipeline.shell.exits import Exit, exit_for_error
from pipeline.shell.localise import LocalGroup

if TYPE_CHECKING:
    from pipeline.core.model import AuditScope, Lang

F = TypeVar("F", bound=Callable[..., Any])

WORKSPACE = click.argument(
    "workspace", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)
FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="Output format (default: text).",
)
LANG = click.option(
    "--lang",
    type=click.Choice(LANGS),
    default=None,
    help="Language of the workbooks, messages and documents (default: the system's, else en).",
)


def _guarded(command: F) -> F:
    """The one chokepoint that turns an error into a message and an exit code (see `Exit`)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        from pipeline.core.errors import QualiopiError

        try:
            return command(*args, **kwargs)
        except QualiopiError as err:
            click.echo(err.message, err=True)
            if err.hint:
                click.echo(err.hint, err=True)
            sys.exit(exit_for_error(err))
        except OSError as err:
            _environment_failure(err, kwargs.get("workspace") or kwargs.get("path"))
            sys.exit(exit_for_error(err))

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run  # type: ignore[return-value]


def _environment_failure(err: OSError, folder: Path | None) -> None:
    """Say what the machine refused: the precise message (disk full, path too long, no
    permission: which path, what to do) when there is one, else the general one."""
    from pipeline.i18n import text
    from pipeline.workspace import environment_problem, speaking_lang

    lang = speaking_lang(*([folder] if folder else []))
    problem = environment_problem(err, lang)
    if problem is not None:
        click.echo(problem.message, err=True)
        if problem.hint:
            click.echo(problem.hint, err=True)
        return
    reason = err.strerror or str(err)
    if err.filename:
        reason = f"{reason} ({err.filename})"
    click.echo(text(lang, "cli.environment", reason=reason), err=True)
    click.echo(text(lang, "cli.hint.environment"), err=True)


@click.group(cls=LocalGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
    from pipeline.shell.guidance import next_steps
    from pipeline.shell.present import created_lines
    from pipeline.workspace import folder_lang

    language = _lang(lang) if lang else folder_lang(path) or _lang(None)
    created = init_workspace(path, language)
    click.echo(created_lines(created, path, language))
    click.echo(next_steps(path, language))


@main.command()
@click.argument("path", required=False, default="qualiopi-demo", type=click.Path(path_type=Path))
@LANG
@_guarded
def demo(path: Path, lang: str | None) -> None:
    """Create a filled workspace for a fictional organisation and build its documents."""
    from pipeline.authoring.demo import create_demo
    from pipeline.shell.present import build_lines, created_lines

    language = _lang(lang)
    created = create_demo(path, language, date.today())
    click.echo(created_lines(created, path, language))
    results = _build_showing_progress(path, language)
    click.echo(build_lines(results, language))


@main.command()
@WORKSPACE
@FORMAT
@click.option("--brief", is_flag=True, help="Show only the summary and the first ten findings.")
@_guarded
def validate(workspace: Path, fmt: str, brief: bool) -> None:
    """Check the workbooks and list every finding, the most blocking first."""
    from pipeline.build.flow import check_workspace
    from pipeline.shell.guidance import open_notes
    from pipeline.shell.present import findings_json
    from pipeline.shell.summary import validation_text
    from pipeline.workspace import require_workspace

    opened = require_workspace(workspace)
    results = check_workspace(workspace)
    lang = opened.settings.lang
    if fmt == "json":
        click.echo(findings_json(results))
    else:
        click.echo(validation_text(results, lang, brief, open_notes(opened)))
    sys.exit(_exit_code(results))


@main.command()
@WORKSPACE
@click.option(
    "--force",
    is_flag=True,
    help="Replace documents edited by hand (the edited copy is archived first).",
)
@click.option(
    "--pdf", is_flag=True, help="Also write a PDF of each document to send (LibreOffice)."
)
@_guarded
def build(workspace: Path, force: bool, pdf: bool) -> None:
    """Build the Word documents of every organisation into outbox/."""
    from pipeline.shell.guidance import open_notes
    from pipeline.shell.present import build_lines
    from pipeline.workspace import require_workspace

    opened = require_workspace(workspace)
    results = _build_showing_progress(workspace, opened.settings.lang, force, pdf)
    click.echo(build_lines(results, opened.settings.lang))
    for note in open_notes(opened):
        click.echo(note)
    sys.exit(_exit_code(results))


def _build_showing_progress(
    workspace: Path, lang: Lang, force: bool = False, pdf: bool = False
) -> Any:
    """Build; on a terminal, show which organisation and documents are being made."""
    from pipeline.build.flow import build_workspace
    from pipeline.shell.progress import terminal_progress

    display = terminal_progress(sys.stderr, lang)
    try:
        return build_workspace(workspace, force=force, pdf=pdf, progress=display)
    finally:
        if display is not None:
            display.close()


def _exit_code(results: Any) -> Exit:
    """Return CANNOT_PROCEED when a document was not written, FINDINGS for errors, else OK."""
    if any(d.outcome == "failed" for result in results for d in result.deliveries):
        return Exit.CANNOT_PROCEED
    if any(not result.report.ok for result in results):
        return Exit.FINDINGS
    return Exit.OK


@main.command()
@WORKSPACE
@click.option(
    "--limit-mb",
    type=float,
    default=None,
    metavar="MB",
    help="Refuse a pack bigger than this (default: qualiopi.toml [pack] limit_mb, else 200).",
)
@_guarded
def pack(workspace: Path, limit_mb: float | None) -> None:
    """Zip, per organisation, the documents to send, their evidence and an index."""
    from pipeline.build.pack import pack_workspace
    from pipeline.shell.present import pack_lines
    from pipeline.workspace import require_workspace

    opened = require_workspace(workspace)
    packs = pack_workspace(workspace, limit_mb)
    click.echo(pack_lines(packs, opened.settings.lang))
    if any(not item.path for item in packs):
        sys.exit(Exit.CANNOT_PROCEED)


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
    type=click.Choice(VERSIONS, case_sensitive=False),
    help="Referential version (default: from the workspace, else by today's date).",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(CATEGORIES, case_sensitive=False),
    help="Category of actions delivered (repeatable).",
)
@click.option(
    "--certifying",
    is_flag=True,
    help="Services preparing an RNCP certification (RS only: unconfirmed).",
)
@click.option("--work-linked", is_flag=True, help="Work-linked training (alternance).")
@click.option("--work-based", is_flag=True, help="Work-based training periods.")
@click.option("--subcontracting", is_flag=True, help="Subcontracting or portage salarial.")
@click.option(
    "--audit",
    type=click.Choice(AUDIT_SCOPES, case_sensitive=False),
    default=None,
    help="Audit to prepare: reduced and surveillance audits check only part of the indicators "
    "(default: the workspace profile's audit, else initial).",
)
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
    audit: str | None,
    fmt: str,
    lang: str | None,
) -> None:
    """Say which indicators apply, and why not the others; which ones the audit checks."""
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
            audit=_audit(audit),
        )
    else:
        scopes = scope_from_workspace(
            workspace or Path("."), referential, date.today(), _audit(audit)
        )
    click.echo(applicability_json(scopes) if fmt == "json" else applicability_text(scopes))


def _audit(audit: str | None) -> AuditScope | None:
    return next((a for a in AUDIT_SCOPES if a == (audit or "").lower()), None)


def _lang(lang: str | None) -> Lang:
    """Return the language asked for, else the system's, else English."""
    from pipeline.workspace import guess_lang

    return "en" if lang == "en" else "fr" if lang == "fr" else guess_lang()
