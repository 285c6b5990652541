"""Content digests: the one place that hashes (inputs, documents, state keys, archives)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 20


def digest_bytes(content: bytes) -> str:
    """Return the sha256 of `content`, in hexadecimal."""
    return hashlib.sha256(content).hexdigest()


def digest_text(*parts: str) -> str:
    """Return the sha256 of text parts, each ended by a newline (so parts cannot run together)."""
    return hashlib.sha256(_lines(parts)).hexdigest()  # as digest_lines, in one update


def digest_texts(head: Sequence[str], tails: Iterable[Sequence[str]]) -> Iterator[str]:
    """Yield `digest_text(*head, *tail)` for each of `tails`, the shared head hashed once."""
    start = hashlib.sha256(_lines(head))
    for tail in tails:
        digest = start.copy()
        digest.update(_lines(tail))
        yield digest.hexdigest()


def _lines(parts: Sequence[str]) -> bytes:
    return "".join([f"{part}\n" for part in parts]).encode("utf-8", "surrogateescape")


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
