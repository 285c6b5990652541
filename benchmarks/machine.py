"""What the benchmark ran on: processor, cores, memory, Python and library versions."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

LIBRARIES = (
    "python-calamine",
    "openpyxl",
    "docxtpl",
    "python-docx",
    "jinja2",
    "lxml",
    "watchdog",
    "click",
)


def describe() -> list[tuple[str, str]]:
    """Return (what, value) lines describing this machine and its software."""
    lines = [
        ("CPU", _cpu_model()),
        ("Cores", str(os.cpu_count() or "?")),
        ("Memory", _memory()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Load average (1, 5, 15 min) at the end", _load()),
    ]
    lines += [(name, _version(name)) for name in LIBRARIES]
    lines.append(("LibreOffice (writes the inputs)", _soffice()))
    return lines


def _load() -> str:
    """Return the load average: other work on the machine slows every measure alike."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _soffice() -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        return "not installed"
    try:
        done = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return " ".join(done.stdout.split()[:3]) or "unknown"
