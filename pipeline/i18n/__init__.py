"""Every text a user reads, per language: one catalogue per language and concept.

Keys are namespaced: `sheet.<kind>`, `col.<kind>.<key>`, `choice.<list>.<key>`,
`finding.<CODE>` / `hint.<CODE>`, `applies.*`, `cli.*`, `doc.*`.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.core.model import DocumentKey, Lang
from pipeline.i18n import (
    en_cli,
    en_deliver,
    en_documents,
    en_findings,
    en_help,
    en_ingest,
    en_pack,
    en_referential,
    en_scaffold,
    en_settings,
    en_shell,
    en_watch,
    en_workbook,
    fr_cli,
    fr_deliver,
    fr_documents,
    fr_findings,
    fr_help,
    fr_ingest,
    fr_pack,
    fr_referential,
    fr_scaffold,
    fr_settings,
    fr_shell,
    fr_watch,
    fr_workbook,
)

LANGS: tuple[Lang, ...] = ("en", "fr")


@cache
def catalogue(lang: Lang) -> dict[str, str]:
    """Return every text of one language, merged from its concept modules."""
    parts = {
        "en": (
            en_workbook.TEXT,
            en_referential.TEXT,
            en_ingest.TEXT,
            en_findings.TEXT,
            en_documents.TEXT,
            en_cli.TEXT,
            en_deliver.TEXT,
            en_pack.TEXT,
            en_watch.TEXT,
            en_scaffold.TEXT,
            en_settings.TEXT,
            en_help.TEXT,
            en_shell.TEXT,
        ),
        "fr": (
            fr_workbook.TEXT,
            fr_referential.TEXT,
            fr_ingest.TEXT,
            fr_findings.TEXT,
            fr_documents.TEXT,
            fr_cli.TEXT,
            fr_deliver.TEXT,
            fr_pack.TEXT,
            fr_watch.TEXT,
            fr_scaffold.TEXT,
            fr_settings.TEXT,
            fr_help.TEXT,
            fr_shell.TEXT,
        ),
    }[lang]
    merged: dict[str, str] = {}
    for part in parts:
        merged.update(part)
    return merged


# `{count|erreur|erreurs}`: the word for the plural category of parameter `count` in the language
# (French: 0 and 1 take the singular; English: only 1).
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def document_name(lang: Lang, key: DocumentKey) -> str:
    """Return the file name of document `key` in `lang`, e.g. audit-preparation.docx.

    The program identifies a document by its key; this name is only for the file on disk and
    what a user reads.
    """
    return text(lang, f"doc.file.{key}")


def text(lang: Lang, key: str, **params: object) -> str:
    """Return the text for `key` in `lang`, with `{placeholders}` filled from `params`.

    `{count|one|other}` picks the singular or plural word by the value of `count`.
    """
    template = catalogue(lang)[key]
    if not params:
        return template
    if "|" in template:
        template = _PLURAL.sub(lambda match: _plural_word(lang, match, params), template)
    return template.format(**params)


def _plural_word(lang: Lang, match: re.Match[str], params: dict[str, object]) -> str:
    from pipeline.i18n.formats import plural  # babel, loaded only for texts that need it

    value = params[match.group(1)]
    if not isinstance(value, int | float):
        raise TypeError(f"plural {match.group(0)} needs a number, not {value!r}")
    return match.group(2) if plural(value, lang) == "one" else match.group(3)


def has_text(lang: Lang, key: str) -> bool:
    """Return True when `lang` has a text for `key` (for optional texts such as help)."""
    return key in catalogue(lang)


def choice(lang: Lang, name: str, key: str) -> str:
    """Return the label users see for value `key` of closed list `name`."""
    return text(lang, f"choice.{name}.{key}")


def labels_everywhere(key: str) -> tuple[str, ...]:
    """Return the label of `key` in every language (for reading either language's workbooks)."""
    return tuple(dict.fromkeys(catalogue(lang)[key] for lang in LANGS))
