"""The theme report as a Word document, laid out the way a thematic-analysis paper
presents its results: summary, theme overview and map, one section per theme with its
narrative and quotes, then the codebook, the methods and the reporting checklists.

Built with real Word styles (Title, Heading 1-3, Quote, Caption, List Bullet, toc 1-2) so
the user can restyle the whole report from Word's style pane, or write it on their own
template. Captions are SEQ fields that the text refers to with REF fields; the contents
and every field are updated when Word opens the file."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.report.phrases import count
from ikt_desktop.domain.report.rules import is_rtl
from ikt_desktop.domain.report.study import placeholder
from ikt_desktop.domain.transcripts.text import xml_safe
from ikt_desktop.exporters import docx_fields as fields
from ikt_desktop.exporters import docx_kit as kit
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.report_model import (
    SUGGESTED,
    Checklist,
    QuoteBlock,
    Report,
    ThemeSection,
)

SUMMARY, OVERVIEW, CODEBOOK, METHODS = (
    "Study summary",
    "Themes at a glance",
    "Appendix A. Codebook",
    "Appendix B. Methods",
)
NO_NARRATIVE = "[Add: the analytic narrative of this theme]"
NO_QUOTES = "[Add: pin the quotations that illustrate this theme]"
# Our style names, and what to use when the user's template lacks one.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Heading 1",),
    "Subtitle": ("Heading 2",),
    "Quote": ("Intense Quote", "Block Text"),
    "Caption": (),
    "List Bullet": ("List Paragraph",),
    "TOC Heading": ("Heading 1",),
    "toc 1": (),
    "toc 2": ("toc 1",),
    "Heading 1": (),
    "Heading 2": ("Heading 1",),
    "Heading 3": ("Heading 2", "Heading 1"),
}


class _Writer:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.cover = False
        if report.template is not None:
            self.doc, self.cover = fields.open_template(report.template)
            kit.add_toc_styles(self.doc)
        else:
            self.doc = docx.Document()
            kit.set_paper(self.doc, report.paper)
            kit.setup_styles(self.doc)
        self.styles = {n: fields.style_id(self.doc, n, f) for n, f in FALLBACKS.items()}
        self.numbers = fields.Numbering()
        self.toc: dict[str, str] = {}  # heading -> its bookmark

    def p(self, text: str = "", style: str = "") -> Paragraph:
        paragraph = self.doc.add_paragraph(xml_safe(text))
        if style:
            paragraph._p.style = self.styles.get(style, style.replace(" ", ""))
        if text and is_rtl(text):
            kit.right_to_left(paragraph)
        return paragraph

    def prose(self, text: str, style: str = "") -> Paragraph:
        """A paragraph of ``text`` whose ``[Add: …]`` placeholders are highlighted."""
        paragraph = self.p(style=style)
        fields.with_placeholders(paragraph, text)
        if is_rtl(text):
            kit.right_to_left(paragraph)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        paragraph = self.p(text, f"Heading {min(level, 3)}")
        if text in self.toc:  # the contents' PAGEREF points here
            self.numbers.bookmark_id += 1
            kit.bookmark(paragraph, self.toc[text], self.numbers.bookmark_id)
        return paragraph

    def small(self, text: str, italic: bool = False) -> Paragraph:
        paragraph = self.p(text)
        for run in paragraph.runs:
            run.font.size = Pt(9)
            run.italic = italic
        return paragraph

    def caption(self, kind: str, text: str) -> int:
        paragraph = self.p(style="Caption")
        paragraph.paragraph_format.keep_with_next = kind == "Table"
        number, _ = fields.caption(paragraph, self.numbers, kind, text)
        return number

    def lead(self, before: str, kind: str, after: str) -> None:
        """A sentence that refers to the next figure or table by a REF field."""
        paragraph = self.p()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(before)
        fields.reference(paragraph, kind, self.numbers.counts.get(kind, 0) + 1)
        paragraph.add_run(after)

    def page_break(self) -> None:
        self.p().add_run().add_break(WD_BREAK.PAGE)


def write_report(report: Report, path: Path, progress: Progress = no_progress) -> None:
    """Write ``report`` to ``path`` (.docx), all or nothing."""
    steps = 5 + len(report.themes)
    w = _Writer(report)
    doc = w.doc
    doc.core_properties.title = xml_safe(report.title)
    doc.core_properties.author = xml_safe(report.author)
    doc.core_properties.subject = "Thematic analysis report"
    progress(0, steps, "Title and contents")
    if w.cover:
        w.page_break()
    else:
        _title_page(w)
    _contents(w)
    if report.template is None:
        kit.page_numbers(doc)
    progress(1, steps, "Study summary")
    _summary(w)
    progress(2, steps, "Themes at a glance")
    _overview(w)
    for n, theme in enumerate(report.themes):
        progress(3 + n, steps, f"Theme {theme.number}: {theme.name}")
        _theme(w, theme, level=1)
    progress(steps - 2, steps, "Codebook")
    _codebook(w)
    progress(steps - 1, steps, "Methods and checklists")
    _methods(w)
    for letter, checklist in zip("CDEF", report.checklists, strict=False):
        _checklist(w, letter, checklist)
    fields.update_fields_on_open(doc)
    buffer = io.BytesIO()  # assembled in memory: a full disk cannot leave a zip half-closed
    doc.save(buffer)
    with atomic_output(path) as temporary:
        temporary.write_bytes(buffer.getvalue())
    progress(steps, steps, "Done")


def _title_page(w: _Writer) -> None:
    report = w.report
    if report.missing:
        notice = w.p()
        notice.add_run("Draft: ").bold = True
        fields.with_placeholders(
            notice,
            "this report is incomplete. "
            + " ".join(placeholder(f"{m} yet") for m in report.missing),
        )
    for _ in range(4):
        w.p()
    w.p(report.title, "Title")
    w.p(report.subtitle, "Subtitle")
    details = w.p()
    details.paragraph_format.space_before = Pt(24)
    if report.author:
        details.add_run(xml_safe(report.author)).bold = True
        details.add_run().add_break()
    details.add_run(report.date)
    note = w.small(f"Prepared with iKT Desktop {report.software}. {report.privacy_note}")
    note.paragraph_format.space_before = Pt(36)
    w.page_break()


def _contents(w: _Writer) -> None:
    w.p("Contents", "TOC Heading")
    entries: list[tuple[int, str]] = [(1, SUMMARY), (1, OVERVIEW)]
    for theme in w.report.themes:
        entries.append((1, _heading(theme)))
        entries += [(2, _heading(sub)) for sub in theme.subthemes]
    entries += [(1, CODEBOOK), (1, METHODS)]
    entries += [
        (1, f"Appendix {letter}. {c.title}")
        for letter, c in zip("CDEF", w.report.checklists, strict=False)
    ]
    w.toc = {text: f"_Toc{n:04d}" for n, (_, text) in enumerate(entries, 1)}
    marked = [(level, text, w.toc[text]) for level, text in entries]
    kit.add_toc(w.doc, marked, [w.styles["toc 1"], w.styles["toc 2"]])
    w.page_break()


def _heading(theme: ThemeSection) -> str:
    prefix = "Theme" if "." not in theme.number else "Sub-theme"
    return f"{prefix} {theme.number}. {theme.name}"


def _summary(w: _Writer) -> None:
    report = w.report
    w.heading(SUMMARY, 1)
    w.lead("", "Table", " summarises the study as recorded in the project.")
    w.caption("Table", "Study summary.")
    facts = kit.table(w.doc, ["", ""], [1, 2.2], show_header=False)
    for what, value in report.facts:
        kit.add_row(facts, [what, value], bold_first=True)
    _highlight_cells(facts)
    w.heading("Participants", 2)
    w.lead("", "Table", " shows the participants by role.")
    w.caption("Table", "Participants by role (counts; attribute values with their counts).")
    header = ["Role", "n", *report.attribute_names]
    widths = [1.6, 0.4, *([2.2] * len(report.attribute_names))]
    if report.list_participants:
        header.append("Participants")
        widths.append(1.6)
    people = kit.table(w.doc, header, widths)
    for row in report.participants:
        values = [row.role, str(row.count), *row.cells]
        if report.list_participants:
            values.append(row.names)
        kit.add_row(people, values, bold_first=row.role == "Total")


def _highlight_cells(table: Table) -> None:
    """Yellow-highlight the placeholders written into a table's cells."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    if run.text.startswith("[Add:"):
                        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _overview(w: _Writer) -> None:
    report = w.report
    w.heading(OVERVIEW, 1)
    w.lead("", "Table", " lists the themes with their definitions and who contributed.")
    w.caption("Table", "Themes, sub-themes and participants contributing to each.")
    overview = kit.table(
        w.doc, ["Theme", "Definition", "Sub-themes", "Participants"], [2, 3.4, 1.6, 2]
    )
    for theme in report.themes:
        subs = "\n".join(f"{s.number} {s.name}" for s in theme.subthemes)
        roles = "\n".join(theme.role_lines)
        kit.add_row(overview, [f"{theme.number}. {theme.name}", theme.definition, subs, roles])
    if report.thematic_map:
        w.lead("The thematic map (", "Figure", ") shows how the codes gather into themes.")
        _figure(
            w,
            report.thematic_map,
            "Thematic map: the themes, their sub-themes (nested boxes) and the codes each "
            "gathers, numbered as in the sections that follow.",
            "Thematic map of " + ", ".join(t.name for t in report.themes),
        )
    for caption, png in report.charts:
        what = caption.split(":")[0].strip()
        w.lead("", "Figure", f" shows {what[:1].lower() + what[1:]}.")
        _figure(w, png, caption, caption)


def _figure(w: _Writer, png: bytes, caption: str, alt: str) -> None:
    picture = w.p()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.space_before = Pt(12)
    picture.paragraph_format.keep_with_next = True
    run = picture.add_run()
    run.add_picture(io.BytesIO(png), width=kit.text_width(w.doc))
    fields.alt_text(run, alt, caption.split(":")[0])
    w.caption("Figure", caption)


def _theme(w: _Writer, theme: ThemeSection, level: int) -> None:
    w.heading(_heading(theme), level)
    status = [f"Status: {theme.status}"]
    if theme.by_role:
        status.append(f"Participants contributing: {theme.by_role}")
    w.small(" · ".join(status), italic=True)
    _labelled(w, "Definition", theme.definition)
    _labelled(w, "Central concept", theme.central_concept)
    _labelled(w, "Boundaries", theme.boundaries)
    narrative = [" ".join(p.split()) for p in theme.narrative.split("\n\n") if p.strip()]
    for paragraph in narrative or [NO_NARRATIVE]:
        w.prose(paragraph)
    for quote in theme.quotes:
        _quote(w, quote)
    if not theme.quotes and (theme.codes or not theme.subthemes):
        w.prose(NO_QUOTES, "Quote")
    _codes(w, theme, level)
    for sub in theme.subthemes:
        _theme(w, sub, level + 1)


def _labelled(w: _Writer, label: str, text: str) -> None:
    """``Definition. What partners mean by ...``: a bold lead-in, then the text."""
    if not text.strip():
        return
    paragraph = w.p()
    paragraph.add_run(f"{label}. ").bold = True
    paragraph.add_run(xml_safe(text.strip()))


def _codes(w: _Writer, theme: ThemeSection, level: int) -> None:
    """The theme's own codes, before its sub-themes (which list theirs)."""
    if not theme.codes:
        return
    lead = w.p()
    lead.paragraph_format.keep_with_next = True
    lead.paragraph_format.space_before = Pt(6)
    lead.add_run(f"Codes in {'this theme' if level == 1 else 'this sub-theme'}").bold = True
    for code in theme.codes:
        people = f", {count(code.participants, 'participant')}" if code.participants else ""
        item = w.p(style="List Bullet")
        item.add_run(xml_safe(code.path))
        item.add_run(f" ({count(code.codings, 'coding')}{people})").font.size = Pt(9.5)
        item.paragraph_format.space_after = Pt(0)


def _quote(w: _Writer, quote: QuoteBlock) -> None:
    paragraph = w.p(style="Quote")
    runs = []
    if quote.dialogue:
        for n, part in enumerate(quote.parts):
            run = paragraph.add_run(xml_safe(part))
            runs.append(run)
            if n < len(quote.parts) - 1:
                run.add_break()
    else:
        runs.append(paragraph.add_run("“" + xml_safe(quote.text) + "”"))
    attribution = paragraph.add_run(" " + xml_safe(quote.attribution))
    attribution.italic = False
    if quote.suggested:
        w.doc.add_comment(runs, text=SUGGESTED, author="iKT Desktop", initials="iKT")
    if quote.rtl:
        kit.right_to_left(paragraph)


def _codebook(w: _Writer) -> None:
    kit.new_section(w.doc, landscape=True)
    w.heading(CODEBOOK, 1)
    paragraph = w.p()
    fields.reference(paragraph, "Table", w.numbers.counts.get("Table", 0) + 1)
    paragraph.add_run(
        " lists every code with its definition, when to apply it and when not, an example, "
        "and how often it was applied (codings, and participants whose talk it codes)."
    )
    w.caption("Table", "Codebook.")
    table = kit.table(
        w.doc,
        ["Code", "Definition", "Include / exclude", "Example", "Codings", "Participants"],
        [2.3, 3.0, 3.0, 2.3, 1.25, 1.75],
    )
    for code in w.report.codebook:
        rules = "\n".join(
            x
            for x in (
                f"Include: {code.inclusion}" if code.inclusion else "",
                f"Exclude: {code.exclusion}" if code.exclusion else "",
            )
            if x
        )
        counts = [str(code.codings), str(code.participants)]
        kit.add_row(
            table,
            [code.name, code.definition, rules, code.example, *counts],
            bold_first=code.depth == 0,
            size=9,
        )
        first = table.rows[-1].cells[0].paragraphs[0]
        first.paragraph_format.left_indent = Cm(0.35 * code.depth)


def _methods(w: _Writer) -> None:
    kit.new_section(w.doc, landscape=False)
    w.heading(METHODS, 1)
    w.small(
        f"Built on {w.report.date} from the Study details and the counts in the project; "
        "highlighted [Add: …] marks a fact still to be written.",
        italic=True,
    )
    for heading, text in w.report.methods:
        w.heading(heading, 2)
        w.prose(text)


def _checklist(w: _Writer, letter: str, checklist: Checklist) -> None:
    w.heading(f"Appendix {letter}. {checklist.title}", 1)
    reported = sum(i.where != "not reported" for i in checklist.items)
    paragraph = w.p()
    fields.reference(paragraph, "Table", w.numbers.counts.get("Table", 0) + 1)
    paragraph.add_run(
        f" lists all {len(checklist.items)} items and where this report addresses each, "
        f"from what the project holds ({reported} addressed). Items marked “not reported” "
        "are for the authors to add."
    )
    w.caption("Table", checklist.title + ".")
    table = kit.table(
        w.doc, ["No.", "Item", "Where in this report", "From the project"], [0.6, 2.2, 2.0, 2.8]
    )
    group = ""
    for item in checklist.items:
        if item.group != group:
            group = item.group
            kit.add_row(table, ["", group, "", ""], size=9)
            table.rows[-1].cells[1].paragraphs[0].runs[0].bold = True
        kit.add_row(table, [item.number, item.item, item.where, item.evidence], size=9)
