"""Property: whatever a person edits and whatever the workbooks change, in any order, no edit is
ever lost (it is in the document or in the archive) and data changed in the workbooks is always
shown (a passage the person deleted stays deleted only while its data does not change)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.deliver import Timing, deliver
from tests.deliver.conftest import NOW, make_workspace
from tests.deliver.generated import NAME, Section, generated, paragraphs

HEADINGS = ("Indicator 1", "Indicator 2", "Indicator 3")
STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 8)),
    st.tuples(st.just("add"), st.integers(0, 8)),
    st.tuples(st.just("delete"), st.integers(0, 8)),
    st.tuples(st.just("data"), st.integers(0, 8)),
    st.tuples(st.just("rebuild"), st.just(0)),
)


def _sections(data: list[str]) -> tuple[Section, ...]:
    return tuple(Section(h, tuple(data[i * 3 : i * 3 + 3])) for i, h in enumerate(HEADINGS))


def _person(path: Path, action: str, at: int, marker: str) -> None:
    """Change the document as a person would in Word: edit, add or delete a paragraph."""
    document = docx.Document(str(path))
    body = [p for p in document.paragraphs if p.text and not p.style.name.startswith("Heading")]
    if not body:
        return
    paragraph = body[at % len(body)]
    if action == "edit":
        paragraph.add_run(f" {marker}").bold = True
    elif action == "add":
        paragraph.insert_paragraph_before(marker)
    else:
        paragraph._p.getparent().remove(paragraph._p)
    document.save(str(path))


def _archived(folder: Path, seen: dict[str, str]) -> str:
    """Return the text of every archived copy (each file read once: `seen` caches them)."""
    for path in folder.iterdir() if folder.is_dir() else ():
        if path.name not in seen:
            seen[path.name] = "\n".join(paragraphs(path))
    return "\n".join(seen.values())


@pytest.mark.slow
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=8))
def test_no_edit_is_lost_and_the_latest_data_is_always_shown(
    steps: list[tuple[str, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = make_workspace(Path(folder) / "workspace")
        timing = Timing(sleep=lambda _: None, now=lambda: NOW)
        target = workspace.outbox / NAME
        data = [f"Data {i} version 0." for i in range(9)]
        previous = list(data)
        seen: dict[str, str] = {}
        deliver([generated(*_sections(data))], workspace.outbox, workspace, False, timing=timing)
        for number, (action, at) in enumerate((*steps, ("rebuild", 0))):
            if action == "data":
                data[at] = f"Data {at} version {number}."
            elif action != "rebuild":
                _person(target, action, at, f"Mark{number}.")
                continue
            if action != "rebuild":
                continue
            kept = {t for t in " ".join(paragraphs(target)).split() if t.startswith("Mark")}
            (delivery,) = deliver(
                [generated(*_sections(data))], workspace.outbox, workspace, False, timing=timing
            )
            text = "\n".join(paragraphs(target))
            archived = _archived(workspace.archive / "edited", seen)
            lost = {m for m in kept if m not in text and m not in archived}
            assert not lost, f"edits lost: {sorted(lost)}"
            changed = [value for value, old in zip(data, previous, strict=True) if value != old]
            assert all(value in text for value in changed), "new data is not in the document"
            previous = list(data)
            assert delivery.path == f"outbox/{NAME}"
