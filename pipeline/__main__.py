"""Allow `python -m pipeline`."""

from __future__ import annotations

from pipeline.shell.entry import run

run()
