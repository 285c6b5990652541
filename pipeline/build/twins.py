"""Organisation folders whose names look the same (NFC / NFD), read as one: the finding."""

from __future__ import annotations

import unicodedata

from pipeline.core.inbox import Organisation, shown_name
from pipeline.core.model import Finding, Lang
from pipeline.i18n import text
from pipeline.i18n.finding import finding
from pipeline.workspace import Workspace


def twin_finding(workspace: Workspace, organisation: Organisation) -> Finding:
    """Say that folders whose names look the same are read as one organisation, with one
    outbox folder (names shown with their bytes made printable, and how each is written)."""
    lang = workspace.settings.lang
    first, *others = organisation.twins
    return finding(
        lang,
        "warning",
        "ORGANISATION_TWIN",
        workspace.relative(workspace.inbox / organisation.name),
        "",
        "",
        name=_spelled(lang, first),
        other=", ".join(_spelled(lang, other) for other in others),
        outbox=shown_name(workspace.relative(workspace.outbox / organisation.name)),
    )


def _spelled(lang: Lang, folder: str) -> str:
    """Return a folder name fit to print, and how its accents are written (NFC or not)."""
    form = "composed" if unicodedata.is_normalized("NFC", folder) else "decomposed"
    return text(lang, f"twin.{form}", name=shown_name(folder))
