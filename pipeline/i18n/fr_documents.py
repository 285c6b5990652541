"""fr texts: documents."""

from __future__ import annotations

TEXT: dict[str, str] = {
}
