"""The `qualiopi-docs` program: the command line, then an exit that frees nothing one by one."""

from __future__ import annotations

import logging
import os
import sys

from pipeline.shell.cli import main


def run() -> None:
    """Run the command line, then end the process with the command's exit code.

    A build of a large organisation leaves hundreds of thousands of objects behind; letting
    the interpreter free them one by one as it stops takes a tenth of a second. Once the
    command has returned, everything it wrote (screen, logs; its files are closed) is flushed
    and the process ends at once. An error the command did not catch goes the usual way.
    """
    try:
        main()
    except SystemExit as done:
        code = _exit_code(done.code)
    else:  # click always exits; kept for a command that would return
        code = 0
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _exit_code(code: object) -> int:
    """Return the process's exit code for `sys.exit(code)`, saying a text one as Python does."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
