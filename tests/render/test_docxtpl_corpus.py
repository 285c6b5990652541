"""docxtpl's own test templates as a yardstick: the text docxtpl gives, and LibreOffice opens it.

Each row is one of docxtpl's test scripts (tests/*.py in its repository) with its template and
context. Rich text rows give docxtpl a RichText and the engine the same words as plain text
(the documents of this tool only hold plain values): the text must be the same.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docxtpl import DocxTemplate, RichText  # type: ignore[import-untyped, unused-ignore]

from pipeline.core.errors import TemplateError
from pipeline.render.docx.engine import render_template
from pipeline.render.docx.template import load_template
from tests.office import docx_text_via_libreoffice
from tests.render.reading import header_footer_text, open_docx, paragraphs

CORPUS = Path(__file__).parent / "docxtpl_corpus"
TODAY = date(2026, 11, 27)
ITEMS = [
    {"desc": "Python interpreters", "qty": 2, "price": "FREE"},
    {"desc": "Django projects", "qty": 5403, "price": "FREE"},
    {"desc": "Guido", "qty": 1, "price": "100,000,000.00"},
]
TABLE = {
    "col_labels": ["fruit", "vegetable", "stone", "thing"],
    "tbl_contents": [
        {"label": "yellow", "cols": ["banana", "capsicum", "pyrite", "taxi"]},
        {"label": "red", "cols": ["apple", "tomato", "cinnabar", "doubledecker"]},
        {"label": "green", "cols": ["guava", "cucumber", "aventurine", "card"]},
    ],
}
JSON = {
    "json_dict_var": {"json_dict_var": "successfully inserted"},
    "json_array_var": ["json", "array", "var", "successfully", "inserted"],
    "json_string_var": "json_string_var successfully inserted",
    "json_int_var": 123,
    "json_float_var": 1.234,
    "json_true_var": True,
    "json_false_var": False,
    "json_none_var": None,
}
DISHES = {
    "dishes": [
        {"name": "Pizza", "ingredients": ["bread", "tomato", "ham", "cheese"]},
        {"name": "Apple pie", "ingredients": ["flour", "apples", "suggar", "quince jelly"]},
    ],
    "authors": [
        {"name": "Saint-Exupery", "books": [{"title": "Le petit prince"}, {"title": "L'aviateur"}]},
        {"name": "Barjavel", "books": [{"title": "Ravage"}, {"title": "La nuit des temps"}]},
    ],
}
PERSON = {
    "name": "John Doe",
    "age": 25,
    "email": "john@example.com",
    "is_student": True,
    "has_degree": True,
    "degree_field": "Computer Science",
    "skills": ["Python", "Django", "JavaScript"],
    "projects": [{"name": "Project A", "year": 2023, "description": "A great project"}],
    "company_name": "Test Corp",
    "page_number": 1,
    "generation_date": "2024-01-15",
    "author": "Test Author",
}
ESCAPED = {
    "nested_dict": {"LESS-THAN SIGN": "<", "AMPERSAND": "&", "QUOTATION MARK": '"'},
    "autoescape": 'Escaped "str & ing"!',
    "autoescape_unicode": "This is an escaped <unicode> example \u4f60 & \u6211",
    "iteritems": lambda x: x.items(),
}

# (docxtpl test, template, context, a word the reader must see, autoescape as docxtpl's test)
CASES: list[tuple[str, str, dict[str, object], str, bool]] = [
    ("comments", "comments_tpl", {}, "This cell should be visible", False),
    ("doc_properties", "doc_properties_tpl", {"test": "HelloWorld"}, "HelloWorld", False),
    ("dynamic_table", "dynamic_table_tpl", TABLE, "doubledecker", False),
    ("escape_auto", "escape_tpl_auto", ESCAPED, "str & ing", True),
    (
        "footnotes",
        "footnotes_tpl",
        {"a_jinja_variable": "A Jinja variable!"},
        "A Jinja variable!",
        False,
    ),
    (
        "header_footer_entities",
        "header_footer_entities_tpl",
        {"title": "HF test"},
        "Testé&xx;",
        False,
    ),
    ("horizontal_merge", "horizontal_merge_tpl", {}, "Item 3", False),
    ("less_cells_after_loop", "less_cells_after_loop_tpl", {}, "goes", False),
    ("merge_paragraph", "merge_paragraph_tpl", {"living_in_town": True}, "urban area", False),
    ("module_execute", "module_execute_tpl", JSON, "successfully", False),
    ("multi_rendering", "multi_rendering_tpl", {"title": "Title ONE", "body": "b1"}, "ONE", False),
    ("nested_for", "nested_for_tpl", DISHES, "aviateur", False),
    (
        "order",
        "order_tpl",
        {
            "customer_name": "Eric",
            "items": ITEMS,
            "in_europe": True,
            "is_paid": False,
            "company_name": "The World Wide company",
            "total_price": "100,000,000.00",
        },
        "Guido",
        False,
    ),
    ("preserve_spaces", "preserve_spaces_tpl", {"tag_1": "looking", "tag_2": "too"}, "look", False),
    (
        "vertical_merge",
        "vertical_merge_tpl",
        {"items": ITEMS, "total_price": "100,000,000.00", "category": "Book"},
        "Guido",
        False,
    ),
    ("vertical_merge_nested", "vertical_merge_nested_tpl", {}, "Item 3", False),
    ("get_undeclared_variables", "get_undeclared_variables", PERSON, "Project A", False),
    (
        "word2016",
        "word2016_tpl",
        {"test_space": " " * 10, "test_tabs": "\t" * 5, "test_space_r": " " * 10},
        "Test tabs with richtext",
        False,
    ),
    ("richtext_and_if", "richtext_and_if_tpl", {"foobar": "Foobar!"}, "Foobar", False),
    (
        "cellbg",
        "cellbg_tpl",
        {"alerts": [{"date": "2015-03-10", "desc": "Critical", "type": "CRITICAL", "bg": "F00"}]},
        "Critical",
        False,
    ),
]
# the context keys docxtpl's test fills with RichText: the same words, rich for docxtpl
RICH = {
    "word2016": ("test_space_r",),
    "richtext_and_if": ("foobar",),
    "cellbg": ("alerts",),
}


def _theirs(name: str, template: str, context: dict[str, object], escape: bool) -> bytes:
    rich = dict(context)
    for key in RICH.get(name, ()):
        value = rich[key]
        if key == "alerts":
            rich[key] = [{**a, "desc": RichText(a["desc"])} for a in value]  # type: ignore[attr-defined]
        else:
            rich[key] = RichText(value)
    if name == "word2016":
        rich["test_tabs_r"] = RichText("\t" * 5)
    document = DocxTemplate(str(CORPUS / f"{template}.docx"))
    document.render(rich, autoescape=escape)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _ours(template: str, context: dict[str, object]) -> bytes:
    path = CORPUS / f"{template}.docx"
    compiled = load_template(path, path.name, "en", frozenset(context))
    return render_template(compiled, context, "en", TODAY)


@pytest.mark.parametrize(
    ("name", "template", "context", "word", "escape"), CASES, ids=[c[0] for c in CASES]
)
def test_a_docxtpl_test_template_gives_docxtpl_text(
    name: str, template: str, context: dict[str, object], word: str, escape: bool
) -> None:
    ours = dict(context)
    if name == "word2016":
        ours["test_tabs_r"] = "\t" * 5
    theirs, mine = (
        open_docx(_theirs(name, template, context, escape)),
        open_docx(_ours(template, ours)),
    )
    assert paragraphs(mine) == paragraphs(theirs)
    assert header_footer_text(mine) == header_footer_text(theirs)
    assert mine.core_properties.title == theirs.core_properties.title
    assert word in "\n".join(paragraphs(mine)) + header_footer_text(mine) + _notes(mine)


def _notes(document: object) -> str:
    """Return the text of the footnotes part, when there is one (python-docx does not read it)."""
    part = document.part  # type: ignore[attr-defined]
    for rel in part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            return rel.target_part.blob.decode("utf-8")  # type: ignore[no-any-return]
    return ""


def test_one_template_renders_many_documents_as_docxtpl_does() -> None:
    path = CORPUS / "multi_rendering_tpl.docx"
    contexts = [{"title": f"Title {n}", "body": f"Body of document {n}"} for n in ("ONE", "TWO")]
    compiled = load_template(path, path.name, "en", frozenset(contexts[0]))
    texts = [paragraphs(open_docx(render_template(compiled, c, "en", TODAY))) for c in contexts]
    assert [t for t in texts[0] if "ONE" in t] and [t for t in texts[1] if "TWO" in t]
    assert texts == [
        paragraphs(open_docx(_theirs("multi", "multi_rendering_tpl", c, False))) for c in contexts
    ]


def test_docxtpl_error_template_is_named_with_its_place() -> None:
    path = CORPUS / "template_error_tpl.docx"
    with pytest.raises(TemplateError) as caught:
        load_template(path, path.name, "en", frozenset({"test_variable"}))
    assert "template_error_tpl.docx" in caught.value.message
    assert "endif" in caught.value.message
    assert caught.value.hint


@pytest.mark.libreoffice
def test_every_docxtpl_output_opens_in_libreoffice(tmp_path: Path) -> None:
    paths = []
    for name, template, context, _, _ in CASES:
        ours = {**context, "test_tabs_r": "\t"} if name == "word2016" else context
        target = tmp_path / f"{name}.docx"
        target.write_bytes(_ours(template, ours))
        paths.append(target)
    texts = docx_text_via_libreoffice(paths, tmp_path / "pdf")
    for name, _, _, word, _ in CASES:
        assert word in texts[f"{name}.docx"], name
