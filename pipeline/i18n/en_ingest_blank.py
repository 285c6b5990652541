"""English texts of the blank workbooks: file names, instructions, help beside each field."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # File names (without extension); ASCII only, so they travel well between systems.
    "file.self-assessment": "self-assessment",
    "file.evidence": "evidence",
    "file.feedback": "feedback",
    "file.complaints": "complaints",
    "file.improvements": "improvements",
    "file.nonconformities": "nonconformities",
    # Titles
    "title.self-assessment": "Qualiopi self-assessment grid (referential {version}, "
    "{count} indicators)",
    "title.evidence": "Evidence list",
    "title.feedback": "Stakeholders' feedback register (indicator 30)",
    "title.complaints": "Complaint register (indicator 31)",
    "title.improvements": "Improvement actions (indicator 32)",
    "title.nonconformities": "Non-conformities and action plan",
    # What each workbook is for
    "about.self-assessment": "Describe your organisation (sheet {profile}) and, for each "
    "indicator, how you meet it and with which evidence (sheet "
    "{indicators}). This is the preparation the auditor expects: "
    "during the audit you read out your prepared answers.",
    "about.evidence": "List the evidence that shows how you meet the indicators. Each piece "
    "has an ID that the self-assessment grid cites.",
    "about.feedback": "Record the feedback you collect from every stakeholder group "
    "(beneficiaries, funders, teaching teams, companies), as indicator 30 "
    "requires.",
    "about.complaints": "Record the complaints, difficulties and incidents you receive and "
    "how you handled them, as indicator 31 requires.",
    "about.improvements": "Record the improvement actions drawn from feedback, complaints, "
    "audits and your watch, as indicator 32 requires.",
    "about.nonconformities": "Record the non-conformities raised by the auditor and your "
    "action plan to correct them.",
    # What to fill, per workbook
    "fill.self-assessment": 'Sheet {profile}: answer every field in the column "{value}". '
    "The yes/no answers about your activity decide which indicators "
    "apply.\nSheet {indicators}: one row per indicator. Give its "
    "status, your approach (what you do, how and how often), the IDs "
    "of its evidence from the evidence list, its owner and the date of "
    'the last review. Choose "{na}" only where the referential '
    "allows it and say why in the last column.\nThe official wording "
    "is the French text of the regulation; it is locked so that the "
    "grid stays faithful to it.",
    "fill.evidence": "One row per piece of evidence: an ID of your choice (for example "
    "P-001), its title, the indicators it supports, where it is (a path "
    "inside the evidence folder of the workspace, such as "
    "procedures/reception.pdf, or a web address), its date or version, its "
    "owner and the date by which it must be reviewed.",
    "fill.feedback": "One row per collection of feedback: its date, the stakeholder group, "
    "the action or session, how it was collected, the score and the scale "
    "it is out of (for example 8.5 out of 10), a comment, and the ID of the "
    "improvement action it led to, if any.",
    "fill.complaints": "One row per complaint: an ID, when it was received, from whom and "
    "how, its subject, when it was acknowledged and answered, the answer, "
    "when it was closed, its status, and the improvement action it led "
    "to, if any.",
    "fill.improvements": "One row per action: an ID (for example A-001, cited by the feedback "
    "and complaint registers), its source, what is done, who does it, "
    "by when, its status and how its effectiveness was checked.",
    "fill.nonconformities": "One row per non-conformity of the audit report: an ID, the "
    "audit date, the indicator, the grade (minor or major), the "
    "auditor's finding, its root cause, the corrective action, who "
    "does it, by when, its status, the evidence of correction and the "
    "effectiveness check.",
    # Common instructions
    "how.cells": "Cells with a light yellow background are for you to fill; grey cells are "
    "official text or labels and are locked.",
    "how.lists": "Closed lists: pick a value in the dropdown (you may also type it, in "
    "French or English).",
    "how.dates": "Dates: type them as {example} or pick a date; they are always read day "
    "first, never month first.",
    "how.several": "Several IDs or indicators in one cell: separate them with commas, for "
    'example "P-001, P-002" or "1, 2, 9".',
    "how.freedom": "You may rename this file and its sheets, reorder the columns, add rows, "
    "or gather several sheets in one workbook: each sheet is recognised by its "
    "column headers (or, for the profile, by its field labels). Do not change "
    "those headers.",
    "how.hidden": "Hidden rows and sheets are read like visible ones: delete what should not "
    "count.",
    "how.where": "When it is filled in, save it as an Excel Workbook (.xlsx) in the inbox "
    "folder of your workspace (inbox/, or inbox/<organisation>/ when you prepare "
    'several organisations). Then run "qualiopi-docs validate" to list what is '
    'missing, and "qualiopi-docs build" to produce the Word documents.',
    "how.computed": "The tool works out by itself which indicators apply (from the profile, "
    "not from formulas in the workbook), which referential version applies "
    "(from the planned audit date) and the links between the workbooks "
    "(evidence cited, improvements linked). Do not add formulas for these.",
    "blank.validation.title": "Value not in the list",
    "blank.validation.message": "Choose a value from the dropdown list.",
    "blank.required": "* required",
    "blank.help_header": "How to answer",
    # Help beside each profile field
    "help.profile.name": "As registered (Kbis or INSEE notice).",
    "help.profile.siret": "14 digits, of the establishment that holds the declaration.",
    "help.profile.declaration_number": "Declaration of activity number (11 digits).",
    "help.profile.address": "Postal address of the head office.",
    "help.profile.introduction": (
        "A few sentences presenting the organisation to the auditor; they open the preparatory "
        "document."
    ),
    "help.profile.quality_contact": "Name of the person in charge of quality.",
    "help.profile.category_af": "Yes if you deliver training actions.",
    "help.profile.category_bc": "Yes if you deliver skills assessments.",
    "help.profile.category_vae": "Yes if you support the validation of prior learning.",
    "help.profile.category_cfa": "Yes if you deliver apprenticeship training.",
    "help.profile.certifying": "Yes if some services prepare a professional certification "
    "registered in the RNCP (registered only in the RS: unconfirmed, answer as your certifier "
    "reads it).",
    "help.profile.work_linked": "Yes if you deliver work-linked training (alternance, "
    "professionalisation contracts...).",
    "help.profile.work_based": "Yes if you deliver training periods in a work situation (AFEST).",
    "help.profile.subcontracting": "Yes if you subcontract services or use umbrella "
    "employment (portage salarial).",
    "help.profile.short_trainings_only": "Yes only if every training lasts 2 days or less "
    "(indicator 12 then need not be met).",
    "help.profile.recognised_label": "Yes only if you hold a certification or label obtained "
    "under article R. 6316-3 as in force on 31 December 2018, still active: your initial audit "
    "is then reduced (arrêté of 6 June 2019, art. 10). Otherwise No.",
    "help.profile.new_entrant_af": "Yes only in your first year of activity, before your first "
    "BPF (bilan pédagogique et financier), or if this category is new to you (none in your last "
    "BPF). An established provider seeking its first certificate is not a new entrant. Answer "
    "per category: only the indicators of the categories answered Yes get the new-entrant "
    "treatment.",
    "help.profile.new_entrant_bc": "Yes if skills assessments are new to you (none in your last "
    "BPF, or first year of activity).",
    "help.profile.new_entrant_vae": "Yes if VAE support is new to you (none in your last BPF, or "
    "first year of activity).",
    "help.profile.new_entrant_cfa": "Yes if apprenticeship training is new to you (none in your "
    "last BPF, or first year of activity).",
    "help.profile.turnover": "Training turnover of the last financial year (BPF), in euros.",
    "help.profile.sites": "Number of sites where you deliver services.",
    "help.profile.certifier": "Name of the certification body.",
    "help.profile.audit_type": "Initial, surveillance or renewal audit.",
    "help.profile.audit_date": "Planned date of the audit: it decides the referential "
    "version (V10 from 01/11/2026).",
    "help.profile.certification_date": "Date of your current certificate, if you have one.",
}
