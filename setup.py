"""Build hook: ship the top-level templates/ folders inside the wheel as pipeline/assets/."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    """Copy templates/xlsx and templates/docx into the built package."""

    def run(self) -> None:
        super().run()
        root = Path(__file__).parent
        target = Path(self.build_lib) / "pipeline" / "assets"
        for kind in ("xlsx", "docx"):
            source = root / "templates" / kind
            if source.is_dir():
                shutil.copytree(source, target / kind, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithTemplates})
