"""Authoring: what writes our own inputs and templates (blank workbooks, Word templates, demo)."""
