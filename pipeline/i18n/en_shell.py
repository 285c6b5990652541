"""English texts of the command line's guard rails, guidance, summary and progress."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "config.not_workspace": "{path} is not a qualiopi-docs workspace: it has no {name}. "
    "Nothing was written.",
    "config.hint.not_workspace": 'To create a workspace there, run: qualiopi-docs init "{path}" '
    "(it adds inbox/, outbox/, evidence/, the blank workbooks and {name}); or give the path of "
    "your workspace.",
    "demo.not_empty": "The demo needs a new or empty folder, and {path} already holds files. "
    "Nothing was written.",
    "demo.hint.not_empty": "Give the name of a folder that does not exist yet, for example: "
    "qualiopi-docs demo qualiopi-demo",
    "cli.next_steps": "Next steps:\n"
    "  1. Fill in the workbooks of {inbox} in Excel or LibreOffice, starting with the profile.\n"
    '  2. Check them: qualiopi-docs validate "{path}"\n'
    '  3. Build the documents into {outbox}: qualiopi-docs build "{path}"',
    "cli.severity.info": "INFO",
    "cli.open_elsewhere": "{file} is open in Excel or LibreOffice: changes not saved yet are not "
    "read. Save the workbook, then run the command again.",
    "summary.total": "Summary: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "summary.file": "  {file}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
    "summary.first": "Findings, the ones that concern the most indicators first:",
    "summary.indicators": "concerns {count} {count|indicator|indicators}",
    "summary.more": "… and {count} more {count|finding|findings}: run validate without --brief to see them all.",
    "cli.environment": "The computer refused to go on: {reason}.",
    "cli.hint.environment": "Free some disk space, choose a shorter folder path or check your "
    "permissions, then run the command again; documents already written are whole.",
    "progress.organisation": "Organisation {n} of {total}: {name}",
    "progress.reading": "reading and checking the workbooks",
    "progress.document": "writing {name}",
    "progress.done": "done",
}
