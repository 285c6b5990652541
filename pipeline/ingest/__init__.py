"""The ingest stage: Excel workbooks in, a Dossier out (openpyxl's only home).

`read_dossier` reads what people send; `generate_templates` writes the blank workbooks and
`write_workbook` fills one (for the demo and the tests).
"""

from __future__ import annotations

from pipeline.ingest.blank import generate_templates, template_names, workbook_name
from pipeline.ingest.dossier import read_dossier
from pipeline.ingest.fill import write_workbook

__all__ = ["generate_templates", "read_dossier", "template_names", "workbook_name",
           "write_workbook"]
