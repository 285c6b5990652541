"""The workspace: its folder layout and its settings file (qualiopi.toml)."""

from __future__ import annotations

import errno
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from pipeline.core.errors import EnvironmentProblem, WorkspaceError
from pipeline.core.model import VERSIONS, Lang, NcGrading, Version
from pipeline.i18n import text

SETTINGS_FILE = "qualiopi.toml"


@dataclass(frozen=True, slots=True)
class FormSource:
    """One `[[feedback.forms]]` entry: which form export feeds the feedback register, and how.

    `file` is a name pattern ("Satisfaction*.xlsx"); `score` and `comments` are question
    headers as the export writes them; `scale` is what the score is out of.
    """

    file: str
    group: str
    score: str = ""
    scale: float | None = None
    comments: tuple[str, ...] = ()
    action: str = ""
    method: str = "survey_hot"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a workspace's qualiopi.toml says; every field has a sensible default."""

    lang: Lang = "fr"
    referential: Version | None = None  # None: chosen from the planned audit date
    evidence_folder: str = "evidence"
    duration_rule: str = ""  # empty: the referential data's default rule
    duration_days: float | None = None  # the certifier's confirmed duration, when known
    nc_grading: tuple[tuple[int, NcGrading], ...] = ()  # corrections to UNCONFIRMED gradings
    settle_seconds: float = 1.0
    max_rows: int = 100_000
    forms: tuple[FormSource, ...] = ()
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


def require_workspace(root: Path) -> Workspace:
    """Return the workspace at `root`; refuse a folder that has no qualiopi.toml.

    `build`, `validate` and `watch` call this first, so that a mistyped path or the wrong
    current folder writes nothing (no `.qualiopi/`, no `outbox/`) and says how to make one.
    """
    if not root.is_dir():
        raise _error(None, "no_folder", path=root)
    if not (root / SETTINGS_FILE).is_file():
        raise _error(None, "not_workspace", path=root, name=SETTINGS_FILE)
    return open_workspace(root)


def guess_lang() -> Lang:
    """Return the language to speak before a workspace is known: the system's, else English."""
    return system_lang() or "en"


def speaking_lang(*folders: Path) -> Lang:
    """Return the language of the first of `folders` that is a workspace, else `guess_lang()`."""
    for folder in folders:
        lang = folder_lang(folder)
        if lang is not None:
            return lang
    return guess_lang()


def folder_lang(folder: Path) -> Lang | None:
    """Return the language a workspace's qualiopi.toml names, or None (no file, unreadable)."""
    try:
        data = tomllib.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return _lang_of(data) or ("fr" if "language" not in data else None)


def system_lang() -> Lang | None:
    """Return "fr" or "en" from the system locale (LC_ALL, LC_MESSAGES, LANG, Windows UI)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return _locale_lang(value)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF
        return {0x0C: "fr", 0x09: "en"}.get(primary)
    return None


def _locale_lang(value: str) -> Lang | None:
    code = value.lower()[:2]
    return cast(Lang, code) if code in ("en", "fr") else None


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
    if referential is not None and str(referential).upper() not in VERSIONS:
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
        duration_rule=str(duration.get("rule", "")),
        duration_days=_float_or_none(duration.get("days")),
        nc_grading=tuple(sorted((int(k), cast(NcGrading, str(v))) for k, v in grading.items())),
        settle_seconds=float(cast(float, watch.get("settle_seconds", 1.0))),
        max_rows=int(cast(int, data.get("max_rows", 100_000))),
        forms=_forms(_table(data, "feedback", name)),
        render_seconds=float(cast(float, render.get("max_seconds", 120.0))),
        render_megabytes=float(cast(float, render.get("max_megabytes", 256.0))),
        extra=data,
    )


def _table(data: dict[str, object], key: str, name: str) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _error(_lang_of(data), "table", name=name, key=key)
    return value


def _forms(feedback: dict[str, object]) -> tuple[FormSource, ...]:
    """Return the `[[feedback.forms]]` entries; TypeError names a malformed one."""
    entries = feedback.get("forms", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise TypeError("[[feedback.forms]] must be a list of tables")
    return tuple(_form(entry, number) for number, entry in enumerate(entries, start=1))


def _form(entry: dict[str, object], number: int) -> FormSource:
    texts = {key: entry.get(key, "") for key in ("file", "group", "score", "action", "method")}
    comments = entry.get("comments", [])
    if not all(isinstance(value, str) for value in texts.values()) or not isinstance(
        comments, list
    ):
        raise TypeError(f"[[feedback.forms]] entry {number}: a value has the wrong kind")
    if not texts["file"] or not texts["group"]:
        raise ValueError(f"[[feedback.forms]] entry {number}: 'file' and 'group' are required")
    return FormSource(
        file=str(texts["file"]),
        group=str(texts["group"]),
        score=str(texts["score"]),
        scale=_float_or_none(entry.get("scale")),
        comments=tuple(str(c) for c in comments),
        action=str(texts["action"]),
        method=str(texts["method"] or "survey_hot"),
    )


def _float_or_none(value: object) -> float | None:
    return None if value is None else float(cast(float, value))


def settings_text(lang: Lang) -> str:
    """Return the commented qualiopi.toml that `init` writes, in the workspace language."""
    return text(lang, "settings.file", language=lang)
