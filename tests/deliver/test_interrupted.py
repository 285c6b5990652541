"""A process killed mid-write leaves no partial document, and the next build carries on."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.model import RenderedDocument
from pipeline.deliver import Timing, clean_stale_temporaries, deliver
from pipeline.workspace import Workspace
from tests.deliver.conftest import docx_text, leftovers, rendered
from tests.deliver.subprocesses import run_python

NAME = "audit-preparation.docx"

# Dies like a SIGKILL (no clean-up runs) right before, or right after, the document's rename.
_KILLED = """
import os, sys
from pathlib import Path
from pipeline.workspace import Settings, Workspace
from pipeline.deliver import deliver
from pipeline.core.model import RenderedDocument
rename, moment = os.replace, sys.argv[3]
def dying_replace(source, target):
    if str(target).endswith(".docx"):
        if moment == "after":
            rename(source, target)
        os._exit(9)
    rename(source, target)
os.replace = dying_replace
workspace = Workspace(Path(sys.argv[1]), Settings(lang="en"))
document = RenderedDocument("preparation", "audit-preparation.docx", Path(sys.argv[2]).read_bytes())
deliver([document], workspace.outbox, workspace, False)
"""


def _killed_build(workspace: Workspace, tmp_path: Path, text: str, moment: str) -> bytes:
    content = rendered(NAME, text).content
    (tmp_path / "new.docx").write_bytes(content)
    done = run_python(_KILLED, str(workspace.root), str(tmp_path / "new.docx"), moment)
    assert done.returncode == 9, done.stderr
    return content


def test_killed_before_the_rename_leaves_the_old_document_whole(
    workspace: Workspace, tmp_path: Path, timing: Timing
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    before = (workspace.outbox / NAME).read_bytes()
    _killed_build(workspace, tmp_path, "second", "before")
    assert (workspace.outbox / NAME).read_bytes() == before
    (temporary,) = leftovers(workspace.outbox)
    assert clean_stale_temporaries(workspace) == (workspace.outbox / temporary,)
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]
    (delivery,) = deliver(
        [rendered(NAME, "second")], workspace.outbox, workspace, False, timing=timing
    )
    assert (delivery.outcome, delivery.path) == ("written", f"outbox/{NAME}")


def test_killed_before_the_first_rename_leaves_no_document_at_all(
    workspace: Workspace, tmp_path: Path, timing: Timing
) -> None:
    _killed_build(workspace, tmp_path, "first", "before")
    assert not (workspace.outbox / NAME).exists()
    assert len(clean_stale_temporaries(workspace.outbox)) == 1
    (delivery,) = deliver(
        [rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing
    )
    assert (delivery.outcome, delivery.path) == ("written", f"outbox/{NAME}")
    assert leftovers(workspace.outbox) == []


@pytest.mark.parametrize(("rebuild", "outcome"), [("second", "unchanged"), ("third", "written")])
def test_killed_after_the_rename_is_still_known_as_ours(
    workspace: Workspace, tmp_path: Path, timing: Timing, rebuild: str, outcome: str
) -> None:
    deliver([rendered(NAME, "first")], workspace.outbox, workspace, False, timing=timing)
    written = _killed_build(workspace, tmp_path, "second", "after")
    assert (workspace.outbox / NAME).read_bytes() == written
    content = written if rebuild == "second" else rendered(NAME, rebuild).content
    (delivery,) = deliver(
        [RenderedDocument("preparation", NAME, content)],
        workspace.outbox,
        workspace,
        False,
        timing=timing,
    )
    assert (delivery.outcome, delivery.path) == (outcome, f"outbox/{NAME}")
    assert sorted(p.name for p in workspace.outbox.iterdir()) == [NAME]
    assert docx_text(workspace.outbox / NAME) == [rebuild]


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        (".~qd-audit-preparation.docx.0123456789abcdef.tmp", True),
        (".~qd-manifest.json.fedcba9876543210.tmp", True),
        ("~$audit-preparation.docx", False),
        (".~lock.audit-preparation.docx#", False),
        ("audit-preparation.tmp", False),
        (".~qd-notes.tmp", False),
        (".~qd-audit-preparation.docx.0123456789abcdef.tmp.docx", False),
        ("audit-preparation.docx", False),
    ],
)
def test_cleaning_removes_only_our_own_temporary_files(
    workspace: Workspace, name: str, ours: bool
) -> None:
    folder = workspace.outbox / "Acme"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(b"partial")
    removed = clean_stale_temporaries(workspace)
    assert removed == ((folder / name,) if ours else ())
    assert (folder / name).exists() is not ours
