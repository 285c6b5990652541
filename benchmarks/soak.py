"""Watcher soak: an hour (or `--minutes`) of workbook saves and junk-file churn; memory sampled.

The watcher runs as `python -m pipeline watch` on a three-organisation copy of the demo. Every
few seconds junk appears and disappears in the inbox (Office owner files, LibreOffice locks,
temporaries, hidden files, broken workbooks, PDFs, each under a new name), and one real workbook
is saved again with new bytes. The watcher's resident memory is read from /proc (Linux) every
`--sample` seconds; the verdict compares the second half of the run with the first.

    python -m benchmarks.soak --minutes 60
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.report import SOAK_HEADING, replace_section

ORGANISATIONS = ("alpha", "beta", "gamma")
CHURN_EVERY = 2.0  # seconds between two rounds of junk
SAVE_EVERY = 10.0  # seconds between two saves of a real workbook
WARM_UP = 0.1  # share of the run before which memory is not judged (imports, first builds)
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Soak:
    """What a soak run saw: memory samples (seconds, MB) and how much it made the watcher do."""

    seconds: float
    samples: tuple[tuple[float, float], ...]
    junk_files: int
    saves: int
    builds: int
    errors: int

    def verdict(self) -> dict[str, float | int | str]:
        """Return the figures of the run: memory after warm-up, at the end, the drift."""
        judged = [mb for t, mb in self.samples if t >= WARM_UP * self.seconds] or [0.0]
        half = len(judged) // 2
        first, second = judged[: max(half, 1)], judged[half:]
        return {
            "minutes": round(self.seconds / 60, 1),
            "rss_start_mb": round(self.samples[0][1], 1) if self.samples else 0,
            "rss_after_warm_up_mb": round(judged[0], 1),
            "rss_peak_mb": round(max(judged), 1),
            "rss_end_mb": round(judged[-1], 1),
            "peak_first_half_mb": round(max(first), 1),
            "peak_second_half_mb": round(max(second), 1),
            "junk_files": self.junk_files,
            "saves": self.saves,
            "builds": self.builds,
            "errors": self.errors,
        }


def prepare(root: Path) -> Path:
    """Create the demo workspace with its workbooks in three organisation folders."""
    from pipeline.authoring.demo import create_demo

    create_demo(root, "en", date.today())
    inbox = root / "inbox"
    files = [p for p in inbox.iterdir() if p.is_file()]
    for name in ORGANISATIONS:
        (inbox / name).mkdir()
        for file in files:
            shutil.copy2(file, inbox / name / file.name)
    for file in files:
        file.unlink()
    return root


def junk(folder: Path, number: int) -> list[Path]:
    """Write one round of junk into `folder`; return the files written."""
    names = {
        f"~$grid-{number}.xlsx": b"\x0bQuality Manager".ljust(165, b" "),
        f".~lock.grid-{number}.xlsx#": b"Quality Manager,host,/home,01.12.2026 10:00;",
        f"~WRL{number:04d}.tmp": os.urandom(4096),
        f".hidden-{number}": b"x",
        f"broken-{number}.xlsx": os.urandom(2048),
        f"scan-{number}.pdf": b"%PDF-1.4\n" + os.urandom(1024),
    }
    written = []
    for name, content in names.items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written


def resave(path: Path, note: str) -> None:
    """Save a workbook again with other bytes (a new archive comment), by rename like Excel."""
    source, buffer = zipfile.ZipFile(io.BytesIO(path.read_bytes())), io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.comment = note.encode()
    temporary = path.with_name("ABCD1234.tmp")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, path)


def rss_mb(pid: int) -> float:
    """Return the resident memory of process `pid`, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def soak(root: Path, minutes: float, sample: float) -> Soak:
    """Run the watcher on `root` for `minutes` of churn; return what was seen."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "pipeline", "watch", str(root)]
    watcher = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    start = time.monotonic()
    end = start + minutes * 60
    samples: list[tuple[float, float]] = []
    pending: list[Path] = []
    rounds = saves = 0
    next_sample = next_save = start
    try:
        while time.monotonic() < end and watcher.poll() is None:
            now = time.monotonic()
            if now >= next_sample:
                samples.append((now - start, rss_mb(watcher.pid)))
                next_sample = now + sample
            for path in pending:
                path.unlink(missing_ok=True)
            folder = root / "inbox" / ORGANISATIONS[rounds % len(ORGANISATIONS)]
            pending = junk(folder, rounds)
            rounds += 1
            if now >= next_save:
                org = ORGANISATIONS[saves % len(ORGANISATIONS)]
                resave(root / "inbox" / org / "complaints.xlsx", f"save {saves}")
                saves += 1
                next_save = now + SAVE_EVERY
            time.sleep(CHURN_EVERY)
        samples.append((time.monotonic() - start, rss_mb(watcher.pid)))
    finally:
        watcher.send_signal(signal.SIGTERM)
        _, stderr = watcher.communicate(timeout=60)
    # The log rotates at 1 MB: the rotated files hold the start of the hour.
    log = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted((root / "logs").glob("qualiopi-docs.log*"))
    )
    builds = sum(1 for line in log.splitlines() if " INFO Building " in line)
    errors = log.count(" ERROR ") + stderr.decode(errors="replace").count("Traceback")
    return Soak(time.monotonic() - start, tuple(samples), rounds * 6, saves, builds, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--sample", type=float, default=15.0, help="seconds between samples")
    parser.add_argument("--samples-to", type=Path, help="write every sample to this JSON file")
    parser.add_argument("--results", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qualiopi-soak-") as folder:
        result = soak(prepare(Path(folder) / "ws"), args.minutes, args.sample)
    if args.samples_to:
        args.samples_to.write_text(json.dumps(result.samples), encoding="utf-8")
    if args.results:
        replace_section(args.results, SOAK_HEADING, section(result))
    print(json.dumps(result.verdict(), indent=2))


def section(result: Soak) -> str:
    """Return the RESULTS.md section of a soak run."""
    v = result.verdict()
    return "\n".join(
        [
            SOAK_HEADING,
            "",
            f"Produced by `python -m benchmarks.soak --minutes {v['minutes']}` "
            f"({v['minutes']} minutes of real time): the watcher (`qualiopi-docs watch`, native "
            "events) on the demo copied into three organisations; every "
            f"{CHURN_EVERY:g} s a round of six junk files under new names appears in one "
            f"organisation and the previous round disappears; every {SAVE_EVERY:g} s one workbook "
            "is saved again by rename. Memory is the watcher's resident set (VmRSS), sampled.",
            "",
            "| Figure | Value |",
            "|---|---|",
            f"| Junk files created and deleted | {v['junk_files']:,} |",
            f"| Workbook saves | {v['saves']} |",
            f"| Builds | {v['builds']} |",
            f"| Errors in the log | {v['errors']} |",
            f"| Memory after warm-up ({WARM_UP:.0%} of the run) | {v['rss_after_warm_up_mb']} MB |",
            f"| Memory peak, first half / second half | {v['peak_first_half_mb']} MB / "
            f"{v['peak_second_half_mb']} MB |",
            f"| Memory at the end | {v['rss_end_mb']} MB |",
            "",
        ]
    )


if __name__ == "__main__":
    main()
