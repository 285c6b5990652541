"""English texts of the demo: the organisation's profile and its approach to each indicator."""

from __future__ import annotations

ADDRESS = "12 rue des Tanneurs, 49100 Angers, France"
QUALITY_CONTACT = "Claire Morel, director and quality lead (qualite@atelier-horizon.example)"
CERTIFIER = "Certi-Ouest Qualité (fictional certification body)"
NOT_APPLICABLE = (
    "Indicator for apprenticeship training only: Atelier Horizon Formation is not "
    "an apprenticeship training centre (CFA)."
)

APPROACHES: dict[int, str] = {
    1: "Every training course and the skills assessment have a programme sheet published on our "
    "website and in the catalogue: prerequisites, objectives, type of recognition "
    "(titre professionnel, RNCP code, certifying body), duration, teaching and funding "
    "arrangements, lead time, prices, contacts, methods, assessment and accessibility for "
    "people with disabilities. The director reviews the sheets every quarter with a checklist "
    "that also makes sure nothing can mislead (funding, further study).",
    2: "Every January we publish on the website, per course, the satisfaction, drop-out, "
    "certification and 6-month employment rates. Each figure comes with its calculation "
    "method (period, number of respondents, denominator), as the V10 wording now requires.",
    3: "For the Secrétaire assistant and Gestionnaire de paie titres professionnels, the "
    "programme sheets and the results page give the pass rate against candidates presented, "
    "the option of validating skills blocks (CCP), equivalences and bridges, further study "
    "(work-linked BTS) and the jobs our learners went on to. The rates are updated after every "
    "exam session.",
    4: "Every request starts with a preliminary interview using our needs-analysis grid "
    "(project, context, constraints, funding, adaptation needs), together with the company or "
    "the funder when they are involved. For work-linked learners the tutor attends; the "
    "interview notes go into the learner's file and shape our proposal.",
    5: "The operational, assessable objectives of each programme are written from the skills of "
    "the certification's standard (action verb, conditions, success criteria). For skills "
    "assessments, the objectives of the three phases are set out in the agreement signed "
    "with the beneficiary.",
    6: "Each course's teaching plan describes sequences, durations, methods and delivery "
    "(classroom, distance, periods in a company); the work-linked calendar is given to the "
    "employer. Possible adaptations (pace, materials, arrangements for people with "
    "disabilities) are planned and settled after the preliminary interview.",
    7: "A cross-reference table links each sequence to the skills and assessment criteria of "
    "the titre's standard and is updated with every new version of the titre. We are an "
    "approved centre for the exam sessions of both titres, which proves our capacity to "
    "deliver the certification, as V10 now requires.",
    8: "On entry every candidate takes a placement test (quiz and practical exercise) followed "
    "by an interview with the head of training. The results set the learning path and any "
    "shortened or reinforced modules, and are recorded in the admission file together with "
    "the check of prerequisites.",
    9: "A notice goes out 15 days before the start with the welcome booklet, the internal rules, "
    "the timetable, the names of the training, administrative and disability contacts, and "
    "the login to the online platform. A welcome morning goes through all of this on day one.",
    10: "The learning log records monthly one-to-one reviews, level groups in office software "
    "and changes of pace. For people with disabilities, an individual adaptation plan is "
    "drawn up with the disability referent; in skills assessments the consultant adapts the "
    "pace of the sessions to the beneficiary's project.",
    11: "Learning is assessed during the course (case studies, practical exercises) and at the "
    "end with criteria-based grids; exam results and the award of titres are tracked. In "
    "skills assessments the summary checks that objectives were met, and a follow-up "
    "interview is offered after 6 months.",
    12: "Our drop-out prevention procedure means a phone call within 24 hours of any absence, "
    "recorded reminders, an interview at the second warning sign and tutor–learner "
    "meetings. Since V10, a procedure to prevent and handle violence, including sexist and "
    "sexual violence, harassment and discrimination is handed out on entry, with two "
    "named referents and a reporting channel.",
    13: "For every professionalisation contract, a liaison booklet shared by the learner, the "
    "tutor and the lead trainer sets the tasks entrusted in the short, medium and long term "
    "and tracks progress. We visit each company every semester and a monthly phone call "
    "coordinates learning between the centre and the workplace.",
    16: "Candidates are told on entry how the exam runs (practical test, professional file, "
    "final interview). We register them for sessions on time, check their professional "
    "files are complete, request exam adjustments where needed and file the session "
    "reports.",
    17: "Our premises in Angers (two classrooms, a 12-seat computer room, a closed office for "
    "skills assessments) are accessible and described in the public accessibility register. "
    "Risks are assessed in the occupational risk assessment; for sessions at a client's "
    "site, a checklist confirms the material conditions before the start.",
    18: "The functional organisation chart sets out roles (management and quality, training, "
    "company relations and disability, administration) and the lead for each course. A "
    "monthly team meeting with in-house and subcontracted trainers coordinates timetables, "
    "logistics and learner follow-up; its minutes are filed.",
    19: "Learners use the online platform (course materials, exercises, practical sheets, RNCP "
    "sheets) with a tutorial and support within 48 hours. For distance modules, the head of "
    "training checks connection and completion logs every week and contacts inactive "
    "learners (a V10 requirement); each course has a lead trainer who coordinates the "
    "contributors.",
    21: "A selection grid defines the skills expected of each trainer (qualification, "
    "experience of the trade, experience of adult training); CVs and certificates are kept "
    "up to date, subcontractors included. Every trainer is reviewed once a year from "
    "learners' feedback and an observed session.",
    22: "The {year} skills development plan comes from the professional reviews: prevention of "
    "sexist and sexual violence, digital accessibility, payroll updates. A practice-analysis "
    "group brings the teaching team together every quarter.",
    23: "The director keeps a dated regulatory watch (Centre Inffo, travail-emploi.gouv.fr, "
    "France compétences, Légifrance) recording, for each change, its impact and the action "
    "decided. Décret n° 2026-728 thus led us to revise the self-assessment grid, the "
    "programme sheets and the procedure on violence.",
    24: "We follow how secretarial and payroll jobs evolve (job profiles, the sector "
    "observatory, the steering committee with partner companies). Findings are recorded in "
    "a watch note and built into programmes, for example the module on the monthly social "
    "declaration (DSN).",
    25: "The head of training is in charge of watching teaching and technology innovations "
    "(webinars, regional trainers' network, trials of tools). The minutes of the autumn "
    "watch group still have to be written up before the audit.",
    26: "Our disability referent, appointed and trained, works with the local partners listed in "
    "our directory (Agefiph, Cap emploi, MDPH, Ressource Handicap Formation). Every need "
    "spotted at the preliminary interview leads to an individual adaptation plan; when we "
    "cannot host someone, we refer them to a partner.",
    27: "Two freelance trainers work for us as subcontractors (office software, payroll "
    "software). Their contract sets out tasks, content, resources, follow-up, duration, "
    "price and a clause on complying with the national quality referential, giving the "
    "traceability V10 requires; an annual review grid checks it is applied.",
    28: "Partner companies (accounting firms, local SMEs) sit on the annual steering committee "
    "that co-designs the work-linked paths and the calendar of company periods. Partnership "
    "agreements make it easier to place job-seeking trainees and work-linked learners.",
    30: "We collect feedback from beneficiaries (end of course, after 3 months, end of skills "
    "assessment and after 6 months), funders (annual exchange with the OPCOs, France "
    "Travail and the Region), trainers (end-of-session review) and companies (tutor "
    "questionnaire). Everything goes into the feedback register and is analysed every "
    "quarter.",
    31: "Complaints, difficulties and incidents are received through any channel and entered in "
    "the register; an acknowledgement goes out within 2 working days and an answer within "
    "15 days. Each case is tracked until closed and may lead to an improvement action; "
    "mediation is offered if we disagree.",
    32: "A quarterly quality review analyses feedback, complaints, drop-outs and watch findings "
    "and feeds the continuous-improvement plan (owner, due date, effectiveness check). As "
    "V10 requires, a risk analysis of training quality (reliance on one trainer, drop-outs, "
    "subcontracting, accessibility) is updated every year.",
}
