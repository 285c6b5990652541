"""Content digests: the one place that hashes (inputs, documents, state keys, archives)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 20


def digest_bytes(content: bytes) -> str:
    """Return the sha256 of `content`, in hexadecimal."""
    return hashlib.sha256(content).hexdigest()


def digest_text(*parts: str) -> str:
    """Return the sha256 of text parts, each ended by a newline (so parts cannot run together)."""
    joined = "".join([f"{part}\n" for part in parts])  # as digest_lines, in one update
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()


def digest_lines(lines: Iterable[str]) -> str:
    """Return the sha256 of lines of text, each ended by a newline."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8", "surrogateescape"))
        digest.update(b"\n")
    return digest.hexdigest()


def digest_file(path: Path) -> str:
    """Return the sha256 of a file's content, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def digest_stream(head: bytes, rest: BinaryIO) -> str:
    """Return the sha256 of `head` followed by what remains of `rest` (read in chunks)."""
    digest = hashlib.sha256(head)
    while chunk := rest.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()
