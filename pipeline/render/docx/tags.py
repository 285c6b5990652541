"""Tag text as Word and LibreOffice store it, turned into the Jinja docxtpl would read.

docxtpl reads a part re-serialised by lxml and straightens Word's curly quotes in tags; the
engine reads the stored bytes, so it finishes the job here: the entities LibreOffice writes for
quotes (`&quot;`), French quotes typed by AutoCorrect (« ») and the rich-text tags `{{r x}}` /
`{{p x}}`, which print our plain values as text.
"""

from __future__ import annotations

import re

from pipeline.render.docx.wordxml import TAG

# `{{r ` / `{{p `, the braces and the letter possibly in different runs
_RICH = re.compile(r"\{(?:<[^>]*>)*\{(?:<[^>]*>)*[rp](?=(?:<[^>]*>)*\s)")
_ENTITIES = {
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "&apos;": "'",
    "&#39;": "'",
    "&#x27;": "'",
    "&amp;": "&",
}
_ENTITY = re.compile("|".join(re.escape(name) for name in _ENTITIES))
# an opening typographic quote: the quote it stands for, and what may close its string
_OPENING = {
    "«": ('"', '»"'),
    "„": ('"', '“”"'),
    "“": ('"', '”"'),
    "‹": ("'", "›'"),
    "‘": ("'", "’'"),
}
_NO_BREAK = "\u00a0\u202f"  # French AutoCorrect puts one inside « »


def plain_rich_tags(xml: str) -> str:
    """Return `xml` with `{{r x}}` and `{{p x}}` written `{{ x}}`: our values are plain text."""
    return _RICH.sub(lambda match: match.group()[:-1] + " ", xml)


def clean_tags(source: str) -> str:
    """Return a patched part with each tag's stored text made Jinja's (entities, quotes)."""
    return TAG.sub(lambda match: straighten(unescape(match.group())), source)


def unescape(tag: str) -> str:
    """Return a tag's text with the entities Word and LibreOffice store written out."""
    return _ENTITY.sub(lambda match: _ENTITIES[match.group()], tag)


def has_curly_quotes(tag: str) -> bool:
    """Return True when a tag's strings are delimited by typographic quotes."""
    text = unescape(tag)
    return straighten(text) != text


def straighten(tag: str) -> str:
    """Return `tag` with the typographic quotes around its strings made straight.

    What is inside a string stays as typed; a French « » loses the no-break spaces inside it.
    """
    out: list[str] = []
    straight, closers = "", ""  # the string being read: its quote, what may close it
    position = 0
    while position < len(tag):
        char = tag[position]
        position += 1
        if closers:
            if char in closers:
                while out and out[-1] in _NO_BREAK:
                    out.pop()
                out.append(straight)
                closers = ""
            else:
                out.append(char)
        elif char in "\"'":
            straight = closers = char
            out.append(char)
        elif char in _OPENING:
            straight, closers = _OPENING[char]
            out.append(straight)
            while position < len(tag) and tag[position] in _NO_BREAK:
                position += 1
        else:
            out.append(char)
    return "".join(out)
