"""Documents rendered on two cores, in halves of equal work: the same documents, byte for byte."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from benchmarks.content import Counts
from benchmarks.generate import Size, generate
from pipeline.build.flow import build_workspace, check_workspace
from pipeline.build.split import SPLIT_FROM, cost, render_split, shared_out
from pipeline.core.model import DocumentKey, Dossier, Feedback, NonConformity, RenderedDocument
from pipeline.render.documents import TO_SEND
from tests.render.factory import origin

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks")

KEYS: frozenset[DocumentKey] = frozenset({"feedback_register", "preparation", "action_plan"})


LONG = 50_000  # feedback entries: the benchmark's L register


def _long_register(entries: int = LONG) -> Dossier:
    entry = Feedback(origin("Feedback", 2), None, "beneficiaries", "", "other", None, None, "")
    return Dossier(feedback=(entry,) * entries)


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


def test_the_costliest_document_is_made_by_another_process() -> None:
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
    short = _long_register(100)
    assert sum(cost(key, short) for key in KEYS) < SPLIT_FROM
    assert {d.content for d in render_split(_by_process, KEYS, short, 60)} == {me}


def test_halves_of_equal_work() -> None:
    """The two costliest documents on two sides, the others where the load is lighter."""
    nc = NonConformity(origin("NC", 2), "NC-1")
    keys: frozenset[DocumentKey] = KEYS | {"complaint_register", "companion"}
    register = _long_register().feedback
    plan_heavier = Dossier(feedback=register, nonconformities=(nc,) * 1_000)
    assert shared_out(keys, plan_heavier) == {"action_plan"}  # outweighs the register
    dossier = Dossier(feedback=register, nonconformities=(nc,) * 300)
    apart = shared_out(keys, dossier)
    assert "feedback_register" in apart and "action_plan" not in apart
    loads = [sum(cost(k, dossier) for k in half) for half in (apart, keys - apart)]
    heaviest = max(cost(k, dossier) for k in keys)
    assert abs(loads[0] - loads[1]) <= heaviest
    assert max(loads) < sum(loads)  # the work is shared, whatever the guesses
    only_one: frozenset[DocumentKey] = frozenset({"feedback_register"})
    assert shared_out(only_one, dossier) == frozenset()  # nothing to share


def test_a_build_split_in_two_writes_the_same_documents(tmp_path: Path) -> None:
    counts = Counts(evidence=40, feedback=5_000, complaints=30, nonconformities=300, improvements=5)
    root = generate(Size("split", counts), tmp_path / "ws", calc=False)
    dossier = check_workspace(root, date(2026, 11, 27))[0].dossier
    assert shared_out(frozenset(TO_SEND), dossier)  # worth a second core
    outputs = []
    for split in (True, False):
        for leftover in ("outbox", "archive", ".qualiopi"):
            for path in sorted((root / leftover).rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
        if split:
            # so this build forks: one thread, two cores, enough work
            assert threading.active_count() == 1 and (os.cpu_count() or 1) >= 2
            build_workspace(root, force=False, today=date(2026, 11, 27))
        else:
            with _another_thread():
                build_workspace(root, force=False, today=date(2026, 11, 27))
        outputs.append({p.name: p.read_bytes() for p in (root / "outbox").rglob("*.docx")})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) >= 6


def _made_in_a_worker(keys: frozenset[DocumentKey]) -> set[bytes]:
    return {d.content for d in render_split(_by_process, keys, _long_register(), 60)} | {
        str(os.getpid()).encode()
    }


def test_a_portfolio_worker_renders_everything_itself() -> None:
    """A portfolio's workers already use every core: none of them forks again."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        made = pool.submit(_made_in_a_worker, KEYS).result(timeout=60)
    assert len(made) == 1  # every document by the worker's own process
