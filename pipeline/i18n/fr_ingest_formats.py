"""Textes français des formats de tableur que la lecture accepte ou refuse, et des fichiers d’autrui."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "ingest.no_headers": "aucun texte dans ses premières lignes",
    "finding.NOT_WORKBOOK_FORMAT": "{name} est un fichier {format} : cet outil lit les "
    "classeurs Excel (.xlsx, .xlsm, .xlsb, .xls) et LibreOffice (.ods), pas ce format.",
    "hint.NOT_WORKBOOK_FORMAT": "Ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le "
    "avec Fichier > Enregistrer sous, type « Classeur Excel (.xlsx) » ou « Classeur ODF "
    "(.ods) » ; déposez ce fichier et retirez celui-ci.",
    "format.fods": "classeur OpenDocument à plat (.fods)",
    "format.xml2003": "Feuille de calcul XML 2003 (.xml)",
    "format.html": "page web (HTML)",
    "format.sylk": "SYLK (.slk)",
    "format.dif": "Data Interchange Format (.dif)",
    "format.gsheet": "raccourci Google Sheets (.gsheet, le classeur lui-même reste en ligne)",
    "format.numbers": "Apple Numbers",
    "finding.SHEET_TOO_LARGE": "{name} contient une valeur si loin en bas ou à droite d’une "
    "feuille que sa lecture demanderait des gigaoctets de mémoire : il n’a pas été lu.",
    "hint.SHEET_TOO_LARGE": "Ouvrez-le, faites Ctrl+Fin sur chaque feuille pour trouver la "
    "dernière cellule utilisée, supprimez les lignes et colonnes parasites et enregistrez-le.",
    "ingest.chosen.profile": "ce classeur contient aussi le profil de l’organisme",
    "ingest.chosen.referential": "il est fait pour le référentiel de l’audit prévu",
    "ingest.chosen.complete": "il est le plus complet",
    "ingest.chosen.recent": "il a été enregistré plus récemment",
    "finding.DUPLICATE_ENTRY": "La ligne {row} reprend à l’identique la ligne {first_row} de "
    "{first_name} (feuille «\u00a0{first_sheet}\u00a0»)\u00a0: l’entrée n’est comptée qu’une fois.",
    "hint.DUPLICATE_ENTRY": "Ce fichier semble être une copie de {first_name}\u00a0: n’en "
    "gardez qu’un dans la boîte de dépôt.",
    "finding.FORM_EXPORT": "{name} est un export des réponses d’un formulaire ({count} "
    "réponses)\u00a0: cette entrée de qualiopi.toml en ferait des appréciations\u00a0:\n{entry}",
    "hint.FORM_EXPORT": "Vérifiez la partie prenante (beneficiaries, funders, teaching_teams ou "
    "companies) et les questions retenues comme note et commentaires, puis collez l’entrée à "
    "la fin de qualiopi.toml. Les noms, adresses e-mail, numéros de téléphone et questions de "
    "santé ne sont jamais lus.",
    "finding.FORM_QUESTION_MISSING": "La question «\u00a0{question}\u00a0» indiquée dans "
    "qualiopi.toml n’est pas une colonne de cet export.",
    "hint.FORM_QUESTION_MISSING": "Recopiez la question exactement comme l’écrit la première "
    "ligne de l’export dans l’entrée [[feedback.forms]].",
    "finding.FORM_PERSONAL_QUESTION": "La question «\u00a0{question}\u00a0» demande des données "
    "personnelles (nom, coordonnées ou santé)\u00a0: elle n’est jamais lue, et cet export n’a "
    "pas été utilisé.",
    "hint.FORM_PERSONAL_QUESTION": "Retirez cette question de l’entrée [[feedback.forms]] de "
    "qualiopi.toml\u00a0; ne gardez que la note et les commentaires.",
    "finding.FORM_GROUP_UNKNOWN": "«\u00a0{group}\u00a0» n’est pas une partie prenante\u00a0: cet "
    "export n’a pas été utilisé.",
    "hint.FORM_GROUP_UNKNOWN": "Indiquez beneficiaries, funders, teaching_teams ou companies "
    "comme group de l’entrée [[feedback.forms]].",
    "finding.FORM_SCORE_UNREAD": "{count} {count|réponse|réponses} à «\u00a0{question}\u00a0» "
    "{count|n’est pas un nombre\u00a0: elle compte comme une réponse|ne sont pas des nombres\u00a0: "
    "elles comptent comme des réponses} sans note.",
    "hint.FORM_SCORE_UNREAD": "Utilisez une question de type note ou nombre pour la note dans "
    "le formulaire, ou indiquez une autre question comme note.",
}
