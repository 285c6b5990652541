"""The grid against the referential: every indicator once, no unknown number, official wording."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from pipeline.core.model import Finding, IndicatorEntry
from pipeline.validate.context import Context

# Typographic variants that do not change the wording (quotes, apostrophes, dashes).
_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2010": "-",
    }
)
_SPACE = re.compile(r"\s+")


def normalised(wording: str) -> str:
    """Return `wording` stripped of what typography and spacing may change (for comparison)."""
    text = unicodedata.normalize("NFKC", wording).translate(_TYPOGRAPHY)
    return _SPACE.sub("", text).rstrip(".").casefold()


def referential_findings(ctx: Context) -> Iterator[Finding]:
    """Report indicators missing, repeated, unknown to the version, or with altered wording."""
    entries = ctx.dossier.indicators
    if entries is None:
        return
    yield from _duplicates(ctx, entries)
    grid = ctx.dossier.grid_version
    if grid is not None and grid != ctx.ref.version:
        return  # the grid is of the other version: one finding says so (see version.py)
    yield from _missing(ctx, entries)
    for entry in entries:
        yield from _unknown(ctx, entry)
        yield from _wording(ctx, entry)


def _duplicates(ctx: Context, entries: tuple[IndicatorEntry, ...]) -> Iterator[Finding]:
    first: dict[int, IndicatorEntry] = {}
    for entry in entries:
        if entry.number is None:
            continue
        if entry.number in first:
            yield ctx.at(
                "error",
                "INDICATOR_DUPLICATE",
                entry.origin,
                "number",
                entry.number,
                number=entry.number,
                first_row=first[entry.number].origin.row,
            )
        else:
            first[entry.number] = entry


def _missing(ctx: Context, entries: tuple[IndicatorEntry, ...]) -> Iterator[Finding]:
    if not entries:
        yield ctx.on_sheet(
            "error",
            "GRID_EMPTY",
            "indicators",
            version=ctx.ref.version,
            count=len(ctx.ref.indicators),
        )
        return
    present = {entry.number for entry in entries}
    for indicator in ctx.ref.indicators:
        if indicator.number not in present:
            yield ctx.on_sheet(
                "error",
                "INDICATOR_MISSING",
                "indicators",
                indicator.number,
                number=indicator.number,
                criterion=indicator.criterion,
                version=ctx.ref.version,
                count=len(ctx.ref.indicators),
            )


def _unknown(ctx: Context, entry: IndicatorEntry) -> Iterator[Finding]:
    if entry.number is not None and entry.number in ctx.ref.numbers:
        return
    if entry.number is None and not entry.raw_number:
        return  # an empty number cell: a required cell, reported by structure
    value = entry.raw_number or str(entry.number)
    yield ctx.at(
        "error",
        "INDICATOR_UNKNOWN",
        entry.origin,
        "number",
        value=value,
        version=ctx.ref.version,
        count=len(ctx.ref.indicators),
    )


def _wording(ctx: Context, entry: IndicatorEntry) -> Iterator[Finding]:
    if entry.number not in ctx.ref.numbers or not entry.wording.strip():
        return
    indicator = ctx.ref.indicator(entry.number)
    given = normalised(entry.wording)
    if given not in (normalised(indicator.wording_fr), normalised(indicator.wording_en)):
        yield ctx.at(
            "warning",
            "WORDING_ALTERED",
            entry.origin,
            "wording",
            entry.number,
            number=entry.number,
            version=ctx.ref.version,
            approach=ctx.column("indicators", "approach"),
        )
