"""The workspace: its folder layout and its settings file (qualiopi.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from pipeline.errors import WorkspaceError
from pipeline.model import Lang, Version

SETTINGS_FILE = "qualiopi.toml"
NcGrading = Literal["major_only", "minor_or_major"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a workspace's qualiopi.toml says; every field has a sensible default."""

    lang: Lang = "fr"
    referential: Version | None = None  # None: chosen from the planned audit date
    evidence_folder: str = "evidence"
    duration_rule: str = "certifier_page"
    duration_days: float | None = None  # the certifier's confirmed duration, when known
    nc_grading: tuple[tuple[int, NcGrading], ...] = ()  # corrections to UNCONFIRMED gradings
    settle_seconds: float = 1.0
    max_rows: int = 100_000
    extra: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Workspace:
    """The folders of one workspace; every path the tool touches derives from `root`."""

    root: Path
    settings: Settings

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def evidence(self) -> Path:
        return self.root / self.settings.evidence_folder

    @property
    def templates(self) -> Path:
        return self.root / "templates" / "docx"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def state(self) -> Path:
        return self.root / ".qualiopi"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def relative(self, path: Path) -> str:
        """Return `path` relative to the workspace, with forward slashes, for messages."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def open_workspace(root: Path) -> Workspace:
    """Return the workspace at `root`, reading its settings; a missing settings file is fine."""
    if not root.is_dir():
        raise WorkspaceError(
            f"Workspace folder not found: {root}",
            "Create one with `qualiopi-docs init PATH`, or give the right path.",
        )
    return Workspace(root=root, settings=load_settings(root / SETTINGS_FILE))


def load_settings(path: Path) -> Settings:
    """Read qualiopi.toml; return defaults when it does not exist."""
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise WorkspaceError(
            f"The settings file {path.name} cannot be read: {err}",
            "Fix the line it names, or delete the file to use the defaults.",
        ) from err
    return _settings_from(data, path.name)


def _settings_from(data: dict[str, object], name: str) -> Settings:
    lang = str(data.get("language", "fr")).lower()
    if lang not in ("en", "fr"):
        raise WorkspaceError(f"{name}: language must be \"fr\" or \"en\", not \"{lang}\".",
                             "Set language = \"fr\" or language = \"en\".")
    referential = data.get("referential")
    if referential is not None and str(referential).upper() not in ("V9", "V10"):
        raise WorkspaceError(f"{name}: referential must be \"V9\" or \"V10\", not "
                             f"\"{referential}\".", "Remove the line to choose by audit date.")
    duration = _table(data, "audit_duration", name)
    grading = _table(data, "nc_grading", name)
    watch = _table(data, "watch", name)
    return Settings(
        lang=cast(Lang, lang),
        referential=cast(Version, str(referential).upper()) if referential else None,
        evidence_folder=str(data.get("evidence_folder", "evidence")),
        duration_rule=str(duration.get("rule", "certifier_page")),
        duration_days=_float_or_none(duration.get("days")),
        nc_grading=tuple(sorted((int(k), _grading(v, name)) for k, v in grading.items())),
        settle_seconds=float(cast(float, watch.get("settle_seconds", 1.0))),
        max_rows=int(cast(int, data.get("max_rows", 100_000))),
        extra=data,
    )


def _table(data: dict[str, object], key: str, name: str) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise WorkspaceError(f"{name}: [{key}] must be a table.", f"Write it as [{key}].")
    return value


def _grading(value: object, name: str) -> NcGrading:
    text = str(value)
    if text not in ("major_only", "minor_or_major"):
        raise WorkspaceError(f"{name}: [nc_grading] values are \"major_only\" or "
                             f"\"minor_or_major\", not \"{text}\".", "Correct the value.")
    return cast(NcGrading, text)


def _float_or_none(value: object) -> float | None:
    return None if value is None else float(cast(float, value))


def settings_text(lang: Lang) -> str:
    """Return the commented qualiopi.toml that `init` writes."""
    return SETTINGS_TEMPLATE.format(lang=lang)


SETTINGS_TEMPLATE = """\
# qualiopi-docs workspace settings. Lines starting with # are comments.

# Language of the workbooks, messages and documents: "fr" or "en".
language = "{lang}"

# Referential: chosen from the planned audit date (before 2026-11-01: V9, from then on: V10).
# Uncomment to force one.
# referential = "V10"

# Folder (inside this workspace) holding the evidence files cited in the evidence list.
evidence_folder = "evidence"

[audit_duration]
# Rule used to estimate the audit duration: "certifier_page" or "practitioner_guide"
# (both are estimates; the certifier confirms the real duration).
rule = "certifier_page"
# When the certifier has confirmed the duration, write it here (in days):
# days = 1.5

[nc_grading]
# Corrections to a provisional non-conformity grading, per indicator number:
# 33 = "minor_or_major"

[watch]
# Seconds a file must stay unchanged before the watcher processes it.
settle_seconds = 1.0
"""
