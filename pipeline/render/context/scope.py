"""What a surveillance or reduced audit checks, as the preparatory document marks them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.core.model import Applicability
from pipeline.i18n import text
from pipeline.referential.audit_scope import LIMITED, audit_scope, nc_indicators
from pipeline.render.context.common import Sources

NO_BREAK = "\u00a0"


@dataclass(frozen=True, slots=True)
class ScopeMarks:
    """The indicators a limited audit checks, the mark they carry, and the sentence saying so."""

    legend: str
    """What the mark means, in one sentence ("" for an initial or renewal audit: no mark)."""
    checked: frozenset[int]
    """The indicators marked (none for an initial or renewal audit)."""
    mark: str
    """The mark itself, e.g. "★"."""

    def of(self, number: int) -> str:
        """Return what follows an indicator's number: a no-break space and the mark, or ""."""
        return NO_BREAK + self.mark if number in self.checked else ""


def scope_marks(src: Sources, items: Sequence[Applicability]) -> ScopeMarks:
    """Return the marks of a surveillance or reduced audit; an initial or renewal audit checks
    every applicable indicator, so nothing is marked."""
    lang, profile = src.lang, src.dossier.profile
    mark = text(lang, "doc.scope.mark")
    audit = profile.audit_scope if profile is not None else "initial"
    if audit not in LIMITED:
        return ScopeMarks("", frozenset(), mark)
    ncs = nc_indicators(src.dossier.nonconformities)
    checks = audit_scope(src.referential, items, audit, profile, ncs, lang)
    checked = frozenset(c.number for c in checks if c.checked)
    applicable = sum(1 for item in items if item.applies)
    legend = text(
        lang, f"doc.scope.legend.{audit}", mark=mark, count=len(checked), applicable=applicable
    )
    return ScopeMarks(legend, checked, mark)
