"""Imported by the portfolio's forkserver only (its preload): ties it and its workers to the build.

See `pipeline.build.lifeline`. Importing this module anywhere else would tie that process.
"""

from __future__ import annotations

from pipeline.build.lifeline import tie_forkserver

tie_forkserver()
