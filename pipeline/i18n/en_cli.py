"""English texts of the command line."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "cli.summary": "{errors} error(s), {warnings} warning(s).",
    "cli.organisation": "== Organisation: {name} ==",
    "cli.referential": "Referential: {reason}",
    "cli.no_file": "(no file)",
    "cli.severity.error": "ERROR",
    "cli.severity.warning": "WARNING",
    "cli.applicable_count": "{count} of {total} indicators apply.",
    "cli.created": "Workspace: {path}",
    "cli.nothing_created": "  Nothing created: everything was already there (nothing overwritten).",
    "cli.files": "({count} files)",
    "cli.not_made": "NOT made: {name} — {why}",
    "cli.documents": "Documents:",
    "cli.no_documents": "  No document could be made: see the errors above.",
    "cli.delivery.written": "written: {path}",
    "cli.delivery.unchanged": "unchanged: {path}",
    "cli.delivery.kept_edited": "edited by hand, kept; new version written beside it: {path}",
    "cli.delivery.replaced_edited": "edited by hand, archived then replaced (--force): {path}",
    "cli.delivery.failed": "NOT written: {name}",
    "version.forced.cli": "{version}, as asked on the command line.",
}
