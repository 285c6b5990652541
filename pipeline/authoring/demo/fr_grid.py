"""Textes français de la démo : profil de l'organisme et démarche pour chaque indicateur."""

from __future__ import annotations

ADDRESS = "12 rue des Tanneurs, 49100 Angers"
QUALITY_CONTACT = "Claire Morel, directrice et référente qualité (qualite@atelier-horizon.example)"
CERTIFIER = "Certi-Ouest Qualité (organisme certificateur fictif)"
NOT_APPLICABLE = (
    "Indicateur propre aux actions de formation par apprentissage : Atelier Horizon "
    "Formation n'est pas un CFA."
)

APPROACHES: dict[int, str] = {
    1: "Chaque formation et le bilan de compétences ont une fiche programme publiée sur le site "
    "et dans le catalogue : prérequis, objectifs, type de reconnaissance (titre professionnel, "
    "code RNCP, certificateur), durée, modalités pédagogiques et de financement, délais "
    "d'accès, tarifs, contacts, méthodes, modalités d'évaluation et accessibilité aux personnes "
    "en situation de handicap. La directrice relit les fiches chaque trimestre avec une grille "
    "qui vérifie aussi qu'aucune mention ne peut induire en erreur (financement, poursuite "
    "d'études).",
    2: "Chaque année en janvier, nous publions sur le site, par formation, les taux de "
    "satisfaction, d'abandon, de réussite au titre et d'insertion à 6 mois. Chaque indicateur "
    "est accompagné de sa méthode de calcul (période, nombre de répondants, dénominateur), "
    "comme l'exige le nouvel énoncé V10.",
    3: "Pour les titres professionnels Secrétaire assistant et Gestionnaire de paie, les fiches "
    "programmes et la page résultats indiquent le taux d'obtention rapporté aux candidats "
    "présentés, la validation possible par blocs de compétences (CCP), les équivalences et "
    "passerelles, les poursuites d'études (BTS en alternance) et les débouchés observés. Les "
    "taux sont mis à jour après chaque session d'examen.",
    4: "Chaque demande donne lieu à un entretien préalable conduit avec notre grille d'analyse du "
    "besoin (projet, contexte, contraintes, financement, besoins d'adaptation), en lien avec "
    "l'entreprise ou le financeur lorsqu'ils sont concernés. Pour les alternants, le tuteur "
    "participe à l'entretien ; le compte rendu est versé au dossier et fonde la proposition.",
    5: "Les objectifs opérationnels et évaluables de chaque programme sont rédigés à partir des "
    "compétences du référentiel du titre (verbe d'action, conditions, critères de réussite). "
    "Pour le bilan de compétences, les objectifs des trois phases figurent dans la convention "
    "signée avec le bénéficiaire.",
    6: "Le déroulé pédagogique de chaque formation décrit les séquences, durées, méthodes et "
    "modalités (présentiel, distance, périodes en entreprise) ; le calendrier de l'alternance "
    "est remis à l'entreprise. Les adaptations possibles (rythme, supports, aménagements "
    "pour les personnes en situation de handicap) sont prévues et précisées après "
    "l'entretien préalable.",
    7: "Un tableau croisé relie chaque séquence aux compétences et critères d'évaluation du "
    "référentiel du titre ; il est mis à jour à chaque nouvelle version du titre. Nous sommes "
    "centre agréé pour organiser les sessions d'examen des deux titres, ce qui prouve notre "
    "capacité à assurer la certification, exigence ajoutée par la V10.",
    8: "À l'entrée, chaque candidat passe un test de positionnement (QCM et mise en situation) "
    "puis un entretien avec le responsable pédagogique. Les résultats fixent le parcours, "
    "les éventuels allègements ou renforcements, et sont tracés dans le dossier d'admission "
    "avec la vérification des prérequis.",
    9: "Une convocation part 15 jours avant l'entrée avec le livret d'accueil, le règlement "
    "intérieur, le planning, les noms des référents pédagogique, administratif et handicap, "
    "et les accès à la plateforme en ligne. Une matinée d'accueil reprend ces informations le "
    "premier jour.",
    10: "Le livret de suivi pédagogique trace les points individuels mensuels, les groupes de "
    "niveau en bureautique et les adaptations de rythme. Pour les personnes en situation de "
    "handicap, un plan individuel d'adaptation est établi avec la référente handicap ; en "
    "bilan, le consultant adapte le rythme des entretiens au projet du bénéficiaire.",
    11: "Les acquis sont évalués en cours de formation (études de cas, mises en situation) et en "
    "fin de formation avec des grilles critériées ; les résultats aux sessions de titre et "
    "la délivrance des titres sont suivis. En bilan, la synthèse vérifie l'atteinte des "
    "objectifs et un entretien de suivi est proposé à 6 mois.",
    12: "Notre procédure de prévention des abandons prévoit un appel sous 24 h après toute "
    "absence, des relances tracées, un entretien dès le deuxième signal d'alerte et des "
    "rencontres tuteur–apprenant. Depuis la V10, une procédure de prévention et de "
    "traitement des violences, dont les violences sexistes et sexuelles, du harcèlement et "
    "des discriminations est remise à l'entrée, avec deux référentes et un circuit de "
    "signalement.",
    13: "Pour chaque contrat de professionnalisation, un carnet de liaison partagé entre "
    "l'alternant, le tuteur et le formateur référent fixe les missions confiées à court, "
    "moyen et long terme et suit leur progression. Une visite en entreprise a lieu chaque "
    "semestre et un point téléphonique mensuel coordonne les apprentissages entre le centre "
    "et l'entreprise.",
    16: "Les candidats sont informés dès l'entrée du déroulement des épreuves (mise en situation, "
    "dossier professionnel, entretien final). Nous les inscrivons aux sessions dans les "
    "délais fixés, vérifions la complétude des dossiers professionnels, demandons les "
    "aménagements d'épreuves nécessaires et archivons les procès-verbaux de session.",
    17: "Nos locaux d'Angers (deux salles, une salle informatique de 12 postes, un bureau "
    "fermé pour les bilans) sont accessibles et décrits dans le registre public "
    "d'accessibilité. Les risques sont évalués dans le document unique ; pour les sessions "
    "en entreprise, une fiche vérifie les conditions matérielles avant le démarrage.",
    18: "L'organigramme fonctionnel précise les rôles (direction et qualité, pédagogie, "
    "relations entreprises et handicap, administration) et le référent de chaque formation. "
    "Une réunion d'équipe mensuelle avec les formateurs internes et sous-traitants coordonne "
    "plannings, logistique et suivi des apprenants ; ses comptes rendus sont archivés.",
    19: "Les apprenants accèdent à la plateforme en ligne (supports, exercices, fiches pratiques, "
    "fiches RNCP) avec un tutoriel et une assistance sous 48 h. Pour les modules à distance, "
    "le responsable pédagogique contrôle chaque semaine les journaux de connexion et de "
    "réalisation et relance les inactifs (exigence V10) ; chaque formation a un référent "
    "pédagogique qui coordonne les intervenants.",
    21: "Une grille de sélection définit les compétences attendues de chaque intervenant "
    "(diplôme, expérience du métier, expérience de la formation d'adultes) ; CV et "
    "justificatifs sont tenus à jour, sous-traitants compris. Chaque intervenant est évalué "
    "une fois par an à partir des appréciations des apprenants et d'une observation en "
    "séance.",
    22: "Le plan de développement des compétences {year} découle des entretiens professionnels : "
    "prévention des violences sexistes et sexuelles, accessibilité numérique, actualisation "
    "en paie. Un groupe d'analyse de pratiques réunit l'équipe pédagogique chaque trimestre.",
    23: "La directrice tient une veille réglementaire datée (Centre Inffo, travail-emploi.gouv.fr, "
    "France compétences, Légifrance) avec, pour chaque nouveauté, l'impact et l'action "
    "décidée. Le décret n° 2026-728 a ainsi conduit à réviser la grille d'auto-évaluation, "
    "les fiches programmes et la procédure sur les violences.",
    24: "Nous suivons l'évolution des métiers du secrétariat et de la paie (fiches métiers, "
    "observatoire de branche, comité de pilotage avec les entreprises partenaires). Les "
    "enseignements sont consignés dans une note de veille et intégrés aux programmes, par "
    "exemple le module sur la déclaration sociale nominative.",
    25: "La veille sur les innovations pédagogiques et technologiques est confiée au responsable "
    "pédagogique (webinaires, réseau régional de formateurs, essais d'outils). Le compte "
    "rendu du groupe de veille de l'automne reste à formaliser avant l'audit.",
    26: "La référente handicap, nommée et formée, s'appuie sur l'annuaire des partenaires du "
    "territoire (Agefiph, Cap emploi, MDPH, Ressource Handicap Formation). Chaque besoin "
    "repéré à l'entretien préalable donne lieu à un plan individuel d'adaptation ; quand "
    "nous ne pouvons pas accueillir une personne, nous l'orientons vers un partenaire.",
    27: "Deux formateurs indépendants interviennent en sous-traitance (bureautique, logiciel de "
    "paie). Leur contrat précise missions, contenus, moyens, suivi, durée, prix et une "
    "clause de respect du référentiel national qualité, ce qui assure la traçabilité exigée "
    "par la V10 ; une grille de suivi annuelle vérifie son application.",
    28: "Les entreprises partenaires (cabinets comptables, PME du bassin angevin) siègent au "
    "comité de pilotage annuel qui co-construit les parcours en alternance et le calendrier "
    "des périodes en entreprise. Des conventions de partenariat facilitent l'accueil des "
    "stagiaires demandeurs d'emploi et des alternants.",
    30: "Nous recueillons les appréciations des bénéficiaires (à chaud, à froid à 3 mois, fin de "
    "bilan et à 6 mois), des financeurs (échange annuel avec les OPCO, France Travail et la "
    "Région), des formateurs (bilan de fin de session) et des entreprises (questionnaire "
    "tuteur). Tout est consolidé dans le registre des appréciations et analysé chaque "
    "trimestre.",
    31: "Réclamations, difficultés et aléas sont reçus par tout canal et inscrits au registre ; "
    "un accusé de réception part sous 2 jours ouvrés et une réponse sous 15 jours. Chaque "
    "traitement est tracé jusqu'à la clôture et peut donner lieu à une action "
    "d'amélioration ; une médiation est proposée en cas de désaccord.",
    32: "Une revue qualité trimestrielle analyse appréciations, réclamations, abandons et veille, "
    "et alimente le plan d'amélioration continue (responsable, échéance, vérification "
    "d'efficacité). Comme l'exige la V10, une analyse des risques sur la qualité des "
    "formations (dépendance à un formateur, abandons, sous-traitance, accessibilité) est "
    "mise à jour chaque année.",
}
