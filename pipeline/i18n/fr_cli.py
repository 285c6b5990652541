"""Textes français de la ligne de commande."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "cli.summary": "{errors} erreur(s), {warnings} avertissement(s).",
    "cli.organisation": "== Organisme : {name} ==",
    "cli.referential": "Référentiel : {reason}",
    "cli.no_file": "(aucun fichier)",
    "cli.severity.error": "ERREUR",
    "cli.severity.warning": "AVERTISSEMENT",
    "cli.applicable_count": "{count} indicateurs sur {total} s'appliquent.",
    "cli.created": "Espace de travail : {path}",
    "cli.nothing_created": "  Rien de créé : tout existait déjà (rien n'a été écrasé).",
    "cli.files": "({count} fichiers)",
    "cli.not_made": "NON produit : {name} — {why}",
    "cli.documents": "Documents :",
    "cli.no_documents": "  Aucun document n'a pu être produit : voir les erreurs ci-dessus.",
    "cli.delivery.written": "écrit : {path}",
    "cli.delivery.unchanged": "inchangé : {path}",
    "cli.delivery.kept_edited":
        "modifié à la main, conservé ; nouvelle version écrite à côté : {path}",
    "cli.delivery.replaced_edited":
        "modifié à la main, archivé puis remplacé (--force) : {path}",
    "cli.delivery.failed": "NON écrit : {name}",
    "version.forced.cli": "{version}, demandé en ligne de commande.",
}
