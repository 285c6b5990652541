"""The evidence links of the documents to send, and how they read inside an audit pack."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.locations import relative_path
from pipeline.workspace import Workspace

INDEX = "index.html"  # the pack's index, at its top; a link to a missing file leads there
_FIELD = re.compile(r'HYPERLINK "([^"]*)"')
_RELATION = re.compile(r'Target="([^"]*)" TargetMode="External"')


@dataclass(frozen=True, slots=True)
class Links:
    """The evidence links found in the documents: each link as written → its link in the pack."""

    targets: Mapping[str, str]  # link as written (XML text) → link inside the pack
    packed: Mapping[str, str]  # link as written → the packed file it leads to
    missing: tuple[str, ...]  # cited files of the evidence folder that are not there


def pack_name(workspace: Workspace, inner: str) -> str:
    """Return where a file of the evidence folder goes inside the pack (its evidence folder)."""
    return f"{workspace.settings.evidence_folder.strip('/')}/{inner}"


def evidence_file(workspace: Workspace, packed: str) -> Path | None:
    """Return the file on disk behind a packed name, or None when it is not a file inside the
    evidence folder (links, '..' and the like never lead out of it)."""
    folder = workspace.settings.evidence_folder.strip("/") + "/"
    inner = relative_path(packed[len(folder) :]) if packed.startswith(folder) else None
    if inner is None:
        return None
    root = workspace.evidence.resolve()
    candidate = (workspace.evidence / inner).resolve()
    return candidate if candidate.is_relative_to(root) and candidate.is_file() else None


def links_of(workspace: Workspace, documents: Sequence[Path], up: str) -> Links:
    """Return the evidence links of the documents (seen from the outbox, starting with `up`)."""
    prefix = f"{up}{workspace.settings.evidence_folder.strip('/')}/"
    targets: dict[str, str] = {}
    packed: dict[str, str] = {}
    missing: list[str] = []
    for raw in sorted({raw for doc in documents for raw in _raw_links(doc.read_bytes())}):
        value = html.unescape(raw).replace("%22", '"')
        if not value.startswith(prefix):
            continue
        name = pack_name(workspace, value[len(prefix) :])
        if evidence_file(workspace, name) is None:
            targets[raw] = INDEX
            missing.append(name)
        else:
            targets[raw] = html.escape(name.replace('"', "%22"))
            packed[raw] = name
    return Links(targets, packed, tuple(dict.fromkeys(missing)))


def relink(document: bytes, links: Links) -> bytes:
    """Return a Word document whose evidence links lead to the packed files (same parts, same
    order, same dates)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(document)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("word/") and info.filename.endswith((".xml", ".rels")):
                data = _relinked(data.decode("utf-8"), links.targets).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def _raw_links(document: bytes) -> set[str]:
    found: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith((".xml", ".rels")):
                part = archive.read(name).decode("utf-8", errors="replace")
                found.update(_FIELD.findall(part))
                found.update(_RELATION.findall(part))
    return found


def _relinked(part: str, targets: Mapping[str, str]) -> str:
    def field(match: re.Match[str]) -> str:
        return f'HYPERLINK "{targets.get(match.group(1), match.group(1))}"'

    def relation(match: re.Match[str]) -> str:
        return f'Target="{targets.get(match.group(1), match.group(1))}" TargetMode="External"'

    return _RELATION.sub(relation, _FIELD.sub(field, part))
