"""English texts of the Word documents: computed labels, template text, template errors."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # File names and titles
    "doc.file.preparation": "audit-preparation.docx",
    "doc.file.action_plan": "nonconformity-action-plan.docx",
    "doc.file.feedback_register": "feedback-register.docx",
    "doc.file.complaint_register": "complaint-register.docx",
    "doc.file.improvement_register": "improvement-register.docx",
    "doc.file.companion": "audit-preparation-internal.docx",
    "doc.file.validation_report": "validation-report.docx",
    "doc.title.preparation": "Audit preparation",
    "doc.title.action_plan": "Non-conformity action plan",
    "doc.title.feedback_register": "Feedback register (indicator 30)",
    "doc.title.complaint_register": "Complaint register (indicator 31)",
    "doc.title.improvement_register": "Improvement register (indicator 32)",
    "doc.title.companion": "Audit preparation — internal notes (do not send)",
    "doc.title.validation_report": "Validation report",
    # Values
    "doc.todo": "TO COMPLETE",
    "doc.days.one": "{n} day",
    "doc.days.other": "{n} days",
    "doc.euros": "€{amount}",
    "doc.severity.error": "Error",
    "doc.severity.warning": "Warning",
    "doc.period.range": "From {start} to {end}",
    "doc.period.until": "Up to {end}",
    # An indicator's status: the grid's words (choice.status.*), and the one only the
    # non-conformity register decides
    "doc.status.open_nc": "Open non-conformity",
    "doc.status.with_reasons": "{status}: {reasons}",
    "doc.status.reason.error": "entry to correct in the workbooks",
    "doc.status.reason.evidence": "evidence to correct",
    "doc.status.reason.no_evidence": "no evidence cited",
    "doc.status.reason.no_approach": "approach to describe",
    "doc.status.reason.declared": "status “{status}” in the self-assessment grid",
    "doc.status.reason.undeclared": "no status in the self-assessment grid",
    "doc.evidence.none": "No evidence cited: TO COMPLETE",
    "doc.evidence.unknown": "Not in the evidence list: TO COMPLETE",
    "doc.feedback.score_invalid": "Score outside its scale: TO COMPLETE",
    "doc.evidence.outside": "Location outside the evidence folder: TO COMPLETE",
    "doc.evidence.missing": "File not found in the evidence folder: TO COMPLETE",
    "doc.nc.line": "{id} ({grade}, {status}): {finding}",
    # What matters at the audit
    "doc.grading.major_only": "Only a major non-conformity can be raised on this indicator.",
    "doc.grading.minor_or_major": "A minor or a major non-conformity can be raised on this indicator.",
    "doc.grading.provisional": "Provisional grading: the V9 rule is applied (see the "
    "referential's provenance).",
    "doc.grading.overridden": "(Grading set in qualiopi.toml.)",
    "doc.note.new_entrant.categories": "(New entrant for: {categories}.)",
    "doc.note.new_entrant.initial": "New entrant: at this initial audit the auditor checks that the process is "
    "formalised; its implementation is checked at the surveillance audit. {rule}",
    "doc.note.new_entrant.surveillance": "New entrant: this surveillance audit checks the implementation of what was "
    "formalised at the initial audit. {rule}",
    "doc.note.remark": "Note: {text}",
    "doc.note.uncertain": "Uncertain: {text}",
    "doc.note.subcontracting": "Subcontracting: {text}",
    "doc.note.examples": "Examples of evidence (reading guide V9, in French): {text}",
    "doc.change.new": "New indicator in V10.",
    "doc.change.substantive": "Wording changed in substance in V10.",
    "doc.change.form": "Wording changed in form only in V10.",
    "doc.change.none": "Unchanged in V10.",
    "doc.improvements.none": "No improvement action is recorded.",
    "doc.improvements.no_risk_analysis": "V10 indicator 32 also asks for a risk analysis of the quality of the training "
    "delivered: no action drawn from a risk analysis is recorded.",
    "doc.improvements.risk_analysis": "V10 indicator 32 also asks for a risk analysis of the quality of the training "
    'delivered: the actions drawn from it are those whose source is "Risk analysis".',
    "doc.improvements.register_none": "No improvement action recorded.",
    # Calendar and duration
    "doc.calendar.certified": "Certification date: {date}.",
    "doc.calendar.from_audit": "No certification date yet: dates estimated from the audit of "
    "{date}; the certificate's date will set them.",
    "doc.calendar.unknown": "No certification date and no audit date: the calendar cannot be "
    "computed (TO COMPLETE in the profile).",
    "doc.calendar.surveillance": "Surveillance audit between {start} and {end} (month {first} "
    "to month {last}).",
    "doc.calendar.renewal": "Renewal audit before {date} (the certificate is valid {years} years).",
    "doc.calendar.rule": "{window} Certification is valid {years} years; the renewal audit is "
    "held before it expires.",
    "doc.duration.note": "This is an estimate: the certifier confirms the real duration.",
    "doc.duration.confirmed": "Duration confirmed by the certifier.",
    "doc.duration.confirmed_rule": "Set in the workspace settings ([audit_duration] days).",
    "doc.duration.not_for_type": "No estimate for this type of audit: the duration rule used covers only initial and renewal audits.",
    "doc.duration.no_turnover": "No estimate: the last turnover, which sets the duration, is missing in the profile (TO COMPLETE).",
    "doc.duration.unknown_rule": 'Unknown rule "{wanted}" in qualiopi.toml: "{used}" used.',
    "doc.duration.rule": 'Rule "{id}": {note}',
    "doc.duration.surveillance_unknown": "No estimate for a surveillance audit: the regulation sets no standard duration, the certifier states it.",
    "doc.duration.surveillance_new_entrant": "No estimate for a surveillance audit: the regulation sets no standard duration (the certifier states it), except that a new entrant’s is {extra} longer.",
    "doc.duration.base": "{days} (turnover {band})",
    "doc.duration.category": "{days} ({category})",
    "doc.duration.sites": "{days} × {count} site(s) sampled out of {sites}",
    "doc.duration.sites_additional": "{days} × {count} site(s) beyond the first (out of {sites})",
    "doc.duration.reduced_rule": "Reduced initial audit of a provider holding a recognised "
    "label: the duration table of the arrêté of 6 June 2019, art. 10 (0.5 day per sampled site; "
    "a single site adds nothing).",
    "doc.duration.reduced_base": "{days} (reduced initial audit, turnover {band})",
    "doc.scope.mark": "★",
    "doc.scope.legend.reduced": "{mark} marks the {count} of the {applicable} applicable "
    "indicators that this reduced initial audit checks (arrêté of 6 June 2019, art. 10); the "
    "others are reviewed at the surveillance audit.",
    "doc.scope.legend.surveillance": "{mark} marks the {count} of the {applicable} applicable "
    "indicators in the surveillance audit’s minimum scope; the auditor may still check the "
    "others.",
    "doc.band.under": "under {top}",
    "doc.band.between": "from {low} to under {top}",
    "doc.band.over": "{low} or more",
    # Action plan
    "doc.plan.none": "No non-conformity recorded.",
    "doc.plan.minor_warning": "Warning: {count} minor non-conformities are open. From {threshold} minor "
    "non-conformities not lifted when the certifier decides, they count as a major one: "
    "correct enough of them within 3 months to bring the count below {threshold}.",
    "doc.plan.default_deadline.major": "Default deadline: {months} months after the audit of {audit} (major "
    "non-conformity); confirm it with the certifier.",
    "doc.plan.default_deadline.minor": "Default deadline: {months} months after the audit of {audit} (minor "
    "non-conformity); confirm it with the certifier.",
    # Registers
    "doc.linked.complaints": "complaints {ids}",
    "doc.linked.feedback.one": "{n} feedback entry",
    "doc.linked.feedback.other": "{n} feedback entries",
    "doc.linked.none": "No linked improvement action.",
    "doc.feedback.none": "No feedback recorded.",
    "doc.feedback.score": "{score} / {scale}",
    "doc.feedback.scale": "Mean scores are computed from each entry's score and scale, "
    "expressed out of {scale}.",
    "doc.feedback.rule.all": "Indicator 30 asks for the feedback of the four stakeholder "
    "groups: beneficiaries, funders, teaching teams and companies.",
    "doc.feedback.rule.bc_only": "Skills assessments only: the feedback of the beneficiaries and "
    "of the teaching teams is required (reading guide V9).",
    "doc.feedback.rule.v10_funders": 'V10: funders\' feedback "where applicable".',
    "doc.feedback.requirement.required": "Required",
    "doc.feedback.requirement.where_applicable": "Where applicable",
    "doc.feedback.requirement.not_required": "Not required",
    "doc.feedback.covered": "Covered",
    "doc.feedback.not_required_empty": "No entry (not required)",
    "doc.feedback.missing.required": "No entry: TO COMPLETE",
    "doc.feedback.missing.where_applicable": "No entry: justify if this group is not involved",
    "doc.feedback.rule.companies": "Companies' feedback is required where a company is involved "
    "(work-linked training, apprenticeship, intra-company actions); the profile shows none, so "
    "it is asked for where applicable.",
    "doc.complaints.none": "No complaint received during the period.",
    # Validation report
    "doc.count.errors.one": "{n} error",
    "doc.count.errors.other": "{n} errors",
    "doc.count.warnings.one": "{n} warning",
    "doc.count.warnings.other": "{n} warnings",
    "doc.validation.file_counts": "{errors}, {warnings}",
    "doc.validation.verdict.ok": "No error: the documents are built. {warnings} to review.",
    "doc.validation.verdict.errors": "{errors} and {warnings}: correct the errors in the workbooks; "
    "the documents show what is missing.",
    "doc.validation.none": "No finding: the workbooks are complete and consistent.",
    "doc.validation.no_file": "Workspace",
    "doc.count.conflicts.one": "{n} passage",
    "doc.count.conflicts.other": "{n} passages",
    "doc.validation.conflicts": "{count} changed both by hand in Word and in the workbooks since "
    "the last build: the text written by hand is kept and the new text from the workbooks follows "
    "it, highlighted, with a comment. In each document, keep the version you want and delete the "
    "other.",
    "doc.validation.conflict.deleted": "(deleted by hand)",
    "doc.validation.conflict.removed": "(no longer in the workbooks)",
    "doc.skip.profile": "The profile sheet of the self-assessment grid is missing or "
    "unreadable: put the grid in the inbox (see the findings above).",
    "doc.skip.indicators": "The indicators sheet of the self-assessment grid is missing or "
    "unreadable: put the grid in the inbox (see the findings above).",
    "doc.skip.sheet": 'No "{sheet}" sheet in the inbox: add that workbook to produce it.',
    # Template errors ({template}, {tag}, {place}, {other}, {detail}; braces doubled)
    "tpl.packaged": "packaged template {name}",
    "tpl.error.not_docx": "The template {template} cannot be read as a Word document ({detail}).",
    "tpl.hint.not_docx": "Open it in Word and save it again as a .docx document, or remove it "
    "from templates/docx/ to use the packaged template.",
    "tpl.error.outside": "The template {template} points outside the workspace.",
    "tpl.hint.outside": "Put a real file in templates/docx/, not a link.",
    "tpl.error.quotes": "The template {template} has typographic quotes inside the tag "
    "\u201c{tag}\u201d (paragraph \u201c{place}\u201d).",
    "tpl.hint.quotes": "Retype the quotes of that tag as straight quotes \" or ' (Word: "
    "File > Options > Proofing > AutoCorrect Options > AutoFormat As You "
    'Type, untick "Straight quotes with smart quotes").',
    "tpl.error.rich": "The template {template} uses the tag \u201c{tag}\u201d (paragraph "
    "\u201c{place}\u201d), which inserts rich text these documents do not "
    "provide.",
    "tpl.hint.rich": "Write the variable as {{{{ name }}}}, without the letter after the braces.",
    "tpl.error.split_tag": "In the template {template}, the tag \u201c{tag}\u201d is not "
    "closed in its paragraph (\u201c{place}\u201d).",
    "tpl.hint.split_tag": "Write each tag whole, in one paragraph: {{{{ … }}}} or {{% … %}}; "
    "check for a missing or extra brace.",
    "tpl.error.outside_tr": "In the template {template}, the tag \u201c{tag}\u201d "
    "(\u201c{place}\u201d) is not in a table row.",
    "tpl.hint.outside_tr": "{{%tr … %}} repeats or hides a table row: put it in a row of its "
    "own, or use {{%p … %}} outside tables.",
    "tpl.error.outside_tc": "In the template {template}, the tag \u201c{tag}\u201d "
    "(\u201c{place}\u201d) is not in a table cell.",
    "tpl.hint.outside_tc": "{{%tc … %}} repeats a table cell: put it in a cell of its own.",
    "tpl.error.not_alone_tr": "In the template {template}, the row holding \u201c{tag}\u201d "
    "also holds \u201c{other}\u201d, which would be lost: the whole "
    "row is removed when the document is generated.",
    "tpl.hint.not_alone_tr": "Put {{%tr for … %}} alone in a row above the repeated row, and "
    "{{%tr endfor %}} alone in a row below it.",
    "tpl.error.not_alone_tc": "In the template {template}, the cell holding \u201c{tag}\u201d "
    "also holds \u201c{other}\u201d, which would be lost.",
    "tpl.hint.not_alone_tc": "Put {{%tc … %}} alone in its cell.",
    "tpl.error.not_alone_p": "In the template {template}, the paragraph holding "
    "\u201c{tag}\u201d also holds \u201c{other}\u201d, which would be "
    "lost: the whole paragraph is removed when the document is "
    "generated.",
    "tpl.hint.not_alone_p": "Put {{%p … %}} alone in its own paragraph.",
    "tpl.error.xml": "The template {template} has an XML structure this tool cannot follow "
    "(near {tag}).",
    "tpl.hint.xml": "Open it in Word and save it again as a .docx document.",
    "tpl.error.loop_rows": "In the template {template}, \u201c{tag}\u201d (in \u201c{place}"
    "\u201d) and its \u201c{other}\u201d are in different table rows: "
    "a loop in a table needs {{%tr %}}.",
    "tpl.hint.loop_rows": "Write {{%tr for … %}} alone in a row above the repeated row and "
    "{{%tr endfor %}} alone in a row below it (same for {{%tr if %}}).",
    "tpl.error.loop_cells": "In the template {template}, \u201c{tag}\u201d (in \u201c{place}"
    "\u201d) and its \u201c{other}\u201d are in different table "
    "cells.",
    "tpl.hint.loop_cells": "To repeat rows use {{%tr for … %}} … {{%tr endfor %}} in rows of "
    "their own; to repeat cells use {{%tc for … %}} … {{%tc endfor %}}.",
    "tpl.error.loop_paragraphs": "In the template {template}, \u201c{tag}\u201d (in "
    "\u201c{place}\u201d) and its \u201c{other}\u201d are in "
    "different paragraphs.",
    "tpl.hint.loop_paragraphs": "Put {{%p for … %}} (or {{%p if … %}}) alone in a paragraph and "
    "{{%p endfor %}} (or {{%p endif %}}) alone in another.",
    "tpl.error.unclosed": "In the template {template}, \u201c{tag}\u201d (in \u201c{place}"
    "\u201d) is never closed.",
    "tpl.hint.unclosed": "Add its end tag ({{% endif %}}, {{% endfor %}}…), in the same "
    "paragraph, or alone in a paragraph of its own with {{%p endif %}}.",
    "tpl.error.syntax": "The template {template} has a tag Word cannot fill near "
    "\u201c{place}\u201d: {detail}.",
    "tpl.hint.syntax": "Check the spelling of the tags there, and that each {{% if %}} or "
    "{{% for %}} has its {{% endif %}} or {{% endfor %}}.",
    "tpl.error.unknown_variable": "The template {template} uses an unknown variable "
    "\u201c{tag}\u201d (near \u201c{place}\u201d).",
    "tpl.hint.unknown_variable": "Check the spelling; this document's variables are: {detail} "
    "(described in docs/templates.md). For an optional value write "
    '{{{{ name|default("") }}}} or {{% if name is defined %}}.',
    "tpl.error.undefined": "The template {template} uses {detail}, which does not exist, near "
    "\u201c{place}\u201d.",
    "tpl.hint.undefined": "The variables of each document are listed in docs/templates.md: "
    "check the spelling.",
    "tpl.error.unsafe": "The template {template} tries something templates may not do near "
    "\u201c{place}\u201d ({detail}).",
    "tpl.hint.unsafe": "A template can only show the document's variables: remove that tag.",
    "tpl.error.loop_limit": "The template {template} repeats a loop without end near "
    "\u201c{place}\u201d ({detail}).",
    "tpl.detail.loop_limit": "limit: {limit} repetitions",
    "tpl.detail.recursion": "a macro calls itself without end",
    "tpl.detail.memory": "it needs more memory than this computer has",
    "tpl.hint.loop_limit": "Loop over the document's lists (for example {{% for e in entries "
    "%}}), not over large ranges or nested loops.",
    "tpl.error.budget": "Filling the template {template} was stopped near \u201c{place}\u201d "
    "({detail}).",
    "tpl.detail.budget.time": "it took longer than {seconds} seconds",
    "tpl.detail.budget.memory": "it produced more than {megabytes} MB of text",
    "tpl.detail.budget.stopped": "qualiopi-docs was asked to stop",
    "tpl.hint.budget": "Simplify the loops and filters there (wordwrap, replace, join...); if "
    "the document really is that large, raise max_seconds or max_megabytes in the [render] "
    "section of qualiopi.toml.",
    "tpl.error.runtime": "The template {template} cannot be filled near \u201c{place}\u201d: "
    "{detail}.",
    "tpl.hint.runtime": "Check the tags there against docs/templates.md.",
    "tpl.error.output_xml": "Once filled, the template {template} does not give a valid Word "
    "document ({detail}).",
    "tpl.hint.output_xml": "Check the {{%p %}}, {{%tr %}} and {{%r %}} tags: each must be alone "
    "in its paragraph, row or run.",
    "tpl.notice.quotes": "The template {template} has typographic quotes in its tags (for "
    "example \u201c{tag}\u201d): they are read as straight quotes.",
}
