"""The look of the packaged templates: Word's built-in styles, adjusted once, in one place."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from pipeline.core.model import Lang

LANGUAGE_TAGS: dict[Lang, str] = {"en": "en-GB", "fr": "fr-FR"}
BODY_FONT = "Calibri"
HEADING_FONT = "Calibri Light"
NAVY = RGBColor(0x1F, 0x4E, 0x79)
BLUE = RGBColor(0x2E, 0x74, 0xB5)
GREY = RGBColor(0x59, 0x59, 0x59)
# Heading sizes and colours: (style, size in points, colour, space before, space after)
HEADINGS = (
    ("Title", 26, NAVY, 0, 6),
    ("Subtitle", 14, GREY, 0, 18),
    ("Heading 1", 16, NAVY, 18, 6),
    ("Heading 2", 13, BLUE, 12, 4),
    ("Heading 3", 11, NAVY, 8, 2),
)


def setup_styles(doc: DocumentObject, lang: Lang) -> None:
    """Set fonts, sizes, language and colours on the built-in styles the templates use."""
    _defaults(doc, lang)
    for name, size, colour, before, after in HEADINGS:
        style = doc.styles[name]
        font = style.font
        font.name, font.size, font.color.rgb = HEADING_FONT, Pt(size), colour
        font.italic = False
        _ascii_font(style.element, HEADING_FONT)
        form = style.paragraph_format
        form.space_before, form.space_after = Pt(before), Pt(after)
    quote = doc.styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = GREY
    quote.paragraph_format.left_indent = Cm(0.6)
    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(8)
        doc.styles[name].font.color.rgb = GREY
    link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    link.hidden = False
    link.priority = 99
    table = doc.styles["Table Grid"]
    table.font.size = Pt(9)
    _update_fields_on_open(doc)


def _defaults(doc: DocumentObject, lang: Lang) -> None:
    """Body font, size and proofing language for everything (docDefaults)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(run):
        if child.tag in (qn("w:rFonts"), qn("w:lang")):
            run.remove(child)
    fonts = OxmlElement("w:rFonts")
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), BODY_FONT)
    run.insert(0, fonts)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LANGUAGE_TAGS[lang])
    language.set(qn("w:eastAsia"), LANGUAGE_TAGS[lang])
    language.set(qn("w:bidi"), "ar-SA")
    run.append(language)
    for size in (run.find(qn("w:sz")), run.find(qn("w:szCs"))):
        if size is not None:
            size.set(qn("w:val"), "20")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "120")
        spacing.set(qn("w:line"), "264")


def _ascii_font(style_element: object, font: str) -> None:
    """Name the font for every script (python-docx sets ascii and hAnsi only)."""
    properties = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.find(qn("w:rFonts"))
    if fonts is not None:
        for key in list(fonts.attrib):
            if key.endswith("Theme"):
                del fonts.attrib[key]
        fonts.set(qn("w:cs"), font)


def _update_fields_on_open(doc: DocumentObject) -> None:
    """Ask Word to update fields (contents, page count) when the document opens."""
    settings = doc.settings.element
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    # CT_Settings order: updateFields comes before these elements.
    for later in (
        "w:hdrShapeDefaults",
        "w:footnotePr",
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
    ):
        found = settings.find(qn(later))
        if found is not None:
            found.addprevious(flag)
            return
    settings.append(flag)
