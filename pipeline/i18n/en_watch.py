"""English texts of the watcher: its log lines and its refusals."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "watch.started": (
        "Watching {inbox} ({mode}); a file is processed once unchanged for {settle} s."
    ),
    "watch.mode.native": "native file events",
    "watch.mode.polling": "polling every {seconds} s",
    "watch.fallback": (
        "Native file watching cannot start ({error}): polling every {seconds} s instead. "
        "To watch natively, raise the system's inotify limits "
        "(fs.inotify.max_user_watches, fs.inotify.max_user_instances)."
    ),
    "watch.down": "Watching {inbox} has stopped ({reason}); retrying until it is back.",
    "watch.back": "Watching {inbox} again; every file is checked again.",
    "watch.inbox_missing": "the inbox folder cannot be reached",
    "watch.inbox_replaced": "the inbox folder was moved or replaced",
    "watch.observer_dead": "the file watcher stopped",
    "watch.stopped": "Watcher stopped.",
    "watch.flat": "the inbox",
    "watch.organisation": "organisation {name}",
    "watch.building": "Building {organisation} from {count} {count|file|files}.",
    "watch.processed": "Processed {file} (content {sha}).",
    "watch.removed": "No longer in the inbox: {file}; documents rebuilt without it.",
    "watch.conflict": (
        "{file} is a sync conflict copy (two people saved the same workbook): it is processed on "
        "its own into {outbox}, and the documents of the original are untouched. Compare both "
        "versions, keep one in the inbox and delete the other."
    ),
    "watch.summary": "{organisation}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "watch.finding": "{organisation}: {severity} {place} [{code}] {message}",
    "watch.more_findings": (
        "{organisation}: {count} more {count|finding|findings}, listed in the validation report."
    ),
    "watch.severity.error": "ERROR",
    "watch.severity.warning": "WARNING",
    "watch.delivery.written": "Document written: {path}",
    "watch.delivery.unchanged": "Document unchanged: {path}",
    "watch.delivery.kept_edited": (
        "Document edited by hand, kept; the new version is written beside it: {path}"
    ),
    "watch.delivery.replaced_edited": "Document edited by hand, archived then replaced: {path}",
    "watch.delivery.failed": "Document NOT written: {name} ({note})",
    "watch.delivery_retry": (
        "{organisation}: {count} {count|document|documents} could not be written; trying again in {seconds} s."
    ),
    "watch.failed": (
        "Could not build {organisation}: {error} The watcher carries on and tries again in "
        "{seconds} s, or as soon as a file changes."
    ),
    "watch.internal": (
        "Unexpected error while building {organisation} ({error}); the watcher carries on and "
        "tries again in {seconds} s. Please report this log to the maintainers."
    ),
    "watch.unsaved": (
        "The watcher's memory could not be saved ({error}): after a restart, some files may be "
        "processed again (nothing is lost)."
    ),
    "watch.poll_invalid": "--poll must be a number of seconds greater than 0, not {value}.",
    "watch.poll_hint": "For example: --poll 5",
    "watch.delivery.merged": "Document edited by hand, new data merged in: {path}",
    "watch.delivery.conflict": (
        "Passage changed both by hand and in the workbooks, both texts kept (the new one "
        "highlighted): {document}, « {section} »"
    ),
}
