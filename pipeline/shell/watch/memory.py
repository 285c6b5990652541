"""The watcher's memory, kept in the workspace: what each build was made from, by content hash."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.digest import digest_file
from pipeline.deliver.atomic import write_atomic

STATE_FILE = "watch.json"
FORMAT = 1
log = logging.getLogger(__name__)

# What tells a file changed without reading it: (size, mtime in ns, inode).
Stat = tuple[int, int, int]
# One build's inputs: workspace-relative path → sha256 of the content built from.
Signature = dict[str, str]


def stat_of(stat: os.stat_result) -> Stat:
    """Return the part of a stat result that changes when a file's content does."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


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
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = {
                rel: (_stat(entry["stat"]), str(entry["sha256"]))
                for rel, entry in data["files"].items()
            }
            built = {
                key: {str(k): str(v) for k, v in inputs.items()}
                for key, inputs in data["built"].items()
            }
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    def digest(self, path: Path, rel: str, stat: Stat) -> str:
        """Return the sha256 of a file, read only when its stat changed since last time."""
        known = self.files.get(rel)
        if known is not None and known[0] == stat:
            return known[1]
        sha = digest_file(path)
        self.files[rel] = (stat, sha)
        return sha

    def forget_files_except(self, present: set[str]) -> None:
        """Drop the hashes of files no longer in the inbox (the memory stays small)."""
        for rel in set(self.files) - present:
            del self.files[rel]


def _stat(value: object) -> Stat:
    if not isinstance(value, list) or len(value) != 3:
        raise ValueError(f"bad stat {value!r}")
    size, mtime, inode = (int(part) for part in value)
    return (size, mtime, inode)
