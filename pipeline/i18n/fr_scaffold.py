"""Textes français de `init` et `demo` : la création d'un espace de travail."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "scaffold.unwritable": "Impossible de créer l'espace de travail dans {path} : {reason}.",
    "scaffold.unwritable_hint": (
        "Choisissez un dossier où vous avez le droit d'écrire (et non le nom d'un fichier "
        "existant), ou libérez de l'espace disque, puis relancez la commande : rien de ce qui "
        "existe déjà n'est écrasé."
    ),
    "scaffold.no_templates": "Les classeurs vierges manquent dans cette installation ({folder}).",
    "scaffold.no_templates_hint": (
        "Réinstallez qualiopi-docs (pip install --force-reinstall qualiopi-docs) ; dans une "
        "copie des sources, lancez python -m pipeline.authoring.workbooks pour régénérer templates/xlsx."
    ),
}
