"""Disk full while writing: that document fails with a message, the others are written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.core.model import RenderedDocument
from pipeline.deliver import Timing, deliver
from pipeline.workspace import Workspace
from tests.deliver.conftest import docx_text, leftovers, rendered
from tests.deliver.subprocesses import outcomes, run_python

FULL_MESSAGE = "big.docx was not written: the disk holding outbox is full."


@pytest.fixture
def small_disk(workspace: Workspace) -> Iterator[Path]:
    """An outbox on a 128 KiB tmpfs (needs root and mount rights, as in CI)."""
    workspace.outbox.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(workspace.outbox)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here; the file-size limit test covers it")
    yield workspace.outbox
    subprocess.run(["umount", str(workspace.outbox)], check=True)


def test_disk_full_fails_that_document_and_keeps_the_others(
    workspace: Workspace, small_disk: Path, timing: Timing, sleeps: list[float]
) -> None:
    documents = [
        rendered("small.docx", "fits"),
        RenderedDocument("preparation", "big.docx", os.urandom(300_000)),
        rendered("after.docx", "fits too"),
    ]
    outcomes = deliver(documents, small_disk, workspace, False, timing=timing)
    assert [d.outcome for d in outcomes] == ["written", "failed", "written"]
    assert outcomes[1].note.startswith(FULL_MESSAGE)
    assert sleeps, "a full disk is retried before giving up"
    assert docx_text(small_disk / "small.docx") == ["fits"]
    assert docx_text(small_disk / "after.docx") == ["fits too"]
    assert not (small_disk / "big.docx").exists()
    assert leftovers(small_disk) == []


_LIMITED = """
import json, resource, signal, sys
from pathlib import Path
from pipeline.workspace import Settings, Workspace
from pipeline.deliver import Timing, deliver
from pipeline.core.model import RenderedDocument
workspace = Workspace(Path(sys.argv[1]), Settings(lang=sys.argv[3]))
small = RenderedDocument("preparation", "small.docx", Path(sys.argv[2]).read_bytes())
big = RenderedDocument("preparation", "big.docx", bytes(range(256)) * 1200)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
patient = Timing(sleep=lambda _: None)
done = deliver([small, big], workspace.outbox, workspace, False, timing=patient)
print(json.dumps([[d.name, d.outcome, d.path, d.note] for d in done]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are a POSIX feature")
@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", FULL_MESSAGE),
        ("fr", "big.docx n'a pas été écrit : le disque qui contient outbox est plein."),
    ],
)
def test_a_write_cut_short_by_a_size_limit_counts_as_disk_full(
    workspace: Workspace, tmp_path: Path, lang: str, message: str
) -> None:
    small = tmp_path / "small.docx"
    small.write_bytes(rendered("small.docx", "fits").content)
    done = outcomes(run_python(_LIMITED, str(workspace.root), str(small), lang))
    assert [(name, outcome) for name, outcome, _, _ in done] == [
        ("small.docx", "written"),
        ("big.docx", "failed"),
    ]
    assert done[1][3].startswith(message)
    assert sorted(p.name for p in workspace.outbox.iterdir()) == ["small.docx"]
    written = json.loads((workspace.state / "manifest.json").read_text(encoding="utf-8"))
    assert list(written["documents"]) == ["outbox/small.docx"]
