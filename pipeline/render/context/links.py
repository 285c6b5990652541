"""Where an evidence link points: a web address, or an evidence file seen from the outbox."""

from __future__ import annotations

import re
import unicodedata

_WEB = re.compile(r"^(https?://[^\s/]+|mailto:[^\s]+@)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+:", re.IGNORECASE)  # file:, javascript:, C: ...


def evidence_link(location: str, evidence_folder: str, organisation_folder: str) -> str:
    """Return the target of a clickable link to `location`, or '' when it must not be linked.

    Web addresses are kept; a relative path is a file of the evidence folder, linked relative to
    the document (outbox/ or outbox/<organisation>/). Absolute paths, '..', network shares and
    other schemes (file:, javascript:) are never linked: they would leave the workspace.
    """
    value = unicodedata.normalize("NFC", location.strip())
    if not value or "\n" in value or "\t" in value:
        return ""
    if _WEB.match(value):
        return _field_safe(value.replace("\\", "%5C"))
    path = _relative(value)
    if path is None:
        return ""
    folder = evidence_folder.strip("/")
    if path.casefold().startswith(folder.casefold() + "/"):
        path = path[len(folder) + 1 :]  # "evidence/x.pdf" written for "x.pdf"
    up = "../../" if organisation_folder else "../"
    return _field_safe(f"{up}{folder}/{path}")


def _relative(value: str) -> str | None:
    if _SCHEME.match(value) or ":" in value:  # schemes, drive letters (C:), NTFS streams
        return None
    path = value.replace("\\", "/")
    if path.startswith(("/", "~")):
        return None
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _field_safe(target: str) -> str:
    # The link is the quoted argument of a HYPERLINK field: a quote would end it early.
    return target.replace('"', "%22")
