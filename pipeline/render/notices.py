"""What is said once about a workspace's own Word templates (read differently from stored)."""

from __future__ import annotations

from pipeline.core.errors import TemplateError
from pipeline.i18n import document_name
from pipeline.render.documents import INTERNAL_SPECS, SPECS, VALIDATION_KEY, template_for
from pipeline.render.docx.template import template_notices
from pipeline.workspace import Workspace


def workspace_notices(workspace: Workspace) -> tuple[str, ...]:
    """Return, for each template of the workspace's templates/docx/ that a build would use, what
    is said once about it (typographic quotes in its tags read as straight quotes).

    The packaged templates say nothing; a template that cannot be used is the build's to report.
    """
    lang = workspace.settings.lang
    found: list[str] = []
    for key in (*(spec.key for spec in SPECS + INTERNAL_SPECS), VALIDATION_KEY):
        try:
            path, display = template_for(workspace, document_name(lang, key))
        except TemplateError:
            continue
        if workspace.templates in path.parents:
            found += template_notices(path, display, lang)
    return tuple(found)
