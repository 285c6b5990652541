"""The blank workbooks: laid out from the workbook layout, filled like a person (demo, tests)."""

from __future__ import annotations

from pipeline.authoring.workbooks.blank import generate_templates, template_names, workbook_name
from pipeline.authoring.workbooks.fill import write_workbook

__all__ = ["generate_templates", "template_names", "workbook_name", "write_workbook"]
