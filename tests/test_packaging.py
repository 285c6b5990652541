"""`pip install .` (not editable) gives a command that works from any folder, templates inside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install the project as a wheel (no source tree on the path) into a fresh target."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return target


def _run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_the_wheel_carries_the_templates(installed: Path) -> None:
    assets = installed / "pipeline" / "assets"
    for lang in ("en", "fr"):
        assert len(list((assets / "xlsx" / lang).glob("*.xlsx"))) == 7
        assert (
            len(list((assets / "docx" / lang).glob("*.docx"))) == 7
        )  # 6 documents and the internal companion
    assert (installed / "pipeline" / "referential" / "data" / "v10.json").is_file()


@pytest.mark.slow
def test_demo_then_validate_from_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    demo = _run(installed, elsewhere, "demo", "ws", "--lang", "en")
    assert demo.returncode == 0, demo.stderr
    assert "written: outbox/audit-preparation.docx" in demo.stdout
    check = _run(installed, tmp_path, "validate", str(elsewhere / "ws"), "--format", "json")
    assert check.returncode == 0, check.stdout + check.stderr
    findings = json.loads(check.stdout)["findings"]
    assert findings and all(f["severity"] == "warning" for f in findings)
    module = subprocess.run(
        [sys.executable, "-c", "import pipeline; print(pipeline.__file__)"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
    )
    assert module.stdout.startswith(str(installed))
