"""Allow `python -m pipeline`."""

from __future__ import annotations

from pipeline.shell.cli import main

main()
