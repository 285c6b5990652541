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
STATUS: dict[str, str] = {
    "conforme": "ready",
    "ok": "ready",
    "oui": "ready",
    "fait": "ready",
    "compliant": "ready",
    "done": "ready",
    "yes": "ready",
    "partiellement": "in_progress",
    "partiellement conforme": "in_progress",
    "partiel": "in_progress",
    "partially": "in_progress",
    "partially compliant": "in_progress",
    "partial": "in_progress",
    "non conforme": "to_do",
    "non": "to_do",
    "not compliant": "to_do",
    "non compliant": "to_do",
    "no": "to_do",
}
