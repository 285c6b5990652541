"""The watcher's memory, kept in the workspace: what each build was made from, by content hash."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.build.state import read_state, write_state
from pipeline.core.digest import digest_file

STATE_FILE = "watch.json"
FORMAT = 2
log = logging.getLogger(__name__)

# What tells a file changed without reading it: (size, mtime in ns, inode, ctime in ns). The
# change time catches a same-size rewrite whose modification time was put back.
Stat = tuple[int, int, int, int]
# One build's inputs: workspace-relative path → sha256 of the content built from.
Signature = dict[str, str]


def stat_of(stat: os.stat_result) -> Stat:
    """Return the part of a stat result that changes when a file's content does."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)


@dataclass
class Memory:
    """Content hashes of known files, and the signature of each build that was delivered.

    A build is recorded only after its delivery: a build interrupted by a crash is redone.
    """

    path: Path
    files: dict[str, tuple[Stat, str]] = field(default_factory=dict)
    built: dict[str, Signature] = field(default_factory=dict)

    @classmethod
    def load(cls, state: Path) -> Memory:
        """Read the memory in the state folder; missing or unreadable → empty (all is redone)."""
        path = state / STATE_FILE
        data = read_state(path)
        if data is None or data.get("format") != FORMAT:
            return cls(path)  # missing, unreadable or older: every file is looked at again
        try:
            files = {
                rel: (_stat(entry["stat"]), str(entry["sha256"]))
                for rel, entry in data["files"].items()
            }
            built = {
                key: {str(k): str(v) for k, v in inputs.items()}
                for key, inputs in data["built"].items()
            }
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            log.warning(
                "watcher memory %s unreadable (%s): every file is processed again", path, err
            )
            return cls(path)
        return cls(path, files, built)

    def save(self) -> None:
        """Write the memory atomically (readers and crashes see the old or the new one)."""
        data = {
            "format": FORMAT,
            "files": {
                rel: {"stat": list(stat), "sha256": sha}
                for rel, (stat, sha) in sorted(self.files.items())
            },
            "built": {
                key: dict(sorted(inputs.items())) for key, inputs in sorted(self.built.items())
            },
        }
        write_state(self.path, data)

    def digest(self, path: Path, rel: str, stat: Stat) -> str:
        """Return the sha256 of a file, read only when its stat changed since last time."""
        known = self.files.get(rel)
        if known is not None and known[0] == stat:
            return known[1]
        sha = digest_file(path)
        self.files[rel] = (stat, sha)
        return sha

    def forget_files_except(self, present: set[str]) -> None:
        """Drop the hashes of files no longer in the inbox, and the builds made only from such
        files (a conflict copy, a folder, gone): the memory stays as small as the inbox."""
        for rel in set(self.files) - present:
            del self.files[rel]
        for key in [key for key, inputs in self.built.items() if not present & inputs.keys()]:
            del self.built[key]


def _stat(value: object) -> Stat:
    if not isinstance(value, list) or len(value) != 4:
        raise ValueError(f"bad stat {value!r}")
    size, mtime, inode, ctime = (int(part) for part in value)
    return (size, mtime, inode, ctime)
