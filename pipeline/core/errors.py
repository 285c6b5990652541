"""The exceptions that mean "cannot proceed"; bad data is a Finding, never an exception."""

from __future__ import annotations


class QualiopiError(Exception):
    """Base of every error this package raises on purpose.

    `message` and `hint` are already in the workspace language; the CLI prints them as is.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message

    def __reduce__(self) -> tuple[type[QualiopiError], tuple[str, str]]:
        # Sent back whole from a portfolio worker process: the hint too.
        return (type(self), (self.message, self.hint))


class WorkspaceError(QualiopiError):
    """The workspace folder is missing, unreadable or its settings are invalid."""


class InputError(QualiopiError):
    """An input file cannot be read at all (not a workbook, encrypted, corrupt...)."""


class TemplateError(QualiopiError):
    """A Word template is broken (syntax error, unknown variable, unsafe construct)."""


class DeliveryError(QualiopiError):
    """A document could not be written to the outbox (disk full, permission denied...)."""


class LockedError(QualiopiError):
    """Another build or watcher already holds the workspace lock."""


class EnvironmentProblem(QualiopiError):
    """The machine stops the work, not the data: disk full, a path too long, no permission.

    The CLI exits with its own code (4: Exit.ENVIRONMENT, pipeline/shell/exits.py), so a
    service manager does not mistake it for findings.
    """
