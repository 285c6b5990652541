"""The workbook layout as data: each sheet kind, its columns, their types and closed lists.

Shared by the code that generates the blank workbooks and the code that reads filled ones, so the
two cannot drift. Labels users see come from pipeline.i18n under `col.<kind>.<key>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from pipeline.core.model import (
    AuditType,
    Channel,
    CollectionMethod,
    ComplaintStatus,
    Grade,
    ImprovementSource,
    ImprovementStatus,
    NcStatus,
    SheetKind,
    Stakeholder,
    Status,
    YesNo,
)

ValueType = Literal[
    "text",  # short free text
    "longtext",  # free text that may span lines
    "id",  # an identifier such as P-001 (case-insensitive, trimmed)
    "ids",  # several identifiers: "P-001, P-002; P-003"
    "indicator",  # one indicator number
    "indicators",  # several indicator numbers: "1, 2; Ind. 12"
    "date",
    "int",
    "decimal",
    "bool",  # yes / no (oui / non)
    "choice",  # one value of a closed list (see `choices`)
]

# Closed lists: list name -> keys. Labels: i18n `choice.<list>.<key>`.
# Derived from the model's Literals, so a key added there is offered in the dropdowns too.
CHOICES: dict[str, tuple[str, ...]] = {
    "status": get_args(Status),
    "audit_type": get_args(AuditType),
    "stakeholder": get_args(Stakeholder),
    "method": get_args(CollectionMethod),
    "channel": get_args(Channel),
    "complaint_status": get_args(ComplaintStatus),
    "improvement_source": get_args(ImprovementSource),
    "improvement_status": get_args(ImprovementStatus),
    "grade": get_args(Grade),
    "nc_status": get_args(NcStatus),
    "yes_no": get_args(YesNo),
}


@dataclass(frozen=True, slots=True)
class Column:
    """One input column (or, for the profile sheet, one labelled field)."""

    key: str
    type: ValueType
    required: bool = False
    width: int = 18
    choices: str = ""  # name of the closed list in CHOICES when type == "choice"
    protected: bool = False  # official text the user should not edit
    optional: bool = False  # added later: a workbook without it is not warned about
    legacy: bool = False  # read from older workbooks, never written in new ones


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """One kind of sheet: a table with a header row (or label/value fields for the profile)."""

    kind: SheetKind
    columns: tuple[Column, ...]
    id_column: str = ""  # the column whose values must be unique
    fields: bool = False  # True: label in column B, value in column C, one field per row

    @property
    def written(self) -> tuple[Column, ...]:
        """Return the columns a new workbook has (older workbooks may hold legacy ones too)."""
        return tuple(column for column in self.columns if not column.legacy)

    def column(self, key: str) -> Column:
        """Return the column called `key`."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


PROFILE = SheetSpec(
    "profile",
    fields=True,
    columns=(
        Column("name", "text", required=True, width=40),
        Column("siret", "text", required=True),
        Column("declaration_number", "text", required=True),
        Column("address", "longtext"),
        Column("quality_contact", "text", required=True),
        Column("category_af", "bool", required=True, choices="yes_no"),
        Column("category_bc", "bool", required=True, choices="yes_no"),
        Column("category_vae", "bool", required=True, choices="yes_no"),
        Column("category_cfa", "bool", required=True, choices="yes_no"),
        Column("certifying", "bool", required=True, choices="yes_no"),
        Column("work_linked", "bool", required=True, choices="yes_no"),
        Column("work_based", "bool", required=True, choices="yes_no"),
        Column("subcontracting", "bool", required=True, choices="yes_no"),
        Column("short_trainings_only", "bool", choices="yes_no"),
        # Guide V9: the new-entrant treatment applies per category of actions (first year of
        # activity, or a category with no activity in the last BPF).
        Column("new_entrant_af", "bool", choices="yes_no"),
        Column("new_entrant_bc", "bool", choices="yes_no"),
        Column("new_entrant_vae", "bool", choices="yes_no"),
        Column("new_entrant_cfa", "bool", choices="yes_no"),
        Column("turnover", "decimal"),
        Column("sites", "int"),
        Column("certifier", "text"),
        Column("audit_type", "choice", required=True, choices="audit_type"),
        Column("audit_date", "date", required=True),
        Column("certification_date", "date"),
        Column("recognised_label", "bool", choices="yes_no"),
        Column("introduction", "longtext", optional=True),
        # Before per-category answers: one yes/no, read as "new entrant for every category".
        Column("new_entrant", "bool", choices="yes_no", legacy=True),
    ),
)

INDICATORS = SheetSpec(
    "indicators",
    id_column="number",
    columns=(
        Column("criterion", "int", width=9, protected=True),
        Column("number", "indicator", required=True, width=10, protected=True),
        Column("wording", "longtext", width=60, protected=True),
        Column("status", "choice", required=True, width=16, choices="status"),
        Column("approach", "longtext", width=60),
        Column("evidence_ids", "ids", width=18),
        Column("owner", "text", width=18),
        Column("last_review", "date", width=14),
        Column("na_reason", "longtext", width=40),
        Column("auditor_note", "longtext", width=40, optional=True),
    ),
)

EVIDENCE = SheetSpec(
    "evidence",
    id_column="id",
    columns=(
        Column("id", "id", required=True, width=10),
        Column("title", "text", required=True, width=40),
        Column("indicators", "indicators", required=True, width=14),
        Column("location", "text", required=True, width=40),
        Column("version", "text", width=14),
        Column("owner", "text", width=18),
        Column("review_by", "date", width=14),
    ),
)

FEEDBACK = SheetSpec(
    "feedback",
    columns=(
        Column("date", "date", required=True, width=12),
        Column("group", "choice", required=True, width=20, choices="stakeholder"),
        Column("action", "text", width=30),
        Column("method", "choice", width=20, choices="method"),
        Column("score", "decimal", width=10),
        Column("scale", "decimal", width=10),
        Column("comment", "longtext", width=50),
        Column("improvement_ids", "ids", width=16),
    ),
)

COMPLAINTS = SheetSpec(
    "complaints",
    id_column="id",
    columns=(
        Column("id", "id", required=True, width=10),
        Column("received", "date", required=True, width=12),
        Column("group", "choice", required=True, width=20, choices="stakeholder"),
        Column("channel", "choice", width=16, choices="channel"),
        Column("subject", "text", required=True, width=30),
        Column("description", "longtext", width=50),
        Column("acknowledged", "date", width=12),
        Column("answer", "longtext", width=50),
        Column("answered", "date", width=12),
        Column("closed", "date", width=12),
        Column("status", "choice", required=True, width=14, choices="complaint_status"),
        Column("improvement_ids", "ids", width=16),
    ),
)

IMPROVEMENTS = SheetSpec(
    "improvements",
    id_column="id",
    columns=(
        Column("id", "id", required=True, width=10),
        Column("source", "choice", required=True, width=18, choices="improvement_source"),
        Column("description", "longtext", required=True, width=50),
        Column("owner", "text", width=18),
        Column("due", "date", width=12),
        Column("status", "choice", required=True, width=14, choices="improvement_status"),
        Column("effectiveness", "longtext", width=40),
    ),
)

NONCONFORMITIES = SheetSpec(
    "nonconformities",
    id_column="id",
    columns=(
        Column("id", "id", required=True, width=10),
        Column("audit_date", "date", required=True, width=12),
        Column("indicator", "indicator", required=True, width=10),
        Column("grade", "choice", required=True, width=10, choices="grade"),
        Column("finding", "longtext", required=True, width=50),
        Column("root_cause", "longtext", width=40),
        Column("corrective_action", "longtext", width=50),
        Column("owner", "text", width=18),
        Column("due", "date", width=12),
        Column("status", "choice", required=True, width=16, choices="nc_status"),
        Column("correction_evidence", "longtext", width=40),
        Column("effectiveness", "longtext", width=40),
    ),
)

SHEETS: dict[SheetKind, SheetSpec] = {
    spec.kind: spec
    for spec in (
        PROFILE,
        INDICATORS,
        EVIDENCE,
        FEEDBACK,
        COMPLAINTS,
        IMPROVEMENTS,
        NONCONFORMITIES,
    )
}

# The blank workbooks `init` copies: file stem -> the sheet kinds it holds.
WORKBOOKS: dict[str, tuple[SheetKind, ...]] = {
    "self-assessment": ("profile", "indicators"),
    "evidence": ("evidence",),
    "feedback": ("feedback",),
    "complaints": ("complaints",),
    "improvements": ("improvements",),
    "nonconformities": ("nonconformities",),
}
