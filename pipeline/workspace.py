"""The workspace: its folder layout and its settings file (qualiopi.toml)."""

from __future__ import annotations

import errno
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from pipeline.core.errors import EnvironmentProblem, WorkspaceError
from pipeline.core.model import Lang, Version
from pipeline.i18n import text

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
    render_seconds: float = 120.0  # one document's whole render, at most ([render] max_seconds)
    render_megabytes: float = 256.0  # text one render may produce ([render] max_megabytes)
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


_ENVIRONMENT = {
    errno.ENOSPC: "no_space",
    getattr(errno, "EDQUOT", errno.ENOSPC): "no_space",
    errno.EFBIG: "no_space",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "permission",
}


def environment_problem(err: OSError, lang: Lang) -> EnvironmentProblem | None:
    """Return the error of the machine an OSError stands for (disk full, path too long, no
    permission), in the workspace language; None for any other error."""
    kind = _ENVIRONMENT.get(err.errno or 0)
    if kind is None:
        return None
    where = os.fsdecode(err.filename) if err.filename is not None else ""
    if len(where) > 120:  # a path too long is shown by its ends
        where = f"{where[:50]}…{where[-60:]}"
    where = where.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return EnvironmentProblem(
        text(lang, f"environment.{kind}", path=where or "?", reason=err.strerror or err),
        text(lang, f"environment.{kind}.hint"),
    )


def open_workspace(root: Path) -> Workspace:
    """Return the workspace at `root`, reading its settings; a missing settings file is fine."""
    if not root.is_dir():
        raise _error(None, "no_folder", path=root)
    return Workspace(root=root, settings=load_settings(root / SETTINGS_FILE))


def load_settings(path: Path) -> Settings:
    """Read qualiopi.toml; return defaults when it does not exist."""
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise _error(None, "unreadable", name=path.name, reason=err) from err
    try:
        return _settings_from(data, path.name)
    except (TypeError, ValueError) as err:
        raise _error(_lang_of(data), "bad_value", name=path.name, reason=err) from err


def guess_lang() -> Lang:
    """Return the language to speak before a workspace is known: the system's, French by default."""
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    return "en" if (system or "").lower().startswith("en") else "fr"


def _lang_of(data: dict[str, object]) -> Lang | None:
    lang = str(data.get("language", "")).lower()
    return cast(Lang, lang) if lang in ("en", "fr") else None


def _error(lang: Lang | None, code: str, **params: object) -> WorkspaceError:
    language = lang or guess_lang()
    return WorkspaceError(
        text(language, f"config.{code}", **params), text(language, f"config.hint.{code}", **params)
    )


def _settings_from(data: dict[str, object], name: str) -> Settings:
    lang = str(data.get("language", "fr")).lower()
    if lang not in ("en", "fr"):
        raise _error(None, "language", name=name, value=lang)
    referential = data.get("referential")
    if referential is not None and str(referential).upper() not in ("V9", "V10"):
        raise _error(_lang_of(data), "referential", name=name, value=referential)
    duration = _table(data, "audit_duration", name)
    grading = _table(data, "nc_grading", name)
    watch = _table(data, "watch", name)
    render = _table(data, "render", name)
    for number, value in grading.items():
        if str(value) not in ("major_only", "minor_or_major"):
            raise _error(_lang_of(data), "grading", name=name, number=number, value=value)
    return Settings(
        lang=cast(Lang, lang),
        referential=cast(Version, str(referential).upper()) if referential else None,
        evidence_folder=str(data.get("evidence_folder", "evidence")),
        duration_rule=str(duration.get("rule", "certifier_page")),
        duration_days=_float_or_none(duration.get("days")),
        nc_grading=tuple(sorted((int(k), cast(NcGrading, str(v))) for k, v in grading.items())),
        settle_seconds=float(cast(float, watch.get("settle_seconds", 1.0))),
        max_rows=int(cast(int, data.get("max_rows", 100_000))),
        render_seconds=float(cast(float, render.get("max_seconds", 120.0))),
        render_megabytes=float(cast(float, render.get("max_megabytes", 256.0))),
        extra=data,
    )


def _table(data: dict[str, object], key: str, name: str) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _error(_lang_of(data), "table", name=name, key=key)
    return value


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

[render]
# Limits of filling one document (a Word template edited by hand could loop without end):
# max_seconds = 120
# max_megabytes = 256
"""
