"""English texts of delivery: the outbox, edited documents, faults, the workspace lock."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "deliver.kept_edited": (
        "{edited} was changed since it was generated, so it is kept exactly as it is; the new "
        "version is {new}. Carry your changes over to it, or build with --force to replace "
        "{edited} (your copy is archived first)."
    ),
    "deliver.replaced_edited": "Your edited copy was archived first: {archived}.",
    "deliver.locked": (
        "{target} could not be replaced: it is probably open in another program (Word?). "
        "The new version was written as {new}; close the document and build again to update "
        "{target}."
    ),
    "deliver.blocked": (
        "{target} is not a document this tool can replace (a folder, a link or a file it "
        "cannot read): the new version was written as {new}. Rename or move {target} to get "
        "the usual name back."
    ),
    "deliver.archive_failed": (
        "{edited} was changed by hand and could not be archived ({reason}), so --force did "
        "not replace it; the new version is {new}."
    ),
    "deliver.failed.linked_folder": (
        "{name} was not written: {folder} is a link that may lead outside the workspace. "
        "Replace it with a real folder, then build again."
    ),
    "deliver.failed.no_space": (
        "{name} was not written: the disk holding {folder} is full. Free some space, then "
        "build again."
    ),
    "deliver.failed.read_only": (
        "{name} was not written: the folder {folder} is read-only or this account may not "
        "write in it ({reason}). Give write access to the folder (or reconnect the shared "
        "drive), then build again."
    ),
    "deliver.failed.not_a_folder": (
        "{name} was not written: {folder} is not a folder (a file has that name). Rename that "
        "file, then build again."
    ),
    "deliver.failed.other": (
        "{name} was not written to {folder}: {reason}. Check that the folder is reachable, "
        "then build again."
    ),
    "deliver.failed.no_name": (
        "{name} was not written: every version name from (v2) to (v99) is taken in {folder}. "
        "Move old versions to another folder, then build again."
    ),
    "deliver.failed.bad_name": "{name} is not a valid document name: nothing was written.",
    "deliver.lock.held": (
        "This workspace is already in use by another qualiopi-docs (process {pid} on {host}, "
        "since {since})."
    ),
    "deliver.lock.unknown": (
        "This workspace is already in use by another qualiopi-docs (which one could not be read)."
    ),
    "deliver.lock.taken_over": (
        "The previous qualiopi-docs on this workspace (process {pid} on {host}, since {since}) "
        "ended without releasing it: its lock was taken over."
    ),
    "environment.no_space": "The disk is full: {path} could not be written ({reason}).",
    "environment.no_space.hint": (
        "Free some space on that disk (or ask your IT team), then start again; nothing in the "
        "outbox was damaged."
    ),
    "environment.name_too_long": ("A path is too long for this system: {path} ({reason})."),
    "environment.name_too_long.hint": (
        "Move the workspace to a shorter folder (for example C:\\Qualiopi or /srv/qualiopi), "
        "or shorten the folder and file names, then start again."
    ),
    "environment.permission": "{path} may not be written by this account ({reason}).",
    "environment.permission.hint": (
        "Give this account write access to the workspace folder, then start again."
    ),
    "deliver.lock.hint": (
        "Wait until it finishes, or stop the other watcher: only one build or watcher may run "
        "on a workspace at a time (lock file: {path})."
    ),
    "deliver.lock.unwritable": (
        "The workspace's state folder {folder} cannot be written ({reason})."
    ),
    "deliver.lock.unwritable_hint": (
        "Give this account write access to the workspace folder, then start again."
    ),
    "deliver.archive_input_failed": (
        "The input {file} could not be copied to the archive ({folder}): {reason}."
    ),
    "deliver.archive_input_hint": (
        "Free some disk space or give write access to the archive folder, then build again."
    ),
    "deliver.merged": "{edited} had changes made by hand: they are kept and the new data merged in (your previous file is archived: {archived}).",
    "deliver.merged.conflicts": "{count} passage(s) changed both by hand and in the workbooks: your text is kept and the new one follows it, highlighted, with a comment.",
    "deliver.merged.conflict": "{document}, « {section} »: yours: “{mine}” — from the workbooks: “{theirs}”",
    "deliver.merged.deleted": "(deleted)",
    "deliver.merged.removed": "(no longer in the workbooks)",
    "deliver.merge.comment": "From the workbooks (qualiopi-docs): you changed this passage too. Keep the version you want and delete the other.",
    "deliver.merge_refused.foreign": "{edited} could not be merged with the new data: it is not a document this tool generated, or its structure can no longer be matched; it is kept as it is and the new version is {new}.",
    "deliver.merge_refused.tracked": "{edited} could not be merged with the new data: it holds tracked changes not yet accepted or rejected. Accept or reject them in Word (Review tab), then build again; meanwhile the new version is {new}.",
    "deliver.merge_refused.unreadable": "{edited} could not be merged with the new data: it cannot be read as a Word document; it is kept as it is and the new version is {new}.",
    "deliver.merge_refused.no_base": "{edited} could not be merged with the new data: the version it started from was not kept (made by an older version of the tool, or deleted); it is kept as it is and the new version is {new}. From now on, edits are merged.",
    "deliver.stale_archived": "Older version(s) moved to the archive: {paths}.",
    "deliver.merge_refused.large": "{edited} could not be merged with the new data: it is too large for that (a register of many thousand rows); it is kept as it is and the new version is {new}.",
}
