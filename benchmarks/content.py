"""What a reference organisation's workbooks say: realistic rows, the same for the same seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.core.model import Origin, Profile
from pipeline.referential import load
from pipeline.referential.applicability import applicability

AUDIT_DATE = date(2027, 3, 15)  # a V10 surveillance audit, inside the 14-22 month window
CERTIFICATION_DATE = date(2025, 6, 10)
PERIOD_START = date(2025, 12, 1)  # the year the registers cover, up to a fixed day
PERIOD_DAYS = 355
Row = dict[str, object]

TRAININGS = (
    "Management d'équipe",
    "Bureautique Excel avancé",
    "Anglais professionnel",
    "Sauveteur secouriste du travail",
    "Gestion de projet agile",
    "Prise de parole",
    "Comptabilité générale",
    "Soudure TIG",
    "Habilitation électrique B1V",
    "Relation client à distance",
    "Cybersécurité : les bons réflexes",
)
EVIDENCE_KINDS = (
    "Programme de formation",
    "Questionnaire de satisfaction à chaud",
    "Procédure d'accueil des stagiaires",
    "Livret d'accueil",
    "Grille d'évaluation",
    "Compte rendu de réunion pédagogique",
    "Plan de développement des compétences",
    "Convention de formation",
    "Veille réglementaire",
    "Attestation de fin de formation",
    "Registre des réclamations",
    "Fiche de poste du formateur",
    "Charte qualité & déontologie",
    "Référentiel de certification <RNCP>",
)
OWNERS = (
    "Claire Martin",
    "Julien Bernard",
    "Sophie Petit",
    "Karim Haddad",
    "Léa Dubois",
    "Thomas Moreau",
    "Nadia Benali",
    "Hugo Lefèvre",
)
COMMENTS = (
    "Formateur très pédagogue, exemples concrets.",
    "Salle trop petite pour le groupe.",
    "Contenu conforme au programme ; rythme un peu rapide l'après-midi.",
    "Très bonne formation, je recommande !",
    "Supports à mettre à jour (version 2019).",
    'Exercices pratiques appréciés, "cas réels" à développer.',
    "Difficulté d'accès au parking < 8h30 > : à signaler.",
    "Satisfait 👍 — bonne ambiance de groupe.",
    "",
    "",
    "",
    "Les attendus de l'évaluation finale n'étaient pas clairs.\nÀ préciser dès le premier jour.",
)
SUBJECTS = (
    "Retard de convocation",
    "Salle non chauffée",
    "Facture erronée",
    "Changement de formateur non annoncé",
    "Accès à la plateforme en ligne impossible",
    "Attestation non reçue",
    "Contenu différent du programme",
)
NC_FINDINGS = (
    "Les objectifs ne sont pas évaluables pour deux actions sur cinq.",
    "La veille réglementaire n'est pas formalisée.",
    "Les réclamations ne sont pas tracées de façon systématique.",
    "Le recueil des appréciations des financeurs n'est pas réalisé.",
)


@dataclass(frozen=True, slots=True)
class Counts:
    """How many rows each register of one organisation holds."""

    evidence: int
    feedback: int
    complaints: int
    nonconformities: int
    improvements: int

    @property
    def rows(self) -> int:
        return (
            self.evidence
            + self.feedback
            + self.complaints
            + self.nonconformities
            + self.improvements
        )


def profile(rng: random.Random, name: str) -> Row:
    """Return the profile fields of a training organisation preparing a V10 surveillance audit."""
    return {
        "name": name,
        "siret": _siret(rng),
        "declaration_number": f"11{rng.randrange(10**9):09d}",
        "address": f"{rng.randrange(1, 120)} rue de la Formation\n69003 Lyon",
        "quality_contact": rng.choice(OWNERS),
        "category_af": True,
        "category_bc": False,
        "category_vae": False,
        "category_cfa": False,
        "certifying": True,
        "work_linked": True,
        "work_based": False,
        "subcontracting": False,
        "short_trainings_only": False,
        "new_entrant_af": False,
        "turnover": 420_000 + rng.randrange(300_000),
        "sites": 2,
        "certifier": "Bureau Certif'Formation",
        "audit_type": "surveillance",
        "audit_date": AUDIT_DATE,
        "certification_date": CERTIFICATION_DATE,
    }


def applicable(fields: Row) -> tuple[tuple[int, bool], ...]:
    """Return (indicator number, applies) for every V10 indicator, for this profile."""
    who = Profile(
        origin=Origin("", ""),
        categories=frozenset({"AF"}),
        certifying=bool(fields["certifying"]),
        work_linked=bool(fields["work_linked"]),
        work_based=bool(fields["work_based"]),
        subcontracting=bool(fields["subcontracting"]),
    )
    return tuple((a.number, a.applies) for a in applicability(load("V10"), who, "fr"))


def evidence(rng: random.Random, count: int, numbers: list[int], folder: str) -> list[Row]:
    """Return the evidence list: every applicable indicator is proved by at least one item.

    Half the items are files under the evidence folder (`folder`/PR-0001.pdf), half web pages.
    """
    rows = []
    for index in range(count):
        ident = f"PR-{index + 1:04d}"
        first = numbers[index % len(numbers)]
        extra = rng.sample(numbers, k=rng.randrange(3))
        kind = rng.choice(EVIDENCE_KINDS)
        rows.append(
            {
                "id": ident,
                "title": f"{kind} — {rng.choice(TRAININGS)}",
                "indicators": ", ".join(str(n) for n in sorted({first, *extra})),
                "location": f"{folder}/{ident}.pdf"
                if index % 2
                else f"https://intranet.exemple.fr/qualite/preuves/{ident}.pdf",
                "version": f"v{rng.randrange(1, 6)}",
                "owner": rng.choice(OWNERS),
                "review_by": AUDIT_DATE + timedelta(days=30 + rng.randrange(600)),
            }
        )
    return rows


def indicators(
    rng: random.Random, scope: tuple[tuple[int, bool], ...], proofs: list[Row]
) -> dict[int, Row]:
    """Return, per indicator number, the status, approach and evidence the grid records."""
    by_indicator: dict[int, list[str]] = {}
    for proof in proofs:
        for cited in str(proof["indicators"]).split(", "):
            by_indicator.setdefault(int(cited), []).append(str(proof["id"]))
    rows: dict[int, Row] = {}
    for number, applies in scope:
        if not applies:
            rows[number] = {"status": "not_applicable", "na_reason": ""}
            continue
        ids = by_indicator.get(number, [])
        rows[number] = {
            "status": "ready" if rng.random() < 0.85 else "to_complete",
            "approach": f"Pour l'indicateur {number}, nous appliquons la procédure "
            f"PQ-{number:02d} : {rng.choice(COMMENTS) or 'revue annuelle.'}",
            "evidence_ids": ", ".join(ids),
            "owner": rng.choice(OWNERS),
            "last_review": PERIOD_START + timedelta(days=rng.randrange(PERIOD_DAYS)),
        }
    return rows


def improvements(rng: random.Random, count: int) -> list[Row]:
    """Return improvement actions drawn from feedback, complaints and audits."""
    sources = ("feedback", "complaint", "audit", "watch", "risk_analysis")
    return [
        {
            "id": f"AM-{index + 1:03d}",
            "source": rng.choice(sources),
            "description": (
                f"Mettre à jour : {rng.choice(EVIDENCE_KINDS)} ({rng.choice(TRAININGS)})"
            ),
            "owner": rng.choice(OWNERS),
            "due": AUDIT_DATE + timedelta(days=rng.randrange(-120, 200)),
            "status": status,
            "effectiveness": "Vérifiée au comité qualité du trimestre suivant."
            if status == "done"
            else "",
        }
        for index, status in enumerate(
            rng.choice(("planned", "in_progress", "done")) for _ in range(count)
        )
    ]


def feedback(rng: random.Random, count: int, actions: list[str]) -> list[Row]:
    """Return feedback entries from the four stakeholder groups over the period."""
    groups = (
        ("beneficiaries",) * 12 + ("companies",) * 3 + ("funders",) * 2 + ("teaching_teams",) * 3
    )
    rows = []
    for index in range(count):
        scale = 5 if index % 3 else 10
        rows.append(
            {
                "date": PERIOD_START + timedelta(days=(index * 7 + rng.randrange(7)) % PERIOD_DAYS),
                "group": groups[index % len(groups)],
                "action": f"{rng.choice(TRAININGS)} — session {1 + index % 40}",
                "method": rng.choice(("survey_hot", "survey_hot", "survey_cold", "interview")),
                "score": rng.randint(max(1, scale // 2), scale),
                "scale": scale,
                "comment": rng.choice(COMMENTS),
                "improvement_ids": rng.choice(actions) if actions and rng.random() < 0.03 else "",
            }
        )
    return rows


def complaints(rng: random.Random, count: int, actions: list[str]) -> list[Row]:
    """Return complaints, most acknowledged, answered and closed; a few still open."""
    rows = []
    for index in range(count):
        received = PERIOD_START + timedelta(days=rng.randrange(PERIOD_DAYS - 30))
        is_open = rng.random() < 0.1
        answered = received + timedelta(days=3 + rng.randrange(12))
        rows.append(
            {
                "id": f"RE-{index + 1:04d}",
                "received": received,
                "group": rng.choice(("beneficiaries", "beneficiaries", "companies", "funders")),
                "channel": rng.choice(("email", "phone", "letter", "web_form")),
                "subject": rng.choice(SUBJECTS),
                "description": rng.choice(COMMENTS[:8]),
                "acknowledged": received + timedelta(days=rng.randrange(3)),
                "answer": "" if is_open else "Excuses présentées ; mesure corrective engagée.",
                "answered": None if is_open else answered,
                "closed": None if is_open else answered + timedelta(days=rng.randrange(10)),
                "status": "in_progress" if is_open else "closed",
                "improvement_ids": rng.choice(actions) if actions and rng.random() < 0.2 else "",
            }
        )
    return rows


def nonconformities(rng: random.Random, count: int, numbers: list[int]) -> list[Row]:
    """Return the previous (V9) audit's minor non-conformities, with their action plans."""
    gradable = [
        n
        for n in numbers
        if n in load("V9").numbers and load("V9").indicator(n).nc_grading == "minor_or_major"
    ]
    rows = []
    for index in range(count):
        due = CERTIFICATION_DATE + timedelta(days=150)
        rows.append(
            {
                "id": f"NC-{index + 1:03d}",
                "audit_date": CERTIFICATION_DATE - timedelta(days=20),
                "indicator": rng.choice(gradable),
                "grade": "minor",
                "finding": rng.choice(NC_FINDINGS),
                "root_cause": "Procédure non formalisée.",
                "corrective_action": "Rédiger la procédure, la diffuser et former l'équipe.",
                "owner": rng.choice(OWNERS),
                "due": due,
                "status": "closed",
                "correction_evidence": f"PR-{1 + index % 50:04d}",
                "effectiveness": "Vérifiée : procédure appliquée sur trois sessions.",
            }
        )
    return rows


def _siret(rng: random.Random) -> str:
    """Return a 14-digit SIRET whose Luhn checksum is valid."""
    while True:
        digits = [rng.randrange(10) for _ in range(14)]
        total = sum(_luhn(d, i) for i, d in enumerate(reversed(digits)))
        if total % 10 == 0:
            return "".join(map(str, digits))


def _luhn(digit: int, position: int) -> int:
    doubled = digit * 2 if position % 2 else digit
    return doubled - 9 if doubled > 9 else doubled
