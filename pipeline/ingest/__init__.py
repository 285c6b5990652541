"""The ingest stage: the workbooks people send in, a Dossier out.

`read_dossier` is the stage contract. What writes workbooks (the blank ones, the demo's) lives in
pipeline.authoring.workbooks.
"""

from __future__ import annotations

from pipeline.ingest.dossier import read_dossier
from pipeline.ingest.snapshot import read_input, read_inputs

__all__ = ["read_dossier", "read_input", "read_inputs"]
