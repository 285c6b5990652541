"""Textes français de la surveillance du dossier : lignes du journal et refus."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "watch.started": (
        "Surveillance de {inbox} ({mode}) ; un fichier est traité après {settle} s sans changement."
    ),
    "watch.mode.native": "événements natifs du système",
    "watch.mode.polling": "relecture toutes les {seconds} s",
    "watch.fallback": (
        "La surveillance native ne peut pas démarrer ({error}) : relecture du dossier toutes les "
        "{seconds} s à la place. Pour la surveillance native, augmentez les limites inotify du "
        "système (fs.inotify.max_user_watches, fs.inotify.max_user_instances)."
    ),
    "watch.down": "La surveillance de {inbox} s'est arrêtée ({reason}) ; nouvel essai jusqu'à "
    "son retour.",
    "watch.back": "Surveillance de {inbox} rétablie ; tous les fichiers sont revérifiés.",
    "watch.inbox_missing": "le dossier d'entrée est inaccessible",
    "watch.inbox_replaced": "le dossier d’entrée a été déplacé ou remplacé",
    "watch.observer_dead": "la surveillance des fichiers s'est arrêtée",
    "watch.stopped": "Surveillance arrêtée.",
    "watch.flat": "le dossier d'entrée",
    "watch.organisation": "l'organisme {name}",
    "watch.building": "Production pour {organisation} à partir de {count} {count|fichier|fichiers}.",
    "watch.processed": "Traité : {file} (contenu {sha}).",
    "watch.removed": "Plus dans le dossier d'entrée : {file} ; documents refaits sans lui.",
    "watch.conflict": (
        "{file} est une copie de conflit de synchronisation (deux personnes ont enregistré le "
        "même classeur) : il est traité à part dans {outbox}, les documents de l'original ne sont "
        "pas touchés. Comparez les deux versions, gardez-en une dans le dossier d'entrée et "
        "supprimez l'autre."
    ),
    "watch.summary": "{organisation} : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.",
    "watch.finding": "{organisation} : {severity} {place} [{code}] {message}",
    "watch.more_findings": "{organisation} : {count} {count|autre constat, listé|autres constats, listés} dans le "
    "rapport de validation.",
    "watch.severity.error": "ERREUR",
    "watch.severity.warning": "AVERTISSEMENT",
    "watch.delivery.written": "Document écrit : {path}",
    "watch.delivery.unchanged": "Document inchangé : {path}",
    "watch.delivery.kept_edited": (
        "Document modifié à la main, conservé ; la nouvelle version est écrite à côté : {path}"
    ),
    "watch.delivery.replaced_edited": "Document modifié à la main, archivé puis remplacé : {path}",
    "watch.delivery.failed": "Document NON écrit : {name} ({note})",
    "watch.delivery_retry": (
        "{organisation} : {count} {count|document n’a pas pu être écrit|documents n’ont pas pu être écrits} ; nouvel essai dans "
        "{seconds} s."
    ),
    "watch.failed": (
        "Impossible de produire les documents pour {organisation} : {error} La surveillance "
        "continue ; nouvel essai dans {seconds} s, ou dès qu'un fichier change."
    ),
    "watch.internal": (
        "Erreur inattendue pendant la production pour {organisation} ({error}) ; la surveillance "
        "continue, nouvel essai dans {seconds} s. Merci de transmettre ce journal aux "
        "mainteneurs."
    ),
    "watch.unsaved": (
        "La mémoire de la surveillance n'a pas pu être enregistrée ({error}) : après un "
        "redémarrage, certains fichiers pourront être retraités (rien n'est perdu)."
    ),
    "watch.poll_invalid": "--poll doit être un nombre de secondes supérieur à 0, pas {value}.",
    "watch.poll_hint": "Par exemple : --poll 5",
    "watch.delivery.merged": "Document modifié à la main, nouvelles données intégrées\xa0: {path}",
    "watch.delivery.conflict": (
        "Passage modifié à la fois à la main et dans les classeurs, les deux textes conservés (le "
        "nouveau surligné)\xa0: {document}, «\xa0{section}\xa0»"
    ),
}
