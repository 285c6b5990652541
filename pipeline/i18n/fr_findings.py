"""Textes français des constats de validation : `finding.<CODE>` (le problème), `hint.<CODE>`."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # Éléments dont les messages sont faits
    "findings.place": "feuille {sheet}, cellule {cell}",
    "findings.place.sheet": "feuille {sheet}",
    "findings.record.profile": "profil",
    "findings.record.indicators": "indicateur {number}",
    "findings.record.evidence": "preuve {id}",
    "findings.record.complaints": "réclamation {id}",
    "findings.record.improvements": "action d'amélioration {id}",
    "findings.record.nonconformities": "non-conformité {id}",
    "findings.record.row": "ligne {row}",
    "findings.kind.evidence": "la liste des preuves",
    "findings.kind.complaints": "le registre des réclamations",
    "findings.kind.improvements": "la liste des actions d'amélioration",
    "findings.kind.nonconformities": "la liste des non-conformités",
    "findings.register.feedback": "registre des appréciations",
    "findings.register.complaints": "registre des réclamations",
    "findings.register.improvements": "registre des actions d'amélioration",
    "findings.claim.short_trainings_only": "toutes les formations durent 2 jours ou moins "
    "(guide de lecture V9 : l'indicateur s'applique aux "
    "formations d'une durée supérieure à 2 jours)",
    "findings.evidence.listed": "La liste des preuves rattache ces éléments à cet indicateur : "
    "{ids}. Citez-les dans « {column} ».",
    "findings.evidence.none": "Inscrivez les documents qui le prouvent dans la liste des preuves "
    "et citez leurs identifiants dans « {column} ».",
    # Version
    "finding.GRID_V9_FOR_V10_AUDIT": "Cette grille d'autoévaluation contient les 32 indicateurs du référentiel V9, mais "
    "l'audit relève du référentiel V10. Le décret n° 2026-728 du 1er août 2026 a remplacé "
    "les indicateurs : 33 indicateurs (nouvel indicateur 33 pour l'apprentissage, rédaction "
    "modifiée des indicateurs {changed}), pour tout audit réalisé à partir du {cutover}, "
    "sans période transitoire. Référentiel retenu : {reason}",
    "hint.GRID_V9_FOR_V10_AUDIT": "Prenez la grille V10 (créée par `qualiopi-docs init`, ou dans les modèles de "
    "classeurs), reportez-y indicateur par indicateur votre démarche, vos preuves et les "
    "responsables, puis déposez-la dans la boîte d'entrée à la place de celle-ci.",
    "finding.GRID_V10_FOR_V9_AUDIT": "Cette grille d'autoévaluation contient les 33 indicateurs du référentiel V10, mais "
    "l'audit relève du référentiel V9. Le V10 (décret n° 2026-728) ne s'applique qu'aux "
    "audits réalisés à partir du {cutover} ; un audit antérieur est mené sur les 32 "
    "indicateurs du V9. Référentiel retenu : {reason}",
    "hint.GRID_V10_FOR_V9_AUDIT": "Utilisez la grille V9 des modèles de classeurs, ou corrigez la date d'audit prévue "
    "dans le profil (ou la ligne `referential` de qualiopi.toml).",
    "finding.VERSION_FORCED_AGAINST_DATE": "Les réglages (qualiopi.toml) imposent le référentiel {forced}, mais un audit réalisé "
    "le {date} relève du {by_date} : le V10 (décret n° 2026-728) s'applique à tout audit "
    "réalisé à partir du {cutover}, sans période transitoire.",
    "hint.VERSION_FORCED_AGAINST_DATE": "Supprimez la ligne `referential` de qualiopi.toml, sauf si votre certificateur vous a "
    "confirmé par écrit la version applicable.",
    # Structure
    "finding.PROFILE_MISSING": "Aucune feuille de profil (« {sheet_name} ») n'a été trouvée : sans elle, l'outil ne "
    "peut savoir ni quels indicateurs s'appliquent, ni quel référentiel régit l'audit.",
    "hint.PROFILE_MISSING": "Déposez dans la boîte d'entrée la grille d'autoévaluation créée par "
    "`qualiopi-docs init`, avec sa feuille « {sheet_name} » remplie.",
    "finding.GRID_MISSING": "Aucune feuille des indicateurs (« {sheet_name} ») n'a été trouvée : il n'y a pas "
    "d'autoévaluation à partir de laquelle préparer l'audit.",
    "hint.GRID_MISSING": "Déposez dans la boîte d'entrée la grille d'autoévaluation créée par "
    "`qualiopi-docs init`, avec sa feuille « {sheet_name} » remplie.",
    "finding.EVIDENCE_LIST_MISSING": "Aucune liste des preuves (feuille « {sheet_name} ») n'a été trouvée : les preuves "
    "citées dans la grille ne peuvent pas être vérifiées.",
    "hint.EVIDENCE_LIST_MISSING": "Déposez dans la boîte d'entrée le classeur des preuves créé par "
    "`qualiopi-docs init` et inscrivez-y chaque preuve avec son identifiant.",
    "finding.REGISTER_MISSING": "Aucun {register} (feuille « {sheet_name} ») n'a été trouvé : l'auditeur le vérifie "
    "au titre de l'indicateur {number}.",
    "hint.REGISTER_MISSING": "Déposez dans la boîte d'entrée le classeur du {register} créé par "
    "`qualiopi-docs init` et tenez-le à jour.",
    "finding.REQUIRED_MISSING": "« {column} » est vide ({what}) : cette information est obligatoire.",
    "hint.REQUIRED_MISSING": "Remplissez cette cellule (avec la liste déroulante s'il y en a une).",
    "finding.DUPLICATE_ID": "L'identifiant {id} est utilisé deux fois dans {what} : il figure déjà ligne "
    "{first_row}.",
    "hint.DUPLICATE_ID": "Donnez à cette ligne son propre identifiant ; s'il s'agit du même élément saisi deux "
    "fois, supprimez l'une des deux lignes.",
    # Profil
    "finding.NO_CATEGORY": "Le profil n'indique aucune catégorie d'actions réalisée (actions de formation, bilans "
    "de compétences, VAE, apprentissage) : aucun indicateur ne peut être retenu.",
    "hint.NO_CATEGORY": "Répondez « Oui » à au moins une des quatre questions sur les "
    "catégories d'actions.",
    "finding.SIRET_FORMAT": "Le SIRET « {value} » ne compte pas 14 chiffres.",
    "hint.SIRET_FORMAT": "Recopiez le SIRET à 14 chiffres de l'établissement depuis son Kbis ou son avis de "
    "situation INSEE (les espaces sont acceptés).",
    "finding.SIRET_CHECKSUM": "Le SIRET « {value} » compte 14 chiffres mais ne passe pas le contrôle de l'INSEE : un "
    "chiffre est probablement erroné.",
    "hint.SIRET_CHECKSUM": "Comparez-le avec le Kbis ou avec annuaire-entreprises.data.gouv.fr.",
    "finding.DECLARATION_NUMBER_FORMAT": "Le numéro de déclaration d'activité « {value} » ne compte pas 11 chiffres.",
    "hint.DECLARATION_NUMBER_FORMAT": "Recopiez-le depuis le récépissé de déclaration d'activité délivré par la DREETS.",
    "finding.CERTIFICATION_DATE_MISSING": "L'audit est un audit de type « {audit_type} », mais la date de la certification en "
    "cours est vide : la fenêtre d'audit et l'échéance du certificat en dépendent.",
    "hint.CERTIFICATION_DATE_MISSING": "Indiquez la date figurant sur votre certificat Qualiopi en cours.",
    "finding.CERTIFICATION_AFTER_AUDIT": "La date de la certification en cours ({date}) est postérieure à la date d'audit "
    "prévue ({audit}) : un audit de surveillance ou de renouvellement suit la "
    "certification.",
    "hint.CERTIFICATION_AFTER_AUDIT": "Vérifiez les deux dates ; s'il s'agit d'une première certification, choisissez le "
    "type d'audit « Initial ».",
    "finding.SURVEILLANCE_OUTSIDE_WINDOW": "L'audit de surveillance est prévu le {audit}, hors de la période fixée par la "
    "réglementation : entre le {from_month}e et le {to_month}e mois suivant la "
    "certification du {certified}, soit du {start} au {end}.",
    "hint.SURVEILLANCE_OUTSIDE_WINDOW": "Vérifiez la date avec votre certificateur (arrêté du 6 juin 2019, article 2).",
    "finding.RENEWAL_AFTER_EXPIRY": "L'audit de renouvellement est prévu le {audit}, mais le certificat expire le {expiry} "
    "({years} ans de validité) : la décision de renouvellement doit intervenir avant "
    "l'échéance.",
    "hint.RENEWAL_AFTER_EXPIRY": "Vérifiez l'échéance sur votre certificat et convenez d'une date d'audit plus proche "
    "avec votre certificateur.",
    "finding.AUDIT_DATE_PAST": "La date d'audit prévue ({date}) est passée.",
    "hint.AUDIT_DATE_PAST": "Si l'audit a eu lieu, enregistrez ses non-conformités et indiquez dans le profil la "
    "date du prochain audit (surveillance ou renouvellement).",
    # Référentiel
    "finding.GRID_EMPTY": "La feuille des indicateurs (« {sheet_name} ») ne contient aucune ligne d'indicateur : "
    "le {version} compte {count} indicateurs, chacun attendu sur sa propre ligne.",
    "hint.GRID_EMPTY": "Repartez d'une grille d'autoévaluation vierge (`qualiopi-docs init`) : elle compte une "
    "ligne par indicateur, avec son libellé officiel.",
    "finding.INDICATOR_DUPLICATE": "L'indicateur {number} figure deux fois dans la grille : il est déjà ligne {first_row}.",
    "hint.INDICATOR_DUPLICATE": "Gardez une ligne par indicateur : fusionnez les deux lignes, puis supprimez celle-ci.",
    "finding.INDICATOR_MISSING": "L'indicateur {number} (critère {criterion}) manque dans la grille : le {version} "
    "compte {count} indicateurs et chacun doit y figurer une fois, même s'il ne "
    "s'applique pas.",
    "hint.INDICATOR_MISSING": "Ajoutez une ligne pour l'indicateur {number}, ou repartez d'une grille vierge "
    "(`qualiopi-docs init`) et reportez-y vos réponses.",
    "finding.INDICATOR_UNKNOWN": "« {value} » n'est pas un indicateur du {version}, dont les indicateurs sont numérotés "
    "de 1 à {count}.",
    "hint.INDICATOR_UNKNOWN": "Corrigez le numéro, ou supprimez la ligne si elle n'a pas sa place dans la grille.",
    "finding.WORDING_ALTERED": "Le libellé officiel de l'indicateur {number} a été modifié dans cette grille : il ne "
    "correspond plus au texte du {version}.",
    "hint.WORDING_ALTERED": "Les documents citent de toute façon le texte officiel. Rétablissez-le (copiez-le "
    "depuis une grille vierge) et écrivez vos propres mots dans « {approach} ».",
    # Déclarations de non-applicabilité
    "finding.NA_REASON_MISSING": "L'indicateur {number} est déclaré non applicable, mais le profil n'indique pas "
    "que {condition} : le référentiel ne le permet que dans ce cas, quelle que soit la raison écrite sur la ligne.",
    "hint.NA_REASON_MISSING": "Si toutes vos formations durent 2 jours ou moins, répondez « Oui » à « {field} » "
    "dans le profil ; sinon, décrivez votre démarche pour cet indicateur.",
    "finding.NA_COMMON": "L'indicateur {number} est déclaré non applicable, mais c'est un indicateur commun : il "
    "s'applique à tout organisme, quelles que soient les catégories d'actions réalisées.",
    "hint.NA_COMMON": "Décrivez votre démarche pour l'indicateur {number}, citez vos preuves et renseignez "
    "son statut.",
    "finding.NA_APPLIES_BY_PROFILE": "L'indicateur {number} est déclaré non applicable, mais le profil répond « {yes} » à "
    "« {field} » ({place}). {reason}",
    "hint.NA_APPLIES_BY_PROFILE": "Décrivez votre démarche pour l'indicateur {number}, ou corrigez le profil s'il est "
    "erroné.",
    "finding.STATUS_ON_NOT_APPLICABLE": "L'indicateur {number} est au statut « {status} », alors que le profil le rend non "
    "applicable. {reason}",
    "hint.STATUS_ON_NOT_APPLICABLE": "Si l'organisme est concerné par cet indicateur, corrigez le profil ; sinon, passez "
    "son statut à non applicable.",
    # Préparation
    "finding.NO_APPROACH": "L'indicateur {number} s'applique, mais aucune démarche n'est décrite : l'auditeur "
    "demandera comment l'organisme y répond.",
    "hint.NO_APPROACH": "Décrivez dans « {approach} », en quelques phrases, ce que fait l'organisme pour "
    "l'indicateur {number}.",
    "finding.NO_EVIDENCE": "L'indicateur {number} s'applique, mais aucune preuve n'est citée.",
    "hint.NO_EVIDENCE": "{suggestion}",
    "finding.REVIEW_OLD": "L'indicateur {number} a été revu pour la dernière fois le {date}, il y a plus d'un an.",
    "hint.REVIEW_OLD": "Revoyez sa démarche et ses preuves avant l'audit, puis mettez à jour la date de revue.",
    # Preuves
    "finding.EVIDENCE_ID_UNKNOWN": "L'indicateur {number} cite la preuve {id}, qui ne figure pas dans la liste des preuves.",
    "hint.EVIDENCE_ID_UNKNOWN": "Corrigez l'identifiant, ou ajoutez {id} à la liste des preuves.",
    "finding.EVIDENCE_NOT_LINKED": "L'indicateur {number} cite la preuve {id}, mais la liste des preuves ne rattache {id} "
    "{linked|qu’à l’indicateur|qu’aux indicateurs} {indicators}.",
    "hint.EVIDENCE_NOT_LINKED": "Ajoutez {number} aux indicateurs de {id} dans la liste des preuves, ou corrigez "
    "l'identifiant cité ici.",
    "finding.EVIDENCE_UNCITED": "La preuve {id} n'est citée par aucun indicateur de la grille.",
    "hint.EVIDENCE_UNCITED": "Citez {id} dans « {column} » sur {linked|la ligne de l’indicateur|les lignes des indicateurs} "
    "{indicators}, ou retirez-la de la liste si elle ne sert plus.",
    "finding.EVIDENCE_INDICATOR_UNKNOWN": "La preuve {id} est rattachée à {numbers}, qui n'est pas un indicateur du {version} "
    "(indicateurs 1 à {count}).",
    "hint.EVIDENCE_INDICATOR_UNKNOWN": "Corrigez les numéros d'indicateurs de cette preuve.",
    "finding.EVIDENCE_REVIEW_OVERDUE": "La preuve {id} devait être revue le {date} : elle n'est peut-être plus à jour.",
    "hint.EVIDENCE_REVIEW_OVERDUE": "Vérifiez que le document est toujours valable, mettez-le à jour si besoin et fixez "
    "une nouvelle date de revue.",
    "finding.EVIDENCE_REVIEW_BEFORE_AUDIT": "La preuve {id} doit être revue le {date}, avant l'audit du {audit}.",
    "hint.EVIDENCE_REVIEW_BEFORE_AUDIT": "Revoyez-la avant l'audit, pour que l'auditeur en voie la version à jour.",
    "finding.EVIDENCE_LOCATION_OUTSIDE": "L'emplacement de la preuve {id} (« {location} ») pointe hors de l'espace de travail "
    "(chemin absolu, autre lecteur, partage réseau ou « .. »).",
    "hint.EVIDENCE_LOCATION_OUTSIDE": "Copiez le fichier dans le dossier « {folder} » de l'espace de travail et indiquez son "
    "chemin relatif à ce dossier (par exemple contrats/sous-traitance.pdf), ou donnez une "
    "adresse web commençant par https://.",
    "finding.EVIDENCE_FILE_MISSING": "Le fichier de la preuve {id} (« {location} ») ne se trouve pas dans le dossier "
    "« {folder} » de l'espace de travail.",
    "hint.EVIDENCE_FILE_MISSING": "Placez-y le fichier, ou corrigez le chemin (relatif au dossier « {folder} » ; "
    "vérifiez l'orthographe et l'extension).",
    "finding.EVIDENCE_FOLDER_MISSING": "La liste des preuves renvoie à des fichiers, mais l'espace de travail n'a pas de "
    "dossier « {folder} ».",
    "hint.EVIDENCE_FOLDER_MISSING": "Créez le dossier « {folder} » dans l'espace de travail et placez-y les fichiers de "
    "preuve (ou indiquez le bon dossier avec evidence_folder dans qualiopi.toml).",
    # Appréciations et améliorations
    "finding.FEEDBACK_REGISTER_EMPTY": "Le registre des appréciations est vide : l'indicateur 30 demande de recueillir les "
    "appréciations des parties prenantes (bénéficiaires, financeurs, équipes pédagogiques, "
    "entreprises).",
    "hint.FEEDBACK_REGISTER_EMPTY": "Enregistrez les appréciations recueillies (enquêtes, entretiens, réunions), une ligne "
    "par recueil.",
    "finding.FEEDBACK_GROUP_MISSING": "Le registre des appréciations ne contient aucune appréciation des {group} : "
    "l'indicateur 30 demande celles de chaque partie prenante concernée.",
    "hint.FEEDBACK_GROUP_MISSING": "Recueillez et enregistrez les appréciations des {group}, ou expliquez dans la "
    "démarche de l'indicateur 30 pourquoi cette partie prenante n'est pas concernée.",
    "finding.FEEDBACK_SCALE_INVALID": "L'échelle « {scale} » n'est pas un nombre positif.",
    "hint.FEEDBACK_SCALE_INVALID": "Indiquez la note maximale de l'échelle, par exemple 5 ou 10.",
    "finding.FEEDBACK_SCALE_MISSING": "Une note de {score} est donnée sans son échelle.",
    "hint.FEEDBACK_SCALE_MISSING": "Indiquez dans « {column} » le maximum de l'échelle (par exemple 5 ou 10), pour que "
    "les notes soient comparables.",
    "finding.FEEDBACK_SCORE_OUT_OF_SCALE": "La note {score} sort de son échelle (de 0 à {scale}).",
    "hint.FEEDBACK_SCORE_OUT_OF_SCALE": "Corrigez la note ou l'échelle.",
    "finding.IMPROVEMENTS_EMPTY": "Aucune action d'amélioration n'est enregistrée : l'indicateur 32 demande des mesures "
    "d'amélioration tirées de l'analyse des appréciations et des réclamations.",
    "hint.IMPROVEMENTS_EMPTY": "Enregistrez les actions décidées après analyse des appréciations, des réclamations, "
    "des audits et de la veille, avec un responsable et une échéance.",
    "finding.IMPROVEMENT_OVERDUE": "L'action d'amélioration {id} était prévue pour le {date} et est toujours au statut "
    "« {status} ».",
    "hint.IMPROVEMENT_OVERDUE": "Mettez à jour son statut, ou fixez une nouvelle échéance "
    "réaliste.",
    "finding.IMPROVEMENT_DONE_UNCHECKED": "L'action d'amélioration {id} est réalisée, mais son efficacité n'a pas été vérifiée.",
    "hint.IMPROVEMENT_DONE_UNCHECKED": "Indiquez dans « {column} » comment et quand vous avez vérifié que l'action a porté "
    "ses fruits.",
    "finding.IMPROVEMENT_ID_UNKNOWN": "Cette ligne du {register} cite l'action d'amélioration {id}, qui ne figure pas parmi "
    "les actions d'amélioration.",
    "hint.IMPROVEMENT_ID_UNKNOWN": "Corrigez l'identifiant, ou ajoutez l'action {id} aux actions d'amélioration.",
    # Réclamations
    "finding.COMPLAINT_BEFORE_RECEIVED": "Réclamation {id} : la date « {column} » ({date}) est antérieure à la réception de la "
    "réclamation ({received}).",
    "hint.COMPLAINT_BEFORE_RECEIVED": "Corrigez l'une des deux dates.",
    "finding.COMPLAINT_CLOSED_BEFORE_ANSWER": "La réclamation {id} a été clôturée le {date}, avant d'avoir reçu une réponse "
    "({answered}).",
    "hint.COMPLAINT_CLOSED_BEFORE_ANSWER": "Corrigez l'une des deux dates.",
    "finding.COMPLAINT_CLOSED_NO_DATE": "La réclamation {id} est au statut clôturé, mais n'a pas de date de clôture.",
    "hint.COMPLAINT_CLOSED_NO_DATE": "Indiquez la date de clôture de la réclamation.",
    "finding.COMPLAINT_CLOSED_NO_ANSWER": "La réclamation {id} est au statut clôturé, mais aucune réponse n'est enregistrée.",
    "hint.COMPLAINT_CLOSED_NO_ANSWER": "Indiquez la réponse apportée et sa date : l'indicateur 31 demande de montrer comment "
    "chaque réclamation a été traitée.",
    "finding.COMPLAINT_DATE_BUT_OPEN": "La réclamation {id} a une date de clôture ({date}), mais son statut est "
    "« {status} ».",
    "hint.COMPLAINT_DATE_BUT_OPEN": "Passez le statut à clôturé, ou retirez la date de clôture si la réclamation est "
    "encore en cours de traitement.",
    # Non-conformités
    "finding.NC_INDICATOR_UNKNOWN": "La non-conformité {id} porte sur l'indicateur {number}, qui n'existe pas dans le "
    "{version} (indicateurs 1 à {count}) applicable à cet audit.",
    "hint.NC_INDICATOR_UNKNOWN": "Recopiez le numéro d'indicateur depuis le rapport d'audit.",
    "finding.NC_INDICATOR_NOT_APPLICABLE": "La non-conformité {id} porte sur l'indicateur {number}, qui ne s'applique pas à cet "
    "organisme d'après le profil et la grille. {reason}",
    "hint.NC_INDICATOR_NOT_APPLICABLE": "L'auditeur a considéré que l'indicateur {number} s'applique : vérifiez le numéro dans "
    "le rapport d'audit et, si l'auditeur a raison, corrigez le profil ou la grille.",
    "finding.NC_MINOR_ON_MAJOR_ONLY": "La non-conformité {id} est classée mineure, mais l'indicateur {number} ne peut donner "
    "lieu qu'à une non-conformité majeure (arrêté du 6 juin 2019 ; guide de lecture V9).",
    "hint.NC_MINOR_ON_MAJOR_ONLY": "Vérifiez la gradation dans le rapport d'audit : le délai de correction d'une "
    "non-conformité majeure est bien plus court.",
    "finding.NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL": "La non-conformité {id} est classée mineure, mais l'indicateur {number} est traité "
    "comme ne pouvant donner lieu qu'à une non-conformité majeure dans le {version} : "
    "lecture provisoire, aucun guide de lecture de cette version n'étant publié au dernier "
    "contrôle (2 octobre 2026).",
    "hint.NC_MINOR_ON_MAJOR_ONLY_PROVISIONAL": "Si votre certificateur l'a bien classée mineure, écrivez {number} = "
    '"minor_or_major" sous [nc_grading] dans qualiopi.toml ; sinon, corrigez la '
    "gradation.",
    "finding.NC_DUE_BEFORE_AUDIT": "La non-conformité {id} a une échéance au {date}, avant l'audit qui l'a relevée "
    "({audit}).",
    "hint.NC_DUE_BEFORE_AUDIT": "Corrigez l'échéance : le plan d'action suit l'audit.",
    "finding.NC_DUE_BEYOND_DEADLINE": "La non-conformité {id} ({grade}) a une échéance au {date}, plus de {months} mois "
    "après l'audit : les actions correctives d'une non-conformité {grade} doivent être "
    "en place dans les {months} mois suivant sa notification.",
    "hint.NC_DUE_BEYOND_DEADLINE": "Avancez l'échéance, ou vérifiez la date de notification avec votre certificateur.",
    "finding.NC_OVERDUE": "La non-conformité {id} devait être corrigée pour le {date} et ne l'est pas encore.",
    "hint.NC_OVERDUE": "Mettez à jour son statut et la preuve de correction, ou prévenez votre certificateur "
    "du retard.",
    "finding.NC_CORRECTED_NO_EVIDENCE": "La non-conformité {id} est au statut « {status} », mais aucune preuve de correction "
    "n'est enregistrée.",
    "hint.NC_CORRECTED_NO_EVIDENCE": "Indiquez dans « {column} » ce qui prouve la correction (document, enregistrement, "
    "date) : le certificateur le demandera.",
    "finding.NC_MINOR_NOT_LIFTED": "La non-conformité mineure {id} est toujours ouverte et le prochain audit est prévu le "
    "{audit} : une non-conformité mineure non levée au prochain audit devient majeure.",
    "hint.NC_MINOR_NOT_LIFTED": "Menez l'action corrective et enregistrez sa preuve avant l'audit.",
    "finding.NC_MINOR_ACCUMULATION": "{count} non-conformités mineures de l'audit du {audit} sont toujours ouvertes : "
    "{threshold} non-conformités mineures ou plus non levées au moment de la décision "
    "valent une non-conformité majeure.",
    "hint.NC_MINOR_ACCUMULATION": "Corrigez-en assez pour descendre sous {threshold}, en commençant par les plus rapides.",
    # Dates
    "finding.DATE_IN_FUTURE": "La date « {column} » ({date}) est à venir (nous sommes le {today}), alors qu'elle "
    "enregistre un fait déjà survenu.",
    "hint.DATE_IN_FUTURE": "Vérifiez la date ; le jour et le mois ont pu être inversés.",
    "finding.DUPLICATE_ID_ELSEWHERE": "L’identifiant {id} est utilisé deux fois dans {what}\u00a0: il figure déjà "
    "ligne {first_row} de {first_file} (feuille «\u00a0{first_sheet}\u00a0»), avec un contenu différent.",
    "hint.DUPLICATE_ID_ELSEWHERE": "Si l’un des fichiers est une ancienne copie de l’autre, ne gardez que le bon "
    "dans la boîte de dépôt\u00a0; sinon, donnez à cette ligne son propre identifiant.",
}
