"""Render stage: the Dossier and Report become Word documents, filled from docxtpl templates.

docxtpl and Jinja are used only in this package. `render_documents` is the stage contract;
`plan_documents` exposes each document's template and context (the benchmark's floor renders
the same templates with bare docxtpl from them).
"""

from __future__ import annotations

from pipeline.render.documents import (
    document_inputs,
    document_name,
    documents_not_made,
    documents_to_send,
    plan_documents,
    render_documents,
    validation_report_name,
)

__all__ = [
    "document_inputs",
    "document_name",
    "documents_not_made",
    "documents_to_send",
    "plan_documents",
    "render_documents",
    "validation_report_name",
]
