"""Textes français de la démo : liste des preuves (titre, emplacement) et contenu des fichiers."""

from __future__ import annotations

SITE = "https://www.atelier-horizon.example"
HEADER = "{organisation} – {edition} – responsable : {owner}"

# numéro -> (titre, emplacement relatif au dossier des preuves ou URL, contenu du fichier)
EVIDENCE: dict[int, tuple[str, str, str]] = {
    1: (
        "Catalogue des formations {year}",
        "catalogue/catalogue-formations-{year}.pdf",
        "Titre professionnel Secrétaire assistant : 9 mois, contrat de professionnalisation ou "
        "demandeurs d'emploi avec 8 semaines en entreprise.\nTitre professionnel Gestionnaire de "
        "paie : 7 mois, mêmes modalités.\nBilan de compétences : 24 h sur 8 à 12 semaines.\n"
        "Excel perfectionnement : 2 jours. Accueil et relation client : 3 jours, en intra.\n"
        "Pour chaque action : prérequis, objectifs, reconnaissance, tarifs, délais d'accès, "
        "financements, contacts et accessibilité.",
    ),
    2: ("Page « Nos formations » du site", f"{SITE}/formations", ""),
    3: (
        "Fiche programme – TP Secrétaire assistant",
        "programmes/programme-secretaire-assistant.md",
        "Reconnaissance : titre professionnel de niveau 4 (RNCP), ministère du Travail.\n"
        "Prérequis : niveau 3ème, aisance avec l'écrit. Délai d'accès : 4 à 6 semaines.\n"
        "Objectifs : assurer les travaux administratifs courants, l'accueil, la gestion de "
        "l'information et le suivi administratif des ressources humaines.\n"
        "Évaluation : études de cas, mises en situation, épreuves du titre.\n"
        "Accessibilité : contacter la référente handicap.",
    ),
    4: (
        "Fiche programme – TP Gestionnaire de paie",
        "programmes/programme-gestionnaire-paie.md",
        "Reconnaissance : titre professionnel de niveau 5 (RNCP), deux blocs (CCP).\n"
        "Objectifs : établir les bulletins de paie, la DSN et les déclarations sociales.\n"
        "Modalités : présentiel, 20 % à distance, période en entreprise.\n"
        "Tarif : 7 900 € ; financements : contrat de professionnalisation, France Travail, CPF.",
    ),
    5: (
        "Fiche programme – Bilan de compétences",
        "programmes/programme-bilan-competences.md",
        "Cadre légal : articles L. 6313-4 et R. 6313-4 du Code du travail.\n"
        "Trois phases : préliminaire, investigation, conclusion ; 24 h dont 18 h d'entretiens.\n"
        "Objectifs : analyser ses compétences, construire un projet réaliste, planifier sa mise "
        "en œuvre. Document de synthèse remis au seul bénéficiaire.",
    ),
    6: ("Page « Nos résultats » du site", f"{SITE}/resultats", ""),
    7: (
        "Indicateurs de résultats {last_year} et méthode de calcul",
        "resultats/indicateurs-resultats-{last_year}.pdf",
        "TP Secrétaire assistant : 14 candidats présentés, 12 titres obtenus (86 %).\n"
        "TP Gestionnaire de paie : 11 présentés, 9 obtenus (82 %), 3 blocs validés.\n"
        "Taux d'abandon : 6 % (abandons / entrées de l'année).\n"
        "Insertion à 6 mois : 78 % (répondants en emploi / répondants, 41 répondants sur 48).\n"
        "Satisfaction à chaud : 4,4 / 5 (moyenne des questionnaires de fin de formation).",
    ),
    8: (
        "Grille d'analyse du besoin",
        "admission/grille-analyse-besoin.md",
        "1. Projet professionnel et motivations.\n2. Parcours, diplômes, expérience.\n"
        "3. Contexte de l'entreprise ou du financeur, attentes du tuteur.\n"
        "4. Contraintes (horaires, mobilité, garde d'enfants).\n"
        "5. Besoins d'adaptation, dont situation de handicap.\n6. Financement envisagé.",
    ),
    9: (
        "Compte rendu d'entretien préalable (exemple anonymisé)",
        "admission/cr-entretien-prealable.txt",
        "Candidate : Mme L., 34 ans, reconversion après 10 ans dans la vente.\n"
        "Entreprise d'accueil : cabinet comptable, tuteur présent.\n"
        "Besoin : TP Gestionnaire de paie en contrat de professionnalisation.\n"
        "Points d'attention : remise à niveau Excel ; horaires compatibles avec la garde "
        "d'enfants.\nDécision : entrée en session de mars, module Excel renforcé.",
    ),
    10: (
        "Tableau croisé programme / référentiel du titre",
        "certification/tableau-croise-referentiel.md",
        "| Séquence | Compétence du référentiel | Évaluation |\n|---|---|---|\n"
        "| S1 Accueil | Accueillir et orienter | Mise en situation |\n"
        "| S4 Paie | Établir les bulletins | Étude de cas |\n"
        "Mis à jour à chaque nouvelle version du référentiel du titre.",
    ),
    11: (
        "Décision d'agrément du centre pour les sessions de titre professionnel",
        "certification/agrement-centre.pdf",
        "Agrément du centre Atelier Horizon Formation pour organiser les sessions d'examen des "
        "titres professionnels Secrétaire assistant et Gestionnaire de paie.\n"
        "Durée de validité : 5 ans. Plateau technique contrôlé lors de la visite d'agrément.",
    ),
    12: (
        "Test de positionnement à l'entrée",
        "admission/test-positionnement.md",
        "QCM de 30 questions (français écrit, calcul, bureautique) et mise en situation de "
        "15 minutes.\nRésultat : parcours standard, allégé ou renforcé, validé en entretien.",
    ),
    13: (
        "Livret d'accueil",
        "accueil/livret-accueil.pdf",
        "Bienvenue à l'Atelier Horizon. Horaires : 9 h – 12 h 30, 13 h 30 – 17 h.\n"
        "Vos référents : pédagogie Julien Besson, administration Nadia Perrin, handicap "
        "Samira Haddad.\nPlateforme en ligne, règlement intérieur, accès et stationnement.\n"
        "Que faire en cas de difficulté, de violence ou de discrimination.",
    ),
    14: (
        "Règlement intérieur",
        "accueil/reglement-interieur.md",
        "Articles L. 6352-3 et suivants du Code du travail.\nAssiduité, hygiène et sécurité, "
        "discipline, représentation des stagiaires.\nInterdiction et signalement de toute "
        "forme de harcèlement, de violence et de discrimination.",
    ),
    15: (
        "Convocation type",
        "accueil/convocation-type.txt",
        "Objet : votre entrée en formation le [date] à 9 h.\nPièces jointes : livret "
        "d'accueil, règlement intérieur, planning.\n"
        "Contact : accueil@atelier-horizon.example",
    ),
    16: (
        "Livret de suivi pédagogique",
        "suivi/livret-suivi.md",
        "Points individuels mensuels : acquis, difficultés, actions décidées.\n"
        "Groupes de niveau en bureautique, révisés à mi-parcours.\n"
        "Signatures de l'apprenant et du formateur référent.",
    ),
    17: (
        "Plan individuel d'adaptation (modèle)",
        "handicap/plan-individuel-adaptation.md",
        "Besoin exprimé, aménagements (temps, supports, poste de travail), partenaires "
        "mobilisés, bilan à mi-parcours. Établi avec la référente handicap et la personne "
        "concernée.",
    ),
    18: (
        "Grilles d'évaluation des acquis",
        "evaluation/grilles-evaluation.md",
        "Une grille par module : critères observables, niveau attendu, note.\n"
        "Évaluation finale avant présentation au titre ; résultats consignés dans le livret "
        "de suivi.",
    ),
    19: (
        "Modèles de synthèse de bilan et d'entretien à 6 mois",
        "bilan/synthese-et-suivi.md",
        "Synthèse : circonstances du bilan, compétences identifiées, projet retenu, étapes "
        "de mise en œuvre.\nEntretien à 6 mois : avancement du projet, difficultés, besoins.",
    ),
    20: (
        "Procédure de prévention des abandons",
        "procedures/prevention-abandons.md",
        "1. Toute absence non justifiée : appel sous 24 h.\n2. Deuxième signal (absence, "
        "retard, baisse des résultats) : entretien avec le responsable pédagogique.\n"
        "3. En alternance : point avec le tuteur sous 8 jours.\n4. Relances tracées.",
    ),
    21: (
        "Procédure violences, harcèlement et discriminations",
        "procedures/prevention-violences.md",
        "Champ : toute situation de violence, dont les violences sexistes et sexuelles, de "
        "harcèlement ou de discrimination, en formation ou en entreprise.\n"
        "Référentes : Claire Morel et Samira Haddad.\nSignalement : entretien sous 48 h, "
        "mesures de protection, information des autorités si nécessaire, suivi écrit.",
    ),
    22: (
        "Carnet de liaison alternance",
        "alternance/carnet-liaison.md",
        "Missions confiées à court, moyen et long terme, définies avec le tuteur.\n"
        "Progression centre / entreprise par période ; visa du tuteur et du formateur.",
    ),
    23: (
        "Comptes rendus de visites en entreprise {year}",
        "alternance/visites-entreprise-{year}.txt",
        "12 visites réalisées sur les six derniers mois.\n"
        "Exemple : cabinet comptable, alternante en paie ; missions conformes au carnet, "
        "autonomie en hausse ; prochaine étape : DSN mensuelle accompagnée.",
    ),
    24: (
        "Information des candidats sur les épreuves",
        "certification/information-candidats.md",
        "Déroulement : mise en situation professionnelle, entretien technique, dossier "
        "professionnel, entretien final.\nCalendrier d'inscription, pièces à fournir, "
        "aménagements possibles pour les candidats en situation de handicap.",
    ),
    25: (
        "Procès-verbal de la session d'examen de juin",
        "certification/pv-session-juin.pdf",
        "Session du titre professionnel Gestionnaire de paie.\n11 candidats présentés, 9 titres "
        "obtenus, 2 certificats de compétences professionnelles.\nJury de deux "
        "professionnels habilités.",
    ),
    26: (
        "Registre public d'accessibilité",
        "locaux/registre-accessibilite.md",
        "Établissement recevant du public de 5e catégorie, accessible de plain-pied.\n"
        "Prestations : accueil, salles, sanitaires adaptés ; personnel formé à l'accueil des "
        "personnes en situation de handicap.",
    ),
    27: (
        "Document unique d'évaluation des risques",
        "locaux/document-unique.pdf",
        "Unité de travail formation : risques écran, chute de plain-pied, risques "
        "psychosociaux.\nActions : réglage des postes, formation gestes et postures.\n"
        "Prochaine mise à jour annuelle à prévoir.",
    ),
    28: (
        "Organigramme fonctionnel et référents",
        "organisation/organigramme.md",
        "Direction et qualité : Claire Morel. Pédagogie : Julien Besson.\nRelations "
        "entreprises et handicap : Samira Haddad. Bilans : Thomas Leroy.\nAdministration : "
        "Nadia Perrin. Formateurs sous-traitants : bureautique, logiciel de paie.",
    ),
    29: (
        "Compte rendu de réunion d'équipe",
        "organisation/cr-reunion-equipe.txt",
        "Présents : équipe permanente, deux formateurs sous-traitants.\nOrdre du jour : "
        "plannings du trimestre, alternants en difficulté, préparation de la session "
        "d'examen.\nDécisions : binôme formateur pour le module DSN.",
    ),
    30: (
        "Guide d'accès à la plateforme en ligne",
        "ressources/guide-plateforme.md",
        "Connexion, parcours, ressources par module, forum, assistance par courriel sous "
        "48 h. Tutoriel vidéo de 5 minutes.",
    ),
    31: (
        "Suivi hebdomadaire des modules à distance",
        "ressources/suivi-modules-distance.txt",
        "Semaine écoulée : 23 apprenants, 21 actifs, 2 relancés par téléphone.\n"
        "Taux de réalisation des modules : 91 %.",
    ),
    32: (
        "Grille de sélection et d'évaluation des intervenants",
        "rh/grille-intervenants.md",
        "Critères : diplôme, 5 ans d'expérience du métier, expérience de formation d'adultes, "
        "sensibilisation au handicap.\nÉvaluation annuelle : appréciations, observation en "
        "séance, entretien.",
    ),
    33: (
        "Plan de développement des compétences {year}",
        "rh/plan-developpement-competences-{year}.md",
        "Prévention des violences sexistes et sexuelles : toute l'équipe.\n"
        "Accessibilité numérique des supports : 2 formateurs.\nActualité de la paie : "
        "formateur paie. Groupe d'analyse de pratiques trimestriel.",
    ),
    34: (
        "Tableau de veille réglementaire",
        "veille/veille-reglementaire.md",
        "| Date | Source | Nouveauté | Impact | Action |\n|---|---|---|---|---|\n"
        "| août 2026 | Légifrance | Décret n° 2026-728, référentiel qualité V10 | "
        "12 indicateurs modifiés, indicateur 33 créé | Réviser grille et procédures |",
    ),
    35: (
        "Note de veille métiers",
        "veille/veille-metiers.md",
        "Paie : généralisation de la DSN, montée des outils de paie en ligne.\n"
        "Secrétariat : dématérialisation, relation client à distance.\n"
        "Conséquences : module DSN renforcé, exercices sur logiciel en ligne.",
    ),
    36: (
        "Annuaire des partenaires handicap et nomination de la référente",
        "handicap/partenaires-handicap.md",
        "Référente handicap : Samira Haddad, nommée par la directrice, formée en {last_year}.\n"
        "Partenaires : Agefiph, Cap emploi, MDPH, Ressource Handicap Formation.",
    ),
    37: (
        "Contrat de sous-traitance type",
        "sous-traitance/contrat-type.md",
        "Missions, contenus, moyens, modalités de suivi, durée, période, prix.\n"
        "Clause qualité : le sous-traitant respecte le référentiel national qualité pour les "
        "missions confiées et fournit les preuves demandées.",
    ),
    38: (
        "Suivi annuel des sous-traitants",
        "sous-traitance/suivi-sous-traitants.txt",
        "Formateur bureautique : appréciations 4,5 / 5, observation en séance conforme.\n"
        "Formateur paie : appréciations 4,3 / 5, justificatifs à jour.",
    ),
    39: (
        "Conventions de partenariat entreprises",
        "partenariats/conventions.md",
        "Huit entreprises partenaires : accueil de stagiaires et d'alternants, participation "
        "au comité de pilotage et aux jurys de mise en situation.",
    ),
    40: (
        "Compte rendu du comité de pilotage",
        "partenariats/cr-comite-pilotage.md",
        "Participants : 6 entreprises, France Travail, équipe pédagogique.\n"
        "Décisions : calendrier des périodes en entreprise, renforcement DSN, cas pratiques "
        "fournis par les cabinets.",
    ),
    41: (
        "Questionnaires d'appréciation",
        "satisfaction/questionnaires.md",
        "À chaud (/5), à froid à 3 mois (/10), fin de bilan et à 6 mois (/10), tuteurs (/10), "
        "formateurs (/5), trame d'échange annuel avec les financeurs.",
    ),
    42: (
        "Synthèse trimestrielle des appréciations",
        "satisfaction/synthese-trimestrielle.md",
        "Bénéficiaires 4,4 / 5 à chaud ; entreprises 8,4 / 10 ; formateurs 4,4 / 5.\n"
        "Points d'amélioration retenus : plateforme, prévention des violences.",
    ),
    43: (
        "Procédure de traitement des réclamations et des aléas",
        "procedures/reclamations-aleas.md",
        "Réception par tout canal, enregistrement au registre, accusé de réception sous "
        "2 jours ouvrés, analyse, réponse sous 15 jours, clôture, action d'amélioration si "
        "besoin. Médiation possible.",
    ),
    44: (
        "Analyse des risques sur la qualité des formations",
        "amelioration/analyse-risques.md",
        "| Risque | Probabilité | Gravité | Mesure |\n|---|---|---|---|\n"
        "| Dépendance à un seul formateur paie | forte | forte | former un second formateur |\n"
        "| Abandons en alternance | moyenne | forte | alerte d'absence sous 24 h |",
    ),
    45: (
        "Compte rendu de revue qualité",
        "amelioration/revue-qualite.md",
        "Analyse du trimestre : appréciations, réclamations, abandons, veille.\n"
        "Décisions : mise en conformité V10, second formateur paie.",
    ),
}
