"""A .docx as a zip package: read it within limits, write it byte-for-byte reproducibly."""

from __future__ import annotations

import io
import posixpath
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

MAX_MEMBERS = 1_000
MAX_UNPACKED = 64 * 1024 * 1024  # a Word template is a few hundred kilobytes
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_TEMPLATED = ("/header", "/footer", "/footnotes", "/endnotes")


class PackageProblem(Exception):
    """The file is not a Word package that can be read safely; args[0] says why."""


@dataclass(frozen=True, slots=True)
class Package:
    """The members of a .docx, in their order, and which XML parts hold template text."""

    members: tuple[tuple[str, bytes], ...]
    main: str
    templated: tuple[str, ...]  # main document first, then headers, footers, notes

    def member(self, name: str) -> bytes:
        """Return the bytes of member `name`."""
        for found, data in self.members:
            if found == name:
                return data
        raise KeyError(name)


def read_package(data: bytes) -> Package:
    """Return the package in `data`, refusing what is not a .docx or unpacks too large."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageProblem(f"{len(infos)} members")
        members = tuple((info.filename, _read(archive, info)) for info in infos)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as err:
        raise PackageProblem(str(err)) from err
    if sum(len(blob) for _, blob in members) > MAX_UNPACKED:
        raise PackageProblem("too large once unpacked")
    names = {name for name, _ in members}
    main = _targets(members, "_rels/.rels", "", (_OFFICE_DOCUMENT,))
    if len(main) != 1 or main[0] not in names:
        raise PackageProblem("no main document part")
    folder = posixpath.dirname(main[0])
    rels = posixpath.join(folder, "_rels", posixpath.basename(main[0]) + ".rels")
    others = [t for t in _targets(members, rels, folder, _TEMPLATED) if t in names]
    return Package(members, main[0], (main[0], *sorted(set(others))))


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_UNPACKED:
        raise PackageProblem("too large once unpacked")
    with archive.open(info) as member:
        blob = member.read(MAX_UNPACKED + 1)  # the declared size may lie
    if len(blob) > MAX_UNPACKED:
        raise PackageProblem("too large once unpacked")
    return blob


def _targets(
    members: tuple[tuple[str, bytes], ...], rels_name: str, folder: str, kinds: tuple[str, ...]
) -> list[str]:
    blob = dict(members).get(rels_name)
    if blob is None:
        return []
    root = parse_xml(blob)
    found = []
    for rel in root.iter(_REL):
        if rel.get("TargetMode") == "External" or not str(rel.get("Type", "")).endswith(kinds):
            continue
        target = str(rel.get("Target", ""))
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found.append(posixpath.normpath(path))
    return found


def parse_xml(blob: bytes) -> Any:
    """Parse XML from a package, refusing DTDs and entities (no expansion, no network)."""
    if b"<!DOCTYPE" in blob or b"<!ENTITY" in blob:
        raise PackageProblem("a DTD or entity declaration")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as err:
        raise PackageProblem(str(err)) from err


COMPRESS_LEVEL = 3
# ZipInfo's deflate level is public from Python 3.13 (compress_level); 3.11 and 3.12 name it
# _compresslevel (what ZipFile.open reads there for a part written as a stream).
_LEVEL = "compress_level" if sys.version_info >= (3, 13) else "_compresslevel"


def write_package(members: Iterable[tuple[str, bytes | Iterable[bytes]]]) -> bytes:
    """Return a zip of `members` that depends on nothing but them (fixed times, fixed order).

    Deflated at level 3: twice as fast as zlib's default (6) on a long register's XML, for a
    file about a third larger (1.2 MB instead of 0.9 MB for 50,000 rows). A part given as
    chunks is compressed as it streams, never joined in memory.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            setattr(info, _LEVEL, COMPRESS_LEVEL)
            if isinstance(content, bytes):
                archive.writestr(info, content)
                continue
            with archive.open(info, "w") as stream:
                for chunk in content:
                    stream.write(chunk)
    return buffer.getvalue()
