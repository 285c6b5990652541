"""English texts of the command line."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "config.no_folder": "Workspace folder not found: {path}",
    "config.hint.no_folder": "Create one with `qualiopi-docs init PATH`, or give the right path.",
    "config.unreadable": "The settings file {name} cannot be read: {reason}",
    "config.hint.unreadable": "Fix the line it names, or delete the file to use the defaults.",
    "config.bad_value": "The settings file {name} holds a value of the wrong kind: {reason}",
    "config.hint.bad_value": "Compare it with the comments in the file (numbers without quotes).",
    "config.language": '{name}: language must be "fr" or "en", not "{value}".',
    "config.hint.language": 'Write language = "fr" or language = "en".',
    "config.referential": '{name}: referential must be "V9" or "V10", not "{value}".',
    "config.hint.referential": "Remove the line to choose the referential by the audit date.",
    "config.grading": '{name}: [nc_grading] {number} must be "major_only" or '
    '"minor_or_major", not "{value}".',
    "config.hint.grading": "Correct the value, or remove the line to use the referential's.",
    "config.table": "{name}: [{key}] must be a section.",
    "config.hint.table": "Write it as a line [{key}] followed by its settings.",
    "cli.summary": "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "cli.organisation": "== Organisation: {name} ==",
    "cli.referential": "Referential: {reason}",
    "cli.no_file": "(no file)",
    "cli.severity.error": "ERROR",
    "cli.severity.warning": "WARNING",
    "cli.applicable_count": "{count} of {total} indicators apply.",
    "cli.scope": "Audit: {audit}. ● marks the {count} indicators it checks.",
    "cli.scope_count": "{count} of the {applicable} applicable indicators are checked at this "
    "audit.",
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
    "cli.delivery.merged": "edited by hand, new data merged in: {path}",
}
