"""`python -m benchmarks.probe build WS`: the command line, reporting which documents it rendered.

The render stage's contract (`pipeline.render.render_documents`) is wrapped so that each
document it returns is named on stderr; untimed runs use it to check a rebuild's selectivity.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

PREFIX = "benchmark-rendered: "


def spy(function: Callable[..., Any]) -> Callable[..., Any]:
    """Return `function`, naming on stderr every document it returns."""

    def rendering(*args: Any, **kwargs: Any) -> Any:
        documents = function(*args, **kwargs)
        for document in documents:
            print(PREFIX + document.name, file=sys.stderr)
        return documents

    return rendering


def rendered(stderr: str) -> set[str]:
    """Return the file names of the documents a probed run rendered."""
    return {line[len(PREFIX) :].strip() for line in stderr.splitlines() if line.startswith(PREFIX)}


def main() -> None:
    import pipeline.render
    from pipeline.shell.cli import main as cli

    pipeline.render.render_documents = spy(pipeline.render.render_documents)
    cli()


if __name__ == "__main__":
    main()
