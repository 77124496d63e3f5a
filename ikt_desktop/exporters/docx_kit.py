"""Word features python-docx has no call for: fields (table of contents, page numbers),
table widths and header rows, cell shading, right-to-left paragraphs, built-in styles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Inches, Length, Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ikt_desktop.domain.report.rules import is_rtl
from ikt_desktop.domain.transcripts.text import xml_safe

PAPER: dict[str, tuple[Length, Length]] = {
    "A4": (Cm(21.0), Cm(29.7)),
    "Letter": (Inches(8.5), Inches(11)),
}
MARGIN = Cm(2.5)
HEADER_FILL = "E7ECF3"
BODY_FONT = "Calibri"


def text_width(doc: Document) -> Emu:
    section = doc.sections[-1]
    width = section.page_width or PAPER["A4"][0]
    return Emu(width - (section.left_margin or MARGIN) - (section.right_margin or MARGIN))


def set_paper(doc: Document, paper: str) -> None:
    width, height = PAPER[paper]
    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = MARGIN
        section.top_margin = section.bottom_margin = MARGIN


def new_section(doc: Document, *, landscape: bool) -> None:
    """Start a new page in the given orientation (wide tables get a landscape page)."""
    previous = doc.sections[-1]
    width, height = previous.page_width, previous.page_height
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False
    short, long_ = sorted((width or PAPER["A4"][0], height or PAPER["A4"][1]))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)


def setup_styles(doc: Document) -> None:
    """Restyle the template's built-in styles (so a user's own template or Word's style
    pane can restyle the report) and add the table-of-contents levels."""
    styles = doc.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = BODY_FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size, before in ((1, 16, 18), (2, 13, 12), (3, 11.5, 10)):
        heading = styles[f"Heading {level}"]
        assert isinstance(heading, ParagraphStyle)
        heading.font.name = BODY_FONT
        heading.font.size = Pt(size)
        heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True
    quote = styles["Quote"]
    assert isinstance(quote, ParagraphStyle)
    quote.font.italic = True
    quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    quote.paragraph_format.left_indent = Cm(1)
    quote.paragraph_format.right_indent = Cm(1)
    quote.paragraph_format.space_before = Pt(4)
    quote.paragraph_format.space_after = Pt(8)
    for name in ("Title", "Subtitle"):
        style = styles[name]
        assert isinstance(style, ParagraphStyle)
        style.font.name = BODY_FONT
    caption = styles["Caption"]
    assert isinstance(caption, ParagraphStyle)
    caption.font.size = Pt(9.5)
    caption.font.italic = True
    caption.font.bold = False
    caption.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    add_toc_styles(doc)


def styled(doc: Document, text: str = "", style: str = "") -> Paragraph:
    """A paragraph in a built-in style, named as Word names it ("Quote", "Heading 2").

    Sets the style id directly: python-docx resolves a style name by scanning every style
    in the document, which made 300 quotes take 0.6 s (bench)."""
    paragraph = doc.add_paragraph(xml_safe(text))
    if style:
        paragraph._p.style = style.replace(" ", "")
    return paragraph


def heading(doc: Document, text: str, level: int) -> Paragraph:
    return styled(doc, text, f"Heading {level}")


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, TOC ...) with ``shown`` as its current result."""
    _field_char(paragraph, "begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    _field_char(paragraph, "separate")
    paragraph.add_run(shown)
    _field_char(paragraph, "end")


def _field_char(paragraph: Paragraph, kind: str) -> Any:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)
    return char


def add_toc(
    doc: Document,
    entries: Sequence[tuple[int, str, str]],
    style_ids: Sequence[str] = ("toc1", "toc2"),
) -> None:
    """A table-of-contents field over ``(level, heading, bookmark)`` entries. Its cached
    result is already the contents: each heading with a PAGEREF field to the heading's
    bookmark, so the page numbers show in any program that lays out fields; the field is
    marked dirty so Word rebuilds it on opening."""
    if not entries:
        entries = [(1, "Right-click and choose Update Field to build the table of contents.", "")]
    width = text_width(doc)
    paragraphs = []
    for level, _, _ in entries:
        paragraph = doc.add_paragraph()
        paragraph._p.style = style_ids[min(level, len(style_ids)) - 1]
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        paragraphs.append(paragraph)
    first, last = paragraphs[0], paragraphs[-1]
    _field_char(first, "begin").set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    first.add_run()._r.append(instr)
    _field_char(first, "separate")
    for paragraph, (_, text, bookmark) in zip(paragraphs, entries, strict=True):
        paragraph.add_run(xml_safe(text))
        if bookmark:
            paragraph.add_run("\t")
            add_field(paragraph, f"PAGEREF {bookmark} \\h", "")
    _field_char(last, "end")


def bookmark(paragraph: Paragraph, name: str, ident: int) -> None:
    """Wrap the paragraph's content in a bookmark (a PAGEREF or REF target)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def add_toc_styles(doc: Document) -> None:
    """The table-of-contents levels, when the document (a user's template) lacks them."""
    styles = doc.styles
    names = {s.name for s in styles}
    for level in (1, 2):
        if f"toc {level}" not in names:
            toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = styles["Normal"]
            toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            toc.paragraph_format.space_after = Pt(2)


def page_numbers(doc: Document, template: str = "Page {page} of {pages}") -> None:
    """``Page N of M`` (``template``, in the report's language) centred in every footer
    but the title page's; ``{page}`` and ``{pages}`` become PAGE and NUMPAGES fields."""
    pieces = re.split(r"(\{page\}|\{pages\})", template)
    for section in doc.sections:
        section.different_first_page_header_footer = True
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in pieces:
            if piece in ("{page}", "{pages}"):
                add_field(paragraph, "PAGE" if piece == "{page}" else "NUMPAGES", "1")
            elif piece:
                paragraph.add_run(piece)
        for run in paragraph.runs:
            run.font.size = Pt(9)


def table(
    doc: Document, header: Sequence[str], widths: Sequence[float], *, show_header: bool = True
) -> Table:
    """A grid table whose shaded header row repeats on every page. ``widths`` are shares
    of the text width; without ``show_header`` the table is a plain list of rows."""
    result: Table = doc.add_table(rows=1 if show_header else 0, cols=len(header))
    if "Table Grid" in {s.name for s in doc.styles}:  # a user's template may lack it
        result.style = doc.styles["Table Grid"]
    result.alignment = WD_TABLE_ALIGNMENT.CENTER
    result.autofit = False
    total = text_width(doc)
    scale = sum(widths)
    emus = [Emu(int(total * w / scale)) for w in widths]
    grid = result._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), emus, strict=True):
        col.set(qn("w:w"), str(int(width.twips)))
    if not show_header:
        return result
    row = result.rows[0]
    for cell, text, width in zip(row.cells, header, emus, strict=True):
        cell.width = width
        run = cell.paragraphs[0].add_run(xml_safe(text))
        run.bold = True
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        shade(cell, HEADER_FILL)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(repeat)
    return result


def column_widths(table_: Table) -> list[Length]:
    return [Twips(int(c.get(qn("w:w")))) for c in table_._tbl.tblGrid.findall(qn("w:gridCol"))]


def add_row(
    table_: Table, values: Sequence[str], *, bold_first: bool = False, size: float = 0
) -> None:
    """A row of text cells; a line break in a value starts a new line in its cell."""
    row = table_.add_row()  # type: ignore[no-untyped-call]
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays on one page
    cells = row.cells
    for i, (cell, value, width) in enumerate(
        zip(cells, values, column_widths(table_), strict=True)
    ):
        cell.width = width
        lines = xml_safe(value).split("\n")
        paragraph = cell.paragraphs[0]
        for n, line in enumerate(lines):
            run = paragraph.add_run(line)
            if n < len(lines) - 1:
                run.add_break()
            if bold_first and i == 0:
                run.bold = True
            if size:
                run.font.size = Pt(size)
        paragraph.paragraph_format.space_after = Pt(0)
        if is_rtl(value):
            right_to_left(paragraph)


def shade(cell: _Cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def right_to_left(paragraph: Paragraph) -> None:
    """Lay the paragraph out right to left and mark its runs as right-to-left text."""
    props = paragraph._p.get_or_add_pPr()
    props.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run_props = run._r.get_or_add_rPr()
        run_props.append(OxmlElement("w:rtl"))


def set_language(doc: Document, tag: str) -> None:
    """Mark the document's text as ``tag`` (``fr-FR``) so Word checks the spelling of the
    report's language (the default style's ``w:lang``)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    properties = None if defaults is None else defaults.find(qn("w:rPrDefault"))
    run = None if properties is None else properties.find(qn("w:rPr"))
    if run is None:
        return
    lang = run.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run.append(lang)
    lang.set(qn("w:val"), tag)
