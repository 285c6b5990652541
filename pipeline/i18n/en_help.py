"""English `--help` of the command line, and the meaning of its exit codes."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "help.usage": "Usage:",
    "help.options": "Options",
    "help.commands": "Commands",
    "help.main": "Prepare a Qualiopi audit: Excel workbooks in, validated Word documents out.\n\n"
    "Start with `qualiopi-docs init FOLDER`, fill in the workbooks of FOLDER/inbox, then "
    "`qualiopi-docs validate FOLDER` and `qualiopi-docs build FOLDER`. Messages and help "
    "follow the workspace language, else the system language.",
    "help.exit_codes": "\b\nExit codes:\n"
    "  0  done; no error in the workbooks\n"
    "  1  done, but the workbooks hold errors (documents written, gaps highlighted)\n"
    "  2  the command line is wrong (unknown option, missing value)\n"
    "  3  cannot proceed: not a workspace, bad settings, broken template, workspace in use,\n"
    "     a document not written\n"
    "  4  the computer refused: disk full, path too long, permission denied",
    "help.init": "Create a workspace: inbox/, outbox/, evidence/, blank workbooks, settings.\n\n"
    "Nothing that already exists is overwritten.",
    "help.demo": "Create a filled workspace for a fictional organisation and build its "
    "documents.\n\nPATH must be a new or empty folder.",
    "help.validate": "Check the workbooks and list every finding, the most blocking first.",
    "help.build": "Build the Word documents of every organisation into outbox/.",
    "help.pack": "Zip, per organisation, the documents to send, their PDFs, every evidence file "
    "they cite and an index, so that the pack works unzipped anywhere.",
    "help.build.pdf": "Also write a PDF of each document to send (through LibreOffice).",
    "help.pack.limit_mb": "Refuse a pack bigger than this, in MB (default: [pack] limit_mb in "
    "qualiopi.toml, else 200).",
    "help.watch": "Watch inbox/ and rebuild an organisation's documents when its workbooks change.",
    "help.indicators": "Say which indicators apply, and why not the others.",
    "help.option.help": "Show this message and exit.",
    "help.option.version": "Show the version and exit.",
    "help.option.fmt": "Output format (default: text).",
    "help.option.lang": "Language of the workbooks, messages and documents (default: the "
    "system's language, else English).",
    "help.validate.brief": "Show only the summary and the ten findings to fix first.",
    "help.build.force": "Replace documents edited by hand (the edited copy is archived first).",
    "help.watch.poll": "Poll every SECONDS instead of native events (network shares, sync "
    "folders).",
    "help.indicators.referential": "Referential version (default: from the workspace, else by "
    "today's date).",
    "help.indicators.categories": "Category of actions delivered (repeatable).",
    "help.indicators.certifying": "Services leading to a certification.",
    "help.indicators.work_linked": "Work-linked training (alternance).",
    "help.indicators.work_based": "Work-based training periods.",
    "help.indicators.subcontracting": "Subcontracting or portage salarial.",
    "usage.error": "Error: {message}",
    "usage.try": "Try '{command}' for help.",
    "usage.no_such_option": "No such option: '{name}'.",
    "usage.no_such_command": "No such command: '{name}'.",
    "usage.did_you_mean": "Did you mean {names}?",
    "usage.missing": "Missing '{name}'.",
    "usage.invalid": "Invalid value for '{name}': {detail}.",
    "usage.extra": "Unexpected extra words: {args}.",
    "usage.missing_command": "Missing command.",
    "usage.needs_value": "The option '{name}' needs a value.",
    "usage.takes_no_value": "The option '{name}' takes no value.",
    "usage.choice": "'{value}' is not one of: {choices}",
    "usage.number": "'{value}' is not a number",
}
