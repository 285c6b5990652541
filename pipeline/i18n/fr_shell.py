"""Textes français des garde-fous, du guidage, du résumé et de la progression en ligne de commande."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "config.not_workspace": "{path} n’est pas un espace de travail qualiopi-docs : il n’a pas "
    "de fichier {name}. Rien n’a été écrit.",
    "config.hint.not_workspace": "Pour y créer un espace de travail, lancez : "
    'qualiopi-docs init "{path}" (cela ajoute inbox/, outbox/, evidence/, les classeurs vierges '
    "et {name}) ; ou indiquez le chemin de votre espace de travail.",
    "demo.not_empty": "La démonstration a besoin d’un dossier nouveau ou vide, et {path} contient "
    "déjà des fichiers. Rien n’a été écrit.",
    "demo.hint.not_empty": "Indiquez le nom d’un dossier qui n’existe pas encore, par exemple : "
    "qualiopi-docs demo demo-qualiopi",
    "cli.next_steps": "Prochaines étapes :\n"
    "  1. Remplissez les classeurs de {inbox} dans Excel ou LibreOffice, en commençant par le "
    "profil.\n"
    '  2. Vérifiez-les : qualiopi-docs validate "{path}"\n'
    '  3. Produisez les documents dans {outbox} : qualiopi-docs build "{path}"',
    "cli.severity.info": "INFO",
    "cli.open_elsewhere": "{file} est ouvert dans Excel ou LibreOffice : les modifications pas "
    "encore enregistrées ne sont pas lues. Enregistrez le classeur, puis relancez la commande.",
    "summary.total": "Résumé : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.",
    "summary.file": "  {file} : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}",
    "summary.first": "Constats, ceux qui concernent le plus d’indicateurs d’abord :",
    "summary.indicators": "concerne {count} {count|indicateur|indicateurs}",
    "summary.more": "… et {count} {count|autre constat|autres constats} : lancez validate sans --brief pour tous "
    "les voir.",
    "cli.environment": "L’ordinateur a refusé de continuer : {reason}.",
    "cli.hint.environment": "Libérez de l’espace disque, choisissez un chemin de dossier plus "
    "court ou vérifiez vos droits, puis relancez la commande ; les documents déjà écrits sont "
    "intacts.",
    "progress.organisation": "Organisme {n} sur {total} : {name}",
    "progress.reading": "lecture et vérification des classeurs",
    "progress.document": "écriture de {name}",
    "progress.done": "terminé",
}
