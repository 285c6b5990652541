"""English texts of the demo: feedback, complaints, improvements, non-conformities."""

from __future__ import annotations

# Identifier prefixes: evidence, complaints, improvements, non-conformities.
PREFIXES = {"evidence": "E", "complaint": "C", "improvement": "I", "nonconformity": "NC"}
EDITION = "v{edition}, {day:%Y-%m-%d}"

ACTIONS: dict[str, str] = {
    "sa_pro": "Secrétaire assistant – professionalisation contracts",
    "gp_pro": "Gestionnaire de paie – professionalisation contracts",
    "gp_de": "Gestionnaire de paie – job seekers",
    "bc": "Skills assessment",
    "excel": "Advanced Excel (open course, subcontracted trainer)",
    "accueil": "Customer reception (in-company)",
}

COMMENTS: dict[str, str] = {
    "b_practical": "Lots of practical cases, trainers always available.",
    "t_group_level": "Mixed levels in office software: plan level groups.",
    "b_excel_pace": "Fast pace but exercises very useful day to day.",
    "c_visibility": "The tutor cannot see how the learner is progressing at the centre.",
    "b_equipment": "Slow computers in the computer room, we lose time.",
    "f_france_travail": "Annual review with France Travail: expectations on absence follow-up.",
    "b_bc_listening": "Excellent listening, my project is clear now.",
    "t_subcontractor_brief": "Teaching brief received late before the session.",
    "c_intra_adapted": "Content well adapted to our reception situations.",
    "b_cold_job": "Working in the target job for two months now.",
    "t_absences": "Tutors hear about work-linked learners' absences too late.",
    "b_bc_followup": "Project under way, further training found.",
    "c_tutor_booklet": "The liaison booklet makes contact with the centre easier.",
    "b_dsn": "Not enough DSN exercises.",
    "t_dsn": "Add DSN case studies from the partner firms.",
    "f_opco_attendance": "The OPCO asks for monthly attendance certificates.",
    "b_equipment_better": "New workstations: much more comfortable.",
    "b_cold_apply": "I use the phone reception techniques every day.",
    "t_bc_tools": "Renew the career-interest tests.",
    "b_exam_prep": "Good preparation for the professional file.",
    "c_work_period": "Trainee up and running from the second week.",
    "f_region_results": "The Region notes employment results above average.",
    "c_excel_use": "Staff use pivot tables every day.",
    "b_platform": "Hard to see where I am in my path on the platform.",
    "c_visits": "Useful half-yearly visit, clear goals for what comes next.",
    "t_liaison_booklet": "The digital booklet improves contact with tutors.",
    "b_bc_project": "Career change under way, the assessment made the difference.",
    "f_cpf_info": "CPF rules reminder: information on our sheets is compliant.",
    "t_room": "Room 2 too small for 12 trainees.",
    "f_opco_attendance_ok": "Attendance certificates received every month, compliant.",
    "c_hired": "Learner hired on a permanent contract at the end of the contract.",
    "b_dsn_better": "The DSN cases are very concrete.",
    "t_risk_single_trainer": "Only one trainer knows the payroll software: a risk if absent.",
    "b_cold_search": "Still looking, but got interviews through the network.",
    "f_france_travail_dropouts": "France Travail welcomes the low drop-out rate.",
    "t_violence_procedure": "Trainers need a quick-reference sheet on violence.",
    "b_welcome": "Clear welcome, contacts easy to identify.",
    "b_platform_ok": "Distance follow-up is clear now.",
}

# number -> (subject, description, answer)
COMPLAINTS: dict[int, tuple[str, str, str]] = {
    1: (
        "Joining notice received late",
        "The trainee received her joining notice two days before the course started.",
        "Apologies; joining notices now go out automatically 15 days before the start.",
    ),
    2: (
        "Learner's absence not reported to the tutor",
        "The tutor only learnt a week later that his learner had been absent from the centre.",
        "Absence alert to the tutor within 24 hours set up through the digital liaison booklet.",
    ),
    3: (
        "Incorrect invoice",
        "The OPCO reports a gap between hours invoiced and the attendance sheets.",
        "Invoice corrected and resent; attendance sheets now double-checked before invoicing.",
    ),
    4: (
        "Projector failure in room 1",
        "Incident: the projector broke down at the start of the Excel session.",
        "Session moved to room 2 within the hour; projector replaced the next day.",
    ),
    5: (
        "Skills-assessment appointment postponed without notice",
        "An assessment interview was postponed the day before because the consultant was "
        "unavailable.",
        "Apologies, new appointment within 5 days, 72-hour notice rule restated.",
    ),
    6: (
        "Cannot log in to the online platform",
        "A learner has been unable to open the distance modules for a week.",
        "",
    ),
}

# number -> (description, effectiveness check)
IMPROVEMENTS: dict[int, tuple[str, str]] = {
    1: (
        "Collect funders' and tutors' feedback every year (non-conformity on indicator 30 at "
        "the initial audit).",
        "All four stakeholder groups appear in the register for the last 12 months.",
    ),
    2: (
        "Replace six workstations in the computer room.",
        "Equipment score up from 3.2 to 4.2 / 5 at the next session.",
    ),
    3: (
        "Digital liaison booklet shared with tutors, with an absence alert within 24 hours.",
        "No absence discovered late since; tutors satisfied (8 / 10).",
    ),
    4: (
        "Send joining notices automatically 15 days before the start.",
        "100% of notices sent 15 days ahead over the next three sessions.",
    ),
    5: (
        "Double-check attendance sheets before any invoice to the OPCO.",
        "No invoice rejected in the last six months.",
    ),
    6: (
        "Bring our practice in line with V10: programme sheets, violence procedure, weekly "
        "follow-up of distance modules, self-assessment grid.",
        "",
    ),
    7: ("Train a second trainer on the payroll software (risk analysis).", ""),
    8: (
        "Add DSN case studies supplied by the partner firms.",
        "Payroll module score up from 3.9 to 4.4 / 5.",
    ),
}

# number -> (auditor's finding, root cause, corrective action, evidence, effectiveness)
NONCONFORMITIES: dict[int, tuple[str, str, str, str, str]] = {
    1: (
        "The office-software subcontractor's contract does not require compliance with the "
        "quality referential, and the subcontractor's work is not followed up.",
        "Contract copied from a pre-Qualiopi template; no process to select and follow up "
        "subcontractors.",
        "New standard agreement with a quality clause signed by both subcontractors; annual "
        "review grid; subcontractors attend team meetings.",
        "E-37 standard agreement, E-38 annual review; closure confirmed by the certifier.",
        "Annual review done for both subcontractors.",
    ),
    2: (
        "The published result indicators are neither dated nor given with the number of "
        "respondents.",
        "Published from an internal spreadsheet with no presentation rule.",
        "Results page redone: period, numbers and calculation method for every indicator.",
        'E-06 "Our results" page, E-07 {last_year} indicators.',
        "To be verified at the surveillance audit.",
    ),
    3: (
        "Feedback from funders and companies is not collected.",
        "Questionnaires were designed for trainees only.",
        "Annual exchange with each funder and a tutor questionnaire added.",
        "E-41 questionnaires, feedback register.",
        "To be verified at the surveillance audit.",
    ),
}
