"""The data that crosses stage boundaries: the Dossier read from workbooks, Findings, the Report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, get_args

Lang = Literal["en", "fr"]
Version = Literal["V9", "V10"]
Category = Literal["AF", "BC", "VAE", "CFA"]
Severity = Literal["error", "warning"]

# Closed lists: the keys are stable; the labels users see come from pipeline.i18n.
# An indicator's status: the grid offers these words, and every document shows the same ones
# (plus "open_nc", which only the non-conformity register decides: see render readiness).
# Grids filled with the former "in progress" / "to do" are read as "to_complete" (ingest synonyms).
Status = Literal["ready", "to_complete", "not_applicable"]
AuditType = Literal["initial", "surveillance", "renewal"]
# Which indicators an audit checks: "reduced" is the initial audit of a provider holding a label
# recognised before Qualiopi (arrêté du 6 juin 2019, art. 10), not an audit type of the profile.
AuditScope = Literal["initial", "surveillance", "renewal", "reduced"]
Stakeholder = Literal["beneficiaries", "funders", "teaching_teams", "companies"]
CollectionMethod = Literal["survey_hot", "survey_cold", "interview", "meeting", "other"]
Channel = Literal["email", "phone", "letter", "in_person", "web_form", "other"]
ComplaintStatus = Literal["open", "in_progress", "closed"]
ImprovementSource = Literal["feedback", "complaint", "audit", "watch", "risk_analysis", "other"]
ImprovementStatus = Literal["planned", "in_progress", "done", "abandoned"]
Grade = Literal["minor", "major"]
NcStatus = Literal["open", "action_planned", "corrected", "closed"]
YesNo = Literal["yes", "no"]
# How an indicator's non-conformities may be graded (the referential data, corrected in settings).
NcGrading = Literal["major_only", "minor_or_major"]

# The kinds of sheet a workbook may hold; a sheet is recognised by its content, not its name.
SheetKind = Literal[
    "profile",
    "indicators",
    "evidence",
    "feedback",
    "complaints",
    "improvements",
    "nonconformities",
]

# The documents the program makes, by identity; the file name a user sees is translated
# (`pipeline.i18n.document_name`) and computed only where a file is written or shown.
DocumentKey = Literal[
    "preparation",
    "companion",
    "action_plan",
    "feedback_register",
    "complaint_register",
    "improvement_register",
    "validation_report",
]

LANGS: tuple[Lang, ...] = get_args(Lang)
VERSIONS: tuple[Version, ...] = get_args(Version)
AUDIT_SCOPES: tuple[AuditScope, ...] = get_args(AuditScope)
CATEGORIES: tuple[Category, ...] = get_args(Category)
STAKEHOLDERS: tuple[Stakeholder, ...] = get_args(Stakeholder)
DOCUMENT_KEYS: tuple[DocumentKey, ...] = get_args(DocumentKey)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was read: file (relative to the workspace), sheet, row, and column letters."""

    file: str
    sheet: str
    row: int = 0
    columns: tuple[tuple[str, str], ...] = ()

    def cell(self, key: str) -> str:
        """Return the A1 reference of field `key` on this record's row ('' when unknown)."""
        for name, letter in self.columns:
            if name == key:
                return f"{letter}{self.row}" if self.row else letter
        return ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong or missing, located cell by cell, in the workspace language."""

    severity: Severity
    code: str
    file: str
    sheet: str
    cell: str
    message: str
    hint: str
    indicator: int | None = None

    def as_dict(self) -> dict[str, object]:
        """Return the finding as the JSON object `validate --format json` prints."""
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "indicator": self.indicator,
            "message": self.message,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Return the finding `as_dict` produced."""
        return cls(
            data["severity"],
            data["code"],
            data["file"],
            data["sheet"],
            data["cell"],
            data["message"],
            data["hint"],
            data["indicator"],
        )


@dataclass(frozen=True, slots=True)
class Profile:
    """The organisation's profile sheet of the self-assessment grid."""

    origin: Origin
    name: str = ""
    siret: str = ""
    declaration_number: str = ""
    address: str = ""
    quality_contact: str = ""
    categories: frozenset[Category] = frozenset()
    certifying: bool = False
    work_linked: bool = False
    work_based: bool = False
    subcontracting: bool = False
    new_entrant_categories: frozenset[Category] = frozenset()
    short_trainings_only: bool = False
    turnover: Decimal | None = None
    sites: int | None = None
    certifier: str = ""
    audit_type: AuditType | None = None
    audit_date: date | None = None
    certification_date: date | None = None
    recognised_label: bool = False
    introduction: str = ""  # the preparatory document's introduction, in the person's words
    unreadable: frozenset[str] = frozenset()  # fields whose answer is not a valid value

    @property
    def audit_scope(self) -> AuditScope:
        """Return the scope of the planned audit: its type, "reduced" for a labelled provider's
        initial audit (arrêté du 6 juin 2019, art. 10), "initial" when the type is unknown."""
        audit = self.audit_type or "initial"
        return "reduced" if audit == "initial" and self.recognised_label else audit

    @property
    def new_entrant(self) -> bool:
        """Return whether the organisation is a new entrant for at least one category."""
        return bool(self.new_entrant_categories)

    def new_entrant_for(self, categories: frozenset[Category]) -> frozenset[Category]:
        """Return the delivered categories among `categories` for which it is a new entrant.

        Guide V9 (preamble): a provider starting a new category of actions gets the new-entrant
        treatment for the indicators applicable to that category only.
        """
        return self.new_entrant_categories & self.categories & categories


@dataclass(frozen=True, slots=True)
class IndicatorEntry:
    """One row of the indicators sheet: how the organisation meets one indicator."""

    origin: Origin
    number: int | None
    raw_number: str = ""
    wording: str = ""
    status: Status | None = None
    approach: str = ""
    evidence_ids: tuple[str, ...] = ()
    owner: str = ""
    last_review: date | None = None
    na_reason: str = ""
    auditor_note: str = ""  # free text carried into the preparatory document


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of the evidence list."""

    origin: Origin
    id: str
    title: str = ""
    indicators: tuple[int, ...] = ()
    location: str = ""
    version: str = ""
    owner: str = ""
    review_by: date | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    """One entry of the stakeholders' feedback register (indicator 30)."""

    origin: Origin
    date: date | None
    group: Stakeholder | None
    action: str = ""
    method: CollectionMethod | None = None
    score: Decimal | None = None
    scale: Decimal | None = None
    comment: str = ""
    improvement_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Complaint:
    """One entry of the complaint register (indicator 31)."""

    origin: Origin
    id: str
    received: date | None = None
    group: Stakeholder | None = None
    channel: Channel | None = None
    subject: str = ""
    description: str = ""
    acknowledged: date | None = None
    answer: str = ""
    answered: date | None = None
    closed: date | None = None
    status: ComplaintStatus | None = None
    improvement_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Improvement:
    """One improvement action (indicator 32)."""

    origin: Origin
    id: str
    source: ImprovementSource | None = None
    description: str = ""
    owner: str = ""
    due: date | None = None
    status: ImprovementStatus | None = None
    effectiveness: str = ""


@dataclass(frozen=True, slots=True)
class NonConformity:
    """One non-conformity raised by the auditor, with its action plan."""

    origin: Origin
    id: str
    audit_date: date | None = None
    indicator: int | None = None
    grade: Grade | None = None
    finding: str = ""
    root_cause: str = ""
    corrective_action: str = ""
    owner: str = ""
    due: date | None = None
    status: NcStatus | None = None
    correction_evidence: str = ""
    effectiveness: str = ""


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file read once: the bytes hashed are the bytes parsed and archived.

    `content` is None when the file was not read (a link, too large, unreadable, a name that
    is not valid UTF-8); `problem` is then the finding code and `reason` its detail.
    """

    path: Path
    content: bytes | None
    sha256: str = ""
    problem: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input workbook, as read: its path relative to the workspace and its content hash."""

    path: str
    sha256: str
    kinds: tuple[SheetKind, ...] = ()


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything read from one organisation's workbooks, plus what reading itself found wrong."""

    files: tuple[SourceFile, ...] = ()
    profile: Profile | None = None
    indicators: tuple[IndicatorEntry, ...] | None = None
    grid_version: Version | None = None
    evidence: tuple[Evidence, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    complaints: tuple[Complaint, ...] = ()
    improvements: tuple[Improvement, ...] = ()
    nonconformities: tuple[NonConformity, ...] = ()
    present: frozenset[SheetKind] = frozenset()
    locations: tuple[tuple[SheetKind, str, str], ...] = ()  # (kind, file, sheet) for each sheet
    evidence_files: frozenset[str] | None = None  # files under the evidence folder, posix paths
    findings: tuple[Finding, ...] = ()

    def where(self, kind: SheetKind) -> tuple[str, str]:
        """Return (file, sheet) holding `kind`, or ('', '') when no workbook has it."""
        for found, file, sheet in self.locations:
            if found == kind:
                return file, sheet
        return "", ""


@dataclass(frozen=True, slots=True)
class Applicability:
    """Whether one indicator applies to the organisation, and why (in the workspace language)."""

    number: int
    applies: bool
    reason: str
    claimed_na: bool = False  # the user declared it not applicable, and the referential allows it


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of validation: which referential, what applies, and every finding."""

    version: Version
    version_reason: str
    applicability: tuple[Applicability, ...]
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (kept with a build's record)."""
        return {
            "version": self.version,
            "version_reason": self.version_reason,
            "applicability": [
                [a.number, a.applies, a.reason, a.claimed_na] for a in self.applicability
            ],
            "findings": [f.as_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Return the report `as_dict` produced."""
        return cls(
            data["version"],
            data["version_reason"],
            tuple(Applicability(*item) for item in data["applicability"]),
            tuple(Finding.from_dict(item) for item in data["findings"]),
        )

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Return the findings that are errors."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def ok(self) -> bool:
        """Return True when no finding is an error."""
        return not self.errors


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """One Word document, rendered in memory, ready to be delivered under `name`."""

    key: DocumentKey  # which document it is (never compare by `name`: it is translated)
    name: str  # the file name a user sees, in the workspace language
    content: bytes
    inputs: frozenset[SheetKind] = frozenset()  # the sheets it was made from
    sources: tuple[str, ...] = ()  # sha256 of the input files it was made from (SourceFile)


DeliveryOutcome = Literal[
    "written", "unchanged", "merged", "kept_edited", "replaced_edited", "failed"
]


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """A passage of a document that both the person (in Word) and the workbooks changed."""

    document: str  # file name of the document
    section: str  # where it is: the heading path, e.g. "Indicator 1 › Our approach"
    mine: str  # the person's text; '' when they had deleted it
    theirs: str  # the new text from the workbooks; '' when they no longer produce it


@dataclass(frozen=True, slots=True)
class Delivery:
    """What happened to one document (or its PDF) in the outbox."""

    key: DocumentKey  # which document it is (never compare by `name`: it is translated)
    name: str  # the file name a user sees
    outcome: DeliveryOutcome
    path: str  # where the new content is (relative to the workspace); '' when failed
    note: str = ""  # e.g. the path of the edited copy kept, or why it failed
    conflicts: tuple[MergeConflict, ...] = ()  # when merged: passages changed on both sides
