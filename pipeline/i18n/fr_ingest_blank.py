"""Textes français des classeurs vierges : noms de fichiers, mode d'emploi, aide des rubriques."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # Noms de fichiers (sans extension) ; sans accents, pour voyager sans encombre.
    "file.self-assessment": "autoevaluation",
    "file.evidence": "preuves",
    "file.feedback": "appreciations",
    "file.complaints": "reclamations",
    "file.improvements": "ameliorations",
    "file.nonconformities": "non-conformites",
    # Titres
    "title.self-assessment": "Grille d'autoévaluation Qualiopi (référentiel {version}, "
    "{count} indicateurs)",
    "title.evidence": "Liste des preuves",
    "title.feedback": "Registre des appréciations des parties prenantes (indicateur 30)",
    "title.complaints": "Registre des réclamations (indicateur 31)",
    "title.improvements": "Actions d'amélioration (indicateur 32)",
    "title.nonconformities": "Non-conformités et plan d'actions",
    # À quoi sert chaque classeur
    "about.self-assessment": "Décrivez votre organisme (feuille {profile}) et, pour chaque "
    "indicateur, comment vous y répondez et avec quelles preuves "
    "(feuille {indicators}). C'est la préparation qu'attend "
    "l'auditeur : pendant l'audit, vous présentez vos réponses "
    "préparées.",
    "about.evidence": "Listez les preuves qui montrent comment vous répondez aux indicateurs. "
    "Chacune a un ID que la grille d'autoévaluation cite.",
    "about.feedback": "Consignez les appréciations recueillies auprès de chaque partie "
    "prenante (bénéficiaires, financeurs, équipes pédagogiques, "
    "entreprises), comme l'exige l'indicateur 30.",
    "about.complaints": "Consignez les réclamations, difficultés et aléas reçus et leur "
    "traitement, comme l'exige l'indicateur 31.",
    "about.improvements": "Consignez les actions d'amélioration tirées des appréciations, "
    "des réclamations, des audits et de votre veille, comme l'exige "
    "l'indicateur 32.",
    "about.nonconformities": "Consignez les non-conformités relevées par l'auditeur et votre "
    "plan d'actions pour les corriger.",
    # Que remplir, par classeur
    "fill.self-assessment": "Feuille {profile} : répondez à chaque rubrique dans la colonne "
    "« {value} ». Les réponses oui/non sur votre activité déterminent "
    "les indicateurs applicables.\nFeuille {indicators} : une ligne "
    "par indicateur. Indiquez son statut, votre démarche (ce que vous "
    "faites, comment et à quelle fréquence), les ID de ses preuves "
    "(liste des preuves), son responsable et la date de la dernière "
    "revue. Ne choisissez « {na} » que là où le référentiel le permet "
    "et dites pourquoi dans la dernière colonne.\nLe libellé officiel "
    "est le texte réglementaire ; il est verrouillé pour que la grille "
    "lui reste fidèle.",
    "fill.evidence": "Une ligne par preuve : un ID de votre choix (par exemple P-001), son "
    "intitulé, les indicateurs qu'elle étaye, son emplacement (un chemin "
    "dans le dossier des preuves de l'espace de travail, comme "
    "procedures/accueil.pdf, ou une adresse web), sa date ou version, son "
    "responsable et la date avant laquelle la revoir.",
    "fill.feedback": "Une ligne par recueil d'appréciations : sa date, la partie prenante, "
    "l'action ou la session, le mode de recueil, la note et l'échelle sur "
    "laquelle elle est donnée (par exemple 8,5 sur 10), un commentaire, et "
    "l'ID de l'action d'amélioration qui en découle, s'il y en a une.",
    "fill.complaints": "Une ligne par réclamation : un ID, sa date de réception, son auteur et "
    "son canal, son objet, les dates d'accusé de réception et de réponse, "
    "la réponse, la date de clôture, son statut, et l'action "
    "d'amélioration qui en découle, s'il y en a une.",
    "fill.improvements": "Une ligne par action : un ID (par exemple A-001, cité par les "
    "registres des appréciations et des réclamations), son origine, ce "
    "qui est fait, par qui, pour quand, son statut et la vérification de "
    "son efficacité.",
    "fill.nonconformities": "Une ligne par non-conformité du rapport d'audit : un ID, la date "
    "de l'audit, l'indicateur, la gravité (mineure ou majeure), le "
    "constat de l'auditeur, sa cause racine, l'action corrective, son "
    "responsable, son échéance, son statut, la preuve de correction et "
    "la vérification de l'efficacité.",
    # Mode d'emploi commun
    "how.cells": "Les cellules sur fond jaune clair sont à remplir ; les cellules grises sont "
    "des textes officiels ou des libellés, verrouillés.",
    "how.lists": "Listes fermées : choisissez une valeur dans la liste déroulante (vous "
    "pouvez aussi la saisir, en français ou en anglais).",
    "how.dates": "Dates : saisissez-les sous la forme {example} ou choisissez une date ; "
    "elles se lisent toujours jour d'abord, jamais mois d'abord.",
    "how.several": "Plusieurs ID ou indicateurs dans une cellule : séparez-les par des "
    "virgules, par exemple « P-001, P-002 » ou « 1, 2, 9 ».",
    "how.freedom": "Vous pouvez renommer ce fichier et ses feuilles, réordonner les colonnes, "
    "ajouter des lignes, ou réunir plusieurs feuilles dans un seul classeur : "
    "chaque feuille est reconnue à ses en-têtes de colonnes (ou, pour le "
    "profil, à ses libellés de rubriques). Ne modifiez pas ces en-têtes.",
    "how.hidden": "Les lignes et feuilles masquées sont lues comme les autres : supprimez ce "
    "qui ne doit pas compter.",
    "how.where": "Une fois rempli, enregistrez-le en « Classeur Excel (.xlsx) » dans le "
    "dossier inbox de votre espace de travail (inbox/, ou inbox/<organisme>/ si "
    "vous préparez plusieurs organismes). Lancez ensuite « qualiopi-docs "
    "validate » pour voir ce qui manque, et « qualiopi-docs build » pour produire "
    "les documents Word.",
    "how.computed": "L'outil détermine lui-même les indicateurs applicables (d'après le "
    "profil, pas par des formules du classeur), la version du référentiel "
    "(d'après la date d'audit prévue) et les liens entre classeurs (preuves "
    "citées, améliorations liées). N'ajoutez pas de formules pour cela.",
    "blank.validation.title": "Valeur hors liste",
    "blank.validation.message": "Choisissez une valeur dans la liste déroulante.",
    "blank.required": "* obligatoire",
    "blank.help_header": "Comment répondre",
    # Aide à côté de chaque rubrique du profil
    "help.profile.name": "Telle qu'enregistrée (Kbis ou avis INSEE).",
    "help.profile.siret": "14 chiffres, de l'établissement titulaire de la déclaration.",
    "help.profile.declaration_number": "Numéro de déclaration d'activité (11 chiffres).",
    "help.profile.address": "Adresse postale du siège.",
    "help.profile.introduction": (
        "Quelques phrases de présentation de l’organisme pour l’auditeur\u00a0; elles ouvrent le "
        "document préparatoire."
    ),
    "help.profile.quality_contact": "Nom de la personne chargée de la qualité.",
    "help.profile.category_af": "Oui si vous réalisez des actions de formation.",
    "help.profile.category_bc": "Oui si vous réalisez des bilans de compétences.",
    "help.profile.category_vae": "Oui si vous accompagnez la validation des acquis de "
    "l'expérience.",
    "help.profile.category_cfa": "Oui si vous réalisez des actions de formation par apprentissage.",
    "help.profile.certifying": "Oui si certaines prestations préparent une certification "
    "professionnelle enregistrée au RNCP (enregistrée au seul RS : non confirmé, répondez "
    "selon la lecture de votre certificateur).",
    "help.profile.work_linked": "Oui si vous réalisez des formations en alternance (contrats "
    "de professionnalisation...).",
    "help.profile.work_based": "Oui si vous réalisez des actions de formation en situation de "
    "travail (AFEST).",
    "help.profile.subcontracting": "Oui si vous sous-traitez des prestations ou recourez au "
    "portage salarial.",
    "help.profile.short_trainings_only": "Oui seulement si toutes vos formations durent 2 "
    "jours ou moins (l'indicateur 12 ne s'impose alors "
    "pas).",
    "help.profile.recognised_label": "Oui seulement si vous détenez une certification ou un label "
    "obtenu au titre de l'article R. 6316-3 dans sa rédaction au 31 décembre 2018, toujours "
    "actif : votre audit initial est alors allégé (arrêté du 6 juin 2019, art. 10). Sinon Non.",
    "help.profile.new_entrant_af": "Oui seulement pendant votre première année d'activité, avant "
    "votre premier BPF (bilan pédagogique et financier), ou si cette catégorie est nouvelle pour "
    "vous (aucune activité dans votre dernier BPF). Un organisme déjà actif qui demande sa "
    "première certification n'est pas un nouvel entrant. Répondez par catégorie : seuls les "
    "indicateurs des catégories à Oui relèvent du régime des nouveaux entrants.",
    "help.profile.new_entrant_bc": "Oui si les bilans de compétences sont nouveaux pour vous "
    "(aucun dans votre dernier BPF, ou première année d'activité).",
    "help.profile.new_entrant_vae": "Oui si l'accompagnement VAE est nouveau pour vous (aucun "
    "dans votre dernier BPF, ou première année d'activité).",
    "help.profile.new_entrant_cfa": "Oui si l'apprentissage est nouveau pour vous (aucune "
    "action dans votre dernier BPF, ou première année d'activité).",
    "help.profile.turnover": "Chiffre d'affaires formation du dernier exercice (BPF), en euros.",
    "help.profile.sites": "Nombre de sites où vous réalisez des prestations.",
    "help.profile.certifier": "Nom de l'organisme certificateur.",
    "help.profile.audit_type": "Audit initial, de surveillance ou de renouvellement.",
    "help.profile.audit_date": "Date prévue de l'audit : elle détermine la version du "
    "référentiel (V10 à partir du 01/11/2026).",
    "help.profile.certification_date": "Date de votre certificat en cours, si vous en avez un.",
}
