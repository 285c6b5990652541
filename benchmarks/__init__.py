"""Benchmarks: reference workspaces, the floor of the bare libraries, and the measures."""
