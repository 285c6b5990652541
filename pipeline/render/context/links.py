"""Where an evidence link points: a web address, or an evidence file seen from the outbox."""

from __future__ import annotations

from pipeline.core.locations import clean_location, inside_evidence, is_web_address, relative_path


def evidence_link(location: str, evidence_folder: str, organisation_folder: str) -> str:
    """Return the target of a clickable link to `location`, or '' when it must not be linked.

    Web addresses are kept; a relative path is a file of the evidence folder, linked relative to
    the document (outbox/ or outbox/<organisation>/). Absolute paths, '..', network shares and
    other schemes (file:, javascript:) are never linked: they would leave the workspace.
    """
    value = clean_location(location)
    if not value:
        return ""
    if is_web_address(value):
        return _field_safe(value.replace("\\", "%5C"))
    path = relative_path(value)
    if path is None:
        return ""
    folder = evidence_folder.strip("/")
    up = "../../" if organisation_folder else "../"
    return _field_safe(f"{up}{folder}/{inside_evidence(path, folder)}")


def _field_safe(target: str) -> str:
    # The link is the quoted argument of a HYPERLINK field: a quote would end it early.
    return target.replace('"', "%22")
