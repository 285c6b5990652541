"""Every finding code validation can raise, with its severity: the stable list users may filter on.

The words are in the catalogues (pipeline/i18n/*_findings.py: `finding.<CODE>`, `hint.<CODE>`).
"""

from __future__ import annotations

from pipeline.core.model import Severity

CODES: dict[str, Severity] = {
    # version.py — which referential judges the audit
    "GRID_V9_FOR_V10_AUDIT": "error",
    "GRID_V10_FOR_V9_AUDIT": "error",
    "VERSION_FORCED_AGAINST_DATE": "warning",
    # structure.py — sheets, required cells, identifiers
    "PROFILE_MISSING": "error",
    "GRID_MISSING": "error",
    "EVIDENCE_LIST_MISSING": "warning",
    "REGISTER_MISSING": "warning",
    "REQUIRED_MISSING": "error",
    "DUPLICATE_ID": "error",
    "DUPLICATE_ID_ELSEWHERE": "error",
    # profile_rules.py — the organisation and its audit
    "NO_CATEGORY": "error",
    "SIRET_FORMAT": "error",
    "SIRET_CHECKSUM": "warning",
    "DECLARATION_NUMBER_FORMAT": "warning",
    "CERTIFICATION_DATE_MISSING": "error",
    "CERTIFICATION_AFTER_AUDIT": "error",
    "SURVEILLANCE_OUTSIDE_WINDOW": "warning",
    "RENEWAL_AFTER_EXPIRY": "warning",
    "AUDIT_DATE_PAST": "warning",
    # referential_rules.py — the grid against the referential
    "GRID_EMPTY": "error",
    "INDICATOR_DUPLICATE": "error",
    "INDICATOR_MISSING": "error",
    "INDICATOR_UNKNOWN": "error",
    "WORDING_ALTERED": "warning",
    # claims.py — indicators declared not applicable
    "NA_REASON_MISSING": "error",
    "NA_COMMON": "error",
    "NA_APPLIES_BY_PROFILE": "error",
    "STATUS_ON_NOT_APPLICABLE": "warning",
    # preparation.py — what the auditor will ask for
    "NO_APPROACH": "warning",
    "NO_EVIDENCE": "warning",
    "REVIEW_OLD": "warning",
    # evidence.py — the evidence list, the grid and the evidence folder
    "EVIDENCE_ID_UNKNOWN": "error",
    "EVIDENCE_NOT_LINKED": "warning",
    "EVIDENCE_UNCITED": "warning",
    "EVIDENCE_INDICATOR_UNKNOWN": "error",
    "EVIDENCE_REVIEW_OVERDUE": "warning",
    "EVIDENCE_REVIEW_BEFORE_AUDIT": "warning",
    "EVIDENCE_LOCATION_OUTSIDE": "error",
    "EVIDENCE_FILE_MISSING": "error",
    "EVIDENCE_FOLDER_MISSING": "error",
    # registers.py — feedback (30) and improvement actions (32)
    "FEEDBACK_REGISTER_EMPTY": "warning",
    "FEEDBACK_GROUP_MISSING": "warning",
    "FEEDBACK_SCALE_INVALID": "error",
    "FEEDBACK_SCALE_MISSING": "warning",
    "FEEDBACK_SCORE_OUT_OF_SCALE": "error",
    "IMPROVEMENTS_EMPTY": "warning",
    "IMPROVEMENT_OVERDUE": "warning",
    "IMPROVEMENT_DONE_UNCHECKED": "warning",
    "IMPROVEMENT_ID_UNKNOWN": "error",
    # complaints.py — the complaint register (31)
    "COMPLAINT_BEFORE_RECEIVED": "error",
    "COMPLAINT_CLOSED_BEFORE_ANSWER": "error",
    "COMPLAINT_CLOSED_NO_DATE": "warning",
    "COMPLAINT_CLOSED_NO_ANSWER": "warning",
    "COMPLAINT_DATE_BUT_OPEN": "warning",
    # nonconformities.py — the auditor's non-conformities and their action plans
    "NC_INDICATOR_UNKNOWN": "error",
    "NC_INDICATOR_NOT_APPLICABLE": "error",
    "NC_MINOR_ON_MAJOR_ONLY": "error",
    "NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL": "warning",
    "NC_DUE_BEFORE_AUDIT": "error",
    "NC_DUE_BEYOND_DEADLINE": "warning",
    "NC_OVERDUE": "warning",
    "NC_CORRECTED_NO_EVIDENCE": "warning",
    "NC_MINOR_NOT_LIFTED": "warning",
    "NC_MINOR_ACCUMULATION": "warning",
    # dates.py — past events dated in the future
    "DATE_IN_FUTURE": "warning",
}
