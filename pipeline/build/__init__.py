"""The composer: ingest → validate → render → deliver, for each organisation of a workspace."""

from __future__ import annotations

from pipeline.build.flow import (
    OrganisationResult,
    build_organisation,
    build_workspace,
    check_workspace,
)

__all__ = ["OrganisationResult", "build_organisation", "build_workspace", "check_workspace"]
