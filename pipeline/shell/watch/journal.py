"""What the watcher did, as events; the journal writes them as log lines in the user's language."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pipeline.core.inbox import shown_name
from pipeline.core.model import Lang
from pipeline.i18n import text

if TYPE_CHECKING:
    from pipeline.build.flow import OrganisationResult

log = logging.getLogger("pipeline.shell.watch")
MAX_FINDINGS = 20  # per build, in the log; the validation report lists them all

EventKind = Literal[
    "started",
    "fallback",
    "down",
    "back",
    "building",
    "processed",
    "removed",
    "conflict",
    "built",
    "retry",
    "failed",
    "internal",
    "unsaved",
    "stopped",
]
_LEVELS: dict[str, int] = {
    "fallback": logging.WARNING,
    "down": logging.WARNING,
    "conflict": logging.WARNING,
    "retry": logging.WARNING,
    "failed": logging.ERROR,
    "internal": logging.ERROR,
    "unsaved": logging.WARNING,
}


_KEYS: dict[str, str] = {
    "started": "watch.started",
    "fallback": "watch.fallback",
    "down": "watch.down",
    "back": "watch.back",
    "building": "watch.building",
    "processed": "watch.processed",
    "removed": "watch.removed",
    "conflict": "watch.conflict",
    "retry": "watch.delivery_retry",
    "failed": "watch.failed",
    "internal": "watch.internal",
    "unsaved": "watch.unsaved",
    "stopped": "watch.stopped",
}


@dataclass(frozen=True, slots=True)
class WatchEvent:
    """One thing the watcher did or noticed."""

    kind: EventKind
    key: str = ""  # the organisation built ('' for a flat inbox, 'org/copy' for a conflict copy)
    paths: tuple[str, ...] = ()  # workspace-relative files (or document names, on "retry")
    detail: str = ""  # the error, the sha256, the outbox folder or the observer mode
    seconds: float = 0.0  # the polling interval, or the delay before trying again
    result: OrganisationResult | None = None  # on "built"
    handle: object = None  # the observer, on "started" and "back"


class Journal:
    """Write each event as log lines; the log file has timestamps and rotates."""

    def __init__(self, lang: Lang, inbox: str, settle: float) -> None:
        self.lang = lang
        self.inbox = inbox
        self.settle = settle

    def record(self, event: WatchEvent) -> None:
        """Log one event."""
        for line in self.lines(event):
            log.log(_LEVELS.get(event.kind, logging.INFO), line[:1].upper() + line[1:])

    def lines(self, event: WatchEvent) -> list[str]:
        """Return the log lines of one event, in the workspace language."""
        organisation = self._organisation(shown_name(event.key))
        if event.kind == "built":
            return self._built(event.result, organisation) if event.result else []
        seconds = f"{event.seconds:g}"
        mode = (
            self._text("watch.mode.native")
            if event.detail == "native"
            else self._text("watch.mode.polling", seconds=seconds)
        )
        return [
            self._text(
                _KEYS[event.kind],
                inbox=self.inbox,
                organisation=organisation,
                mode=mode,
                settle=f"{self.settle:g}",
                file=shown_name(event.paths[0]) if event.paths else "",
                count=len(event.paths),
                sha=event.detail[:12],
                error=event.detail,
                reason=self._reason(event.detail),
                outbox=event.detail,
                seconds=seconds,
            )
        ]

    def _built(self, result: OrganisationResult, organisation: str) -> list[str]:
        findings = result.report.findings
        errors = [f for f in findings if f.severity == "error"]
        shown = (errors + [f for f in findings if f.severity != "error"])[:MAX_FINDINGS]
        lines = [
            self._text(
                "watch.summary",
                organisation=organisation,
                errors=len(errors),
                warnings=len(findings) - len(errors),
            )
        ]
        for item in shown:
            cell = f"{item.sheet}!{item.cell}" if item.cell else item.sheet
            place = " ".join(part for part in (item.file, cell) if part)
            lines.append(
                self._text(
                    "watch.finding",
                    organisation=organisation,
                    place=place,
                    code=item.code,
                    message=item.message,
                    severity=self._text(f"watch.severity.{item.severity}"),
                )
            )
        if len(findings) > len(shown):
            lines.append(
                self._text(
                    "watch.more_findings",
                    organisation=organisation,
                    count=len(findings) - len(shown),
                )
            )
        for delivery in result.deliveries:
            lines.append(
                self._text(
                    f"watch.delivery.{delivery.outcome}",
                    path=delivery.path,
                    name=delivery.name,
                    note=delivery.note,
                )
            )
            lines += [
                self._text(
                    "watch.delivery.conflict", document=conflict.document, section=conflict.section
                )
                for conflict in delivery.conflicts
            ]
        return lines

    def _reason(self, detail: str) -> str:
        known = detail in ("inbox_missing", "inbox_replaced", "observer_dead")
        return self._text(f"watch.{detail}") if known else detail

    def _organisation(self, key: str) -> str:
        return self._text("watch.organisation", name=key) if key else self._text("watch.flat")

    def _text(self, key: str, **params: object) -> str:
        return text(self.lang, key, **params)
