"""Textes français de la ligne de commande."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "config.no_folder": "Espace de travail introuvable : {path}",
    "config.hint.no_folder": "Créez-en un avec `qualiopi-docs init CHEMIN`, ou indiquez le bon "
    "chemin.",
    "config.unreadable": "Le fichier de réglages {name} est illisible : {reason}",
    "config.hint.unreadable": "Corrigez la ligne indiquée, ou supprimez le fichier pour revenir "
    "aux réglages par défaut.",
    "config.bad_value": "Le fichier de réglages {name} contient une valeur du mauvais type : "
    "{reason}",
    "config.hint.bad_value": "Comparez avec les commentaires du fichier (nombres sans guillemets).",
    "config.language": '{name} : language doit valoir "fr" ou "en", pas "{value}".',
    "config.hint.language": 'Écrivez language = "fr" ou language = "en".',
    "config.referential": '{name} : referential doit valoir "V9" ou "V10", pas "{value}".',
    "config.hint.referential": "Supprimez la ligne pour choisir le référentiel d'après la date "
    "d'audit.",
    "config.grading": '{name} : [nc_grading] {number} doit valoir "major_only" ou '
    '"minor_or_major", pas "{value}".',
    "config.hint.grading": "Corrigez la valeur, ou supprimez la ligne pour revenir à celle du "
    "référentiel.",
    "config.table": "{name} : [{key}] doit être une section.",
    "config.hint.table": "Écrivez une ligne [{key}] suivie de ses réglages.",
    "cli.summary": "{errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.",
    "cli.organisation": "== Organisme : {name} ==",
    "cli.referential": "Référentiel : {reason}",
    "cli.no_file": "(aucun fichier)",
    "cli.severity.error": "ERREUR",
    "cli.severity.warning": "AVERTISSEMENT",
    "cli.applicable_count": "{count} indicateurs sur {total} s'appliquent.",
    "cli.scope": "Audit : {audit}. ● marque les {count} indicateurs qu'il vérifie.",
    "cli.scope_count": "{count} des {applicable} indicateurs applicables sont vérifiés à cet "
    "audit.",
    "cli.created": "Espace de travail : {path}",
    "cli.nothing_created": "  Rien de créé : tout existait déjà (rien n'a été écrasé).",
    "cli.files": "({count} fichiers)",
    "cli.not_made": "NON produit : {name} — {why}",
    "cli.documents": "Documents :",
    "cli.no_documents": "  Aucun document n'a pu être produit : voir les erreurs ci-dessus.",
    "cli.delivery.written": "écrit : {path}",
    "cli.delivery.unchanged": "inchangé : {path}",
    "cli.delivery.kept_edited": "modifié à la main, conservé ; nouvelle version écrite à côté : {path}",
    "cli.delivery.replaced_edited": "modifié à la main, archivé puis remplacé (--force) : {path}",
    "cli.delivery.failed": "NON écrit : {name}",
    "version.forced.cli": "{version}, demandé en ligne de commande.",
    "cli.delivery.merged": "modifié à la main, nouvelles données intégrées\xa0: {path}",
}
