"""Header and status spellings found in grids made by other people (consultants, networks).

These are what people type, recognised on reading, never shown: the labels users read stay
in the i18n catalogues. Matching ignores case, accents and punctuation (`labels.normalise`).
"""

from __future__ import annotations

from pipeline.core.model import SheetKind

COLUMNS: dict[SheetKind, dict[str, tuple[str, ...]]] = {
    "indicators": {
        "number": (
            "N°",
            "No",
            "Num",
            "Numéro",
            "N° indicateur",
            "Indicateur n°",
            "Numéro d’indicateur",
            "Ind.",
            "Indicator no",
            "Indicator number",
            "Number",
            "Ref",
            "Réf.",
        ),
        "wording": (
            "Libellé",
            "Intitulé",
            "Énoncé",
            "Libellé de l’indicateur",
            "Intitulé de l’indicateur",
            "Libellé officiel",
            "Indicateur (libellé)",
            "Wording",
            "Indicator wording",
            "Label",
        ),
        "status": (
            "État",
            "Conformité",
            "Niveau de conformité",
            "Évaluation",
            "Autoévaluation",
            "Auto-évaluation",
            "Compliance",
            "Assessment",
            "Self-assessment",
        ),
        "approach": (
            "Démarche",
            "Réponse",
            "Notre réponse",
            "Mise en œuvre",
            "Modalités de mise en œuvre",
            "Ce que nous faisons",
            "Dispositif",
            "Approach",
            "How we meet it",
            "Response",
        ),
        "evidence_ids": (
            "Preuves",
            "Éléments de preuve",
            "Éléments de preuves",
            "Justificatifs",
            "Evidence",
            "Proof",
            "Evidence items",
        ),
        "owner": ("Pilote", "Référent", "Responsable du suivi", "Responsible", "Lead"),
        "last_review": ("Date de revue", "Mise à jour", "Dernière mise à jour", "Review date"),
    },
}
# Status words of other grids: compliance levels mapped to how ready the indicator is.
# Also the words of our own grids before one vocabulary was shared with the documents
# (« En cours », « À faire », "In progress", "To do"): a grid filled with them is still read.
STATUS: dict[str, str] = {
    "conforme": "ready",
    "ok": "ready",
    "oui": "ready",
    "fait": "ready",
    "compliant": "ready",
    "done": "ready",
    "yes": "ready",
    "en cours": "to_complete",
    "a faire": "to_complete",
    "in progress": "to_complete",
    "to do": "to_complete",
    "todo": "to_complete",
    "non conformite ouverte": "to_complete",
    "open non conformity": "to_complete",
    "partiellement": "to_complete",
    "partiellement conforme": "to_complete",
    "partiel": "to_complete",
    "partially": "to_complete",
    "partially compliant": "to_complete",
    "partial": "to_complete",
    "non conforme": "to_complete",
    "non": "to_complete",
    "not compliant": "to_complete",
    "non compliant": "to_complete",
    "no": "to_complete",
}
