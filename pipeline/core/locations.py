"""Where an evidence location points: a web address, a path inside the evidence folder, or out.

One rule for validation (is it there?) and for the documents (may it be linked?).
"""

from __future__ import annotations

import re
import unicodedata

_WEB = re.compile(r"^(https?://[^\s/]+|mailto:[^\s]+@)", re.IGNORECASE)


def clean_location(location: str) -> str:
    """Return a location as typed, trimmed and in one Unicode form (NFC)."""
    return unicodedata.normalize("NFC", location.strip())


def is_web_address(value: str) -> bool:
    """Return True for a web address (http, https) or an e-mail address (mailto:)."""
    return bool(_WEB.match(value)) and "\n" not in value and "\t" not in value


def relative_path(value: str) -> str | None:
    """Return `value` as a clean relative posix path, or None when it leaves the workspace.

    Absolute paths, home folders, network shares (\\\\server\\share), '..', drive letters,
    URL schemes (file:, javascript:) and NTFS streams (a colon anywhere) all leave it.
    """
    if ":" in value or "\n" in value or "\t" in value:
        return None
    path = value.replace("\\", "/")
    if path.startswith(("/", "~")):
        return None
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def inside_evidence(path: str, evidence_folder: str) -> str:
    """Return a relative path seen from inside the evidence folder ("evidence/x.pdf" → "x.pdf")."""
    prefix = evidence_folder.strip("/")
    if prefix and path.casefold().startswith(prefix.casefold() + "/"):
        return path[len(prefix) + 1 :]
    return path
