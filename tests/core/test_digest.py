"""Digests name anchors and inputs: the same text gives the same digest however it is hashed."""

from __future__ import annotations

from pipeline.core.digest import digest_lines, digest_text, digest_texts


def test_a_shared_head_hashed_once_gives_each_text_its_own_digest() -> None:
    """Rows of a long register are named by `digest_texts`, other blocks by `digest_text`:
    a row's anchor must not change with that (edited documents merge by anchor)."""
    tails = [("Alice", "0"), ("Alice", "1"), ("", "0"), ("é\udcffx", "0"), ("a\nb", "2")]
    named = list(digest_texts(("row", "_qt0123"), tails))
    assert named == [digest_text("row", "_qt0123", *tail) for tail in tails]
    assert len(set(named)) == len(tails)
    assert digest_text("a", "b") == digest_lines(["a", "b"])
