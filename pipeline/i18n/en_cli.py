"""en_cli texts."""

from __future__ import annotations

TEXT: dict[str, str] = {
}
