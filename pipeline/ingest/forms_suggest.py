"""Propose the `[[feedback.forms]]` entry that would read an answer export, ready to paste."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from pipeline.ingest.forms import is_personal, read_score, timestamp_column
from pipeline.ingest.labels import normalise
from pipeline.ingest.stream import RawRow

_SCORE_WORDS = re.compile(r"\b(note|satisf\w*|global\w*|score|rating|overall|evaluation)\b")
MIN_COMMENT = 12  # average length of the answers of a free-text question


def suggest(header: RawRow, answers: Sequence[RawRow], file: str) -> str:
    """Return a TOML entry naming the export, its likely score question, scale and comments."""
    questions = {
        n: str(v).strip()
        for n, v in sorted(header.cells.items())
        if n != timestamp_column(header) and isinstance(v, str) and not is_personal(v)
    }
    values = {n: [r.cells[n] for r in answers if n in r.cells] for n in questions}
    scores = {n: _scores(found) for n, found in values.items() if found}
    numeric = [n for n, s in scores.items() if s is not None]
    best = max(numeric, key=lambda n: bool(_SCORE_WORDS.search(normalise(questions[n]))), default=0)
    comments = [n for n, found in values.items() if n not in numeric and _free_text(found)]
    lines = [
        "[[feedback.forms]]",
        f"file = {_quoted(PurePosixPath(file).name)}",
        'group = "beneficiaries"',
    ]
    if best:
        top = scores[best] or 0
        lines += [f"score = {_quoted(questions[best])}", f"scale = {5 if top <= 5 else 10}"]
    quoted = ", ".join(_quoted(questions[n]) for n in comments)
    lines.append(f"comments = [{quoted}]")
    return "\n".join(lines)


def _scores(found: list[object]) -> float | None:
    """Return the highest answer when every answer reads as a score from 0 to 10, else None."""
    numbers = [read_score(value) for value in found]
    if any(n is None or not 0 <= n <= 10 for n in numbers):
        return None
    return float(max(n for n in numbers if n is not None))


def _free_text(found: list[object]) -> bool:
    texts = [str(value) for value in found]
    return sum(len(t) for t in texts) / len(texts) >= MIN_COMMENT


def _quoted(value: str) -> str:
    """Return `value` as a TOML basic string (JSON escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)
