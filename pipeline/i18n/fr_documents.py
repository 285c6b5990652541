"""Textes français des documents Word : libellés calculés, erreurs de modèles."""

from __future__ import annotations

TEXT: dict[str, str] = {
    # Noms de fichiers et titres
    "doc.file.preparation": "preparation-audit.docx",
    "doc.file.action_plan": "plan-actions-non-conformites.docx",
    "doc.file.feedback_register": "registre-appreciations.docx",
    "doc.file.complaint_register": "registre-reclamations.docx",
    "doc.file.improvement_register": "registre-ameliorations.docx",
    "doc.file.companion": "preparation-audit-interne.docx",
    "doc.file.validation_report": "rapport-validation.docx",
    "doc.title.preparation": "Préparation de l'audit",
    "doc.title.action_plan": "Plan d'actions des non-conformités",
    "doc.title.feedback_register": "Registre des appréciations (indicateur 30)",
    "doc.title.complaint_register": "Registre des réclamations (indicateur 31)",
    "doc.title.improvement_register": "Registre des actions d'amélioration (indicateur 32)",
    "doc.title.companion": "Préparation de l’audit — notes internes (ne pas envoyer)",
    "doc.title.validation_report": "Rapport de validation",
    # Valeurs
    "doc.todo": "À COMPLÉTER",
    "doc.days.one": "{n} jour",
    "doc.days.other": "{n} jours",
    "doc.euros": "{amount} €",
    "doc.severity.error": "Erreur",
    "doc.severity.warning": "Avertissement",
    "doc.period.range": "Du {start} au {end}",
    "doc.period.until": "Jusqu'au {end}",
    # Statut d’un indicateur : les mots de la grille (choice.status.*), et celui que seul le
    # registre des non-conformités décide
    "doc.status.open_nc": "Non-conformité ouverte",
    "doc.status.with_reasons": "{status} : {reasons}",
    "doc.status.reason.error": "donnée à corriger dans les classeurs",
    "doc.status.reason.evidence": "preuve à corriger",
    "doc.status.reason.no_evidence": "aucune preuve citée",
    "doc.status.reason.no_approach": "démarche à décrire",
    "doc.status.reason.declared": "statut « {status} » dans la grille d’autoévaluation",
    "doc.status.reason.undeclared": "statut non renseigné dans la grille d’autoévaluation",
    "doc.evidence.none": "Aucune preuve citée : À COMPLÉTER",
    "doc.evidence.unknown": "Absente de la liste des preuves : À COMPLÉTER",
    "doc.feedback.score_invalid": "Note hors de son barème : À COMPLÉTER",
    "doc.evidence.outside": "Emplacement hors du dossier des preuves : À COMPLÉTER",
    "doc.evidence.missing": "Fichier introuvable dans le dossier des preuves : À COMPLÉTER",
    "doc.nc.line": "{id} ({grade}, {status}) : {finding}",
    # Ce qui compte à l'audit
    "doc.grading.major_only": "Seule une non-conformité majeure peut être relevée sur cet indicateur.",
    "doc.grading.minor_or_major": "Une non-conformité mineure ou majeure peut être relevée sur cet indicateur.",
    "doc.grading.provisional": "Gradation provisoire : la règle du V9 est appliquée (voir "
    "la provenance du référentiel).",
    "doc.grading.overridden": "(Gradation fixée dans qualiopi.toml.)",
    "doc.note.new_entrant.categories": "(Nouvel entrant pour : {categories}.)",
    "doc.note.new_entrant.initial": "Nouvel entrant : à cet audit initial, l'auditeur vérifie que le processus est "
    "formalisé ; sa mise en œuvre est vérifiée à l'audit de surveillance. {rule}",
    "doc.note.new_entrant.surveillance": "Nouvel entrant : cet audit de surveillance vérifie la mise en œuvre de ce qui a été "
    "formalisé à l'audit initial. {rule}",
    "doc.note.remark": "Remarque : {text}",
    "doc.note.uncertain": "Incertitude : {text}",
    "doc.note.subcontracting": "Sous-traitance : {text}",
    "doc.note.examples": "Exemples de preuves (guide de lecture V9) : {text}",
    "doc.change.new": "Nouvel indicateur en V10.",
    "doc.change.substantive": "Libellé modifié sur le fond en V10.",
    "doc.change.form": "Libellé modifié dans la forme en V10.",
    "doc.change.none": "Inchangé en V10.",
    "doc.improvements.none": "Aucune action d'amélioration n'est enregistrée.",
    "doc.improvements.no_risk_analysis": "L'indicateur 32 du V10 demande aussi une analyse des risques sur la qualité des "
    "formations délivrées : aucune action issue d'une analyse des risques n'est "
    "enregistrée.",
    "doc.improvements.risk_analysis": "L'indicateur 32 du V10 demande aussi une analyse des risques sur la qualité des "
    "formations délivrées : les actions qui en sont issues ont pour origine « Analyse des "
    "risques ».",
    "doc.improvements.register_none": "Aucune action d'amélioration enregistrée.",
    # Calendrier et durée
    "doc.calendar.certified": "Date de certification : {date}.",
    "doc.calendar.from_audit": "Pas encore de date de certification : dates estimées à partir "
    "de l'audit du {date} ; la date du certificat les fixera.",
    "doc.calendar.unknown": "Ni date de certification ni date d'audit : le calendrier ne peut "
    "pas être calculé (À COMPLÉTER dans le profil).",
    "doc.calendar.surveillance": "Audit de surveillance entre le {start} et le {end} (du "
    "{first}e au {last}e mois).",
    "doc.calendar.renewal": "Audit de renouvellement avant le {date} (le certificat est valable "
    "{years} ans).",
    "doc.calendar.rule": "{window} La certification est valable {years} ans ; l'audit de "
    "renouvellement a lieu avant son échéance.",
    "doc.duration.note": "Il s'agit d'une estimation : le certificateur confirme la durée réelle.",
    "doc.duration.confirmed": "Durée confirmée par le certificateur.",
    "doc.duration.confirmed_rule": "Indiquée dans les réglages de l'espace ([audit_duration] days).",
    "doc.duration.not_for_type": "Pas d’estimation pour ce type d’audit : la règle de durée retenue ne couvre que les audits initiaux et de renouvellement.",
    "doc.duration.no_turnover": "Pas d’estimation : le dernier chiffre d’affaires, qui détermine la durée, manque dans le profil (À COMPLÉTER).",
    "doc.duration.unknown_rule": "Règle « {wanted} » inconnue dans qualiopi.toml : « {used} » utilisée.",
    "doc.duration.rule": "Règle « {id} » : {note}",
    "doc.duration.surveillance_unknown": "Pas d’estimation pour un audit de surveillance : la réglementation ne fixe pas de durée standard, le certificateur la communique.",
    "doc.duration.surveillance_new_entrant": "Pas d’estimation pour un audit de surveillance : la réglementation ne fixe pas de durée standard (le certificateur la communique), sinon que celle d’un nouvel entrant est allongée de {extra}.",
    "doc.duration.base": "{days} (chiffre d'affaires {band})",
    "doc.duration.category": "{days} ({category})",
    "doc.duration.sites": "{days} × {count} site(s) échantillonné(s) sur {sites}",
    "doc.duration.sites_additional": "{days} × {count} site(s) en plus du premier (sur {sites})",
    "doc.duration.reduced_rule": "Audit initial allégé d’un prestataire titulaire d’un label "
    "reconnu : table de durées de l’arrêté du 6 juin 2019, art. 10 (0,5 jour par site "
    "échantillonné ; un site unique n’ajoute rien).",
    "doc.duration.reduced_base": "{days} (audit initial allégé, chiffre d’affaires {band})",
    "doc.scope.mark": "★",
    "doc.scope.legend.reduced": "{mark} signale les {count} indicateurs, sur les {applicable} "
    "applicables, que vérifie cet audit initial allégé (arrêté du 6 juin 2019, art. 10) ; les "
    "autres sont revus à l’audit de surveillance.",
    "doc.scope.legend.surveillance": "{mark} signale les {count} indicateurs, sur les "
    "{applicable} applicables, du périmètre minimal de l’audit de surveillance ; l’auditeur "
    "peut tout de même vérifier les autres.",
    "doc.band.under": "inférieur à {top}",
    "doc.band.between": "de {low} à moins de {top}",
    "doc.band.over": "de {low} ou plus",
    # Plan d'actions
    "doc.plan.none": "Aucune non-conformité enregistrée.",
    "doc.plan.minor_warning": "Attention : {count} non-conformités mineures sont ouvertes. À partir de {threshold} "
    "non-conformités mineures non levées au moment de la décision du certificateur, elles "
    "valent une non-conformité majeure : corrigez-en assez sous 3 mois pour revenir "
    "sous {threshold}.",
    "doc.plan.default_deadline.major": "Échéance par défaut : {months} mois après l'audit du {audit} (non-conformité "
    "majeure) ; à confirmer avec le certificateur.",
    "doc.plan.default_deadline.minor": "Échéance par défaut : {months} mois après l'audit du {audit} (non-conformité "
    "mineure) ; à confirmer avec le certificateur.",
    # Registres
    "doc.linked.complaints": "réclamations {ids}",
    "doc.linked.feedback.one": "{n} appréciation",
    "doc.linked.feedback.other": "{n} appréciations",
    "doc.linked.none": "Aucune action d'amélioration liée.",
    "doc.feedback.none": "Aucune appréciation enregistrée.",
    "doc.feedback.score": "{score} / {scale}",
    "doc.feedback.scale": "Les moyennes sont calculées à partir de la note et du barème de "
    "chaque appréciation, ramenées sur {scale}.",
    "doc.feedback.rule.all": "L'indicateur 30 demande les appréciations des quatre parties "
    "prenantes : bénéficiaires, financeurs, équipes pédagogiques et "
    "entreprises.",
    "doc.feedback.rule.bc_only": "Bilans de compétences uniquement : les appréciations des "
    "bénéficiaires et des équipes pédagogiques sont requises "
    "(guide de lecture V9).",
    "doc.feedback.rule.v10_funders": "V10 : appréciations des financeurs « le cas échéant ».",
    "doc.feedback.requirement.required": "Requis",
    "doc.feedback.requirement.where_applicable": "Le cas échéant",
    "doc.feedback.requirement.not_required": "Non requis",
    "doc.feedback.covered": "Couvert",
    "doc.feedback.not_required_empty": "Aucune appréciation (non requis)",
    "doc.feedback.missing.required": "Aucune appréciation : À COMPLÉTER",
    "doc.feedback.missing.where_applicable": "Aucune appréciation : justifier si ce groupe n'est pas concerné",
    "doc.feedback.rule.companies": "Les appréciations des entreprises sont requises lorsqu'une "
    "entreprise est concernée (alternance, apprentissage, actions intra-entreprise) ; le profil "
    "n'en déclare pas : elles sont demandées le cas échéant.",
    "doc.complaints.none": "Aucune réclamation reçue sur la période.",
    # Rapport de validation
    "doc.count.errors.one": "{n} erreur",
    "doc.count.errors.other": "{n} erreurs",
    "doc.count.warnings.one": "{n} avertissement",
    "doc.count.warnings.other": "{n} avertissements",
    "doc.validation.file_counts": "{errors}, {warnings}",
    "doc.validation.verdict.ok": "Aucune erreur : les documents sont produits. {warnings} à revoir.",
    "doc.validation.verdict.errors": "{errors} et {warnings} : corrigez les erreurs dans les "
    "classeurs ; les documents montrent ce qui manque.",
    "doc.validation.none": "Aucune remarque : les classeurs sont complets et cohérents.",
    "doc.validation.no_file": "Espace de travail",
    "doc.count.conflicts.one": "{n} passage",
    "doc.count.conflicts.other": "{n} passages",
    "doc.validation.conflicts": "{count} modifié(s) à la fois à la main dans Word et dans les "
    "classeurs depuis la dernière production : le texte écrit à la main est conservé, suivi du "
    "nouveau texte des classeurs, surligné et commenté. Dans chaque document, gardez la version "
    "que vous voulez et supprimez l'autre.",
    "doc.validation.conflict.deleted": "(supprimé à la main)",
    "doc.validation.conflict.removed": "(n'est plus dans les classeurs)",
    "doc.skip.profile": "L'onglet profil de la grille d'autoévaluation manque ou est "
    "illisible : déposez la grille dans le dossier inbox (voir les "
    "remarques ci-dessus).",
    "doc.skip.indicators": "L'onglet indicateurs de la grille d'autoévaluation manque ou est "
    "illisible : déposez la grille dans le dossier inbox (voir les "
    "remarques ci-dessus).",
    "doc.skip.sheet": "Aucun onglet « {sheet} » dans le dossier inbox : ajoutez ce classeur "
    "pour produire ce document.",
    # Erreurs de modèles ({template}, {tag}, {place}, {other}, {detail} ; accolades doublées)
    "tpl.packaged": "modèle fourni {name}",
    "tpl.error.not_docx": "Le modèle {template} ne peut pas être lu comme un document Word "
    "({detail}).",
    "tpl.hint.not_docx": "Ouvrez-le dans Word et enregistrez-le à nouveau au format .docx, ou "
    "retirez-le de templates/docx/ pour utiliser le modèle fourni.",
    "tpl.error.outside": "Le modèle {template} pointe hors de l'espace de travail.",
    "tpl.hint.outside": "Placez un vrai fichier dans templates/docx/, pas un lien.",
    "tpl.error.quotes": "Le modèle {template} contient des guillemets typographiques dans la "
    "balise « {tag} » (paragraphe « {place} »).",
    "tpl.hint.quotes": "Retapez les guillemets de cette balise en guillemets droits \" ou ' "
    "(Word : Fichier > Options > Vérification > Options de correction "
    'automatique > Lors de la frappe, décochez « Guillemets "" par des '
    "guillemets typographiques »).",
    "tpl.error.rich": "Le modèle {template} utilise la balise « {tag} » (paragraphe "
    "« {place} »), qui insère du texte enrichi que ces documents ne "
    "fournissent pas.",
    "tpl.hint.rich": "Écrivez la variable sous la forme {{{{ nom }}}}, sans lettre après les "
    "accolades.",
    "tpl.error.split_tag": "Dans le modèle {template}, la balise « {tag} » n'est pas fermée "
    "dans son paragraphe (« {place} »).",
    "tpl.hint.split_tag": "Écrivez chaque balise en entier, dans un seul paragraphe : "
    "{{{{ … }}}} ou {{% … %}} ; vérifiez qu'il ne manque pas une "
    "accolade.",
    "tpl.error.outside_tr": "Dans le modèle {template}, la balise « {tag} » (« {place} ») "
    "n'est pas dans une ligne de tableau.",
    "tpl.hint.outside_tr": "{{%tr … %}} répète ou masque une ligne de tableau : placez-la "
    "dans une ligne à part, ou utilisez {{%p … %}} hors des tableaux.",
    "tpl.error.outside_tc": "Dans le modèle {template}, la balise « {tag} » (« {place} ») "
    "n'est pas dans une cellule de tableau.",
    "tpl.hint.outside_tc": "{{%tc … %}} répète une cellule : placez-la seule dans sa cellule.",
    "tpl.error.not_alone_tr": "Dans le modèle {template}, la ligne qui contient « {tag} » "
    "contient aussi « {other} », qui serait perdu : la ligne entière "
    "est supprimée à la génération du document.",
    "tpl.hint.not_alone_tr": "Placez {{%tr for … %}} seul dans une ligne au-dessus de la ligne "
    "répétée, et {{%tr endfor %}} seul dans une ligne en dessous.",
    "tpl.error.not_alone_tc": "Dans le modèle {template}, la cellule qui contient « {tag} » "
    "contient aussi « {other} », qui serait perdu.",
    "tpl.hint.not_alone_tc": "Placez {{%tc … %}} seul dans sa cellule.",
    "tpl.error.not_alone_p": "Dans le modèle {template}, le paragraphe qui contient « {tag} » "
    "contient aussi « {other} », qui serait perdu : le paragraphe "
    "entier est supprimé à la génération du document.",
    "tpl.hint.not_alone_p": "Placez {{%p … %}} seul dans son paragraphe.",
    "tpl.error.xml": "Le modèle {template} a une structure XML que l'outil ne peut pas suivre "
    "(vers {tag}).",
    "tpl.hint.xml": "Ouvrez-le dans Word et enregistrez-le à nouveau au format .docx.",
    "tpl.error.loop_rows": "Dans le modèle {template}, « {tag} » (dans « {place} ») et son "
    "« {other} » sont dans des lignes de tableau différentes : une "
    "boucle dans un tableau demande {{%tr %}}.",
    "tpl.hint.loop_rows": "Écrivez {{%tr for … %}} seul dans une ligne au-dessus de la ligne "
    "répétée et {{%tr endfor %}} seul dans une ligne en dessous (de même "
    "pour {{%tr if %}}).",
    "tpl.error.loop_cells": "Dans le modèle {template}, « {tag} » (dans « {place} ») et son "
    "« {other} » sont dans des cellules différentes.",
    "tpl.hint.loop_cells": "Pour répéter des lignes, utilisez {{%tr for … %}} … {{%tr endfor "
    "%}} dans des lignes à part ; pour répéter des cellules, "
    "{{%tc for … %}} … {{%tc endfor %}}.",
    "tpl.error.loop_paragraphs": "Dans le modèle {template}, « {tag} » (dans « {place} ») et "
    "son « {other} » sont dans des paragraphes différents.",
    "tpl.hint.loop_paragraphs": "Placez {{%p for … %}} (ou {{%p if … %}}) seul dans un "
    "paragraphe et {{%p endfor %}} (ou {{%p endif %}}) seul dans "
    "un autre.",
    "tpl.error.unclosed": "Dans le modèle {template}, « {tag} » (dans « {place} ») n'est "
    "jamais fermé.",
    "tpl.hint.unclosed": "Ajoutez sa balise de fin ({{% endif %}}, {{% endfor %}}…), dans le "
    "même paragraphe, ou seule dans un paragraphe avec {{%p endif %}}.",
    "tpl.error.syntax": "Le modèle {template} contient une balise que Word ne peut pas remplir "
    "vers « {place} » : {detail}.",
    "tpl.hint.syntax": "Vérifiez l'orthographe des balises à cet endroit, et que chaque "
    "{{% if %}} ou {{% for %}} a son {{% endif %}} ou {{% endfor %}}.",
    "tpl.error.unknown_variable": "Le modèle {template} utilise une variable inconnue "
    "« {tag} » (vers « {place} »).",
    "tpl.hint.unknown_variable": "Vérifiez l\u2019orthographe\u00a0; les variables de ce "
    "document sont\u00a0: {detail} (décrites dans docs/templates.md). Pour une valeur "
    'facultative, écrivez {{{{ nom|default("") }}}} ou {{% if nom is defined %}}.',
    "tpl.error.undefined": "Le modèle {template} utilise {detail}, qui n'existe pas, vers "
    "« {place} ».",
    "tpl.hint.undefined": "Les variables de chaque document sont listées dans "
    "docs/templates.md : vérifiez l'orthographe.",
    "tpl.error.unsafe": "Le modèle {template} tente une opération interdite aux modèles vers "
    "« {place} » ({detail}).",
    "tpl.hint.unsafe": "Un modèle ne peut qu'afficher les variables du document : retirez "
    "cette balise.",
    "tpl.error.loop_limit": "Le modèle {template} répète une boucle sans fin vers « {place} » "
    "({detail}).",
    "tpl.detail.loop_limit": "limite : {limit} répétitions",
    "tpl.detail.recursion": "une macro s'appelle elle-même sans fin",
    "tpl.detail.memory": "il lui faut plus de mémoire que cet ordinateur n'en a",
    "tpl.hint.loop_limit": "Bouclez sur les listes du document (par exemple {{% for e in "
    "entries %}}), pas sur de grands intervalles ni des boucles "
    "imbriquées.",
    "tpl.error.budget": "Le remplissage du modèle {template} a été arrêté vers « {place} » "
    "({detail}).",
    "tpl.detail.budget.time": "il a duré plus de {seconds}\u00a0secondes",
    "tpl.detail.budget.memory": "il a produit plus de {megabytes}\u00a0Mo de texte",
    "tpl.detail.budget.stopped": "qualiopi-docs a reçu l’ordre de s’arrêter",
    "tpl.hint.budget": "Simplifiez les boucles et les filtres à cet endroit (wordwrap, replace, "
    "join…)\u00a0; si le document est vraiment aussi gros, augmentez max_seconds ou "
    "max_megabytes dans la section [render] de qualiopi.toml.",
    "tpl.error.runtime": "Le modèle {template} ne peut pas être rempli vers « {place} » : "
    "{detail}.",
    "tpl.hint.runtime": "Vérifiez les balises à cet endroit avec docs/templates.md.",
    "tpl.error.output_xml": "Une fois rempli, le modèle {template} ne donne pas un document "
    "Word valide ({detail}).",
    "tpl.hint.output_xml": "Vérifiez les balises {{%p %}}, {{%tr %}} et {{%r %}} : chacune doit "
    "être seule dans son paragraphe, sa ligne ou son fragment de texte.",
    "tpl.notice.quotes": "Le modèle {template} contient des guillemets typographiques dans "
    "ses balises (par exemple \u00ab\u00a0{tag}\u00a0\u00bb)\u00a0: ils sont lus comme des "
    "guillemets droits.",
}
