"""French texts of delivery: the outbox, edited documents, faults, the workspace lock."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "deliver.kept_edited": (
        "{edited} a été modifié depuis sa génération : il est conservé tel quel ; la nouvelle "
        "version est {new}. Reportez-y vos modifications, ou relancez avec --force pour "
        "remplacer {edited} (votre copie est d'abord archivée)."
    ),
    "deliver.replaced_edited": "Votre copie modifiée a d'abord été archivée : {archived}.",
    "deliver.locked": (
        "{target} n'a pas pu être remplacé : il est sans doute ouvert dans un autre programme "
        "(Word ?). La nouvelle version a été écrite sous le nom {new} ; fermez le document et "
        "relancez la génération pour mettre à jour {target}."
    ),
    "deliver.blocked": (
        "{target} n'est pas un document que l'outil peut remplacer (un dossier, un lien ou un "
        "fichier illisible) : la nouvelle version a été écrite sous le nom {new}. Renommez ou "
        "déplacez {target} pour retrouver le nom habituel."
    ),
    "deliver.archive_failed": (
        "{edited} a été modifié à la main et n'a pas pu être archivé ({reason}) : --force ne "
        "l'a donc pas remplacé ; la nouvelle version est {new}."
    ),
    "deliver.failed.linked_folder": (
        "{name} n'a pas été écrit : {folder} est un lien qui peut mener hors de l'espace de "
        "travail. Remplacez-le par un vrai dossier, puis relancez la génération."
    ),
    "deliver.failed.no_space": (
        "{name} n'a pas été écrit : le disque qui contient {folder} est plein. Libérez de "
        "la place, puis relancez la génération."
    ),
    "deliver.failed.read_only": (
        "{name} n'a pas été écrit : le dossier {folder} est en lecture seule ou ce compte n'a "
        "pas le droit d'y écrire ({reason}). Donnez l'accès en écriture au dossier (ou "
        "reconnectez le lecteur partagé), puis relancez la génération."
    ),
    "deliver.failed.not_a_folder": (
        "{name} n'a pas été écrit : {folder} n'est pas un dossier (un fichier porte ce nom). "
        "Renommez ce fichier, puis relancez la génération."
    ),
    "deliver.failed.other": (
        "{name} n'a pas été écrit dans {folder} : {reason}. Vérifiez que le dossier est "
        "accessible, puis relancez la génération."
    ),
    "deliver.failed.no_name": (
        "{name} n'a pas été écrit : tous les noms de version de (v2) à (v99) sont pris dans "
        "{folder}. Déplacez les anciennes versions dans un autre dossier, puis relancez."
    ),
    "deliver.failed.bad_name": "{name} n'est pas un nom de document valide : rien n'a été écrit.",
    "deliver.lock.held": (
        "Cet espace de travail est déjà utilisé par un autre qualiopi-docs (processus {pid} "
        "sur {host}, depuis {since})."
    ),
    "deliver.lock.unknown": (
        "Cet espace de travail est déjà utilisé par un autre qualiopi-docs (impossible de lire "
        "lequel)."
    ),
    "deliver.lock.taken_over": (
        "Le précédent qualiopi-docs de cet espace de travail (processus {pid} sur {host}, "
        "depuis {since}) s’est arrêté sans le libérer : son verrou a été repris."
    ),
    "environment.no_space": "Le disque est plein : {path} n’a pas pu être écrit ({reason}).",
    "environment.no_space.hint": (
        "Libérez de la place sur ce disque (ou demandez-le à votre service informatique), puis "
        "relancez ; rien n’a été abîmé dans le dossier de sortie."
    ),
    "environment.name_too_long": ("Un chemin est trop long pour ce système : {path} ({reason})."),
    "environment.name_too_long.hint": (
        "Déplacez l’espace de travail dans un dossier plus court (par exemple C:\\Qualiopi ou "
        "/srv/qualiopi), ou raccourcissez les noms de dossiers et de fichiers, puis relancez."
    ),
    "environment.permission": "Ce compte n’a pas le droit d’écrire {path} ({reason}).",
    "environment.permission.hint": (
        "Donnez à ce compte l’accès en écriture au dossier de l’espace de travail, puis relancez."
    ),
    "deliver.lock.hint": (
        "Attendez qu'il termine, ou arrêtez l'autre surveillance : une seule génération ou "
        "surveillance à la fois par espace de travail (fichier de verrou : {path})."
    ),
    "deliver.lock.unwritable": (
        "Le dossier d'état de l'espace de travail {folder} n'est pas accessible en écriture "
        "({reason})."
    ),
    "deliver.lock.unwritable_hint": (
        "Donnez à ce compte l'accès en écriture au dossier de l'espace de travail, puis relancez."
    ),
    "deliver.archive_input_failed": (
        "Le fichier d'entrée {file} n'a pas pu être copié dans l'archive ({folder}) : {reason}."
    ),
    "deliver.archive_input_hint": (
        "Libérez de la place sur le disque ou donnez l'accès en écriture au dossier d'archive, "
        "puis relancez la génération."
    ),
    "deliver.merged": "{edited} avait été modifié à la main\xa0: vos modifications sont conservées et les nouvelles données y sont intégrées (votre fichier précédent est archivé\xa0: {archived}).",
    "deliver.merged.conflicts": "{count} passage(s) modifié(s) à la fois à la main et dans les classeurs\xa0: votre texte est conservé, suivi du nouveau, surligné et commenté.",
    "deliver.merged.conflict": "{document}, «\xa0{section}\xa0»\xa0: le vôtre\xa0: «\xa0{mine}\xa0» — des classeurs\xa0: «\xa0{theirs}\xa0»",
    "deliver.merged.deleted": "(supprimé)",
    "deliver.merged.removed": "(n’est plus dans les classeurs)",
    "deliver.merge.comment": "Issu des classeurs (qualiopi-docs)\xa0: vous avez aussi modifié ce passage. Gardez la version que vous voulez et supprimez l’autre.",
    "deliver.merge_refused.foreign": "{edited} n’a pas pu être fusionné avec les nouvelles données\xa0: ce n’est pas un document produit par l’outil, ou sa structure n’est plus reconnaissable\xa0; il est conservé tel quel et la nouvelle version est {new}.",
    "deliver.merge_refused.tracked": "{edited} n’a pas pu être fusionné avec les nouvelles données\xa0: il contient des modifications suivies ni acceptées ni refusées. Acceptez-les ou refusez-les dans Word (onglet Révision), puis relancez la génération\xa0; en attendant, la nouvelle version est {new}.",
    "deliver.merge_refused.unreadable": "{edited} n’a pas pu être fusionné avec les nouvelles données\xa0: il ne se lit pas comme un document Word\xa0; il est conservé tel quel et la nouvelle version est {new}.",
    "deliver.merge_refused.no_base": "{edited} n’a pas pu être fusionné avec les nouvelles données\xa0: la version dont il est parti n’a pas été conservée (produite par une version antérieure de l’outil, ou supprimée)\xa0; il est conservé tel quel et la nouvelle version est {new}. Désormais, les modifications seront fusionnées.",
    "deliver.stale_archived": "Ancienne(s) version(s) déplacée(s) dans l’archive\xa0: {paths}.",
    "deliver.merge_refused.large": "{edited} n’a pas pu être fusionné avec les nouvelles données\xa0: il est trop volumineux pour cela (un registre de plusieurs milliers de lignes)\xa0; il est conservé tel quel et la nouvelle version est {new}.",
}
