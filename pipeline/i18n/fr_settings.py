"""Texte français du fichier de réglages (qualiopi.toml) qu’écrit `init`."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "settings.file": """\
# Réglages de l’espace de travail qualiopi-docs. Les lignes qui commencent par # sont des
# commentaires. Ce fichier fait du dossier un espace de travail : build, validate et watch
# refusent un dossier qui ne l’a pas.

# Langue des classeurs, des messages et des documents : "fr" ou "en".
language = "{language}"

# Référentiel : choisi d’après la date d’audit prévue (avant le 1er novembre 2026 : V9,
# à partir de cette date : V10). Retirez le # pour l’imposer.
# referential = "V10"

# Dossier (dans cet espace de travail) des fichiers de preuves cités dans la liste des preuves.
evidence_folder = "evidence"

[audit_duration]
# Règle d’estimation de la durée d’audit : "practitioner_guide" (par défaut : 1 jour,
# + 0,5 jour par catégorie, + 0,5 jour par site au-delà du premier, selon la tranche de chiffre
# d’affaires) ou "certifier_page" (durées de base d’un certificateur, sites échantillonnés).
# Ce sont des estimations : le certificateur confirme la durée réelle.
# rule = "certifier_page"
# Quand le certificateur a confirmé la durée, indiquez-la ici (en jours) :
# days = 1.5

[nc_grading]
# Corrections d’une gradation provisoire des non-conformités, par numéro d’indicateur :
# 33 = "minor_or_major"

[watch]
# Secondes pendant lesquelles un fichier doit rester inchangé avant que la surveillance le traite.
settle_seconds = 1.0

[pack]
# Taille maximale d’un dossier d’audit (`qualiopi-docs pack`), en mégaoctets.
limit_mb = 200

[render]
# Limites du remplissage d’un document (un modèle Word modifié à la main pourrait boucler sans fin) :
# max_seconds = 120
# max_megabytes = 256
""",
}
