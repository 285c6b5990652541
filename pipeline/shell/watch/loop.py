"""The worker: settles each organisation's files, builds what changed, logs failures, carries on."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.core.errors import QualiopiError
from pipeline.core.inbox import (
    Organisation,
    conflict_variants,
    inputs_of,
    is_conflict_copy,
    organisation_keys,
    organisation_names,
    twins_of,
)
from pipeline.shell.watch.journal import WatchEvent
from pipeline.shell.watch.memory import Memory, Signature
from pipeline.shell.watch.settle import Listing, Settling, Timing, all_whole, list_stats
from pipeline.workspace import Workspace

if TYPE_CHECKING:
    from pipeline.build.flow import OrganisationResult

Process = Callable[[Workspace, Organisation], "OrganisationResult"]
Report = Callable[[WatchEvent], None]
log = logging.getLogger("pipeline.shell.watch")


class Worker:
    """Decides when an organisation is built, and records a build once it is delivered."""

    def __init__(
        self,
        workspace: Workspace,
        process: Process,
        report: Report,
        clock: Callable[[], float],
        timing: Timing,
    ) -> None:
        self.workspace = workspace
        self.process = process
        self.report = report
        self.clock = clock
        self.timing = timing
        self.memory = Memory.load(workspace.state)
        self.settling: dict[str, Settling] = {}  # organisations waiting for their files
        self.confirmed: dict[str, Listing] = {}  # the listing last processed, per organisation
        self.failures: dict[str, int] = {}

    def everything(self) -> set[str]:
        """Return every organisation to look at: in the inbox now, or known before."""
        known = set(self.settling) | set(self.confirmed)
        try:
            return known | set(organisation_names(self.workspace.inbox))
        except OSError as err:  # the share is unreachable: the supervisor says so
            log.debug("cannot list the inbox: %s", err)
            return known

    def examine(self, names: Iterable[str]) -> None:
        """Look at organisations that may have changed; start settling those that did."""
        now = self.clock()
        hinted = set(names)
        keys = self._keys(hinted)
        for gone in hinted - keys:  # a folder now read with its twin: known under another name
            self.settling.pop(gone, None)
            self.confirmed.pop(gone, None)
        for name in keys:
            listing = self._listing(name)
            if listing is not None:
                self._track(name, listing, now)

    def step(self) -> float:
        """Process the organisations whose files are complete; return when to look again."""
        for name, settling in list(self.settling.items()):
            if self.clock() >= settling.next_check:
                self._check(name, settling)
        return min((s.next_check for s in self.settling.values()), default=math.inf)

    def forget_vanished_files(self) -> None:
        """Drop what is known of files and organisations no longer in the inbox (after a full
        scan): junk that comes and goes under new names leaves nothing behind."""
        for name in [n for n, listing in self.confirmed.items() if not listing]:
            if name not in self.settling:
                del self.confirmed[name]
                self.failures.pop(name, None)
        present = {self._rel(path) for listing in self.confirmed.values() for path in listing}
        present |= {self._rel(path) for s in self.settling.values() for path in s.listing}
        self.memory.forget_files_except(present)

    def _keys(self, names: Iterable[str]) -> set[str]:
        """Return the organisations of the folders named (twin folders are one organisation)."""
        try:
            return organisation_keys(self.workspace.inbox, names)
        except OSError as err:  # the share is unreachable: the supervisor says so
            log.debug("cannot list the inbox: %s", err)
            return set(names)

    def _track(self, name: str, listing: Listing, now: float) -> None:
        if listing == self.confirmed.get(name, {}):
            self.settling.pop(name, None)  # back to what was processed: nothing to do
            return
        settling = self.settling.get(name)
        if settling is None or settling.listing != listing:
            self.settling[name] = Settling(listing, now, now + self.timing.settle)

    def _listing(self, name: str) -> Listing | None:
        try:
            return list_stats(inputs_of(self.workspace.inbox, name))
        except OSError as err:  # the share is unreachable: look again later
            log.debug("cannot list %s: %s", name or "inbox", err)
            return None

    def _check(self, name: str, settling: Settling) -> None:
        now = self.clock()
        listing = self._listing(name)
        if listing is None:  # unreachable for now: look again later
            settling.next_check = now + self.timing.settle
            return
        if listing != settling.listing:
            self._track(name, listing, now)
            return
        patient = now < settling.since + self.timing.patience
        hashes = None if patient and not all_whole(listing) else self._hashes(listing)
        if hashes is None:
            settling.next_check = now + self.timing.settle
            return
        if self._process(name, hashes):
            self.settling.pop(name)
            self.confirmed[name] = listing
            self.failures.pop(name, None)
        else:
            self.failures[name] = self.failures.get(name, 0) + 1
            settling.next_check = now + self.timing.retry_delay(self.failures[name])

    def _hashes(self, listing: Listing) -> dict[Path, str] | None:
        try:
            return {
                path: self.memory.digest(path, self._rel(path), stat)
                for path, stat in listing.items()
            }
        except OSError as err:  # gone or locked while being read: look again soon
            log.debug("cannot read an input: %s", err)
            return None

    def _process(self, name: str, hashes: dict[Path, str]) -> bool:
        """Build each job of the organisation whose inputs changed; True when all delivered."""
        organisation = Organisation(name, tuple(sorted(hashes)), self._twins(name))
        delivered = True
        # The organisation as `build` sees it, then each conflict copy apart (see inbox.py).
        for job in (organisation, *conflict_variants(organisation)):
            signature = {self._rel(path): hashes[path] for path in job.inputs}
            if job.inputs and self.memory.built.get(job.name) != signature:
                delivered = self._build(name, job, signature) and delivered
        self._save()
        return delivered

    def _twins(self, name: str) -> tuple[str, ...]:
        try:
            return twins_of(self.workspace.inbox, name)
        except OSError:  # unreachable since it was listed: the build says what it can
            return ()

    def _build(self, name: str, job: Organisation, signature: Signature) -> bool:
        previous = self.memory.built.get(job.name, {})
        self.report(WatchEvent("building", job.name, tuple(signature)))
        if job.name != name:
            self._warn_conflicts(job)
        delay = self.timing.retry_delay(self.failures.get(name, 0) + 1)
        try:
            result = self.process(self.workspace, job)  # archives the inputs, then delivers
        except QualiopiError as err:
            self.report(WatchEvent("failed", job.name, detail=str(err), seconds=delay))
            return False
        except Exception as err:  # a bug must not stop the watcher: log it and carry on
            log.exception("internal error while building %r", job.name)
            self.report(WatchEvent("internal", job.name, detail=repr(err), seconds=delay))
            return False
        self._report_inputs(job.name, signature, previous)
        self.report(WatchEvent("built", job.name, result=result))
        failed = tuple(d.name for d in result.deliveries if d.outcome == "failed")
        if failed:
            self.report(WatchEvent("retry", job.name, failed, seconds=delay))
            return False
        # What the build read, not what was hashed before: a file that changed in between
        # differs from the signature next time, and is built again.
        self.memory.built[job.name] = dict(result.read) or signature
        return True

    def _warn_conflicts(self, job: Organisation) -> None:
        outbox = self.workspace.relative(self.workspace.outbox / job.name)
        for path in job.inputs:
            if is_conflict_copy(path):
                self.report(WatchEvent("conflict", job.name, (self._rel(path),), outbox))

    def _report_inputs(self, key: str, signature: Signature, previous: Signature) -> None:
        for rel, sha in signature.items():
            if previous.get(rel) != sha:
                self.report(WatchEvent("processed", key, (rel,), sha))
        for rel in sorted(previous.keys() - signature.keys()):
            self.report(WatchEvent("removed", key, (rel,)))

    def _save(self) -> None:
        try:
            self.memory.save()
        except OSError as err:
            self.report(WatchEvent("unsaved", detail=str(err.strerror or err)))

    def _rel(self, path: Path) -> str:
        return self.workspace.relative(path)
