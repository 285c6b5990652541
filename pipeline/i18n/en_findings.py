"""English texts of validation findings: `finding.<CODE>` (what is wrong), `hint.<CODE>`."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # Pieces the messages are built from
    "findings.place": "sheet {sheet}, cell {cell}",
    "findings.place.sheet": "sheet {sheet}",
    "findings.record.profile": "profile",
    "findings.record.indicators": "indicator {number}",
    "findings.record.evidence": "evidence {id}",
    "findings.record.complaints": "complaint {id}",
    "findings.record.improvements": "improvement action {id}",
    "findings.record.nonconformities": "non-conformity {id}",
    "findings.record.row": "row {row}",
    "findings.kind.evidence": "the evidence list",
    "findings.kind.complaints": "the complaint register",
    "findings.kind.improvements": "the improvement actions",
    "findings.kind.nonconformities": "the non-conformity list",
    "findings.register.feedback": "feedback register",
    "findings.register.complaints": "complaint register",
    "findings.register.improvements": "improvement actions register",
    "findings.claim.short_trainings_only": "every training lasts 2 days or less (reading guide "
    "V9: the indicator applies to trainings of more than "
    "2 days)",
    "findings.evidence.listed": "The evidence list links these items to this indicator: {ids}. "
    "Cite them in “{column}”.",
    "findings.evidence.none": "List the documents that prove it in the evidence list and cite "
    "their IDs in “{column}”.",
    # Version
    "finding.GRID_V9_FOR_V10_AUDIT": "This self-assessment grid has the 32 indicators of the referential V9, but the audit "
    "is judged on the referential V10. Decree no. 2026-728 of 1 August 2026 replaced the "
    "indicators: 33 indicators (a new indicator 33 for apprenticeship, wording changed on "
    "indicators {changed}), for every audit held from {cutover}, with no transitional "
    "period. Referential used: {reason}",
    "hint.GRID_V9_FOR_V10_AUDIT": "Take the V10 grid (created by `qualiopi-docs init`, or from the workbook templates), "
    "copy your approach, evidence and owners into it indicator by indicator, and put it in "
    "the inbox in place of this one.",
    "finding.GRID_V10_FOR_V9_AUDIT": "This self-assessment grid has the 33 indicators of the referential V10, but the audit "
    "is judged on the referential V9. The V10 (decree no. 2026-728) only applies to audits "
    "held from {cutover}; an earlier audit is judged on the 32 indicators of the V9. "
    "Referential used: {reason}",
    "hint.GRID_V10_FOR_V9_AUDIT": "Use the V9 grid from the workbook templates, or correct the planned audit date in the "
    "profile (or the `referential` line of qualiopi.toml).",
    "finding.VERSION_FORCED_AGAINST_DATE": "The settings (qualiopi.toml) force the referential {forced}, but an audit held on "
    "{date} is judged on the {by_date}: the V10 (decree no. 2026-728) applies to every "
    "audit held from {cutover}, with no transitional period.",
    "hint.VERSION_FORCED_AGAINST_DATE": "Remove the `referential` line from qualiopi.toml, unless your certifier has confirmed "
    "in writing which version applies.",
    # Structure
    "finding.PROFILE_MISSING": "No profile sheet (“{sheet_name}”) was found: without it, the tool cannot tell which "
    "indicators apply nor which referential judges the audit.",
    "hint.PROFILE_MISSING": "Put the self-assessment grid created by `qualiopi-docs init` in the inbox, with its "
    "“{sheet_name}” sheet filled in.",
    "finding.GRID_MISSING": "No indicators sheet (“{sheet_name}”) was found: there is no self-assessment to "
    "prepare the audit from.",
    "hint.GRID_MISSING": "Put the self-assessment grid created by `qualiopi-docs init` in the inbox, with its "
    "“{sheet_name}” sheet filled in.",
    "finding.EVIDENCE_LIST_MISSING": "No evidence list (sheet “{sheet_name}”) was found: the evidence cited in the grid "
    "cannot be checked.",
    "hint.EVIDENCE_LIST_MISSING": "Add the evidence workbook created by `qualiopi-docs init` to the inbox and list each "
    "piece of evidence with its ID.",
    "finding.REGISTER_MISSING": "No {register} (sheet “{sheet_name}”) was found: the auditor checks it under "
    "indicator {number}.",
    "hint.REGISTER_MISSING": "Add the {register} workbook created by `qualiopi-docs init` to the inbox and keep it "
    "up to date.",
    "finding.REQUIRED_MISSING": "“{column}” is empty ({what}): this information is required.",
    "hint.REQUIRED_MISSING": "Fill in this cell (use the drop-down list where there is one).",
    "finding.DUPLICATE_ID": "The ID {id} is used twice in {what}: it is already on row {first_row}.",
    "hint.DUPLICATE_ID": "Give this line its own ID; if it is the same item entered twice, delete one of the "
    "two rows.",
    # Profile
    "finding.NO_CATEGORY": "The profile does not say which categories of action the organisation delivers "
    "(training actions, skills assessments, VAE support, apprenticeship): no indicator can "
    "be selected.",
    "hint.NO_CATEGORY": "Answer “Yes” to at least one of the four category questions.",
    "finding.SIRET_FORMAT": "The SIRET “{value}” does not have 14 digits.",
    "hint.SIRET_FORMAT": "Copy the 14-digit SIRET of the establishment from its Kbis or its INSEE registration "
    "notice (spaces are allowed).",
    "finding.SIRET_CHECKSUM": "The SIRET “{value}” has 14 digits but fails the INSEE check: a digit is probably "
    "mistyped.",
    "hint.SIRET_CHECKSUM": "Compare it with the Kbis or with annuaire-entreprises.data.gouv.fr.",
    "finding.DECLARATION_NUMBER_FORMAT": "The declaration of activity number “{value}” does not have 11 digits.",
    "hint.DECLARATION_NUMBER_FORMAT": "Copy it from the receipt of your declaration of activity (récépissé) issued by the "
    "DREETS.",
    "finding.CERTIFICATION_DATE_MISSING": "The audit is a {audit_type} audit, but the current certification date is empty: the "
    "audit window and the certificate's expiry are worked out from it.",
    "hint.CERTIFICATION_DATE_MISSING": "Write the date shown on your current Qualiopi certificate.",
    "finding.CERTIFICATION_AFTER_AUDIT": "The current certification date ({date}) is after the planned audit date ({audit}): a "
    "surveillance or renewal audit comes after the certification.",
    "hint.CERTIFICATION_AFTER_AUDIT": "Check both dates; if this is a first certification, choose the audit type “Initial”.",
    "finding.SURVEILLANCE_OUTSIDE_WINDOW": "The surveillance audit is planned on {audit}, outside the window set by the "
    "regulation: between months {from_month} and {to_month} after the certification of "
    "{certified}, that is from {start} to {end}.",
    "hint.SURVEILLANCE_OUTSIDE_WINDOW": "Check the date with your certifier (arrêté of 6 June 2019, article 2).",
    "finding.RENEWAL_AFTER_EXPIRY": "The renewal audit is planned on {audit}, but the certificate expires on {expiry} "
    "({years} years of validity): the renewal decision must be taken before it expires.",
    "hint.RENEWAL_AFTER_EXPIRY": "Check the expiry date on your certificate and agree an earlier audit date with your "
    "certifier.",
    "finding.AUDIT_DATE_PAST": "The planned audit date ({date}) is in the past.",
    "hint.AUDIT_DATE_PAST": "If the audit has taken place, record its non-conformities and write the date of the "
    "next audit (surveillance or renewal) in the profile.",
    # Referential
    "finding.GRID_EMPTY": "The indicators sheet (“{sheet_name}”) has no indicator rows: the {version} has {count} "
    "indicators, each expected on its own row.",
    "hint.GRID_EMPTY": "Start from a fresh self-assessment grid (`qualiopi-docs init`): it has one row per "
    "indicator, with its official wording.",
    "finding.INDICATOR_DUPLICATE": "Indicator {number} appears twice in the grid: it is already on row {first_row}.",
    "hint.INDICATOR_DUPLICATE": "Keep one row per indicator: merge the two rows, then delete "
    "this one.",
    "finding.INDICATOR_MISSING": "Indicator {number} (criterion {criterion}) is missing from the grid: the {version} "
    "has {count} indicators and each must appear exactly once, even when it does not apply.",
    "hint.INDICATOR_MISSING": "Add a row for indicator {number}, or start from a fresh grid (`qualiopi-docs init`) "
    "and copy your answers into it.",
    "finding.INDICATOR_UNKNOWN": "“{value}” is not an indicator of the {version}, whose indicators are numbered 1 to "
    "{count}.",
    "hint.INDICATOR_UNKNOWN": "Correct the number, or delete the row if it does not belong in "
    "the grid.",
    "finding.WORDING_ALTERED": "The official wording of indicator {number} has been changed in this grid: it no "
    "longer matches the text of the {version}.",
    "hint.WORDING_ALTERED": "The documents quote the official text anyway. Restore it (copy it from a fresh grid) "
    "and write your own words in “{approach}”.",
    # Not-applicable claims
    "finding.NA_REASON_MISSING": "Indicator {number} is marked not applicable, but the profile does not say "
    "that {condition}: the referential allows it only then, whatever reason the row gives.",
    "hint.NA_REASON_MISSING": "If every training lasts 2 days or less, answer “Yes” to “{field}” in the "
    "profile; otherwise describe your approach for this indicator.",
    "finding.NA_COMMON": "Indicator {number} is marked not applicable, but it is a common indicator: it applies "
    "to every organisation, whatever the categories of action it delivers.",
    "hint.NA_COMMON": "Describe your approach for indicator {number}, cite your evidence, and set its status.",
    "finding.NA_APPLIES_BY_PROFILE": "Indicator {number} is marked not applicable, but the profile answers “{yes}” to "
    "“{field}” ({place}). {reason}",
    "hint.NA_APPLIES_BY_PROFILE": "Describe your approach for indicator {number}, or correct the profile if it is wrong.",
    "finding.STATUS_ON_NOT_APPLICABLE": "Indicator {number} is marked “{status}”, yet the profile makes it not applicable. "
    "{reason}",
    "hint.STATUS_ON_NOT_APPLICABLE": "If the organisation is concerned by this indicator, correct the profile; otherwise "
    "set its status to not applicable.",
    # Preparation
    "finding.NO_APPROACH": "Indicator {number} applies, but no approach is written: the auditor will ask how the "
    "organisation meets it.",
    "hint.NO_APPROACH": "Describe in “{approach}”, in a few sentences, what the organisation does for "
    "indicator {number}.",
    "finding.NO_EVIDENCE": "Indicator {number} applies, but no evidence is cited for it.",
    "hint.NO_EVIDENCE": "{suggestion}",
    "finding.REVIEW_OLD": "Indicator {number} was last reviewed on {date}, more than a year ago.",
    "hint.REVIEW_OLD": "Review its approach and evidence before the audit, then update the review date.",
    # Evidence
    "finding.EVIDENCE_ID_UNKNOWN": "Indicator {number} cites the evidence {id}, which is not in the evidence list.",
    "hint.EVIDENCE_ID_UNKNOWN": "Correct the ID, or add {id} to the evidence list.",
    "finding.EVIDENCE_NOT_LINKED": "Indicator {number} cites the evidence {id}, but the evidence list links {id} only to "
    "{linked|indicator|indicators} {indicators}.",
    "hint.EVIDENCE_NOT_LINKED": "Add {number} to the indicators of {id} in the evidence list, or correct the ID cited "
    "here.",
    "finding.EVIDENCE_UNCITED": "The evidence {id} is not cited by any indicator of the grid.",
    "hint.EVIDENCE_UNCITED": "Cite {id} in “{column}” on the {linked|row of indicator|rows of indicators} {indicators}, or remove it from the "
    "list if it is no longer used.",
    "finding.EVIDENCE_INDICATOR_UNKNOWN": "The evidence {id} is linked to {numbers}, which is not an indicator of the {version} "
    "(indicators 1 to {count}).",
    "hint.EVIDENCE_INDICATOR_UNKNOWN": "Correct the indicator numbers of this evidence.",
    "finding.EVIDENCE_REVIEW_OVERDUE": "The evidence {id} was due for review on {date}: it may be out of date.",
    "hint.EVIDENCE_REVIEW_OVERDUE": "Check that the document is still current, update it if needed, and set a new review "
    "date.",
    "finding.EVIDENCE_REVIEW_BEFORE_AUDIT": "The evidence {id} is due for review on {date}, before the audit of {audit}.",
    "hint.EVIDENCE_REVIEW_BEFORE_AUDIT": "Review it before the audit, so that the auditor sees the current version.",
    "finding.EVIDENCE_LOCATION_OUTSIDE": "The location of evidence {id} (“{location}”) points outside the workspace (an "
    "absolute path, another drive, a network share or “..”).",
    "hint.EVIDENCE_LOCATION_OUTSIDE": "Copy the file into the “{folder}” folder of the workspace and write its path relative "
    "to that folder (for example contracts/subcontract.pdf), or give a web address "
    "starting with https://.",
    "finding.EVIDENCE_FILE_MISSING": "The file of evidence {id} (“{location}”) is not in the “{folder}” folder of the "
    "workspace.",
    "hint.EVIDENCE_FILE_MISSING": "Put the file there, or correct the path (relative to the “{folder}” folder; check the "
    "spelling and the extension).",
    "finding.EVIDENCE_FOLDER_MISSING": "The evidence list points to files, but the workspace has no “{folder}” folder.",
    "hint.EVIDENCE_FOLDER_MISSING": "Create the “{folder}” folder in the workspace and put the evidence files in it (or "
    "name the right folder with evidence_folder in qualiopi.toml).",
    # Feedback and improvements
    "finding.FEEDBACK_REGISTER_EMPTY": "The feedback register is empty: indicator 30 asks for the appreciation of the "
    "stakeholders (beneficiaries, funders, teaching teams, companies).",
    "hint.FEEDBACK_REGISTER_EMPTY": "Record the feedback collected (surveys, interviews, meetings), one line per collection.",
    "finding.FEEDBACK_GROUP_MISSING": "The feedback register holds no feedback from {group}: indicator 30 asks for the "
    "appreciation of every stakeholder group concerned.",
    "hint.FEEDBACK_GROUP_MISSING": "Collect and record feedback from {group}, or explain in the approach of indicator 30 "
    "why this group is not concerned.",
    "finding.FEEDBACK_SCALE_INVALID": "The scale “{scale}” is not a positive number.",
    "hint.FEEDBACK_SCALE_INVALID": "Write the maximum score of the scale, for example 5 or 10.",
    "finding.FEEDBACK_SCALE_MISSING": "A score of {score} is given without its scale.",
    "hint.FEEDBACK_SCALE_MISSING": "Write in “{column}” the maximum of the scale (for example 5 or 10), so that scores "
    "can be compared.",
    "finding.FEEDBACK_SCORE_OUT_OF_SCALE": "The score {score} is outside its scale (0 to {scale}).",
    "hint.FEEDBACK_SCORE_OUT_OF_SCALE": "Correct the score or the scale.",
    "finding.IMPROVEMENTS_EMPTY": "No improvement action is recorded: indicator 32 asks for improvement measures drawn "
    "from the analysis of feedback and complaints.",
    "hint.IMPROVEMENTS_EMPTY": "Record the actions decided after analysing feedback, complaints, audits and watch, "
    "with an owner and a due date.",
    "finding.IMPROVEMENT_OVERDUE": "The improvement action {id} was due on {date} and is still “{status}”.",
    "hint.IMPROVEMENT_OVERDUE": "Update its status, or set a realistic new due date.",
    "finding.IMPROVEMENT_DONE_UNCHECKED": "The improvement action {id} is done, but its effectiveness has not been checked.",
    "hint.IMPROVEMENT_DONE_UNCHECKED": "Write in “{column}” how and when you checked that the action worked.",
    "finding.IMPROVEMENT_ID_UNKNOWN": "This line of the {register} cites the improvement action {id}, which is not in the "
    "improvement actions.",
    "hint.IMPROVEMENT_ID_UNKNOWN": "Correct the ID, or add the action {id} to the improvement actions.",
    # Complaints
    "finding.COMPLAINT_BEFORE_RECEIVED": "Complaint {id}: the date “{column}” ({date}) is before the complaint was received "
    "({received}).",
    "hint.COMPLAINT_BEFORE_RECEIVED": "Correct one of the two dates.",
    "finding.COMPLAINT_CLOSED_BEFORE_ANSWER": "Complaint {id} was closed on {date}, before it was answered ({answered}).",
    "hint.COMPLAINT_CLOSED_BEFORE_ANSWER": "Correct one of the two dates.",
    "finding.COMPLAINT_CLOSED_NO_DATE": "Complaint {id} is marked closed, but has no closing date.",
    "hint.COMPLAINT_CLOSED_NO_DATE": "Write the date the complaint was closed.",
    "finding.COMPLAINT_CLOSED_NO_ANSWER": "Complaint {id} is marked closed, but no answer is recorded.",
    "hint.COMPLAINT_CLOSED_NO_ANSWER": "Write the answer given and its date: indicator 31 asks to show how each complaint "
    "was handled.",
    "finding.COMPLAINT_DATE_BUT_OPEN": "Complaint {id} has a closing date ({date}), but its status is “{status}”.",
    "hint.COMPLAINT_DATE_BUT_OPEN": "Set the status to closed, or remove the closing date if the complaint is still being "
    "handled.",
    # Non-conformities
    "finding.NC_INDICATOR_UNKNOWN": "Non-conformity {id} concerns indicator {number}, which does not exist in the "
    "{version} (indicators 1 to {count}) that judged that audit.",
    "hint.NC_INDICATOR_UNKNOWN": "Copy the indicator number from the audit report.",
    "finding.NC_INDICATOR_NOT_APPLICABLE": "Non-conformity {id} concerns indicator {number}, which does not apply to this "
    "organisation according to the profile and the grid. {reason}",
    "hint.NC_INDICATOR_NOT_APPLICABLE": "The auditor considered that indicator {number} applies: check the number against the "
    "audit report and, if the auditor is right, correct the profile or the grid.",
    "finding.NC_MINOR_ON_MAJOR_ONLY": "Non-conformity {id} is graded minor, but indicator {number} can only give rise to a "
    "major non-conformity (arrêté of 6 June 2019; reading guide V9).",
    "hint.NC_MINOR_ON_MAJOR_ONLY": "Check the grade in the audit report: a major non-conformity has a much shorter "
    "correction deadline.",
    "finding.NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL": "Non-conformity {id} is graded minor, but indicator {number} is treated as giving only "
    "major non-conformities in the {version}: a provisional reading, as no reading guide "
    "for this version was published at the last check (2 October 2026).",
    "hint.NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL": 'If your certifier did grade it minor, write {number} = "minor_or_major" under '
    "[nc_grading] in qualiopi.toml; otherwise correct the grade.",
    "finding.NC_DUE_BEFORE_AUDIT": "Non-conformity {id} is due on {date}, before the audit that raised it ({audit}).",
    "hint.NC_DUE_BEFORE_AUDIT": "Correct the due date: the action plan follows the audit.",
    "finding.NC_DUE_BEYOND_DEADLINE": "Non-conformity {id} ({grade}) is due on {date}, more than {months} months after the "
    "audit: corrective actions on a {grade} non-conformity must be in place within "
    "{months} months of its notification.",
    "hint.NC_DUE_BEYOND_DEADLINE": "Bring the due date forward, or check the notification date with your certifier.",
    "finding.NC_OVERDUE": "Non-conformity {id} was due on {date} and is not corrected yet.",
    "hint.NC_OVERDUE": "Update its status and evidence of correction, or tell your certifier about the delay.",
    "finding.NC_CORRECTED_NO_EVIDENCE": "Non-conformity {id} is “{status}”, but no evidence of correction is recorded.",
    "hint.NC_CORRECTED_NO_EVIDENCE": "Write in “{column}” what proves the correction (document, record, date): the "
    "certifier will ask for it.",
    "finding.NC_MINOR_NOT_LIFTED": "Minor non-conformity {id} is still open and the next audit is planned on {audit}: a "
    "minor non-conformity not lifted by the next audit becomes major.",
    "hint.NC_MINOR_NOT_LIFTED": "Carry out the corrective action and record its evidence before the audit.",
    "finding.NC_MINOR_ACCUMULATION": "{count} minor non-conformities from the audit of {audit} are still open: "
    "{threshold} or more minor non-conformities not lifted when the certifier decides "
    "count as a major one.",
    "hint.NC_MINOR_ACCUMULATION": "Correct enough of them to bring the number below {threshold}, starting with the "
    "quickest.",
    # Dates
    "finding.DATE_IN_FUTURE": "The date in “{column}” ({date}) is still to come (today is {today}), yet it records "
    "something that has already happened.",
    "hint.DATE_IN_FUTURE": "Check the date; the day and the month may have been swapped.",
    "finding.DUPLICATE_ID_ELSEWHERE": "The ID {id} is used twice in {what}: it is already on row {first_row} of "
    '{first_file} (sheet "{first_sheet}"), with different content.',
    "hint.DUPLICATE_ID_ELSEWHERE": "If one file is an older copy of the other, keep only the right one in the inbox; "
    "otherwise give this line its own ID.",
}
