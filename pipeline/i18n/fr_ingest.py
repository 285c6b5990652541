"""Textes français de la lecture des fichiers : constats de lecture, classeurs vierges."""

from __future__ import annotations

from pipeline.i18n.fr_ingest_blank import TEXT as BLANK
from pipeline.i18n.fr_ingest_formats import TEXT as FORMATS

TEXT: dict[str, str] = {
    # Fichiers qui ne sont pas des classeurs
    "finding.FILE_EMPTY": "{name} est vide (0 octet) : il ne contient aucun classeur.",
    "hint.FILE_EMPTY": "La copie dans la boîte de dépôt a sans doute échoué : copiez à nouveau "
    "le classeur.",
    "finding.FILE_TOO_LARGE": "{name} dépasse {limit} Mo : il n'a pas été lu.",
    "hint.FILE_TOO_LARGE": "Les classeurs de cet outil sont petits : retirez images ou "
    "anciennes données, ou séparez les registres en plusieurs classeurs.",
    "finding.FILE_CORRUPT": "{name} est endommagé (incomplet ou corrompu) et ne peut pas être lu.",
    "hint.FILE_CORRUPT": "Ouvrez-le dans Excel ou LibreOffice : s'il s'ouvre, enregistrez-le "
    "à nouveau en « Classeur Excel (.xlsx) » ; sinon recopiez-le depuis "
    "sa source.",
    "finding.FILE_UNREADABLE": "{name} ne peut pas être ouvert : {reason}.",
    "hint.FILE_UNREADABLE": "Fermez-le dans le programme qui le retient et vérifiez vos droits "
    "de lecture, puis recommencez.",
    "finding.FILE_NAME_ENCODING": "Le fichier {shown} a un nom qui n’est pas un texte valide "
    "(un partage réseau ou une archive ancienne peut en produire) : il n’a pas été lu.",
    "hint.FILE_NAME_ENCODING": "Renommez-le (lettres, chiffres, tirets), par exemple depuis "
    "l’explorateur de fichiers ; les autres fichiers ont été traités.",
    "finding.FILE_SYMLINK": "{name} est un lien vers un fichier situé ailleurs : il n'a pas "
    "été lu.",
    "hint.FILE_SYMLINK": "Déposez le classeur lui-même, pas un raccourci ou un lien vers lui.",
    "finding.NOT_WORKBOOK": "{name} n'est pas un classeur Excel : son contenu n'est ni un "
    ".xlsx ni un format de tableur connu.",
    "hint.NOT_WORKBOOK": "Ne déposez que les classeurs (.xlsx) ; rangez les autres documents "
    "dans le dossier des preuves.",
    "finding.NOT_WORKBOOK_CSV": "{name} est un fichier texte CSV, pas un classeur : il n'a ni "
    "feuilles, ni en-têtes, ni listes déroulantes à lire.",
    "hint.NOT_WORKBOOK_CSV": "Copiez ses lignes dans le classeur vierge du registre concerné "
    "et enregistrez-le en .xlsx.",
    "finding.NOT_WORKBOOK_DOCX": "{name} est un document Word, pas un classeur.",
    "hint.NOT_WORKBOOK_DOCX": "Rangez les documents dans le dossier des preuves et citez-les "
    "dans la liste des preuves ; seuls les classeurs vont dans la "
    "boîte de dépôt.",
    "finding.NOT_WORKBOOK_PDF": "{name} est un document PDF, pas un classeur.",
    "hint.NOT_WORKBOOK_PDF": "Rangez les preuves PDF dans le dossier des preuves et citez-les "
    "dans la liste des preuves ; seuls les classeurs vont dans la "
    "boîte de dépôt.",
    "finding.WORKBOOK_ENCRYPTED": "{name} est protégé par un mot de passe à l'ouverture : il ne "
    "peut pas être lu.",
    "hint.WORKBOOK_ENCRYPTED": "Ouvrez-le dans Excel, retirez le mot de passe (Fichier > "
    "Informations > Protéger le classeur > Chiffrer avec mot de "
    "passe, videz-le) et enregistrez-le.",
    "finding.WORKBOOK_STRICT": "{name} est enregistré en « Feuille de calcul Open XML "
    "Strict », une variante que cet outil ne lit pas.",
    "hint.WORKBOOK_STRICT": "Ouvrez-le dans Excel, Fichier > Enregistrer sous, type "
    "« Classeur Excel (.xlsx) » (et non « Open XML Strict »).",
    "finding.WORKBOOK_UNREADABLE": "{name} ressemble à un classeur mais son contenu ne peut pas "
    "être lu (endommagé ou écrit par un programme inhabituel).",
    "hint.WORKBOOK_UNREADABLE": "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à "
    "nouveau en « Classeur Excel (.xlsx) ».",
    "finding.ZIP_TOO_MANY_PARTS": "{name} contient bien plus de parties qu'aucun classeur : il "
    "a été refusé sans être ouvert.",
    "hint.ZIP_TOO_MANY_PARTS": "S'il s'agit vraiment de votre classeur, enregistrez-le à "
    "nouveau depuis Excel ; sinon retirez-le de la boîte de dépôt.",
    "finding.ZIP_TOO_LARGE": "{name} se décompresserait en bien plus de données qu'aucun "
    "classeur : il a été refusé sans être ouvert.",
    "hint.ZIP_TOO_LARGE": "S'il s'agit vraiment de votre classeur, retirez anciennes données "
    "et images puis enregistrez-le ; sinon retirez-le de la boîte de "
    "dépôt.",
    "finding.ZIP_RATIO": "{name} est compressé d'une manière qu'aucun tableur ne produit "
    "(« bombe zip ») : il a été refusé sans être ouvert.",
    "hint.ZIP_RATIO": "Retirez-le de la boîte de dépôt et prévenez la personne qui gère vos "
    "ordinateurs.",
    "finding.XML_ENTITIES": "{name} contient des déclarations XML (DTD ou entités) qu'aucun "
    "tableur n'écrit et qui servent à attaquer les lecteurs : il a été "
    "refusé.",
    "hint.XML_ENTITIES": "S'il s'agit vraiment de votre classeur, ouvrez-le dans Excel et "
    "enregistrez-le à nouveau ; sinon retirez-le de la boîte de dépôt.",
    "finding.CONFLICT_COPY": "{name} est une copie de conflit créée par un logiciel de "
    "synchronisation : ses feuilles ne servent que si aucun autre "
    "classeur ne les contient.",
    "hint.CONFLICT_COPY": "Comparez-la à l'original, gardez la bonne version et supprimez l'autre.",
    "finding.NO_KNOWN_SHEET": "{name} n'a aucune feuille reconnue : ni rubriques de profil, ni "
    "tableau avec les en-têtes de colonnes attendus. La feuille «\u00a0{first}\u00a0» a les "
    "en-têtes {found}\u00a0; le tableau le plus proche (feuille «\u00a0{kind}\u00a0») demande au "
    "moins {expected}.",
    "hint.NO_KNOWN_SHEET": "Partez des classeurs vierges créés par `qualiopi-docs init`, ou "
    "reprenez leurs en-têtes de colonnes.",
    # Feuilles
    "finding.HIDDEN_SHEET": "La feuille « {tab} » est masquée mais contient : {kind} ; elle "
    "est lue comme les autres.",
    "hint.HIDDEN_SHEET": "Masquer une feuille ne la supprime pas. Affichez-la pour la "
    "vérifier, ou supprimez-la s'il s'agit d'une ancienne copie.",
    "finding.HIDDEN_ROWS": "{count} {count|ligne masquée contient|lignes masquées contiennent} des données (première : "
    "ligne {first}) ; elles sont lues comme les autres.",
    "hint.HIDDEN_ROWS": "Masquer une ligne ne la supprime pas. Affichez ces lignes pour les "
    "vérifier, ou supprimez celles qui ne doivent pas compter.",
    "finding.MERGED_CELLS": "{count} {count|plage de cellules fusionnées couvre|plages de cellules fusionnées couvrent} plusieurs "
    "colonnes (première : {range}) ; seule la première colonne de "
    "chacune reçoit la valeur.",
    "hint.MERGED_CELLS": "Annulez la fusion et saisissez chaque valeur dans sa colonne.",
    "finding.ROWS_NOT_READ": "La lecture s'est arrêtée à la ligne {row} après {count} lignes "
    "vides : ce qui se trouve plus bas n'a pas été lu.",
    "hint.ROWS_NOT_READ": "Remontez les lignes situées plus bas près des autres, ou supprimez "
    "les lignes vides mises en forme.",
    "finding.TOO_MANY_ROWS": "La feuille « {tab} » compte plus de {limit} lignes remplies : la "
    "lecture s'est arrêtée là.",
    "hint.TOO_MANY_ROWS": "Archivez les anciennes lignes dans un autre fichier, ou augmentez "
    "max_rows dans qualiopi.toml si cette taille est voulue.",
    "finding.MISSING_COLUMN": "La feuille « {tab} » n'a pas de colonne « {column} ».",
    "hint.MISSING_COLUMN": "Ajoutez une colonne intitulée « {column} » dans la ligne d'en-tête "
    "(en-têtes dans n'importe quel ordre, en français ou en anglais).",
    "finding.DUPLICATE_COLUMN": "La feuille « {tab} » a deux colonnes intitulées « {column} » : "
    "seule la première est lue.",
    "hint.DUPLICATE_COLUMN": "Supprimez ou renommez la seconde colonne.",
    "finding.MISSING_FIELD": "Le profil n'a pas de rubrique « {column} ».",
    "hint.MISSING_FIELD": "Ajoutez une ligne avec le libellé « {column} » et votre réponse "
    "dans la cellule à sa droite.",
    "finding.DUPLICATE_SHEET": "La feuille « {tab} » est un second exemplaire de : {kind} ; "
    "seul celui de {used_file} (feuille « {used_sheet} ») est lu, parce que {why}.",
    "hint.DUPLICATE_SHEET": "Gardez un seul exemplaire ({kind}) pour l'organisme : supprimez "
    "ou videz l'autre.",
    "finding.EVIDENCE_FOLDER_OUTSIDE": "Le dossier des preuves « {folder} » est hors de "
    "l'espace de travail : ses fichiers ne sont pas "
    "examinés.",
    "hint.EVIDENCE_FOLDER_OUTSIDE": "Indiquez dans qualiopi.toml (evidence_folder) un dossier "
    "situé dans l'espace de travail.",
    # Cellules
    "finding.CELL_ERROR": "« {column} » affiche l'erreur {value} au lieu d'une valeur.",
    "hint.CELL_ERROR": "Corrigez la formule ou saisissez directement la valeur.",
    "finding.CELL_TOO_LONG": "«\u00a0{column}\u00a0» contient {length}\u00a0caractères, plus "
    "que les {limit} qu’une cellule Excel peut contenir\u00a0: Excel le coupe si le classeur y "
    "est enregistré.",
    "hint.CELL_TOO_LONG": "Raccourcissez le texte, ou placez le détail dans un document du "
    "dossier des preuves et nommez-le ici.",
    "finding.ORGANISATION_TWIN": "Les dossiers d’organisme {name} et {other} ont des noms "
    "identiques à l’œil mais écrits différemment (accents saisis sur Mac et sur Windows)\u00a0: "
    "leurs classeurs sont lus ensemble, comme un seul organisme, dont les documents vont dans "
    "«\u00a0{outbox}\u00a0».",
    "hint.ORGANISATION_TWIN": "Déplacez les classeurs de l’un des dossiers dans l’autre, puis "
    "supprimez le dossier vide\u00a0; si un classeur est dans les deux, gardez la bonne version.",
    "twin.composed": "«\u00a0{name}\u00a0» (accents écrits en un seul caractère, comme les "
    "saisit Windows)",
    "twin.decomposed": "«\u00a0{name}\u00a0» (accents écrits en signes séparés, comme les "
    "enregistre un Mac)",
    "finding.FORMULA_NO_VALUE": "« {column} » contient une formule dont le résultat n'a jamais "
    "été enregistré : sa valeur est inconnue.",
    "hint.FORMULA_NO_VALUE": "Ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, "
    "ou saisissez la valeur à la place de la formule.",
    "finding.BAD_DATE": "« {column} » : « {value} » n'est pas une date (les dates se lisent "
    "jour d'abord, jj/mm/aaaa).",
    "hint.BAD_DATE": "Saisissez une vraie date, par exemple 31/01/2026 (ou 2026-01-31) ; "
    "vérifiez le jour et le mois.",
    "finding.DATE_OUT_OF_RANGE": "« {column} » : « {value} » n'est pas une date plausible.",
    "hint.DATE_OUT_OF_RANGE": "Saisissez la date complète, jour, mois et année (par exemple "
    "31/01/2026).",
    "finding.BAD_NUMBER": "« {column} » : « {value} » n'est pas un nombre.",
    "hint.BAD_NUMBER": "Saisissez uniquement des chiffres, par exemple 1234,50 (sans unité "
    "autre que EUR).",
    "finding.NOT_WHOLE_NUMBER": "« {column} » : « {value} » n'est pas un nombre entier.",
    "hint.NOT_WHOLE_NUMBER": "Saisissez un nombre entier, par exemple 2.",
    "finding.NUMBER_AMBIGUOUS": "« {column} » : « {value} » peut désigner deux nombres ; il a "
    "été lu comme {number}.",
    "hint.NUMBER_AMBIGUOUS": "Si c'est faux, saisissez le nombre sans séparateur de milliers "
    "(1234 ou 1,234).",
    "finding.BAD_INDICATOR": "« {column} » : « {value} » n'est pas un numéro d'indicateur.",
    "hint.BAD_INDICATOR": "Saisissez des numéros d'indicateurs comme 12, ou plusieurs comme "
    "« 1, 2, 9 ».",
    "finding.BAD_YES_NO": "« {column} » : « {value} » n'est ni oui ni non.",
    "hint.BAD_YES_NO": "Choisissez {allowed} dans la liste déroulante.",
    "finding.BAD_CHOICE": "« {column} » : « {value} » ne fait pas partie des valeurs de la liste.",
    "hint.BAD_CHOICE": "Choisissez l'une des valeurs {allowed} dans la liste déroulante.",
    "finding.YES_NO_MISSING": "« {column} » n'est pas renseigné : l'outil ne peut pas dire "
    "quels indicateurs s'appliquent sans cette réponse.",
    "hint.YES_NO_MISSING": "Choisissez Oui ou Non dans la liste déroulante.",
    "finding.NEW_ENTRANT_SINGLE_ANSWER": "« {column} » est à Oui une seule fois pour tout "
    "l'organisme (profil d'une version antérieure) : lu comme nouvel entrant pour toutes les "
    "catégories réalisées ({categories}).",
    "hint.NEW_ENTRANT_SINGLE_ANSWER": "Si une seule catégorie est nouvelle (aucune activité dans "
    "votre dernier BPF), reprenez le profil d'une nouvelle grille : il pose la question par "
    "catégorie, et seuls les indicateurs de cette catégorie relèvent du régime des nouveaux "
    "entrants.",
    **BLANK,
    **FORMATS,
}
