"""English texts of the demo: the evidence list (title, location) and the files' content."""

from __future__ import annotations

SITE = "https://www.atelier-horizon.example"
HEADER = "{organisation} – {edition} – owner: {owner}"

# number -> (title, location relative to the evidence folder or URL, file content)
EVIDENCE: dict[int, tuple[str, str, str]] = {
    1: (
        "{year} training catalogue",
        "catalogue/training-catalogue-{year}.pdf",
        "Titre professionnel Secrétaire assistant: 9 months, professionalisation contract or "
        "job seekers with 8 weeks in a company.\nTitre professionnel Gestionnaire de paie: "
        "7 months, same arrangements.\nSkills assessment: 24 hours over 8 to 12 weeks.\n"
        "Advanced Excel: 2 days. Customer reception: 3 days, in-company.\n"
        "For each course: prerequisites, objectives, recognition, prices, lead time, funding, "
        "contacts and accessibility.",
    ),
    2: ('"Our courses" page of the website', f"{SITE}/formations", ""),
    3: (
        "Programme sheet – Secrétaire assistant",
        "programmes/secretaire-assistant.md",
        "Recognition: level 4 titre professionnel (RNCP), Ministry of Labour.\n"
        "Prerequisites: end of lower secondary, comfortable with writing. Lead time: 4 to 6 "
        "weeks.\nObjectives: handle routine administration, reception, information management "
        "and HR administration.\nAssessment: case studies, practical exercises, titre exams.\n"
        "Accessibility: contact the disability referent.",
    ),
    4: (
        "Programme sheet – Gestionnaire de paie",
        "programmes/gestionnaire-de-paie.md",
        "Recognition: level 5 titre professionnel (RNCP), two skills blocks (CCP).\n"
        "Objectives: produce payslips, the DSN and social-security returns.\n"
        "Delivery: classroom, 20% distance learning, company period.\n"
        "Price: EUR 7,900; funding: professionalisation contract, France Travail, CPF.",
    ),
    5: (
        "Programme sheet – Skills assessment",
        "programmes/skills-assessment.md",
        "Legal framework: articles L. 6313-4 and R. 6313-4 of the Code du travail.\n"
        "Three phases: preliminary, investigation, conclusion; 24 hours including 18 hours of "
        "interviews.\nObjectives: analyse one's skills, build a realistic project, plan its "
        "implementation. The summary is given to the beneficiary only.",
    ),
    6: ('"Our results" page of the website', f"{SITE}/resultats", ""),
    7: (
        "{last_year} result indicators and calculation method",
        "results/result-indicators-{last_year}.pdf",
        "Secrétaire assistant: 14 candidates presented, 12 titres awarded (86%).\n"
        "Gestionnaire de paie: 11 presented, 9 awarded (82%), 3 blocks validated.\n"
        "Drop-out rate: 6% (drop-outs / starters of the year).\n"
        "Employment after 6 months: 78% (respondents in work / respondents, 41 of 48).\n"
        "End-of-course satisfaction: 4.4 / 5 (mean of end-of-course questionnaires).",
    ),
    8: (
        "Needs-analysis grid",
        "admission/needs-analysis-grid.md",
        "1. Career project and motivation.\n2. Background, qualifications, experience.\n"
        "3. The company's or funder's context, the tutor's expectations.\n"
        "4. Constraints (hours, mobility, childcare).\n"
        "5. Adaptation needs, including disability.\n6. Intended funding.",
    ),
    9: (
        "Preliminary interview notes (anonymised example)",
        "admission/interview-notes.txt",
        "Candidate: Ms L., 34, changing career after 10 years in retail.\n"
        "Host company: accounting firm, tutor present.\n"
        "Need: Gestionnaire de paie under a professionalisation contract.\n"
        "Points of attention: Excel refresher; hours compatible with childcare.\n"
        "Decision: starts in the March session, with a reinforced Excel module.",
    ),
    10: (
        "Programme / certification standard cross-reference",
        "certification/cross-reference.md",
        "| Sequence | Skill of the standard | Assessment |\n|---|---|---|\n"
        "| S1 Reception | Welcome and direct visitors | Practical exercise |\n"
        "| S4 Payroll | Produce payslips | Case study |\n"
        "Updated with every new version of the titre's standard.",
    ),
    11: (
        "Approval of the centre for titre professionnel exam sessions",
        "certification/centre-approval.pdf",
        "Approval of Atelier Horizon Formation to hold exam sessions for the Secrétaire "
        "assistant and Gestionnaire de paie titres professionnels.\nValid for 5 years. "
        "Equipment inspected during the approval visit.",
    ),
    12: (
        "Entry placement test",
        "admission/placement-test.md",
        "30-question quiz (written French, arithmetic, office software) and a 15-minute "
        "practical exercise.\nOutcome: standard, shortened or reinforced path, confirmed at "
        "interview.",
    ),
    13: (
        "Welcome booklet",
        "welcome/welcome-booklet.pdf",
        "Welcome to Atelier Horizon. Hours: 9:00-12:30, 13:30-17:00.\n"
        "Your contacts: training Julien Besson, administration Nadia Perrin, disability "
        "Samira Haddad.\nOnline platform, internal rules, access and parking.\n"
        "What to do in case of difficulty, violence or discrimination.",
    ),
    14: (
        "Internal rules",
        "welcome/internal-rules.md",
        "Articles L. 6352-3 ff. of the Code du travail.\nAttendance, health and safety, "
        "discipline, trainee representation.\nAny form of harassment, violence or "
        "discrimination is forbidden and must be reported.",
    ),
    15: (
        "Standard joining notice",
        "welcome/joining-notice.txt",
        "Subject: your course starts on [date] at 9:00.\nAttached: welcome booklet, internal "
        "rules, timetable.\nContact: accueil@atelier-horizon.example",
    ),
    16: (
        "Learning log",
        "follow-up/learning-log.md",
        "Monthly one-to-one reviews: progress, difficulties, actions agreed.\n"
        "Office-software level groups, reviewed halfway.\n"
        "Signed by the learner and the lead trainer.",
    ),
    17: (
        "Individual adaptation plan (template)",
        "disability/individual-adaptation-plan.md",
        "Need expressed, adjustments (time, materials, workstation), partners involved, "
        "mid-course review. Drawn up with the disability referent and the person concerned.",
    ),
    18: (
        "Assessment grids",
        "assessment/assessment-grids.md",
        "One grid per module: observable criteria, expected level, mark.\n"
        "Final assessment before the titre exam; results recorded in the learning log.",
    ),
    19: (
        "Skills-assessment summary and 6-month follow-up templates",
        "skills-assessment/summary-and-follow-up.md",
        "Summary: circumstances, skills identified, chosen project, implementation steps.\n"
        "6-month interview: progress of the project, difficulties, needs.",
    ),
    20: (
        "Drop-out prevention procedure",
        "procedures/drop-out-prevention.md",
        "1. Any unexplained absence: phone call within 24 hours.\n2. Second warning sign "
        "(absence, lateness, falling results): interview with the head of training.\n"
        "3. Work-linked learners: call with the tutor within 8 days.\n4. Reminders recorded.",
    ),
    21: (
        "Procedure on violence, harassment and discrimination",
        "procedures/violence-prevention.md",
        "Scope: any situation of violence, including sexist and sexual violence, harassment or "
        "discrimination, at the centre or in the company.\n"
        "Referents: Claire Morel and Samira Haddad.\nReporting: interview within 48 hours, "
        "protective measures, authorities informed when needed, written follow-up.",
    ),
    22: (
        "Work-linked liaison booklet",
        "work-linked/liaison-booklet.md",
        "Tasks entrusted in the short, medium and long term, agreed with the tutor.\n"
        "Progress at the centre and in the company per period; signed by tutor and trainer.",
    ),
    23: (
        "{year} company visit reports",
        "work-linked/company-visits-{year}.txt",
        "12 visits over the last six months.\nExample: accounting firm, payroll learner; tasks "
        "match the booklet, growing autonomy; next step: supervised monthly DSN.",
    ),
    24: (
        "Information for candidates on the exams",
        "certification/candidate-information.md",
        "How it runs: practical test, technical interview, professional file, final "
        "interview.\nRegistration calendar, documents required, adjustments available for "
        "candidates with disabilities.",
    ),
    25: (
        "Report of the June exam session",
        "certification/june-session-report.pdf",
        "Gestionnaire de paie titre professionnel session.\n11 candidates presented, 9 titres "
        "awarded, 2 certificates of professional competence.\nPanel of two approved "
        "professionals.",
    ),
    26: (
        "Public accessibility register",
        "premises/accessibility-register.md",
        "Category 5 public building, step-free access.\nServices: reception, classrooms, "
        "adapted toilets; staff trained to welcome people with disabilities.",
    ),
    27: (
        "Occupational risk assessment (document unique)",
        "premises/risk-assessment.pdf",
        "Training work unit: screen work, slips and trips, psychosocial risks.\n"
        "Actions: workstation set-up, manual handling training.\n"
        "Next annual update to be scheduled.",
    ),
    28: (
        "Functional organisation chart and referents",
        "organisation/organisation-chart.md",
        "Management and quality: Claire Morel. Training: Julien Besson.\nCompany relations and "
        "disability: Samira Haddad. Skills assessments: Thomas Leroy.\nAdministration: Nadia "
        "Perrin. Subcontracted trainers: office software, payroll software.",
    ),
    29: (
        "Team meeting minutes",
        "organisation/team-meeting-minutes.txt",
        "Present: permanent team, two subcontracted trainers.\nAgenda: quarterly timetables, "
        "work-linked learners in difficulty, preparing the exam session.\n"
        "Decisions: two trainers together for the DSN module.",
    ),
    30: (
        "Online platform access guide",
        "resources/platform-guide.md",
        "Login, learning paths, resources per module, forum, email support within 48 hours. "
        "5-minute video tutorial.",
    ),
    31: (
        "Weekly follow-up of distance modules",
        "resources/distance-module-follow-up.txt",
        "Last week: 23 learners, 21 active, 2 called by phone.\nModule completion rate: 91%.",
    ),
    32: (
        "Trainer selection and review grid",
        "hr/trainer-grid.md",
        "Criteria: qualification, 5 years in the trade, adult-training experience, disability "
        "awareness.\nAnnual review: feedback, observed session, interview.",
    ),
    33: (
        "{year} skills development plan",
        "hr/skills-development-plan-{year}.md",
        "Preventing sexist and sexual violence: whole team.\n"
        "Digital accessibility of materials: 2 trainers.\nPayroll updates: payroll trainer. "
        "Quarterly practice-analysis group.",
    ),
    34: (
        "Regulatory watch log",
        "watch/regulatory-watch.md",
        "| Date | Source | Change | Impact | Action |\n|---|---|---|---|---|\n"
        "| Aug 2026 | Légifrance | Décret n° 2026-728, quality referential V10 | 12 indicators "
        "changed, indicator 33 added | Revise grid and procedures |",
    ),
    35: (
        "Jobs and skills watch note",
        "watch/jobs-watch.md",
        "Payroll: DSN everywhere, online payroll tools on the rise.\n"
        "Secretarial: paperless offices, remote customer relations.\n"
        "Consequences: stronger DSN module, exercises on online software.",
    ),
    36: (
        "Disability partner directory and referent appointment",
        "disability/disability-partners.md",
        "Disability referent: Samira Haddad, appointed by the director, trained in {last_year}.\n"
        "Partners: Agefiph, Cap emploi, MDPH, Ressource Handicap Formation.",
    ),
    37: (
        "Standard subcontracting agreement",
        "subcontracting/standard-agreement.md",
        "Tasks, content, resources, follow-up, duration, period, price.\n"
        "Quality clause: the subcontractor complies with the national quality referential for "
        "the tasks entrusted and supplies the evidence requested.",
    ),
    38: (
        "Annual review of subcontractors",
        "subcontracting/subcontractor-review.txt",
        "Office-software trainer: feedback 4.5 / 5, observed session satisfactory.\n"
        "Payroll trainer: feedback 4.3 / 5, documents up to date.",
    ),
    39: (
        "Partnership agreements with companies",
        "partnerships/agreements.md",
        "Eight partner companies: host trainees and work-linked learners, sit on the steering "
        "committee and on practical-exam panels.",
    ),
    40: (
        "Steering committee minutes",
        "partnerships/steering-committee-minutes.md",
        "Attendees: 6 companies, France Travail, teaching team.\n"
        "Decisions: calendar of company periods, stronger DSN content, case studies supplied "
        "by the firms.",
    ),
    41: (
        "Feedback questionnaires",
        "feedback/questionnaires.md",
        "End of course (/5), after 3 months (/10), end of skills assessment and after 6 months "
        "(/10), tutors (/10), trainers (/5), outline of the annual exchange with funders.",
    ),
    42: (
        "Quarterly feedback summary",
        "feedback/quarterly-summary.md",
        "Beneficiaries 4.4 / 5 at end of course; companies 8.4 / 10; trainers 4.4 / 5.\n"
        "Improvements chosen: online platform, violence prevention.",
    ),
    43: (
        "Complaints and incidents procedure",
        "procedures/complaints-and-incidents.md",
        "Received through any channel, entered in the register, acknowledged within 2 working "
        "days, analysed, answered within 15 days, closed, improvement action when needed. "
        "Mediation available.",
    ),
    44: (
        "Risk analysis of training quality",
        "improvement/risk-analysis.md",
        "| Risk | Likelihood | Severity | Measure |\n|---|---|---|---|\n"
        "| Reliance on a single payroll trainer | high | high | train a second trainer |\n"
        "| Drop-outs in work-linked training | medium | high | absence alert within 24 h |",
    ),
    45: (
        "Quality review minutes",
        "improvement/quality-review.md",
        "Analysis of the quarter: feedback, complaints, drop-outs, watch.\n"
        "Decisions: V10 compliance, second payroll trainer.",
    ),
}
