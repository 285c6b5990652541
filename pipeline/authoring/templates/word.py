"""Building blocks of the packaged templates, in Word's own terms (python-docx).

Built-in styles only (Title, Heading 1-3, Table Grid, List Bullet...), so that the navigation
pane, the table of contents and people's own formatting habits work; fields for page numbers
and the table of contents; header rows that repeat; fixed column widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from pipeline.authoring.templates.fields import add_field, link_field
from pipeline.authoring.templates.styles import setup_styles
from pipeline.core.model import Lang

NAVY = RGBColor(0x1F, 0x4E, 0x79)
HEADER_FILL = "1F4E79"
LABEL_FILL = "DEEAF6"


@dataclass(frozen=True, slots=True)
class Hi:
    """Text in a highlighted run: where gap marks ("TO COMPLETE") appear."""

    text: str


@dataclass(frozen=True, slots=True)
class Bold:
    """Text in a bold run."""

    text: str


@dataclass(frozen=True, slots=True)
class Small:
    """Text in a small grey italic run (notes, sources)."""

    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """A clickable link: a HYPERLINK field to `target` showing `shown` (both template text)."""

    condition: str
    target: str
    shown: str


Piece = str | Hi | Bold | Small | Link


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Several paragraphs in one table cell."""

    items: tuple[Sequence[Piece], ...]


Cell = Piece | Sequence[Piece] | Paragraphs


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: its header and width in centimetres."""

    header: str
    width: float


class Builder:
    """One template being written."""

    def __init__(
        self,
        lang: Lang,
        landscape: bool,
        header: str,
        footer: Sequence[Piece],
        page_words: tuple[str, str],
    ) -> None:
        self.doc: DocumentObject = Document()
        self.lang = lang
        setup_styles(self.doc, lang)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        margin = Cm(1.5) if landscape else Cm(2.0)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = Cm(2.0)
        self.width = (29.7 if landscape else 21.0) - 2 * margin.cm
        self._header_footer(header, footer, page_words)
        self._after_table = False

    def _header_footer(
        self, header: str, footer: Sequence[Piece], page_words: tuple[str, str]
    ) -> None:
        section = self.doc.sections[0]
        top = section.header.paragraphs[0]
        top.style = self.doc.styles["Header"]
        _border(top, "bottom")  # before the tabs: Word wants pBdr first
        self._tabs(top)
        top.add_run("{{ doc.organisation }}")
        top.add_run("\t")
        top.add_run(header)
        bottom = section.footer.paragraphs[0]
        bottom.style = self.doc.styles["Footer"]
        self._tabs(bottom)
        add_pieces(bottom, footer)
        bottom.add_run(f"\t{page_words[0]} ")
        add_field(bottom, "PAGE", "1")
        bottom.add_run(f" {page_words[1]} ")
        add_field(bottom, "NUMPAGES", "1")

    def _tabs(self, paragraph: Paragraph) -> None:
        stops = paragraph.paragraph_format.tab_stops
        for inherited in (4680, 9360):  # the Header/Footer styles' tabs, sized for Letter
            stops.add_tab_stop(Twips(inherited), WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Cm(self.width), WD_TAB_ALIGNMENT.RIGHT)

    def para(self, *pieces: Piece, style: str | None = None) -> Paragraph:
        """Add a paragraph made of pieces."""
        paragraph = self.doc.add_paragraph(style=style)
        add_pieces(paragraph, pieces)
        if self._after_table:
            paragraph.paragraph_format.space_before = Pt(6)  # air between a table and text
        self._after_table = False
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """Add a heading (Heading 1-3: the navigation pane and the contents list them)."""
        heading: Paragraph = self.doc.add_heading(text, level)
        return heading

    def tag(self, tag: str) -> None:
        """Add a paragraph holding only a {%p %} tag (removed when the document is filled)."""
        self.doc.add_paragraph(tag)

    def page_break(self) -> None:
        """Start a new page."""
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, title: str, placeholder: str) -> None:
        """Add the table of contents (a TOC field Word fills when the document opens)."""
        self.doc.add_paragraph(title, style="TOC Heading")
        add_field(self.doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', placeholder)

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        loop: str = "",
        endloop: str = "{%tr endfor %}",
    ) -> Table:
        """Add a table: a header row repeated on each page, then `rows` (inside `loop`)."""
        table: Table = self.doc.add_table(rows=1, cols=len(columns))
        _fixed(table, [c.width for c in columns])
        head = table.rows[0]
        _row_properties(head._tr, "w:cantSplit", "w:tblHeader")
        for cell, column in zip(head.cells, columns, strict=True):
            _shade(cell, HEADER_FILL)
            run = cell.paragraphs[0].add_run(column.header)
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if loop:
            self._tag_row(table, loop)
        for row in rows:
            self._row(table, row)
        if loop:
            self._tag_row(table, endloop)
        self._after_table = True
        return table

    def fields(self, rows: Sequence[tuple[str, Cell]], label_width: float = 5.0) -> Table:
        """Add a two-column table of labels and values (a form), without header."""
        table: Table = self.doc.add_table(rows=0, cols=2)
        _fixed(table, [label_width, self.width - label_width])
        for label, value in rows:
            row = table.add_row()  # type: ignore[no-untyped-call]
            _row_properties(row._tr, "w:cantSplit")
            cells = row.cells
            _shade(cells[0], LABEL_FILL)
            cells[0].paragraphs[0].add_run(label).bold = True
            _fill(cells[1], value)
        self._after_table = True
        return table

    def _tag_row(self, table: Table, tag: str) -> None:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        cells[0].paragraphs[0].add_run(tag)
        _bare(cells)

    def _row(self, table: Table, row: Sequence[Cell]) -> None:
        added = table.add_row()  # type: ignore[no-untyped-call]
        _row_properties(added._tr, "w:cantSplit")
        cells = added.cells
        for cell, content in zip(cells, row, strict=True):
            _fill(cell, content)
        _bare(cells)


def add_pieces(paragraph: Paragraph, pieces: Sequence[Piece]) -> None:
    """Append runs to a paragraph: plain, highlighted, bold, small, or a link field."""
    for piece in pieces:
        if isinstance(piece, str):
            paragraph.add_run(piece)
        elif isinstance(piece, Hi):
            run = paragraph.add_run(piece.text)
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif isinstance(piece, Bold):
            paragraph.add_run(piece.text).bold = True
        elif isinstance(piece, Small):
            run = paragraph.add_run(piece.text)
            run.italic = True
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        else:
            link_field(paragraph, piece.condition, piece.target, piece.shown)


def _fill(cell: _Cell, content: Cell) -> None:
    if isinstance(content, Paragraphs):
        add_pieces(cell.paragraphs[0], content.items[0])
        for more in content.items[1:]:
            add_pieces(cell.add_paragraph(), more)
        return
    pieces: Sequence[Piece] = (
        (content,) if isinstance(content, str | Hi | Bold | Small | Link) else content
    )
    add_pieces(cell.paragraphs[0], pieces)


def _fixed(table: Table, widths: Sequence[float]) -> None:
    table.style = "Table Grid"
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _row_properties(tr: object, *names: str) -> None:
    """Set row flags: w:cantSplit (a row never breaks across pages), w:tblHeader (repeated)."""
    properties = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    for name in names:  # CT_TrPr order: cantSplit before tblHeader
        properties.append(OxmlElement(name))


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _bare(cells: Sequence[_Cell]) -> None:
    """Drop per-cell properties of repeated rows: the grid sets widths, rows stay small."""
    for cell in cells:
        properties = cell._tc.tcPr
        if properties is not None:
            cell._tc.remove(properties)


def _border(paragraph: Paragraph, side: str) -> None:
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "A6A6A6")):
        line.set(qn(key), value)
    borders.append(line)
    paragraph._p.get_or_add_pPr().append(borders)
