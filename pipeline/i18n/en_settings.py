"""English text of the settings file (qualiopi.toml) that `init` writes."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "settings.file": """\
# qualiopi-docs workspace settings. Lines starting with # are comments.
# This file marks the folder as a workspace: build, validate and watch refuse a folder without it.

# Language of the workbooks, messages and documents: "fr" or "en".
language = "{language}"

# Referential: chosen from the planned audit date (before 2026-11-01: V9, from then on: V10).
# Uncomment to force one.
# referential = "V10"

# Folder (inside this workspace) holding the evidence files cited in the evidence list.
evidence_folder = "evidence"

[audit_duration]
# Rule used to estimate the audit duration: "practitioner_guide" (the default: 1 day, + 0.5 day
# per category, + 0.5 day per site beyond the first, by turnover band) or "certifier_page"
# (a certifier's base durations, sampled sites). Both are estimates: the certifier confirms.
# rule = "certifier_page"
# When the certifier has confirmed the duration, write it here (in days):
# days = 1.5

[nc_grading]
# Corrections to a provisional non-conformity grading, per indicator number:
# 33 = "minor_or_major"

[watch]
# Seconds a file must stay unchanged before the watcher processes it.
settle_seconds = 1.0

[pack]
# Largest audit pack (`qualiopi-docs pack`) written, in megabytes.
limit_mb = 200

[render]
# Limits of filling one document (a Word template edited by hand could loop without end):
# max_seconds = 120
# max_megabytes = 256
""",
}
