"""A consultant's portfolio: organisations built side by side in worker processes.

Workers are started afresh (never forked from the build): they hold none of its open files,
the workspace lock least of all, and each one ends as soon as the build that started it dies
(see lifeline.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from itertools import repeat

from pipeline.build.lifeline import die_with_parent, worker_context
from pipeline.build.progress import Progress, Step, quiet, teller
from pipeline.build.reuse import OrganisationResult
from pipeline.core.inbox import Organisation
from pipeline.core.model import Dossier
from pipeline.workspace import Workspace

# From PARALLEL_FROM organisations on, on up to MAX_WORKERS cores; below that, starting worker
# processes costs more than it saves.
PARALLEL_FROM = 4
MAX_WORKERS = 4
Build = Callable[..., OrganisationResult]  # (workspace, organisation, force, today[, tell])


def build_portfolio(
    workspace: Workspace,
    organisations: Sequence[Organisation],
    force: bool,
    today: date,
    build: Build,
    progress: Progress = quiet,
) -> tuple[OrganisationResult, ...]:
    """Build every organisation with `build`, in parallel when there are enough of them.

    `progress` hears every step of each organisation; in parallel, only when one is done.
    """
    total = len(organisations)
    workers = min(os.cpu_count() or 1, MAX_WORKERS, total)
    if total < PARALLEL_FROM or workers < 2:
        return tuple(
            build(workspace, org, force, today, teller(progress, n, total, org.name))
            for n, org in enumerate(organisations, 1)
        )
    context = worker_context()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=die_with_parent) as pool:
        results = pool.map(
            _build_apart,
            repeat(build),
            repeat(workspace),
            organisations,
            repeat(force),
            repeat(today),
        )
        done = []
        for number, result in enumerate(results, 1):
            progress(Step(number, total, result.name, "done"))
            done.append(result)
        return tuple(done)


def _build_apart(
    build: Build, workspace: Workspace, organisation: Organisation, force: bool, today: date
) -> OrganisationResult:
    """Build one organisation in a worker; the dossier stays there (only the report and the
    deliveries are sent back)."""
    return replace(build(workspace, organisation, force, today), dossier=Dossier())
