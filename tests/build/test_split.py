"""The longest register rendered on a second core: the same documents, byte for byte."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from benchmarks.content import Counts
from benchmarks.generate import Size, generate
from pipeline.build.flow import build_workspace
from pipeline.build.split import SPLIT_FROM, render_split
from pipeline.core.model import DocumentKey, Dossier, Feedback, RenderedDocument
from tests.render.factory import origin

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks")

KEYS: frozenset[DocumentKey] = frozenset({"feedback_register", "preparation", "action_plan"})


def _long_register() -> Dossier:
    entry = Feedback(origin("Feedback", 2), None, "beneficiaries", "", "other", None, None, "")
    return Dossier(feedback=(entry,) * SPLIT_FROM)


def _by_process(keys: frozenset[DocumentKey]) -> tuple[RenderedDocument, ...]:
    """Documents that say which process made them."""
    made = str(os.getpid()).encode()
    return tuple(RenderedDocument(key, f"{key}.docx", made, frozenset()) for key in sorted(keys))


@contextmanager
def _another_thread() -> Iterator[None]:
    """A thread running beside the build, as the watcher's are: the build must not fork."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def test_the_longest_register_is_made_by_another_process() -> None:
    made = {d.key: d.content for d in render_split(_by_process, KEYS, _long_register(), 60)}
    assert set(made) == KEYS
    me = str(os.getpid()).encode()
    assert made["feedback_register"] != me
    assert made["preparation"] == made["action_plan"] == me


def test_no_second_process_beside_another_thread_or_for_short_registers() -> None:
    me = str(os.getpid()).encode()
    with _another_thread():
        made = render_split(_by_process, KEYS, _long_register(), 60)
    assert {d.content for d in made} == {me}
    short = Dossier(feedback=_long_register().feedback[:100])
    assert {d.content for d in render_split(_by_process, KEYS, short, 60)} == {me}


def test_a_build_split_in_two_writes_the_same_documents(tmp_path: Path) -> None:
    counts = Counts(
        evidence=40, feedback=SPLIT_FROM, complaints=30, nonconformities=5, improvements=5
    )
    root = generate(Size("split", counts), tmp_path / "ws", calc=False)
    outputs = []
    for split in (True, False):
        for leftover in ("outbox", "archive", ".qualiopi"):
            for path in sorted((root / leftover).rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
        if split:
            # so this build forks: one thread, two cores, a register long enough
            assert threading.active_count() == 1 and (os.cpu_count() or 1) >= 2
            build_workspace(root, force=False, today=date(2026, 11, 27))
        else:
            with _another_thread():
                build_workspace(root, force=False, today=date(2026, 11, 27))
        outputs.append({p.name: p.read_bytes() for p in (root / "outbox").rglob("*.docx")})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) >= 6
