"""The audit pack: per organisation, one zip of the documents to send, their evidence and an index.

Inside the pack every evidence link is relative to the packed file, so it works unzipped anywhere.
Only files inside the workspace's evidence folder are ever packed.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.build.packindex import Index, index_html, index_of
from pipeline.build.packlinks import INDEX, Links, evidence_file, links_of, relink
from pipeline.core.inbox import Organisation, discover
from pipeline.core.model import Lang
from pipeline.deliver import workspace_lock
from pipeline.deliver.atomic import commit, discard, temp_path
from pipeline.i18n import document_name, text
from pipeline.i18n.formats import number
from pipeline.workspace import Workspace, open_workspace

DEFAULT_LIMIT_MB = 200.0
_STAMP = (1980, 1, 1, 0, 0, 0)  # a fixed date: the same inputs give the same pack


@dataclass(frozen=True, slots=True)
class Pack:
    """What `pack` did for one organisation (`path` is '' when no pack was written)."""

    folder: str
    path: str
    documents: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    size: int = 0
    message: str = ""
    pdf_note: str = ""


def pack_workspace(
    root: Path, limit_mb: float | None = None, today: date | None = None
) -> tuple[Pack, ...]:
    """Write each organisation's audit pack into its outbox folder; say what each holds."""
    workspace = open_workspace(root)
    limit = limit_mb if limit_mb is not None else _limit_setting(workspace)
    with workspace_lock(workspace):
        found = discover(workspace.inbox) or (Organisation("", ()),)
        return tuple(
            _pack(workspace, org, int(limit * 1_000_000), today or date.today()) for org in found
        )


def _limit_setting(workspace: Workspace) -> float:
    table = workspace.settings.extra.get("pack", {})
    value = table.get("limit_mb", DEFAULT_LIMIT_MB) if isinstance(table, dict) else None
    return float(value) if isinstance(value, int | float) else DEFAULT_LIMIT_MB


def _pack(workspace: Workspace, organisation: Organisation, limit: int, today: date) -> Pack:
    from pipeline.render import documents_to_send

    lang = workspace.settings.lang
    out_dir = workspace.outbox / organisation.name if organisation.name else workspace.outbox
    folder = workspace.relative(out_dir)
    names = (document_name(lang, key) for key in documents_to_send())
    documents = [out_dir / name for name in names if (out_dir / name).is_file()]
    if not documents:
        return Pack(folder, "", message=text(lang, "pack.no_documents", folder=folder))
    links = links_of(workspace, documents, up="../../" if organisation.name else "../")
    index = index_of(workspace, organisation, today)
    files = _entries(workspace, documents, links, index)
    pdfs, pdf_note = _pdfs(workspace, documents, files)
    files.update(pdfs)
    name = organisation.name or workspace.root.resolve().name
    sent = sorted((*(doc.name for doc in documents), *pdfs))
    files[INDEX] = index_html(lang, name, index, links, sent).encode("utf-8")
    size = sum(
        len(content) if isinstance(content, bytes) else content.stat().st_size
        for content in files.values()
    )
    if size > limit:
        message = text(
            lang,
            "pack.too_big",
            folder=folder,
            size=size_text(size, lang),
            limit=size_text(limit, lang),
            biggest=_biggest(files, lang),
        )
        return Pack(folder, "", size=size, message=message)
    target = out_dir / text(lang, "pack.file")
    _write_zip(target, files)
    packed = tuple(name for name, value in files.items() if isinstance(value, Path))
    return Pack(
        folder,
        workspace.relative(target),
        tuple(sent),
        packed,
        links.missing,
        size,
        pdf_note=pdf_note,
    )


def _entries(
    workspace: Workspace, documents: list[Path], links: Links, index: Index
) -> dict[str, bytes | Path]:
    """Return the pack's files (name inside the pack → bytes, or the evidence file on disk)."""
    files: dict[str, bytes | Path] = {
        doc.name: relink(doc.read_bytes(), links) for doc in documents
    }
    for packed in (*links.packed.values(), *(row.packed for row in index.rows if row.packed)):
        source = evidence_file(workspace, packed)
        if source is not None:
            files[packed] = source
    return files


def _pdfs(
    workspace: Workspace, documents: list[Path], files: dict[str, bytes | Path]
) -> tuple[dict[str, bytes], str]:
    """Return the PDFs to pack, remade from the packed documents so their links are the pack's.

    Only documents that have a PDF in the outbox get one; without LibreOffice, none.
    """
    from pipeline.deliver.pdf import convert_to_pdf, find_office

    wanted = [doc for doc in documents if doc.with_suffix(".pdf").is_file()]
    if not wanted:
        return {}, ""
    office = find_office()
    if office is None:
        return {}, text(workspace.settings.lang, "pack.no_pdf")
    with tempfile.TemporaryDirectory(prefix="qd-pack-") as folder:
        sources = []
        for doc in wanted:
            source = Path(folder) / "in" / doc.name
            source.parent.mkdir(exist_ok=True)
            source.write_bytes(files[doc.name])  # type: ignore[arg-type]
            sources.append(source)
        made = convert_to_pdf(office, sources, Path(folder) / "out")
        return {pdf.name: pdf.read_bytes() for pdf in made.values()}, ""


def _write_zip(target: Path, files: dict[str, bytes | Path]) -> None:
    """Write the zip beside its final name, then rename it: a reader never sees half a pack."""
    temp = temp_path(target)
    try:
        with zipfile.ZipFile(temp, "x", zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, _STAMP)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                content = files[name]
                data = content if isinstance(content, bytes) else content.read_bytes()
                archive.writestr(info, data)
        commit(temp, target)
    except BaseException:
        discard(temp)
        raise


def _biggest(files: dict[str, bytes | Path], lang: Lang) -> str:
    sizes = sorted(
        ((len(v) if isinstance(v, bytes) else v.stat().st_size, name) for name, v in files.items()),
        reverse=True,
    )
    return ", ".join(f"{name} ({size_text(size, lang)})" for size, name in sizes[:3])


def size_text(size: int, lang: Lang) -> str:
    """Return a size as people read it: '850 kB', '12.4 MB' ('850 ko', '12,4 Mo')."""
    if size < 1_000_000:
        return text(lang, "pack.size_kb", kb=number(max(1, round(size / 1000)), lang, 0))
    return text(lang, "pack.size", mb=number(size / 1_000_000, lang, 1))
