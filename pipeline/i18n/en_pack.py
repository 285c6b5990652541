"""English texts of the PDF copies and of the audit pack."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "pdf.heading": "PDF:",
    "pdf.no_office": "PDF not made: LibreOffice was not found (on PATH or in its usual install "
    "folder). The Word documents are written. Install LibreOffice (libreoffice.org), then run "
    "the build again with --pdf.",
    "pdf.failed": "LibreOffice could not convert {name} to PDF; the Word document is written.",
    "pdf.not_written": "{name} could not be written: {reason}",
    "pack.written": "Audit pack written: {path} ({documents} documents, {files} evidence files, "
    "{size}).",
    "pack.missing": "  Cited but not found, listed as missing in the pack's index: {path}",
    "pack.no_documents": "No pack for {folder}: it holds no document to send. Run "
    "`qualiopi-docs build` first.",
    "pack.too_big": "Audit pack NOT written for {folder}: it would weigh {size}, over the limit "
    "of {limit}. Biggest files: {biggest}. Make these files smaller, or raise the limit "
    "([pack] limit_mb in qualiopi.toml, or --limit-mb).",
    "pack.no_pdf": "  The PDFs are left out of the pack: LibreOffice was not found to remake "
    "them with the pack's links.",
    "pack.size": "{mb} MB",
    "pack.size_kb": "{kb} kB",
    "pack.file": "audit-pack.zip",
    "pack.index.title": "Audit pack: {organisation}",
    "pack.index.intro": "Documents and evidence prepared for the Qualiopi audit. {referential} "
    "Every link opens a file of this pack.",
    "pack.index.documents": "Documents",
    "pack.index.evidence": "Evidence per indicator",
    "pack.index.indicator": "Indicator",
    "pack.index.proof": "Evidence",
    "pack.index.file_col": "File",
    "pack.index.web": "web address",
    "pack.index.missing_mark": "missing: not found in the evidence folder",
    "pack.index.outside": "not packed: outside the evidence folder",
    "pack.index.none": "no evidence cited",
    "pack.index.missing": "Cited files not found",
}
