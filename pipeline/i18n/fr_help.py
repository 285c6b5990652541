"""Aide (`--help`) française de la ligne de commande, et sens de ses codes de sortie."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "help.usage": "Utilisation :",
    "help.options": "Options",
    "help.commands": "Commandes",
    "help.main": "Préparer un audit Qualiopi : des classeurs Excel en entrée, des documents Word "
    "vérifiés en sortie.\n\n"
    "Commencez par `qualiopi-docs init DOSSIER`, remplissez les classeurs de DOSSIER/inbox, "
    "puis lancez `qualiopi-docs validate DOSSIER` et `qualiopi-docs build DOSSIER`. Les "
    "messages et l’aide suivent la langue de l’espace de travail, sinon celle du système.",
    "help.exit_codes": "\b\nCodes de sortie :\n"
    "  0  terminé ; aucune erreur dans les classeurs\n"
    "  1  terminé, mais les classeurs contiennent des erreurs (documents écrits, manques\n"
    "     surlignés)\n"
    "  2  la ligne de commande est incorrecte (option inconnue, valeur manquante)\n"
    "  3  impossible de continuer : pas un espace de travail, réglages invalides, modèle\n"
    "     défectueux, espace déjà utilisé, un document non écrit\n"
    "  4  l’ordinateur a refusé : disque plein, chemin trop long, accès refusé",
    "help.init": "Créer un espace de travail : inbox/, outbox/, evidence/, classeurs vierges, "
    "réglages.\n\nRien de ce qui existe déjà n’est écrasé.",
    "help.demo": "Créer un espace de travail rempli pour un organisme fictif et produire ses "
    "documents.\n\nCHEMIN doit être un dossier nouveau ou vide.",
    "help.validate": "Vérifier les classeurs et lister tous les constats, les plus bloquants "
    "d’abord.",
    "help.build": "Produire les documents Word de chaque organisme dans outbox/.",
    "help.pack": "Regrouper dans un zip, par organisme, les documents à envoyer, leurs PDF, "
    "chaque preuve citée et un index, pour un dossier lisible une fois décompressé n’importe où.",
    "help.build.pdf": "Écrire aussi le PDF de chaque document à envoyer (avec LibreOffice).",
    "help.pack.limit_mb": "Refuser un dossier plus gros que cette taille, en Mo (par défaut : "
    "[pack] limit_mb de qualiopi.toml, sinon 200).",
    "help.watch": "Surveiller inbox/ et refaire les documents d’un organisme quand ses classeurs "
    "changent.",
    "help.indicators": "Dire quels indicateurs s’appliquent, et pourquoi pas les autres.",
    "help.option.help": "Afficher cette aide et quitter.",
    "help.option.version": "Afficher la version et quitter.",
    "help.option.fmt": "Format de sortie (par défaut : text).",
    "help.option.lang": "Langue des classeurs, des messages et des documents (par défaut : celle "
    "du système, sinon l’anglais).",
    "help.validate.brief": "N’afficher que le résumé et les dix constats à corriger en premier.",
    "help.build.force": "Remplacer les documents modifiés à la main (la copie modifiée est "
    "archivée d’abord).",
    "help.watch.poll": "Vérifier toutes les SECONDS secondes au lieu des événements du système "
    "(partages réseau, dossiers synchronisés).",
    "help.indicators.referential": "Version du référentiel (par défaut : celle de l’espace de "
    "travail, sinon d’après la date du jour).",
    "help.indicators.categories": "Catégorie d’actions réalisées (à répéter au besoin).",
    "help.indicators.certifying": "Prestations menant à une certification.",
    "help.indicators.work_linked": "Formations en alternance.",
    "help.indicators.work_based": "Périodes de formation en situation de travail.",
    "help.indicators.subcontracting": "Sous-traitance ou portage salarial.",
    "usage.error": "Erreur\u00a0: {message}",
    "usage.try": "Lancez «\u00a0{command}\u00a0» pour l’aide.",
    "usage.no_such_option": "Option inconnue\u00a0: «\u00a0{name}\u00a0».",
    "usage.no_such_command": "Commande inconnue\u00a0: «\u00a0{name}\u00a0».",
    "usage.did_you_mean": "Vouliez-vous dire {names}\u00a0?",
    "usage.missing": "Il manque «\u00a0{name}\u00a0».",
    "usage.invalid": "Valeur incorrecte pour «\u00a0{name}\u00a0»\u00a0: {detail}.",
    "usage.extra": "Mots en trop\u00a0: {args}.",
    "usage.missing_command": "Il manque la commande.",
    "usage.needs_value": "L’option «\u00a0{name}\u00a0» attend une valeur.",
    "usage.takes_no_value": "L’option «\u00a0{name}\u00a0» ne prend pas de valeur.",
    "usage.choice": "«\u00a0{value}\u00a0» ne fait pas partie des choix\u00a0: {choices}",
    "usage.number": "«\u00a0{value}\u00a0» n’est pas un nombre",
}
