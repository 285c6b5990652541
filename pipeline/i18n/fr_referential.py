"""Textes français sur le référentiel : catégories, versions, motifs d'applicabilité."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "list.join": ", ",
    "category.AF": "actions de formation (AF)",
    "category.BC": "bilans de compétences (BC)",
    "category.VAE": "accompagnement VAE",
    "category.CFA": "apprentissage (CFA)",
    "applies.common": "Indicateur commun : s'applique à toutes les catégories d'actions.",
    "applies.category": "S'applique à ces catégories, que l'organisme réalise : {categories}.",
    "applies.inherent.certifying": "S'applique : ces catégories conduisent toujours à une certification professionnelle : "
    "{categories}.",
    "applies.inherent.work_linked": "S'applique : l'apprentissage est par nature une formation en alternance.",
    "applies.inherent.work_based": "S'applique : l'apprentissage comprend toujours des périodes en situation de "
    "travail.",
    "applies.inherent.subcontracting": "S'applique : {categories}.",
    "applies.flag.certifying": "S'applique : selon le profil, l'organisme réalise des prestations conduisant à une "
    "certification professionnelle.",
    "applies.flag.work_linked": "S'applique : selon le profil, l'organisme réalise des formations en alternance.",
    "applies.flag.work_based": "S'applique : selon le profil, les prestations comprennent des périodes de formation "
    "en situation de travail.",
    "applies.flag.subcontracting": "S'applique : selon le profil, l'organisme fait appel à la sous-traitance ou au "
    "portage salarial.",
    "na.category": "Ne s'applique pas : cet indicateur ne concerne que ces catégories, que "
    "l'organisme ne réalise pas : {categories}.",
    "na.flag.certifying": "Ne s'applique pas : uniquement pour les prestations conduisant à "
    "une certification professionnelle, et le profil n'en déclare pas.",
    "na.flag.work_linked": "Ne s'applique pas : uniquement pour les formations en alternance, "
    "et le profil n'en déclare pas.",
    "na.flag.work_based": "Ne s'applique pas : uniquement lorsque les prestations comprennent "
    "des périodes en situation de travail (formations en alternance, stages en entreprise, "
    "AFEST), et le profil n'en déclare pas.",
    "na.flag.subcontracting": "Ne s'applique pas : uniquement en cas de sous-traitance ou de "
    "portage salarial, et le profil n'en déclare pas.",
    "na.claimed": "Déclaré non applicable par l'organisme : {reason}",
    "version.forced": "{version}, imposé dans les réglages de l'espace (qualiopi.toml).",
    "version.by_date": "{version}, car l'audit est prévu le {date}.",
    "version.by_today": "{version}, car aucune date d’audit n’est indiquée et nous sommes le "
    "{date}.",
    "version.bad_date": "{version}, car la date d’audit prévue ({where}) n’est pas une date "
    "valide et nous sommes le {date}.",
    "version.V9": "Référentiel national qualité V9 (32 indicateurs)",
    "version.V10": "Référentiel national qualité V10 (33 indicateurs)",
    "scope.name.initial": "audit initial",
    "scope.name.surveillance": "audit de surveillance",
    "scope.name.renewal": "audit de renouvellement",
    "scope.name.reduced": "audit initial allégé (label reconnu)",
    "scope.not_applicable": "Non vérifié : l'indicateur ne s'applique pas.",
    "scope.full": "Vérifié : cet audit porte sur tous les indicateurs applicables.",
    "scope.reduced.listed": "Vérifié à l'audit allégé : l'un des indicateurs communs qu'il "
    "retient (arrêté du 6 juin 2019, art. 10).",
    "scope.reduced.specific": "Vérifié à l'audit allégé : il porte sur tous les indicateurs "
    "spécifiques applicables.",
    "scope.reduced.out": "Non vérifié à l'audit initial allégé : revu à l'audit de surveillance.",
    "scope.surveillance.new_entrant": "Dans le périmètre minimal de l'audit de surveillance : "
    "nouvel entrant pour {categories}, tous les indicateurs applicables sont vérifiés.",
    "scope.surveillance.nc": "Dans le périmètre minimal de l'audit de surveillance : une "
    "non-conformité a été relevée sur cet indicateur.",
    "scope.surveillance.listed": "Dans le périmètre minimal de l'audit de surveillance : "
    "toujours vérifié lorsqu'il s'applique.",
    "scope.surveillance.major_only": "Dans le périmètre minimal de l'audit de surveillance : "
    "il ne peut donner lieu qu'à une non-conformité majeure.",
    "scope.surveillance.after_reduced": "Dans le périmètre minimal de l'audit de surveillance : "
    "non vérifié à l'audit initial allégé (label reconnu).",
    "scope.surveillance.out": "Hors du périmètre minimal de l'audit de surveillance : "
    "l'auditeur peut tout de même le vérifier.",
}
