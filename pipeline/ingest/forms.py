"""Turn a Google Forms or Microsoft Forms answer export into feedback entries (indicator 30).

An export is recognised by its timestamp column; a `[[feedback.forms]]` entry of qualiopi.toml
says which question is the score and which are comments. Only the timestamp, the score and
the comments are read: names, e-mail addresses, phone numbers and health or disability
answers are never read, so they reach no document, finding or log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from fnmatch import fnmatch
from pathlib import PurePosixPath
from typing import cast

from pipeline.core.model import CollectionMethod, Feedback, Origin, Stakeholder
from pipeline.ingest.cells import Context
from pipeline.ingest.dates import DateProblem, read_date
from pipeline.ingest.labels import match_choice, normalise
from pipeline.ingest.notes import Notes
from pipeline.ingest.rows import letter
from pipeline.ingest.stream import RawRow
from pipeline.workspace import FormSource

# The first column of an answer export (Google Forms; Microsoft Forms, FR and EN).
_TIMESTAMPS = frozenset(
    {"horodateur", "horodatage", "timestamp", "heure de debut", "start time", "date de soumission"}
    | {"heure de fin", "completion time", "submitted at", "submission time"}
)
# Words of a question asking who the person is, how to reach them, or about their health.
_PERSONAL = frozenset(
    {"nom", "prenom", "name", "email", "mail", "courriel", "messagerie", "telephone", "tel"}
    | {"phone", "portable", "mobile", "adresse", "address", "naissance", "birth", "handicap"}
    | {"disability", "sante", "health", "medical", "medicale", "rqth", "allergie", "allergy"}
    | {"identifiant", "id", "signature"}
)
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def form_header(head: Sequence[RawRow]) -> RawRow | None:
    """Return the header row of an answer export (a timestamp in its first columns), else None."""
    first = next((row for row in head if row.cells), None)
    if first is None:
        return None
    return first if timestamp_column(first) else None


def timestamp_column(header: RawRow) -> int:
    """Return the column of the answer's timestamp (Microsoft Forms puts an ID first), or 0."""
    for number in sorted(header.cells)[:3]:
        label = header.cells[number]
        if isinstance(label, str) and normalise(label) in _TIMESTAMPS:
            return number
    return 0


def is_personal(header: str) -> bool:
    """Return True for a question about identity, contact details or health."""
    return bool(set(normalise(header).split()) & _PERSONAL)


def source_for(file: str, sources: Iterable[FormSource]) -> FormSource | None:
    """Return the `[[feedback.forms]]` entry whose file pattern matches `file`."""
    name = PurePosixPath(file).name.casefold()
    return next((s for s in sources if fnmatch(name, s.file.casefold())), None)


def read_form(
    header: RawRow,
    rows: Iterable[RawRow],
    source: FormSource,
    where: tuple[str, str],
    context: Context,
    notes: Notes,
) -> list[Feedback]:
    """Return one feedback entry per answer, as `source` says to read them."""
    columns = {normalise(str(v)): n for n, v in header.cells.items() if isinstance(v, str)}
    score = columns.get(normalise(source.score)) if source.score else None
    comments = [columns.get(normalise(question)) for question in source.comments]
    if not _usable(source, score, comments, where[1], notes):
        return []
    group = cast(Stakeholder | None, match_choice("stakeholder", source.group))
    method = cast(CollectionMethod | None, match_choice("method", source.method))
    kept = [c for c in comments if c is not None]
    stamp = timestamp_column(header)
    letters = (("date", letter(stamp)), ("score", letter(score) if score else ""))
    origin_columns = letters + (("comment", letter(kept[0]) if kept else ""),)
    rows = list(rows)
    month_first = _month_first(row.cells.get(stamp) for row in rows if row.number > header.number)
    entries: list[Feedback] = []
    unread = 0
    for row in rows:
        if row.number <= header.number or not row.cells:
            continue
        value = read_score(row.cells.get(score)) if score else None
        unread += score is not None and value is None and score in row.cells
        entries.append(
            Feedback(
                origin=Origin(where[0], where[1], row.number, origin_columns),
                date=_day(row.cells.get(stamp), context, month_first),
                group=group,
                action=source.action,
                method=method,
                score=value,
                scale=Decimal(str(source.scale)) if source.scale and value is not None else None,
                comment=" / ".join(str(row.cells[c]).strip() for c in kept if c in row.cells),
            )
        )
    if unread:
        notes.add("warning", "FORM_SCORE_UNREAD", where[1], count=unread, question=source.score)
    return entries


def _usable(
    source: FormSource, score: int | None, comments: list[int | None], sheet: str, notes: Notes
) -> bool:
    """Report questions of the entry that are missing or personal; False when none is left."""
    questions = [source.score] if source.score else []
    found = ([score] if source.score else []) + comments
    for question, column in zip([*questions, *source.comments], found, strict=True):
        if column is None:
            notes.add("error", "FORM_QUESTION_MISSING", sheet, question=question)
        elif is_personal(question):
            notes.add("error", "FORM_PERSONAL_QUESTION", sheet, question=question)
    if any(is_personal(q) for q in [*questions, *source.comments]):
        return False
    if match_choice("stakeholder", source.group) is None:
        notes.add("error", "FORM_GROUP_UNKNOWN", sheet, group=source.group)
        return False
    return any(column is not None for column in found)


def read_score(value: object) -> Decimal | None:
    """Return a score typed as a number, "4", "4/5" or "4 - Satisfied"; None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    match = _LEADING_NUMBER.match(str(value))
    if not match:
        return None
    try:
        return Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None


def _month_first(stamps: Iterable[object]) -> bool:
    """Return True when the export's text dates are month first (10/14/26), as in the US.

    Decided for the whole column: some day above 12 in second place, none in first place.
    """
    pairs = [
        (int(m.group(1)), int(m.group(2)))
        for m in (_DAY_MONTH.match(s) for s in stamps if isinstance(s, str))
        if m
    ]
    return any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs)


def _day(value: object, context: Context, month_first: bool = False) -> date | None:
    """Return the day an answer was given: a date cell, or the date part of its text."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip().split()[0] if value.strip() else value
        match = _DAY_MONTH.match(value)
        if month_first and match:
            value = f"{match.group(2)}/{match.group(1)}/{match.group(3)}"
    try:
        return read_date(value, context.epoch)
    except DateProblem:
        return None
