"""The workspace archive: every input processed, by content hash, and edited documents kept."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pipeline.core.digest import digest_bytes
from pipeline.core.errors import DeliveryError, QualiopiError
from pipeline.core.model import InputFile
from pipeline.deliver.atomic import write_atomic
from pipeline.deliver.manifest import Archived, Manifest
from pipeline.i18n import text
from pipeline.workspace import Workspace, environment_problem

log = logging.getLogger(__name__)


def archive_inputs(
    inputs: Iterable[InputFile | Path], workspace: Workspace, now: datetime | None = None
) -> dict[Path, Path]:
    """Copy each input byte for byte to `archive/inputs/<sha256>.<ext>`; return path → copy.

    An InputFile is archived from the bytes the build read, never read again. A content
    already archived is not copied again. A file not read, or gone before it could be, is
    left out (reading it reports it). Raises DeliveryError when the archive cannot be
    written (disk full...), EnvironmentProblem when its name is too long for the system.
    """
    manifest = Manifest.load(workspace.state)
    stamp = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    copies: dict[Path, Path] = {}
    for given in inputs:
        path, content = _content(given)
        if content is not None:
            copies[path] = _archive_one(path, content, workspace, manifest, stamp)
    manifest.save_quietly()
    return copies


def _content(given: InputFile | Path) -> tuple[Path, bytes | None]:
    if isinstance(given, InputFile):
        return given.path, given.content
    try:
        return given, given.read_bytes()
    except OSError as err:
        log.warning("input %s not archived: %s", given, err)
        return given, None


def _archive_one(
    path: Path, content: bytes, workspace: Workspace, manifest: Manifest, stamp: str
) -> Path:
    digest = digest_bytes(content)
    folder = workspace.archive / "inputs"
    copy = folder / f"{digest}{path.suffix.lower()}"
    try:
        if not (copy.is_file() and copy.stat().st_size == len(content)):
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(copy, content)
    except OSError as err:
        raise _archive_error(workspace, path, err) from err
    known = manifest.inputs.get(digest) or Archived(workspace.relative(copy), (), stamp)
    source = workspace.relative(path)
    if source not in known.sources:
        known = replace(known, sources=(*known.sources, source))
    manifest.note_input(digest, known)
    return copy


def archive_edited(
    path: Path, content: bytes, workspace: Workspace, out_dir: Path, now: datetime
) -> Path:
    """Keep a document edited by a person at `archive/edited/<folder>/<time>-<hash>-<name>`.

    Raises OSError when the copy cannot be made; the caller must then not replace the file.
    """
    outbox = workspace.outbox.resolve()
    folder = workspace.archive / "edited"
    if out_dir.resolve().is_relative_to(outbox):
        folder = folder.joinpath(*out_dir.resolve().relative_to(outbox).parts)
    name = f"{now.strftime('%Y%m%d-%H%M%S')}-{digest_bytes(content)[:8]}-{path.name}"
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / name
    write_atomic(copy, content)
    return copy


def _archive_error(workspace: Workspace, path: Path, err: OSError) -> QualiopiError:
    lang = workspace.settings.lang
    problem = environment_problem(err, lang)  # disk full, path too long: the machine's doing
    if problem is not None:
        return problem
    return DeliveryError(
        text(
            lang,
            "deliver.archive_input_failed",
            file=workspace.relative(path),
            folder=workspace.relative(workspace.archive),
            reason=err.strerror or err,
        ),
        text(lang, "deliver.archive_input_hint"),
    )
