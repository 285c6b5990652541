"""A minimal OLE2 compound file, the container of encrypted (password-to-open) workbooks.

Office stores a workbook protected by a password to open as a compound file with an
EncryptionInfo and an EncryptedPackage stream; nothing in the test tools writes one, so this
module lays one out by the book (MS-CFB, version 3, 512-byte sectors).
"""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NONE = 0xFFFFFFFF


def compound_file(streams: dict[str, bytes]) -> bytes:
    """Return a compound file holding `streams` (each padded to 4096 bytes or more)."""
    bodies = [data.ljust(max(4096, len(data)), b"\0") for data in streams.values()]
    counts = [-(-len(body) // SECTOR) for body in bodies]
    fat = [FAT, END]  # sector 0: this FAT; sector 1: the directory
    first: list[int] = []
    for count in counts:
        first.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END]
    assert len(fat) <= SECTOR // 4, "keep the test streams small"
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    directory = _entry("Root Entry", 5, child=1, start=END, size=0)
    for index, (name, body) in enumerate(zip(streams, bodies, strict=True)):
        sibling = index + 2 if index + 1 < len(streams) else NONE
        directory += _entry(name, 2, right=sibling, start=first[index], size=len(body))
    directory = directory.ljust(SECTOR, b"\0")
    data = b"".join(
        body.ljust(count * SECTOR, b"\0") for body, count in zip(bodies, counts, strict=True)
    )
    return _header() + fat_sector + directory + data


def _header() -> bytes:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108  # the FAT is sector 0
    return header


def _entry(
    name: str, kind: int, *, child: int = NONE, right: int = NONE, start: int, size: int
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
    entry += struct.pack("<III", NONE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
    entry += struct.pack("<IQ", start, size)
    assert len(entry) == 128
    return entry
