"""qualiopi-docs: Qualiopi audit preparation, from Excel workbooks to Word documents."""

from __future__ import annotations

__version__ = "0.1.0"
