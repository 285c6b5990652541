"""Textes français de la démo : appréciations, réclamations, améliorations, non-conformités."""

from __future__ import annotations

# Préfixes des identifiants : preuves, réclamations, améliorations, non-conformités.
PREFIXES = {"evidence": "P", "complaint": "R", "improvement": "A", "nonconformity": "NC"}
EDITION = "v{edition} du {day:%d/%m/%Y}"

ACTIONS: dict[str, str] = {
    "sa_pro": "TP Secrétaire assistant – contrats de professionnalisation",
    "gp_pro": "TP Gestionnaire de paie – contrats de professionnalisation",
    "gp_de": "TP Gestionnaire de paie – demandeurs d'emploi",
    "bc": "Bilan de compétences",
    "excel": "Excel perfectionnement (inter-entreprises, formateur sous-traitant)",
    "accueil": "Accueil et relation client (intra-entreprise)",
}

COMMENTS: dict[str, str] = {
    "b_practical": "Beaucoup de cas pratiques, formateurs disponibles.",
    "t_group_level": "Groupe hétérogène en bureautique : prévoir des groupes de niveau.",
    "b_excel_pace": "Rythme soutenu mais exercices très utiles au quotidien.",
    "c_visibility": "Le tuteur manque de visibilité sur la progression de l'alternante au centre.",
    "b_equipment": "Ordinateurs lents en salle informatique, on perd du temps.",
    "f_france_travail": "Bilan annuel avec France Travail : attentes sur le suivi des absences.",
    "b_bc_listening": "Écoute de grande qualité, projet clarifié.",
    "t_subcontractor_brief": "Brief pédagogique reçu tard avant la session.",
    "c_intra_adapted": "Contenu bien adapté à nos situations d'accueil.",
    "b_cold_job": "En poste depuis deux mois dans le métier visé.",
    "t_absences": "Absences d'alternants connues trop tard par les tuteurs.",
    "b_bc_followup": "Projet engagé, formation complémentaire trouvée.",
    "c_tutor_booklet": "Le carnet de liaison facilite les échanges avec le centre.",
    "b_dsn": "Pas assez d'exercices sur la DSN.",
    "t_dsn": "Ajouter des études de cas DSN issues des cabinets partenaires.",
    "f_opco_attendance": "L'OPCO demande des attestations d'assiduité mensuelles.",
    "b_equipment_better": "Nouveaux postes : beaucoup plus confortable.",
    "b_cold_apply": "J'applique les techniques d'accueil téléphonique au quotidien.",
    "t_bc_tools": "Renouveler les tests d'intérêts professionnels.",
    "b_exam_prep": "Bonne préparation au dossier professionnel.",
    "c_work_period": "Stagiaire opérationnel dès la deuxième semaine.",
    "f_region_results": "La Région souligne des résultats d'insertion au-dessus de la moyenne.",
    "c_excel_use": "Les salariés utilisent les tableaux croisés dynamiques au quotidien.",
    "b_platform": "Difficile de savoir où en est mon parcours sur la plateforme.",
    "c_visits": "Visite semestrielle utile, objectifs clairs pour la suite.",
    "t_liaison_booklet": "Le carnet numérique améliore le lien avec les tuteurs.",
    "b_bc_project": "Reconversion engagée, bilan déterminant.",
    "f_cpf_info": "Rappel des règles CPF : information conforme sur nos fiches.",
    "t_room": "Salle 2 trop petite pour 12 stagiaires.",
    "f_opco_attendance_ok": "Attestations d'assiduité reçues chaque mois, conformes.",
    "c_hired": "Alternante embauchée en CDI à la fin du contrat.",
    "b_dsn_better": "Les cas DSN sont très concrets.",
    "t_risk_single_trainer": "Un seul formateur maîtrise le logiciel de paie : risque en cas "
    "d'absence.",
    "b_cold_search": "Toujours en recherche, mais entretiens obtenus grâce au réseau.",
    "f_france_travail_dropouts": "France Travail salue le faible taux d'abandon.",
    "t_violence_procedure": "Besoin d'une fiche réflexe sur les violences pour les formateurs.",
    "b_welcome": "Accueil clair, référents bien identifiés.",
    "b_platform_ok": "Le suivi à distance est maintenant clair.",
}

# numéro -> (objet, description, réponse)
COMPLAINTS: dict[int, tuple[str, str, str]] = {
    1: (
        "Convocation reçue tardivement",
        "La stagiaire a reçu sa convocation deux jours avant l'entrée en formation.",
        "Excuses présentées ; convocations désormais envoyées automatiquement 15 jours avant.",
    ),
    2: (
        "Absence d'un alternant non signalée au tuteur",
        "Le tuteur n'a appris l'absence de son alternant au centre qu'une semaine plus tard.",
        "Alerte d'absence au tuteur sous 24 h mise en place via le carnet de liaison numérique.",
    ),
    3: (
        "Facture non conforme",
        "L'OPCO signale un écart entre les heures facturées et les feuilles d'émargement.",
        "Facture corrigée et renvoyée ; double contrôle des émargements avant facturation.",
    ),
    4: (
        "Vidéoprojecteur en panne en salle 1",
        "Aléa : le vidéoprojecteur est tombé en panne au début de la session Excel.",
        "Session déplacée en salle 2 dans l'heure ; vidéoprojecteur remplacé le lendemain.",
    ),
    5: (
        "Rendez-vous de bilan reporté sans préavis",
        "Un entretien de bilan a été reporté la veille pour indisponibilité du consultant.",
        "Excuses, nouveau rendez-vous sous 5 jours et règle de report d'au moins 72 h rappelée.",
    ),
    6: (
        "Accès impossible à la plateforme en ligne",
        "Une apprenante n'arrive pas à se connecter aux modules à distance depuis une semaine.",
        "",
    ),
}

# numéro -> (description, vérification d'efficacité)
IMPROVEMENTS: dict[int, tuple[str, str]] = {
    1: (
        "Recueillir chaque année l'appréciation des financeurs et des tuteurs (non-conformité "
        "de l'audit initial sur l'indicateur 30).",
        "Les quatre groupes de parties prenantes figurent au registre des 12 derniers mois.",
    ),
    2: (
        "Remplacer six postes de la salle informatique.",
        "Note « matériel » passée de 3,2 à 4,2 / 5 à la session suivante.",
    ),
    3: (
        "Carnet de liaison numérique partagé avec les tuteurs et alerte d'absence sous 24 h.",
        "Aucune absence découverte tardivement depuis ; tuteurs satisfaits (8 / 10).",
    ),
    4: (
        "Envoyer automatiquement les convocations 15 jours avant l'entrée.",
        "100 % des convocations envoyées à J-15 sur les trois sessions suivantes.",
    ),
    5: (
        "Double contrôle des feuilles d'émargement avant toute facturation à l'OPCO.",
        "Aucune facture rejetée sur les six derniers mois.",
    ),
    6: (
        "Mettre le dispositif en conformité avec la V10 : fiches programmes, procédure "
        "violences, suivi hebdomadaire des modules à distance, grille d'auto-évaluation.",
        "",
    ),
    7: ("Former un second formateur au logiciel de paie (analyse des risques).", ""),
    8: (
        "Ajouter des études de cas DSN fournies par les cabinets partenaires.",
        "Note du module paie passée de 3,9 à 4,4 / 5.",
    ),
}

# numéro -> (constat de l'auditeur, cause, action corrective, preuve, efficacité)
NONCONFORMITIES: dict[int, tuple[str, str, str, str, str]] = {
    1: (
        "Le contrat du formateur sous-traitant en bureautique ne prévoit pas le respect du "
        "référentiel qualité et aucun suivi de sa prestation n'est réalisé.",
        "Contrat repris d'un modèle antérieur à Qualiopi ; pas de processus de sélection et de "
        "suivi des sous-traitants.",
        "Nouveau contrat type avec clause qualité signé par les deux sous-traitants ; grille de "
        "suivi annuelle ; participation des sous-traitants aux réunions d'équipe.",
        "P-37 contrat type, P-38 suivi annuel ; levée confirmée par le certificateur.",
        "Suivi annuel réalisé pour les deux sous-traitants.",
    ),
    2: (
        "Les indicateurs de résultats publiés ne sont ni datés ni accompagnés du nombre de "
        "répondants.",
        "Publication faite à partir d'un tableau interne sans règle de présentation.",
        "Page résultats refaite : période, effectifs et méthode de calcul pour chaque indicateur.",
        "P-06 page « Nos résultats », P-07 indicateurs {last_year}.",
        "À vérifier lors de l'audit de surveillance.",
    ),
    3: (
        "Les appréciations des financeurs et des entreprises ne sont pas recueillies.",
        "Questionnaires prévus pour les seuls stagiaires.",
        "Échange annuel avec chaque financeur et questionnaire tuteur ajoutés au dispositif.",
        "P-41 questionnaires, registre des appréciations.",
        "À vérifier lors de l'audit de surveillance.",
    ),
}
