"""English texts of `init` and `demo`: laying out a workspace."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "scaffold.unwritable": "The workspace cannot be created at {path}: {reason}.",
    "scaffold.unwritable_hint": (
        "Choose a folder you are allowed to write to (and not the name of an existing file), "
        "or free some disk space, then run the command again: nothing already there is "
        "overwritten."
    ),
    "scaffold.no_templates": "The blank workbooks are missing from this installation ({folder}).",
    "scaffold.no_templates_hint": (
        "Reinstall qualiopi-docs (pip install --force-reinstall qualiopi-docs); in a source "
        "checkout, run python -m pipeline.authoring.workbooks to regenerate templates/xlsx."
    ),
}
