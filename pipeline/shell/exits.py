"""The exit codes of every command, in one table (validate, build and watch share it)."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    """What a command's exit status means; `--help` and the README say the same."""

    OK = 0  # done; no error in the workbooks
    FINDINGS = 1  # done, but the workbooks hold errors (documents still written, gaps shown)
    USAGE = 2  # the command line is wrong (click's own code for bad usage)
    CANNOT_PROCEED = 3  # not a workspace, bad settings, broken template, locked, not written
    ENVIRONMENT = 4  # the operating system refused: disk full, path too long, permission denied


def exit_for_error(error: BaseException) -> Exit:
    """Return the exit code for an exception that stopped a command."""
    from pipeline.core.errors import EnvironmentProblem

    environment = isinstance(error, OSError | EnvironmentProblem)
    return Exit.ENVIRONMENT if environment else Exit.CANNOT_PROCEED
