"""The patterns of Word's XML the engine reads: paragraphs, runs, texts and template tags.

One home for them: the checks, the loader, the fast table path and the renderer all cut the
same XML, so they must agree on what a paragraph, a run or a tag is.
"""

from __future__ import annotations

import re

PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # as docxtpl's resolve_listing
PARAGRAPH_START = re.compile(r"<w:p([ >])")
TABLE_START = re.compile(r"<w:tbl[ >]")  # a table (not <w:tblPrEx>, a row's own exceptions)
CELL = re.compile(r"<w:tc[ >].*?</w:tc>", re.DOTALL)  # a table cell (none nested in it)
RUN_START = re.compile(r"<w:r[ >]")
RUN_PROPERTIES = re.compile(r"<w:rPr>.*?</w:rPr>", re.DOTALL)
TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")  # a text element and its stored text
TEXT_OPEN = re.compile(r"<w:t(?: [^>]*)?>")
XML_TAG = re.compile(r"<[^>]*>")
DRAWING_ID = re.compile(r'(<wp:docPr\b[^>]*?\bid=")(\d+)(")')
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)  # a whole template tag
