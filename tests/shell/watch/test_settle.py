"""The watcher waits for a workbook to be whole: zip ones by their directory, others by size."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.shell.watch.settle import looks_whole, stat_of


@pytest.mark.parametrize(
    ("name", "content", "whole"),
    [
        ("grid.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, True),  # OLE2, not a zip
        ("grid.ods", b"PK\x03\x04" + b"\0" * 100, False),  # a zip still being written
        ("export.csv", b"Horodateur;Note\n", True),
    ],
    ids=["xls-is-whole", "ods-half-written", "csv"],
)
def test_the_watcher_waits_only_for_zip_workbooks_to_be_whole(
    tmp_path: Path, name: str, content: bytes, whole: bool
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert looks_whole(path, stat_of(path.stat())) is whole
