"""Regenerate the packaged templates and the template variables reference."""

from __future__ import annotations

from pathlib import Path

from pipeline.authoring.templates import write_templates
from pipeline.authoring.templates.reference import write_reference

ROOT = Path(__file__).resolve().parents[3]

if __name__ == "__main__":
    for path in write_templates(ROOT / "templates" / "docx"):
        print(path.relative_to(ROOT))
    print(write_reference(ROOT / "docs" / "templates.md").relative_to(ROOT))
