"""Where the packaged templates are: inside the installed package, or templates/ in a checkout."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pipeline.core.model import Lang

_PACKAGE = Path(__file__).resolve().parent.parent


def asset_dir(kind: Literal["xlsx", "docx"], lang: Lang) -> Path:
    """Return the folder of packaged `kind` templates for `lang`.

    An installed wheel carries them as pipeline/assets/<kind>/<lang>/ (see setup.py); a source
    checkout reads them from the top-level templates/<kind>/<lang>/, their source of truth.
    """
    installed = _PACKAGE / "assets" / kind / lang
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "templates" / kind / lang
