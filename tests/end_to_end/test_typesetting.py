"""The demo documents as LibreOffice shows them: French typography, no word cut across lines,
the contents list filled in, the same bytes from the same inputs."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from pipeline.authoring.demo import create_demo
from pipeline.build.flow import build_workspace
from pipeline.core.model import Lang
from tests.office import convert

TODAY = date(2026, 12, 4)
LANGS: tuple[Lang, ...] = ("fr", "en")
# Values whose quotes, colons and slashes belong to them: addresses, paths, files, cells, times.
CODE = re.compile(
    r"\S+://\S+|www\.\S+|\S+@\S+|\S*[/\\_=]\S*|\S+\.(?:pdf|docx|xlsx|odt|png|jpe?g|txt|zip)\b"
    r"|\w+![A-Z]+\d+|\d{1,2}:\d{2}"
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# French rules: (name, what breaks the rule)
FRENCH_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("no_break_space_before_colon", re.compile("(?<![\u00a0\u202f]):")),
    ("narrow_space_before_semicolon", re.compile("(?<![\u00a0\u202f])[;!?]+")),
    ("no_break_space_after_opening_guillemet", re.compile("«(?![\u00a0\u202f])")),
    ("no_break_space_before_closing_guillemet", re.compile("(?<![\u00a0\u202f])»")),
    ("typographic_apostrophe", re.compile("'")),
    ("straight_double_quotes", re.compile('"')),
    ("real_plurals", re.compile(r"\w\(s\)")),
    ("first_of_the_month", re.compile(rf"(?<!\d)1[\s\u00a0](?:{MONTHS})\b")),
    ("space_after_a_sentence", re.compile(r"[a-zà-ÿ)]\.[A-ZÀ-Ý]")),
    ("empty_placeholder", re.compile(r"—\s*[,.;:)]|\(\s*\)|,\s*,")),
]
ENGLISH_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("curly_double_quotes", re.compile('"')),
    ("no_guillemets", re.compile("[«»]")),
    ("space_after_a_sentence", re.compile(r"[a-z)]\.[A-Z]")),
    ("real_plurals", re.compile(r"\w\(s\)")),
]


@dataclass(frozen=True)
class Demo:
    """A built demo: its documents and their LibreOffice PDFs."""

    lang: Lang
    documents: tuple[Path, ...]
    pdfs: tuple[Path, ...]


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, Demo]:
    """The French and English demos, built, each document converted by LibreOffice."""
    made = {}
    for lang in LANGS:
        root = tmp_path_factory.mktemp(f"typeset-{lang}") / "ws"
        create_demo(root, lang, TODAY)
        build_workspace(root, today=TODAY)
        documents = tuple(sorted((root / "outbox").glob("*.docx")))
        pdfs = tuple(convert(documents, "pdf", root.parent / "pdf"))
        made[lang] = Demo(lang, documents, pdfs)
    return made


def texts(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every paragraph of a document: body, table cells, headers,
    footers (a tab or a line break read as a space)."""
    document = docx.Document(str(path))
    parts = [("body", document.element.body)]
    for section in document.sections:
        parts += [("header", section.header._element), ("footer", section.footer._element)]
    for where, part in parts:
        for paragraph in part.iter(qn("w:p")):
            yield where, paragraph_text(paragraph)


def paragraph_text(paragraph: object) -> str:
    """Return the text a paragraph shows."""
    found = []
    for element in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):  # type: ignore[attr-defined]
        found.append(element.text or "" if element.tag == qn("w:t") else " ")
    return "".join(found)


def broken(text: str, rules: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    """Return the names of the rules a paragraph breaks (values like addresses left out)."""
    prose = CODE.sub("X", text)
    found = [name for name, pattern in rules if pattern.search(prose)]
    sentences = [s for s in SENTENCE_END.split(text.strip()) if len(s) > 15]
    if len(sentences) != len(set(sentences)):
        found.append("sentence_said_twice")
    return found


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_follows_the_typography_of_its_language(
    demos: dict[Lang, Demo], lang: Lang
) -> None:
    rules = FRENCH_RULES if lang == "fr" else ENGLISH_RULES
    faults = [
        f"{path.name} ({where}): {rule}: {text!r}"
        for path in demos[lang].documents
        for where, text in texts(path)
        for rule in broken(text, rules)
    ]
    assert faults == []


def pdf_lines(pdf: Path) -> list[str]:
    """Return the lines of a PDF in the order LibreOffice wrote them (a cell's lines together)."""
    result = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def bare(word: str) -> str:
    """Return a word without the punctuation around it."""
    return word.strip(".,;:!?()[]«»“”\"'’\u00a0\u202f")


def cut_words(document: Path, pdf: Path) -> list[str]:
    """Return the words LibreOffice cut across two lines: the end of a line that is not a word
    of the document but makes one with the start of the next line."""
    words = {bare(w) for _, text in texts(document) for w in text.split()}
    lines = pdf_lines(pdf)
    cuts = []
    for line, following in zip(lines, lines[1:], strict=False):
        end, start = line.split()[-1], following.split()[0]
        if end.endswith(("-", "/", "\u2013")) or "/" in end or "@" in end:
            continue  # a break after a hyphen or inside an address is where it may break
        if bare(end) not in words and bare(end + start) in words:
            cuts.append(f"{end}|{start}")
    return cuts


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_no_word_is_cut_across_lines_in_the_pdf(demos: dict[Lang, Demo], lang: Lang) -> None:
    demo = demos[lang]
    cuts = {
        path.name: cut_words(path, pdf) for path, pdf in zip(demo.documents, demo.pdfs, strict=True)
    }
    assert {name: found for name, found in cuts.items() if found} == {}


def headings(path: Path) -> tuple[str, list[str]]:
    """Return the contents title and the Heading 1-2 texts of a document."""
    document = docx.Document(str(path))
    title = next(p.text for p in document.paragraphs if p.style.name == "TOC Heading")
    found = [
        " ".join(p.text.split())
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2") and p.text.strip()
    ]
    return " ".join(title.split()), found


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_the_contents_list_shows_every_heading_without_updating_fields(
    demos: dict[Lang, Demo], lang: Lang
) -> None:
    demo = demos[lang]
    with_contents = [
        (path, pdf)
        for path, pdf in zip(demo.documents, demo.pdfs, strict=True)
        if any(p.style.name == "TOC Heading" for p in docx.Document(str(path)).paragraphs)
    ]
    assert with_contents, "the preparation document has a contents list"
    for path, pdf in with_contents:
        title, names = headings(path)
        shown = re.sub(r"(?<=\w-) ", "", " ".join(" ".join(pdf_lines(pdf)).split()))
        position = shown.index(title) + len(title)
        for name in names:  # listed in order after the title...
            position = shown.index(name, position) + len(name)
        assert shown.index(names[0], position) > position  # ...then the body's own heading


def test_the_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    built = []
    for run in ("one", "two"):
        root = tmp_path / run
        create_demo(root, "fr", TODAY)
        build_workspace(root, today=TODAY)
        built.append({p.name: p.read_bytes() for p in (root / "outbox").glob("*.docx")})
    assert built[0] == built[1]
    # the five documents to send, the internal companion and the validation report
    assert len(built[0]) == 7
