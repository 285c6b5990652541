"""Which indicators apply, and which the audit checks: for a profile given on the command line,
or for a workspace."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import cast

from pipeline.core.model import (
    Applicability,
    AuditScope,
    AuditType,
    Category,
    Dossier,
    Lang,
    Origin,
    Profile,
    Version,
)
from pipeline.i18n import text
from pipeline.i18n.formats import long_date
from pipeline.referential import Referential, load, version_for
from pipeline.referential.applicability import applicability
from pipeline.referential.audit_scope import LIMITED, InScope, audit_scope, nc_indicators


@dataclass(frozen=True, slots=True)
class Scope:
    """The indicators of one referential version and whether each applies to one organisation."""

    organisation: str
    referential: Referential
    reason: str
    lang: Lang
    applicability: tuple[Applicability, ...]
    audit: AuditScope = "initial"
    checks: tuple[InScope, ...] = ()

    @property
    def applicable(self) -> int:
        """Return how many indicators apply."""
        return sum(1 for item in self.applicability if item.applies)

    @property
    def limited(self) -> bool:
        """Return whether the audit checks only part of the applicable indicators."""
        return self.audit in LIMITED

    @property
    def checked(self) -> int:
        """Return how many indicators the audit checks."""
        return sum(1 for item in self.checks if item.checked)


def scope_from_flags(
    referential: str | None,
    categories: tuple[str, ...],
    *,
    certifying: bool,
    work_linked: bool,
    work_based: bool,
    subcontracting: bool,
    lang: Lang,
    today: date,
    audit: AuditScope | None = None,
) -> tuple[Scope, ...]:
    """Return the scope of a profile described by command-line flags (default: initial audit)."""
    forced = cast("Version | None", referential.upper() if referential else None)
    version = version_for(None, forced, today)
    reason_key = "version.forced.cli" if forced else "version.by_today"
    profile = Profile(
        origin=Origin("", ""),
        categories=frozenset(cast(Category, c.upper()) for c in categories),
        certifying=certifying,
        work_linked=work_linked,
        work_based=work_based,
        subcontracting=subcontracting,
        audit_type=_audit_type(audit),
        recognised_label=audit == "reduced",
    )
    ref = load(version)
    reason = text(
        lang, reason_key, version=text(lang, f"version.{version}"), date=long_date(today, lang)
    )
    items = applicability(ref, profile, lang)
    return (_scope("", ref, reason, lang, items, profile, ()),)


def scope_from_workspace(
    root: Path, referential: str | None, today: date, audit: AuditScope | None = None
) -> tuple[Scope, ...]:
    """Return the scope of every organisation of a workspace, from its profile; `audit`, when
    given, replaces the audit its profile plans."""
    from pipeline.build.flow import check_workspace  # the composer reads the workbooks
    from pipeline.workspace import open_workspace

    lang = open_workspace(root).settings.lang
    scopes = []
    for result in check_workspace(root, today):
        if referential and result.dossier.profile is not None:
            version = cast(Version, referential.upper())
            ref = load(version)
            items = applicability(ref, result.dossier.profile, lang)
            reason = text(lang, "version.forced.cli", version=text(lang, f"version.{version}"))
        else:
            ref = load(result.report.version)
            items = result.report.applicability
            reason = result.report.version_reason
        scopes.append(_for_dossier(result.name, ref, reason, lang, items, result.dossier, audit))
    return tuple(scopes)


def _for_dossier(
    name: str,
    ref: Referential,
    reason: str,
    lang: Lang,
    items: tuple[Applicability, ...],
    dossier: Dossier,
    audit: AuditScope | None,
) -> Scope:
    profile = dossier.profile
    if profile is not None and audit is not None:
        profile = replace(
            profile,
            audit_type=_audit_type(audit),
            recognised_label=profile.recognised_label or audit == "reduced",
        )
    with_nc = nc_indicators(dossier.nonconformities)
    return _scope(name, ref, reason, lang, items, profile, with_nc)


def _scope(
    name: str,
    ref: Referential,
    reason: str,
    lang: Lang,
    items: tuple[Applicability, ...],
    profile: Profile | None,
    with_nc: tuple[int, ...],
) -> Scope:
    audit = profile.audit_scope if profile is not None else "initial"
    checks = audit_scope(ref, items, audit, profile, with_nc, lang)
    return Scope(name, ref, reason, lang, items, audit, checks)


def _audit_type(audit: AuditScope | None) -> AuditType:
    """Return the profile's audit type for a scope: a reduced audit is an initial one."""
    types: dict[str | None, AuditType] = {"surveillance": "surveillance", "renewal": "renewal"}
    return types.get(audit, "initial")
