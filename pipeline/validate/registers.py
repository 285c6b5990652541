"""Criterion 7 registers: feedback (indicator 30), improvement actions (32), and their links."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.core.model import STAKEHOLDERS, Feedback, Finding, Improvement, Stakeholder
from pipeline.core.rules import score_fits_scale
from pipeline.referential.registers import feedback_requirements
from pipeline.validate.context import Context

_PENDING = ("planned", "in_progress")


def register_findings(ctx: Context) -> Iterator[Finding]:
    """Report gaps in the feedback and improvement registers, and links to unknown actions."""
    yield from _feedback_register(ctx)
    for item in ctx.dossier.feedback:
        if item.scale is not None or item.score is not None:
            yield from _score(ctx, item)
    yield from _improvement_register(ctx)
    for action in ctx.dossier.improvements:
        yield from _improvement(ctx, action)
    yield from _links(ctx)


def expected_groups(ctx: Context) -> tuple[Stakeholder, ...]:
    """Return the stakeholder groups whose feedback indicator 30 requires, for this profile."""
    needed = feedback_requirements(ctx.ref.version, ctx.dossier.profile)
    return tuple(group for group in STAKEHOLDERS if needed[group] == "required")


def _feedback_register(ctx: Context) -> Iterator[Finding]:
    if "feedback" not in ctx.dossier.present or not ctx.applies(30):
        return
    if not ctx.dossier.feedback:
        yield ctx.on_sheet("warning", "FEEDBACK_REGISTER_EMPTY", "feedback", 30)
        return
    seen = {item.group for item in ctx.dossier.feedback}
    for group in expected_groups(ctx):
        if group not in seen:
            yield ctx.on_sheet(
                "warning",
                "FEEDBACK_GROUP_MISSING",
                "feedback",
                30,
                group=ctx.choice("stakeholder", group).lower(),
            )


def _score(ctx: Context, item: Feedback) -> Iterator[Finding]:
    if item.scale is not None and item.scale <= 0:
        yield ctx.at(
            "error", "FEEDBACK_SCALE_INVALID", item.origin, "scale", scale=ctx.number(item.scale)
        )
    elif item.score is not None and item.scale is None:
        yield ctx.at(
            "warning",
            "FEEDBACK_SCALE_MISSING",
            item.origin,
            "scale",
            score=ctx.number(item.score),
            column=ctx.column("feedback", "scale"),
        )
    elif (
        item.score is not None
        and item.scale is not None
        and not score_fits_scale(item.score, item.scale)
    ):
        yield ctx.at(
            "error",
            "FEEDBACK_SCORE_OUT_OF_SCALE",
            item.origin,
            "score",
            score=ctx.number(item.score),
            scale=ctx.number(item.scale),
        )


def _improvement_register(ctx: Context) -> Iterator[Finding]:
    if "improvements" in ctx.dossier.present and not ctx.dossier.improvements and ctx.applies(32):
        yield ctx.on_sheet("warning", "IMPROVEMENTS_EMPTY", "improvements", 32)


def _improvement(ctx: Context, action: Improvement) -> Iterator[Finding]:
    if action.status in _PENDING and action.due is not None and action.due < ctx.today:
        yield ctx.at(
            "warning",
            "IMPROVEMENT_OVERDUE",
            action.origin,
            "due",
            id=action.id,
            date=ctx.date(action.due),
            status=ctx.choice("improvement_status", action.status),
        )
    if action.status == "done" and not action.effectiveness.strip():
        yield ctx.at(
            "warning",
            "IMPROVEMENT_DONE_UNCHECKED",
            action.origin,
            "effectiveness",
            32,
            id=action.id,
            column=ctx.column("improvements", "effectiveness"),
        )


def _links(ctx: Context) -> Iterator[Finding]:
    if "improvements" not in ctx.dossier.present:
        return  # REGISTER_MISSING already says so
    known = {action.id.strip().casefold() for action in ctx.dossier.improvements}
    sources = [
        ("feedback", i.origin, i.improvement_ids) for i in ctx.dossier.feedback if i.improvement_ids
    ]
    sources += [
        ("complaints", i.origin, i.improvement_ids)
        for i in ctx.dossier.complaints
        if i.improvement_ids
    ]
    for kind, origin, ids in sources:
        for ident in ids:
            if ident.strip().casefold() not in known:
                yield ctx.at(
                    "error",
                    "IMPROVEMENT_ID_UNKNOWN",
                    origin,
                    "improvement_ids",
                    id=ident,
                    register=ctx.text(f"findings.register.{kind}"),
                )
