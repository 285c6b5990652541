"""The organisation's profile: categories, identifiers, and the audit it prepares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pipeline.core.model import Finding, Profile
from pipeline.referential import audit_rules
from pipeline.validate.context import Context
from pipeline.validate.dates import add_months

_SEPARATORS = re.compile(r"[\s.\-/]+")
LA_POSTE_SIREN = "356000000"  # INSEE: La Poste's many establishments may use a digit-sum rule
PRE_2021 = date(2021, 1, 1)  # décret 2019-565, art. 2: certificates obtained before this date


def profile_findings(ctx: Context) -> Iterator[Finding]:
    """Report what is wrong in the profile sheet."""
    profile = ctx.dossier.profile
    if profile is None:
        return
    if not profile.categories:
        yield ctx.at("error", "NO_CATEGORY", profile.origin, "category_af")
    yield from _siret(ctx, profile)
    yield from _declaration(ctx, profile)
    yield from _certification(ctx, profile)
    if profile.audit_date is not None and profile.audit_date < ctx.today:
        yield ctx.at(
            "warning",
            "AUDIT_DATE_PAST",
            profile.origin,
            "audit_date",
            date=ctx.date(profile.audit_date),
        )


def digits(value: str) -> str:
    """Return `value` without the spaces, dots and dashes people type in identifiers."""
    return _SEPARATORS.sub("", value)


def siret_checksum_ok(siret: str) -> bool:
    """Return True when a 14-digit SIRET passes INSEE's check (Luhn; digit sum for La Poste)."""
    if _luhn(siret):
        return True
    return siret.startswith(LA_POSTE_SIREN) and sum(int(d) for d in siret) % 5 == 0


def _luhn(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _siret(ctx: Context, profile: Profile) -> Iterator[Finding]:
    if not profile.siret.strip():
        return
    siret = digits(profile.siret)
    if not (siret.isascii() and siret.isdigit() and len(siret) == 14):
        yield ctx.at("error", "SIRET_FORMAT", profile.origin, "siret", value=profile.siret)
    elif not siret_checksum_ok(siret):
        yield ctx.at("warning", "SIRET_CHECKSUM", profile.origin, "siret", value=profile.siret)


def _declaration(ctx: Context, profile: Profile) -> Iterator[Finding]:
    number = digits(profile.declaration_number)
    if number and not (number.isascii() and number.isdigit() and len(number) == 11):
        yield ctx.at(
            "warning",
            "DECLARATION_NUMBER_FORMAT",
            profile.origin,
            "declaration_number",
            value=profile.declaration_number,
        )


def _certification(ctx: Context, profile: Profile) -> Iterator[Finding]:
    if profile.audit_type not in ("surveillance", "renewal"):
        return
    audit_type = ctx.choice("audit_type", profile.audit_type).lower()
    certified, audit = profile.certification_date, profile.audit_date
    if certified is None:
        yield ctx.at(
            "error",
            "CERTIFICATION_DATE_MISSING",
            profile.origin,
            "certification_date",
            audit_type=audit_type,
        )
    elif audit is not None and certified > audit:
        yield ctx.at(
            "error",
            "CERTIFICATION_AFTER_AUDIT",
            profile.origin,
            "certification_date",
            date=ctx.date(certified),
            audit=ctx.date(audit),
        )
    elif audit is not None and profile.audit_type == "surveillance":
        yield from _surveillance_window(ctx, profile, certified, audit)
    elif audit is not None:
        yield from _renewal(ctx, profile, certified, audit)


def _surveillance_window(
    ctx: Context, profile: Profile, certified: date, audit: date
) -> Iterator[Finding]:
    if certified < PRE_2021:
        return  # their window (14th-28th month) is not confirmed by the regulation
    # Arrêté du 6 juin 2019, art. 2: surveillance between the 14th and 22nd month.
    window = audit_rules()["cycle"]["surveillance_window"]
    start = add_months(certified, int(window["from_month"]))
    end = add_months(certified, int(window["to_month"]))
    if not start <= audit <= end:
        yield ctx.at(
            "warning",
            "SURVEILLANCE_OUTSIDE_WINDOW",
            profile.origin,
            "audit_date",
            audit=ctx.date(audit),
            start=ctx.date(start),
            end=ctx.date(end),
            certified=ctx.date(certified),
            from_month=window["from_month"],
            to_month=window["to_month"],
        )


def _renewal(ctx: Context, profile: Profile, certified: date, audit: date) -> Iterator[Finding]:
    cycle = audit_rules()["cycle"]
    # Décret 2019-565, art. 2: certificates obtained before 2021 are renewed in their 4th year.
    years = int(
        cycle["pre_2021_certificates"]["renewal_in_validity_year"]
        if certified < PRE_2021
        else cycle["validity"]["years"]
    )
    expiry = add_months(certified, 12 * years)
    if audit >= expiry:
        yield ctx.at(
            "warning",
            "RENEWAL_AFTER_EXPIRY",
            profile.origin,
            "audit_date",
            audit=ctx.date(audit),
            expiry=ctx.date(expiry),
            years=years,
        )
