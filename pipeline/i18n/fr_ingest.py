"""fr texts: ingest."""

from __future__ import annotations

TEXT: dict[str, str] = {
}
