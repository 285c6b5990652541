"""What every document's context shares: the sources, the document block, the cover, gap marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.core.model import CATEGORIES, Dossier, Improvement, Lang, Origin, Profile, Report
from pipeline.i18n import choice, text
from pipeline.referential import Referential
from pipeline.render.formats import clean, join, maybe_date
from pipeline.workspace import Settings


@dataclass(frozen=True, slots=True)
class Sources:
    """Everything a context is computed from (pure data: no file is read)."""

    dossier: Dossier
    report: Report
    settings: Settings
    referential: Referential
    today: date
    organisation_folder: str = ""  # inbox/<organisation>/ for consultants, '' for a flat inbox

    @property
    def lang(self) -> Lang:
        """Return the workspace language."""
        return self.settings.lang


@dataclass(frozen=True, slots=True)
class Document:
    """What every template knows about the document itself (title, headers, footers)."""

    title: str
    """Title of this document, in the workspace language."""
    organisation: str
    """Organisation name (profile), else the inbox folder name, else the gap mark."""
    generated: str
    """Date the document was generated, e.g. "27 November 2026"."""
    referential: str
    """Referential version used, e.g. "National quality referential V10 (33 indicators)"."""
    version: str
    """Short referential version: "V9" or "V10"."""
    reason: str
    """The version used and why, in one sentence (the audit date, or a forced setting)."""
    lang: str
    """Language of the document: "en" or "fr"."""


@dataclass(frozen=True, slots=True)
class Cover:
    """The identity of the organisation and of the audit, as the cover page shows it."""

    organisation: str
    """Organisation name."""
    organisation_todo: str
    """The gap mark ("TO COMPLETE") when the name is missing, else ""."""
    siret: str
    """SIRET number."""
    siret_todo: str
    """Gap mark when the SIRET is missing."""
    declaration_number: str
    """Declaration of activity number."""
    declaration_number_todo: str
    """Gap mark when the declaration number is missing."""
    address: str
    """Postal address (may hold line breaks)."""
    introduction: str
    """The introduction written in the profile ("" when none)."""
    quality_contact: str
    """Quality contact person."""
    quality_contact_todo: str
    """Gap mark when the quality contact is missing."""
    categories: str
    """Categories of action delivered, e.g. "training actions (AF), apprenticeship (CFA)"."""
    certifier: str
    """Certification body."""
    certifier_todo: str
    """Gap mark when the certifier is missing."""
    audit_type: str
    """Audit type: Initial, Surveillance or Renewal."""
    audit_type_todo: str
    """Gap mark when the audit type is missing."""
    audit_date: str
    """Planned audit date, e.g. "27 November 2026"."""
    audit_date_todo: str
    """Gap mark when the audit date is missing."""
    referential: str
    """Title of the referential version used."""
    referential_reason: str
    """Why this version was chosen (audit date, forced setting...)."""
    referential_source: str
    """Legal source of the referential version."""
    referential_url: str
    """Web address of the legal source."""
    provenance: str
    """How reliable the referential text is (provenance note)."""
    generated: str
    """Date the document was generated."""


@dataclass(frozen=True, slots=True)
class ImprovementRow:
    """One improvement action (indicator 32), as registers and the preparation list it."""

    id: str
    """Identifier, e.g. "A-004"."""
    source: str
    """Where it comes from: Feedback, Complaint, Audit, Watch, Risk analysis, Other."""
    description: str
    """What is done."""
    owner: str
    """Who does it."""
    due: str
    """Due date."""
    status: str
    """Planned, In progress, Done or Abandoned."""
    effectiveness: str
    """How its effectiveness was checked."""
    linked: str
    """What it answers: the complaints and feedback entries that cite it."""


def todo(lang: Lang, value: str) -> str:
    """Return the gap mark ("TO COMPLETE") when `value` is blank, else ""."""
    return "" if value.strip() else text(lang, "doc.todo")


def label(lang: Lang, closed_list: str, key: str | None) -> str:
    """Return the label of a closed-list value, or '' when there is none."""
    return choice(lang, closed_list, key) if key else ""


def organisation_name(src: Sources) -> str:
    """Return the organisation's name: profile, else inbox folder, else ''."""
    profile = src.dossier.profile
    name = clean(profile.name).strip() if profile is not None else ""
    return name or src.organisation_folder


def document(src: Sources, title_key: str) -> Document:
    """Return the document block of a context."""
    lang = src.lang
    return Document(
        title=text(lang, title_key),
        organisation=organisation_name(src) or text(lang, "doc.todo"),
        generated=maybe_date(src.today, lang),
        referential=text(lang, f"version.{src.report.version}"),
        version=src.report.version,
        reason=src.report.version_reason,
        lang=lang,
    )


def cover(src: Sources) -> Cover:
    """Return the cover block from the profile (blank fields get the gap mark)."""
    lang, ref = src.lang, src.referential
    profile = src.dossier.profile or Profile(origin=Origin("", ""))
    name = organisation_name(src)
    siret, number = clean(profile.siret), clean(profile.declaration_number)
    contact, certifier = clean(profile.quality_contact), clean(profile.certifier)
    audit_type = label(lang, "audit_type", profile.audit_type)
    audit_date = maybe_date(profile.audit_date, lang)
    return Cover(
        organisation=name,
        organisation_todo=todo(lang, name),
        siret=siret,
        siret_todo=todo(lang, siret),
        declaration_number=number,
        declaration_number_todo=todo(lang, number),
        address=clean(profile.address),
        introduction=clean(profile.introduction),
        quality_contact=contact,
        quality_contact_todo=todo(lang, contact),
        categories=categories(lang, profile),
        certifier=certifier,
        certifier_todo=todo(lang, certifier),
        audit_type=audit_type,
        audit_type_todo=todo(lang, audit_type),
        audit_date=audit_date,
        audit_date_todo=todo(lang, audit_date),
        referential=ref.title_fr if lang == "fr" else ref.title_en,
        referential_reason=src.report.version_reason,
        referential_source=ref.source(lang),
        referential_url=ref.source_url,
        provenance=ref.provenance(lang),
        generated=maybe_date(src.today, lang),
    )


def categories(lang: Lang, profile: Profile) -> str:
    """Return the categories of action the profile delivers, in the usual order."""
    delivered = [c for c in CATEGORIES if c in profile.categories]
    return join(lang, [text(lang, f"category.{c}") for c in delivered])


def improvement_row(lang: Lang, item: Improvement, linked: str = "") -> ImprovementRow:
    """Return one improvement action as the documents show it."""
    return ImprovementRow(
        id=clean(item.id),
        source=label(lang, "improvement_source", item.source),
        description=clean(item.description),
        owner=clean(item.owner),
        due=maybe_date(item.due, lang),
        status=label(lang, "improvement_status", item.status),
        effectiveness=clean(item.effectiveness),
        linked=linked,
    )
