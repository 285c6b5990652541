"""Reference workspaces S, M, L and P: the project's blank workbooks, filled, re-saved by Calc.

Run `python -m benchmarks.generate S M L P` to print (and make, when missing) their folders.
Workspaces are cached under benchmarks/work/ keyed by a hash of everything that shapes them.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks import content
from benchmarks.content import Counts
from benchmarks.workbooks import fill_workspace, resave

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
SEED = 20261127
LANG = "fr"


@dataclass(frozen=True, slots=True)
class Size:
    """One reference workspace: the rows of each organisation, and how many organisations."""

    name: str
    counts: Counts
    organisations: int = 1

    @property
    def rows(self) -> int:
        """Return the register rows of the whole workspace (the unit time should scale with)."""
        return self.counts.rows * self.organisations


SIZES: dict[str, Size] = {
    "S": Size("S", Counts(evidence=50, feedback=200, complaints=20, nonconformities=5,
                          improvements=5)),
    "M": Size("M", Counts(evidence=300, feedback=5_000, complaints=300, nonconformities=30,
                          improvements=30)),
    "L": Size("L", Counts(evidence=2_000, feedback=50_000, complaints=3_000, nonconformities=300,
                          improvements=300)),
    "P": Size("P", Counts(evidence=50, feedback=200, complaints=20, nonconformities=5,
                          improvements=5), organisations=50),
}
# Files whose content shapes a generated workspace: change one and the cache is rebuilt.
SHAPERS = ("benchmarks/content.py", "benchmarks/generate.py", "benchmarks/workbooks.py",
           "pipeline/schema.py", "pipeline/i18n/fr_workbook.py", "pipeline/i18n/en_workbook.py",
           "pipeline/ingest/blank.py", "pipeline/config.py")


def generator_key() -> str:
    """Return a short hash of the generator and of the blank workbooks it fills."""
    digest = hashlib.sha256(str(SEED).encode())
    for name in SHAPERS:
        path = ROOT / name
        digest.update(name.encode() + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()[:12]


def workspace(name: str, work: Path = WORK) -> Path:
    """Return the cached reference workspace `name` (S, M, L, P), generating it when missing."""
    target = work / generator_key() / name
    if not (target / ".complete").exists():
        shutil.rmtree(target, ignore_errors=True)
        generate(SIZES[name], target)
        (target / ".complete").write_text("ok\n", encoding="utf-8")
    return target


def feedback_variant(name: str, work: Path = WORK) -> Path:
    """Return workspace `name`'s feedback workbook with one more entry (a register changed)."""
    size = SIZES[name]
    folder = work / generator_key() / f"{name}-variant"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        counts = replace(size.counts, feedback=size.counts.feedback + 1)
        sheets = organisation(random.Random(f"{SEED}-{name}-0"), counts, 0, "procedures")
        resave(fill_workspace(folder, sheets, LANG, ("feedback",)))
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return next(folder.glob("*.xlsx"))


def generate(size: Size, target: Path, calc: bool = True) -> Path:
    """Write workspace `size` at `target`; `calc` re-saves every workbook through LibreOffice."""
    target.mkdir(parents=True)
    (target / "qualiopi.toml").write_text(settings(), encoding="utf-8")
    (target / "evidence").mkdir()
    (target / "outbox").mkdir()
    written: list[Path] = []
    for index in range(size.organisations):
        rng = random.Random(f"{SEED}-{size.name}-{index}")
        name = f"organisme-{index + 1:02d}" if size.organisations > 1 else ""
        sheets = organisation(rng, size.counts, index, name or "procedures")
        written += fill_workspace(target / "inbox" / name, sheets, LANG)
        evidence_files(target / "evidence", sheets["evidence"])
    if calc:
        resave(written)
    return target


def organisation(rng: random.Random, counts: Counts, index: int,
                 folder: str) -> dict[str, Any]:
    """Return every sheet of one organisation: kind -> rows (the profile and grid by key)."""
    fields = content.profile(rng, f"Organisme de formation Exemple {index + 1:02d}")
    scope = content.applicable(fields)
    numbers = [number for number, applies in scope if applies]
    actions = content.improvements(rng, counts.improvements)
    action_ids = [str(row["id"]) for row in actions]
    proofs = content.evidence(rng, counts.evidence, numbers, folder)
    return {
        "profile": fields,
        "indicators": content.indicators(rng, scope, proofs),
        "evidence": proofs,
        "feedback": content.feedback(rng, counts.feedback, action_ids),
        "complaints": content.complaints(rng, counts.complaints, action_ids),
        "improvements": actions,
        "nonconformities": content.nonconformities(rng, counts.nonconformities, numbers),
    }


def evidence_files(folder: Path, rows: list[dict[str, object]]) -> None:
    """Create the evidence files the list points to (small PDF-like files)."""
    for row in rows:
        location = str(row["location"])
        if not location.startswith("http"):
            path = folder / location
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"%PDF-1.4\n% " + location.encode() + b"\n%%EOF\n")


def settings() -> str:
    """Return the workspace's qualiopi.toml, as `init` writes it."""
    from pipeline.config import settings_text
    return settings_text(LANG)


def scratch_copy(source: Path, parent: Path | None = None) -> Path:
    """Copy a reference workspace to a fresh folder a run may write into."""
    base = Path(tempfile.mkdtemp(prefix=f"bench-{source.name}-", dir=parent))
    target = base / source.name
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".complete"))
    return target


def main(names: list[str]) -> int:
    for name in names or list(SIZES):
        print(workspace(name.upper()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
