"""Faults while writing: disk full, read-only outbox, a document held open, a build killed between
its temporary write and the rename, two builds at once, skewed file times. No input lost, no
partial document, a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.end_to_end import forge
from tests.end_to_end.children import cli_child, run_python
from tests.end_to_end.conftest import GRID, Case, document_text, outbox_problems, outcomes

NEW_APPROACH = "Approach rewritten after the internal audit of November."
PREPARATION = "outbox/audit-preparation.docx"


def _rewrite_approach(case: Case) -> None:
    """Change indicator 1's approach, so that the preparation document must be written."""

    def change(sheet: Any) -> None:
        sheet["E2"] = NEW_APPROACH

    case.edit(GRID, "indicators", change)


@contextmanager
def _immutable(path: Path) -> Iterator[None]:
    """Make a file or folder immutable (even for root), as a read-only share or a lock does."""
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr is not available here: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextmanager
def _small_disk(folder: Path, size: str) -> Iterator[None]:
    """Mount a small tmpfs over `folder` (needs root), hiding what it holds until unmounted."""
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_disk_full_fails_the_documents_that_do_not_fit_and_says_so(case: Case) -> None:
    with _small_disk(case.outbox, "100k"):
        result = case.cli("build", verify=False)
        written = sorted(p.name for p in case.outbox.iterdir())
        assert outbox_problems(case.outbox) == []
    case.verify()

    failed = [line for line in result.output.splitlines() if "NOT written" in line]
    assert failed, result.output
    for line in failed:
        name = line.split("NOT written: ")[1].split(" — ")[0]
        assert line.endswith(
            f" — {name} was not written: the disk holding outbox is full. "
            "Free some space, then build again."
        )
        assert name not in written
    assert result.exit_code != 0, "a build that could not write its documents must not say 0"


def test_a_read_only_outbox_fails_with_a_message_and_keeps_the_old_document(case: Case) -> None:
    before = case.document("preparation").read_bytes()
    _rewrite_approach(case)
    with _immutable(case.outbox):
        results = case.build()

    (delivery,) = [d for r in results for d in r.deliveries if d.name == "audit-preparation.docx"]
    assert (delivery.outcome, delivery.path) == ("failed", "")
    assert delivery.note == (
        "audit-preparation.docx was not written: the folder outbox is read-only or this account "
        "may not write in it (Operation not permitted). Give write access to the folder (or "
        "reconnect the shared drive), then build again."
    )
    assert case.document("preparation").read_bytes() == before
    assert outcomes(results)["outbox/complaint-register.docx"] == "unchanged"


def test_a_document_held_open_gets_a_new_version_beside_it(case: Case) -> None:
    held = case.document("preparation")
    before = held.read_bytes()
    _rewrite_approach(case)
    with _immutable(held):  # the rename over it fails, as when Word holds it open
        results = case.build()

    (delivery,) = [d for r in results for d in r.deliveries if d.name == held.name]
    assert (delivery.outcome, delivery.path) == ("written", "outbox/audit-preparation (v2).docx")
    assert delivery.note == (
        "outbox/audit-preparation.docx could not be replaced: it is probably open in another "
        "program (Word?). The new version was written as outbox/audit-preparation (v2).docx; "
        "close the document and build again to update outbox/audit-preparation.docx."
    )
    assert held.read_bytes() == before
    assert NEW_APPROACH in document_text(case.outbox / "audit-preparation (v2).docx")

    again = case.build()  # closed now: the usual name is updated

    assert outcomes(again)[PREPARATION] == "written"
    assert NEW_APPROACH in document_text(held)


# Builds argv[1], dying by SIGKILL right before (or after) the first document's rename.
_KILLED = """
import os, signal, sys
from datetime import date
from pathlib import Path
rename, moment = os.replace, sys.argv[2]
def dying_replace(source, target):
    if str(target).endswith(".docx"):
        if moment == "after":
            rename(source, target)
        os.kill(os.getpid(), signal.SIGKILL)
    rename(source, target)
os.replace = dying_replace
from pipeline.build.flow import build_workspace
build_workspace(Path(sys.argv[1]), today=date(2026, 11, 27))
"""


@pytest.mark.parametrize("moment", ["before", "after"])
def test_a_build_killed_at_the_rename_leaves_whole_documents_and_the_next_build_recovers(
    case: Case, moment: str
) -> None:
    before = case.document("preparation").read_bytes()
    _rewrite_approach(case)
    case.snapshot()

    killed = run_python(_KILLED, str(case.root), moment)

    assert killed.returncode == -9, killed.stderr
    assert case.document("preparation").read_bytes() == before or moment == "after"
    assert [p for p in outbox_problems(case.outbox) if not p.startswith("leftover")] == []
    leftovers = [p for p in outbox_problems(case.outbox) if p.startswith("leftover")]
    assert len(leftovers) == (1 if moment == "before" else 0)

    results = case.build()  # cleans the stale temporary file, then builds

    assert outcomes(results)[PREPARATION] == ("written" if moment == "before" else "unchanged")
    assert NEW_APPROACH in document_text(case.document("preparation"))


# Builds argv[1] but waits, holding the workspace lock, before its first rename.
_SLOW = """
import os, sys, time
from datetime import date
from pathlib import Path
rename, marker, go = os.replace, Path(sys.argv[2]), Path(sys.argv[3])
def waiting_replace(source, target):
    if str(target).endswith(".docx") and not marker.exists():
        marker.write_text(str(os.getpid()))
        end = time.monotonic() + 120
        while not go.exists() and time.monotonic() < end:
            time.sleep(0.02)
    rename(source, target)
os.replace = waiting_replace
from pipeline.build.flow import build_workspace
results = build_workspace(Path(sys.argv[1]), today=date(2026, 11, 27))
print(sorted(d.outcome for r in results for d in r.deliveries))
"""


def test_two_builds_at_once_one_builds_the_other_is_refused_clearly(
    case: Case, tmp_path: Path
) -> None:
    _rewrite_approach(case)
    case.snapshot()
    marker, go = tmp_path / "holding", tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    first = subprocess.Popen(
        [sys.executable, "-c", _SLOW, str(case.root), str(marker), str(go)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        end = time.monotonic() + 120
        while not marker.exists() and first.poll() is None and time.monotonic() < end:
            time.sleep(0.02)
        assert marker.exists(), first.communicate()[1]
        second = cli_child(case.root, "build")
        out, err = second.communicate(timeout=120)
    finally:
        go.write_text("go")
        first_out, first_err = first.communicate(timeout=120)

    assert second.returncode == 3, out + err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[0].startswith(
        f"This workspace is already in use by another qualiopi-docs (process "
        f"{marker.read_text()} on "
    )
    assert lines[1].startswith(
        "Wait until it finishes, or stop the other watcher: only one "
        "build or watcher may run on a workspace at a time"
    )
    assert first.returncode == 0, first_err
    assert "written" in first_out
    assert NEW_APPROACH in document_text(case.document("preparation"))
    case.verify()


@pytest.mark.parametrize("when", [4_102_444_800.0, 315_532_800.0], ids=["year-2100", "year-1980"])
def test_inputs_with_skewed_file_times_are_still_processed(case: Case, when: float) -> None:
    _rewrite_approach(case)
    for path in case.inbox.glob("*.xlsx"):
        os.utime(path, (when, when))

    results = case.build()

    assert outcomes(results)[PREPARATION] == "written"
    assert NEW_APPROACH in document_text(case.document("preparation"))


def test_a_template_changed_within_the_same_second_is_used(case: Case) -> None:
    """On a share with coarse file times, two saves of the same size can share a time."""
    template = case.root / "templates" / "docx" / "en" / "audit-preparation.docx"
    template.parent.mkdir(parents=True)
    first, second = (
        forge.rezip(forge.word_document(f"Template version {v}"), stored=True) for v in "AB"
    )
    assert len(first) == len(second)
    template.write_bytes(first)
    os.utime(template, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    assert "Template version A" in (case.build() and document_text(case.document("preparation")))

    template.write_bytes(second)
    os.utime(template, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    results = case.build()

    assert outcomes(results)[PREPARATION] == "written"
    assert "Template version B" in document_text(case.document("preparation"))
