"""The documents: which context, which template, which sheets each one depends on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, get_args

from pipeline.core.assets import asset_dir
from pipeline.core.model import (
    DocumentKey,
    Dossier,
    Lang,
    MergeConflict,
    RenderedDocument,
    Report,
    SheetKind,
)
from pipeline.i18n import document_name, text
from pipeline.referential import load
from pipeline.render.context.actions import action_plan
from pipeline.render.context.common import Sources
from pipeline.render.context.companion import companion
from pipeline.render.context.complaints import complaint_register
from pipeline.render.context.feedback import feedback_register
from pipeline.render.context.improvements import improvement_register
from pipeline.render.context.preparation import preparation
from pipeline.render.context.validation import validation_report
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.problems import template_error
from pipeline.render.docx.sandbox import Budget
from pipeline.render.docx.template import CompiledTemplate, load_template
from pipeline.render.formats import typeset_all
from pipeline.workspace import Workspace

ALL_SHEETS: frozenset[SheetKind] = frozenset(get_args(SheetKind))


@dataclass(frozen=True, slots=True)
class Spec:
    """One kind of document: its key, the sheets it needs and depends on, its context."""

    key: DocumentKey
    needs: tuple[SheetKind, ...]
    inputs: frozenset[SheetKind]
    context: Callable[[Sources], object]


SPECS: tuple[Spec, ...] = (
    Spec(
        "preparation",
        ("profile", "indicators"),
        frozenset({"profile", "indicators", "evidence", "nonconformities", "improvements"}),
        preparation,
    ),
    Spec(
        "action_plan", ("nonconformities",), frozenset({"profile", "nonconformities"}), action_plan
    ),
    Spec(
        "feedback_register",
        ("feedback",),
        frozenset({"profile", "feedback", "improvements"}),
        feedback_register,
    ),
    Spec(
        "complaint_register",
        ("complaints",),
        frozenset({"profile", "complaints", "improvements"}),
        complaint_register,
    ),
    Spec(
        "improvement_register",
        ("improvements",),
        frozenset({"profile", "improvements", "feedback", "complaints"}),
        improvement_register,
    ),
)
# For the quality manager only: never sent, packed or printed to PDF.
INTERNAL_SPECS: tuple[Spec, ...] = (
    Spec(
        "companion",
        ("profile", "indicators"),
        frozenset({"profile", "indicators"}),
        companion,
    ),
)
VALIDATION_KEY: DocumentKey = "validation_report"
# What an organisation sends to its certifier (the companion and the validation report are for
# the quality manager only).
TO_SEND: tuple[DocumentKey, ...] = tuple(spec.key for spec in SPECS)


@dataclass(frozen=True, slots=True)
class Plan:
    """A document ready to render: its key, file name, template, context and inputs."""

    key: DocumentKey
    name: str
    template: Path
    display: str
    context: Mapping[str, object]
    inputs: frozenset[SheetKind]


def documents_to_send() -> tuple[DocumentKey, ...]:
    """Return the documents an organisation sends to its certifier (the validation report and
    the companion are for the quality manager only)."""
    return TO_SEND


def document_inputs() -> dict[DocumentKey, frozenset[SheetKind]]:
    """Return, per document, the sheets it depends on (to re-render only those)."""
    inputs = {spec.key: spec.inputs for spec in SPECS + INTERNAL_SPECS}
    inputs[VALIDATION_KEY] = ALL_SHEETS
    return inputs


def plan_documents(
    dossier: Dossier,
    report: Report,
    workspace: Workspace,
    today: date,
    only: Collection[DocumentKey] | None = None,
    conflicts: tuple[MergeConflict, ...] = (),
) -> tuple[Plan, ...]:
    """Return what to render: one plan per document that can be made, the validation report last.

    A document whose sheets are missing (no readable profile or grid, no register) is left out;
    the validation report says which and why, and names the `conflicts` of merging edited
    documents. `only` limits the plans to those documents.
    """
    lang = workspace.settings.lang
    src = Sources(
        dossier,
        report,
        workspace.settings,
        load(report.version),
        today,
        organisation_folder(dossier),
    )
    skipped = dict(documents_not_made(dossier, lang))
    plans: list[Plan] = []
    for spec in SPECS + INTERNAL_SPECS:
        if spec.key not in skipped and (only is None or spec.key in only):
            plans.append(_plan(workspace, spec.key, spec.context(src), spec.inputs))
    if only is None or VALIDATION_KEY in only:
        named = tuple((document_name(lang, key), why) for key, why in skipped.items())
        plans.append(
            _plan(workspace, VALIDATION_KEY, validation_report(src, named, conflicts), ALL_SHEETS)
        )
    return tuple(plans)


def documents_not_made(dossier: Dossier, lang: Lang) -> tuple[tuple[DocumentKey, str], ...]:
    """Return (document, reason) for each document this dossier cannot make (and what to do)."""
    found = []
    for spec in SPECS + INTERNAL_SPECS:
        reason = _missing(lang, dossier, spec.needs)
        if reason:
            found.append((spec.key, reason))
    return tuple(found)


def render_documents(
    dossier: Dossier,
    report: Report,
    workspace: Workspace,
    today: date,
    only: Collection[DocumentKey] | None = None,
    conflicts: tuple[MergeConflict, ...] = (),
) -> tuple[RenderedDocument, ...]:
    """Return the Word documents of one organisation, rendered in memory.

    `only` renders just those documents, e.g. the ones whose inputs changed
    (see `document_inputs`); a document that cannot be made is still left out.
    """
    lang = workspace.settings.lang
    settings = workspace.settings
    budget = Budget(settings.render_seconds, settings.render_megabytes)
    documents = []
    for plan in plan_documents(dossier, report, workspace, today, only, conflicts):
        template = compiled(plan, lang)
        content = render_template(template, plan.context, lang, today, budget)
        documents.append(RenderedDocument(plan.key, plan.name, content, plan.inputs))
    return tuple(documents)


def compiled(plan: Plan, lang: Lang) -> CompiledTemplate:
    """Return the compiled template of a plan (cached while the file is unchanged)."""
    return load_template(plan.template, plan.display, lang, frozenset(plan.context))


def context_mapping(context: Any) -> dict[str, object]:
    """Return a context dataclass as the variables a template sees (one per field)."""
    return {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}


def organisation_folder(dossier: Dossier) -> str:
    """Return the inbox/<organisation>/ folder of a consultant's organisation, '' when flat."""
    for source in dossier.files:
        parts = PurePosixPath(source.path).parts
        if len(parts) == 3 and parts[0] == "inbox":
            return parts[1]
    return ""


def template_for(workspace: Workspace, name: str) -> tuple[Path, str]:
    """Return the template for document `name` and how messages name it.

    The workspace's templates/docx/<lang>/<name> wins, then templates/docx/<name>, then the
    packaged template.
    """
    lang = workspace.settings.lang
    root = workspace.root.resolve()
    for candidate in (workspace.templates / lang / name, workspace.templates / name):
        if candidate.is_file():
            display = workspace.relative(candidate)
            if not candidate.resolve().is_relative_to(root):
                raise template_error(lang, "outside", display)
            return candidate, display
    return asset_dir("docx", lang) / name, text(lang, "tpl.packaged", name=f"{lang}/{name}")


def _plan(
    workspace: Workspace, key: DocumentKey, context: object, inputs: frozenset[SheetKind]
) -> Plan:
    """The template is found by its file name: the one a user sees and may replace."""
    lang = workspace.settings.lang
    name = document_name(lang, key)
    path, display = template_for(workspace, name)
    typeset_context = typeset_all(context, lang)
    return Plan(key, name, path, display, context_mapping(typeset_context), inputs)


def _missing(lang: Lang, dossier: Dossier, needs: tuple[SheetKind, ...]) -> str:
    for kind in needs:
        if kind == "profile" and dossier.profile is None:
            return text(lang, "doc.skip.profile")
        if kind == "indicators" and dossier.indicators is None:
            return text(lang, "doc.skip.indicators")
        if kind not in ("profile", "indicators") and kind not in dossier.present:
            return text(lang, "doc.skip.sheet", sheet=text(lang, f"sheet.{kind}"))
    return ""
