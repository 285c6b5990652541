"""One build or watcher per workspace: a second one is refused by name; a dead one's lock is not."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import cast

import pytest

from pipeline.core.errors import LockedError, WorkspaceError
from pipeline.core.model import Lang
from pipeline.deliver import lock_holder, workspace_lock
from pipeline.workspace import Workspace
from tests.deliver.conftest import make_workspace
from tests.deliver.subprocesses import REPO

_HOLDER = """
import sys
from pathlib import Path
from pipeline.workspace import Settings, Workspace
from pipeline.deliver import workspace_lock
with workspace_lock(Workspace(Path(sys.argv[1]), Settings())):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def other_holder(workspace: Workspace) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the workspace lock until its stdin closes."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(workspace.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline() == "held\n"
            yield process
        finally:
            process.kill()


def test_holding_the_lock_names_the_holder(workspace: Workspace) -> None:
    with workspace_lock(workspace) as path:
        holder = lock_holder(workspace)
        assert path == (workspace.state / "workspace.lock").resolve()
        assert (holder["pid"], holder["host"]) == (os.getpid(), socket.gethostname())
    assert lock_holder(workspace) == {}


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "This workspace is already in use by another qualiopi-docs (process {pid} on "
            "{host}, since ",
        ),
        (
            "fr",
            "Cet espace de travail est déjà utilisé par un autre qualiopi-docs (processus "
            "{pid} sur {host}, depuis ",
        ),
    ],
)
def test_a_second_build_is_refused_with_the_holders_name(
    workspace: Workspace, other_holder: subprocess.Popen[str], lang: str, message: str
) -> None:
    localised = make_workspace(workspace.root, cast(Lang, lang))
    with pytest.raises(LockedError) as raised, workspace_lock(localised):
        pass
    expected = message.format(pid=other_holder.pid, host=socket.gethostname())
    assert raised.value.message.startswith(expected)
    assert "workspace.lock" in raised.value.hint


def test_the_lock_of_a_killed_holder_is_taken_over(
    workspace: Workspace, other_holder: subprocess.Popen[str]
) -> None:
    other_holder.kill()
    other_holder.wait(timeout=30)
    assert lock_holder(workspace)["pid"] == other_holder.pid  # its details are still there
    with workspace_lock(workspace):
        assert lock_holder(workspace)["pid"] == os.getpid()


def test_a_stale_lock_file_from_a_dead_process_is_taken_over(workspace: Workspace) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    workspace.state.mkdir(parents=True)
    (workspace.state / "workspace.lock").write_text(
        json.dumps(
            {"pid": int(dead.stdout), "host": socket.gethostname(), "since": "2026-11-26T09:00"}
        ),
        encoding="utf-8",
    )
    with workspace_lock(workspace):
        assert lock_holder(workspace)["pid"] == os.getpid()


def _probe(workspace: Workspace) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _HOLDER, str(workspace.root)],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


def test_a_build_inside_the_watcher_of_the_same_process_may_nest(workspace: Workspace) -> None:
    with workspace_lock(workspace):
        with workspace_lock(workspace):
            assert lock_holder(workspace)["pid"] == os.getpid()
        refused = _probe(workspace)
        assert (refused.stdout, refused.returncode) == ("", 1)
        assert "LockedError: Cet espace de travail est déjà utilisé" in refused.stderr
    assert _probe(workspace).stdout == "held\n", "free again once the outer block ends"


def test_a_workspace_whose_state_cannot_be_written_is_refused_clearly(workspace: Workspace) -> None:
    workspace.state.write_text("a file where the state folder should be", encoding="utf-8")
    with pytest.raises(WorkspaceError) as raised, workspace_lock(workspace):
        pass
    assert raised.value.message.startswith(
        "The workspace's state folder .qualiopi cannot be written"
    )


def test_deleting_the_lock_file_does_not_let_a_second_holder_in(
    workspace: Workspace, other_holder: subprocess.Popen[str]
) -> None:
    (workspace.state / "workspace.lock").unlink()  # a tidy-up script, a sync client...
    with pytest.raises(LockedError) as raised, workspace_lock(workspace):
        pass
    assert raised.value.message.startswith("This workspace is already in use")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "ended without releasing it: its lock was taken over."),
        ("fr", "s’est arrêté sans le libérer\u00a0: son verrou a été repris."),
    ],
)
def test_taking_over_a_killed_holders_lock_says_so(
    workspace: Workspace,
    other_holder: subprocess.Popen[str],
    caplog: pytest.LogCaptureFixture,
    lang: str,
    said: str,
) -> None:
    other_holder.kill()
    other_holder.wait(timeout=30)
    with workspace_lock(make_workspace(workspace.root, cast(Lang, lang))):
        pass
    [message] = [r.getMessage() for r in caplog.records if "pipeline.deliver" in r.name]
    assert f" {other_holder.pid} " in message and message.endswith(said)
