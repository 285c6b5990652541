"""`demo`: a filled workspace for a fictional organisation, to show the whole product."""

from __future__ import annotations

from pipeline.authoring.demo.create import create_demo, demo_workspace

__all__ = ["create_demo", "demo_workspace"]
