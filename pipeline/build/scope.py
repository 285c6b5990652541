"""Which indicators apply: for a profile given on the command line, or for a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from pipeline.core.model import Applicability, Category, Lang, Origin, Profile, Version
from pipeline.i18n import text
from pipeline.i18n.formats import long_date
from pipeline.referential import Referential, load, version_for
from pipeline.referential.applicability import applicability


@dataclass(frozen=True, slots=True)
class Scope:
    """The indicators of one referential version and whether each applies to one organisation."""

    organisation: str
    referential: Referential
    reason: str
    lang: Lang
    applicability: tuple[Applicability, ...]

    @property
    def applicable(self) -> int:
        """Return how many indicators apply."""
        return sum(1 for item in self.applicability if item.applies)


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
) -> tuple[Scope, ...]:
    """Return the scope of a profile described by command-line flags."""
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
    )
    ref = load(version)
    reason = text(
        lang, reason_key, version=text(lang, f"version.{version}"), date=long_date(today, lang)
    )
    return (Scope("", ref, reason, lang, applicability(ref, profile, lang)),)


def scope_from_workspace(root: Path, referential: str | None, today: date) -> tuple[Scope, ...]:
    """Return the scope of every organisation of a workspace, from its profile."""
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
        scopes.append(Scope(result.name, ref, reason, lang, items))
    return tuple(scopes)
