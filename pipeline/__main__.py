"""Allow `python -m pipeline`."""

from __future__ import annotations

from pipeline.cli import main

main()
