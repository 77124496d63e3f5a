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
from ikt_desktop.domain.report.rules import is_rtl
from ikt_desktop.domain.report.study import is_placeholder
from ikt_desktop.domain.transcripts.text import xml_safe
from ikt_desktop.exporters import docx_fields as fields
from ikt_desktop.exporters import docx_kit as kit
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.report_model import (
    Checklist,
    QuoteBlock,
    Report,
    ThemeSection,
)

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
            kit.set_language(self.doc, report.lang.meta.get("tag", "en-US"))
        self.styles = {n: fields.style_id(self.doc, n, f) for n, f in FALLBACKS.items()}
        self.numbers = fields.Numbering()
        self.toc: dict[str, str] = {}  # heading -> its bookmark
        self.lang = report.lang
        self.t = report.lang.t
        self.labels = {"Table": self.t("table"), "Figure": self.t("figure")}

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
        number, _ = fields.caption(paragraph, self.numbers, kind, text, self.labels[kind])
        return number

    def lead(self, key: str, kind: str, **values: str) -> Paragraph:
        """A sentence (text ``key``) that refers to the next figure or table by a REF
        field where its ``{table}`` or ``{figure}`` placeholder stands."""
        paragraph = self.p()
        paragraph.paragraph_format.keep_with_next = True
        mark = "\x00"
        before, _, after = self.t(key, **{kind.lower(): mark}, **values).partition(mark)
        if before:
            paragraph.add_run(xml_safe(before))
        fields.reference(paragraph, kind, self.numbers.counts.get(kind, 0) + 1, self.labels[kind])
        if after:
            paragraph.add_run(xml_safe(after))
        return paragraph

    def placeholder(self, what_key: str) -> str:
        return self.t("placeholder", what=self.t(what_key))

    def page_break(self) -> None:
        self.p().add_run().add_break(WD_BREAK.PAGE)


def write_report(report: Report, path: Path, progress: Progress = no_progress) -> None:
    """Write ``report`` to ``path`` (.docx), all or nothing."""
    steps = 5 + len(report.themes)
    w = _Writer(report)
    doc = w.doc
    doc.core_properties.title = xml_safe(report.title)
    doc.core_properties.author = xml_safe(report.author)
    doc.core_properties.subject = w.t("subject")
    doc.core_properties.language = report.lang.code
    progress(0, steps, w.t("contents"))
    if w.cover:
        w.page_break()
    else:
        _title_page(w)
    _contents(w)
    if report.template is None:
        kit.page_numbers(doc, w.t("page_of"))
    progress(1, steps, w.t("summary"))
    _summary(w)
    progress(2, steps, w.t("overview"))
    _overview(w)
    for n, theme in enumerate(report.themes):
        progress(3 + n, steps, _heading(w, theme))
        _theme(w, theme, level=1)
    progress(steps - 2, steps, w.t("codebook_heading"))
    _codebook(w)
    progress(steps - 1, steps, w.t("methods_heading"))
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
        notice.add_run(w.t("draft")).bold = True
        fields.with_placeholders(
            notice,
            w.t("draft_incomplete")
            + " "
            + " ".join(
                w.t("placeholder", what=w.t("missing_yet", missing=m)) for m in report.missing
            ),
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
    note = w.small(w.t("prepared_with", version=report.software, note=report.privacy_note))
    note.paragraph_format.space_before = Pt(36)
    w.page_break()


def _contents(w: _Writer) -> None:
    w.p(w.t("contents"), "TOC Heading")
    entries: list[tuple[int, str]] = [(1, w.t("summary")), (1, w.t("overview"))]
    for theme in w.report.themes:
        entries.append((1, _heading(w, theme)))
        entries += [(2, _heading(w, sub)) for sub in theme.subthemes]
    entries += [(1, w.t("codebook_heading")), (1, w.t("methods_heading"))]
    entries += [
        (1, w.t("appendix", letter=letter, title=c.title))
        for letter, c in zip("CDEF", w.report.checklists, strict=False)
    ]
    w.toc = {text: f"_Toc{n:04d}" for n, (_, text) in enumerate(entries, 1)}
    marked = [(level, text, w.toc[text]) for level, text in entries]
    kit.add_toc(w.doc, marked, [w.styles["toc 1"], w.styles["toc 2"]])
    w.page_break()


def _heading(w: _Writer, theme: ThemeSection) -> str:
    key = "theme_heading" if "." not in theme.number else "subtheme_heading"
    return w.t(key, number=theme.number, name=theme.name)


def _summary(w: _Writer) -> None:
    report = w.report
    w.heading(w.t("summary"), 1)
    w.lead("summary_lead", "Table")
    w.caption("Table", w.t("summary_caption"))
    facts = kit.table(w.doc, ["", ""], [1, 2.2], show_header=False)
    for what, value in report.facts:
        kit.add_row(facts, [what, value], bold_first=True)
    _highlight_cells(facts)
    w.heading(w.t("participants_heading"), 2)
    w.lead("participants_lead", "Table")
    w.caption("Table", w.t("participants_caption"))
    header = [w.t("col_role"), w.t("col_n"), *report.attribute_names]
    widths = [1.6, 0.4, *([2.2] * len(report.attribute_names))]
    if report.list_participants:
        header.append(w.t("col_participants"))
        widths.append(1.6)
    people = kit.table(w.doc, header, widths)
    for row in report.participants:
        values = [row.role, str(row.count), *row.cells]
        if report.list_participants:
            values.append(row.names)
        kit.add_row(people, values, bold_first=row.role == w.t("total"))


def _highlight_cells(table: Table) -> None:
    """Yellow-highlight the placeholders written into a table's cells."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    if is_placeholder(run.text):
                        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _overview(w: _Writer) -> None:
    report = w.report
    w.heading(w.t("overview"), 1)
    w.lead("overview_lead", "Table")
    w.caption("Table", w.t("overview_caption"))
    header = [w.t(k) for k in ("col_theme", "col_definition", "col_subthemes", "col_participants")]
    overview = kit.table(w.doc, header, [2, 3.4, 1.6, 2])
    for theme in report.themes:
        subs = "\n".join(f"{s.number} {s.name}" for s in theme.subthemes)
        roles = "\n".join(theme.role_lines)
        kit.add_row(overview, [f"{theme.number}. {theme.name}", theme.definition, subs, roles])
    if report.thematic_map:
        w.lead("map_lead", "Figure")
        _figure(
            w,
            report.thematic_map,
            w.t("map_caption"),
            w.t("map_alt", themes=", ".join(t.name for t in report.themes)),
        )
    for caption, png in report.charts:
        what = caption.split(":")[0].strip()
        w.lead("chart_lead", "Figure", what=what[:1].lower() + what[1:])
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
    w.heading(_heading(w, theme), level)
    status = [w.t("status_line", status=theme.status)]
    if theme.by_role:
        status.append(w.t("contributing", who=theme.by_role))
    w.small(" · ".join(status), italic=True)
    _labelled(w, w.t("definition"), theme.definition)
    _labelled(w, w.t("central_concept"), theme.central_concept)
    _labelled(w, w.t("boundaries"), theme.boundaries)
    narrative = [" ".join(p.split()) for p in theme.narrative.split("\n\n") if p.strip()]
    for paragraph in narrative or [w.placeholder("no_narrative")]:
        w.prose(paragraph)
    for quote in theme.quotes:
        _quote(w, quote)
    if not theme.quotes and (theme.codes or not theme.subthemes):
        w.prose(w.placeholder("no_quotes"), "Quote")
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
    lead.add_run(w.t("codes_in_theme" if level == 1 else "codes_in_subtheme")).bold = True
    count = w.lang.count
    for code in theme.codes:
        codings = count(code.codings, "coding")
        shown = codings
        if code.participants:
            people = count(code.participants, "participant")
            shown = w.t("code_counts", codings=codings, participants=people)
        item = w.p(style="List Bullet")
        item.add_run(xml_safe(code.path))
        item.add_run(f" ({shown})").font.size = Pt(9.5)
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
        opening, closing = w.t("quote_open"), w.t("quote_close")
        runs.append(paragraph.add_run(opening + xml_safe(quote.text) + closing))
    attribution = paragraph.add_run(" " + xml_safe(quote.attribution))
    attribution.italic = False
    if quote.suggested:
        w.doc.add_comment(runs, text=w.t("suggested_comment"), author="iKT Desktop", initials="iKT")
    if quote.rtl:
        kit.right_to_left(paragraph)


def _codebook(w: _Writer) -> None:
    kit.new_section(w.doc, landscape=True)
    w.heading(w.t("codebook_heading"), 1)
    w.lead("codebook_lead", "Table").paragraph_format.keep_with_next = False
    w.caption("Table", w.t("codebook_caption"))
    columns = ("col_code", "col_definition", "col_include_exclude", "col_example")
    table = kit.table(
        w.doc,
        [*(w.t(c) for c in columns), w.t("col_codings"), w.t("col_participants")],
        [2.3, 3.0, 3.0, 2.3, 1.25, 1.75],
    )
    for code in w.report.codebook:
        rules = "\n".join(
            x
            for x in (
                w.t("include", text=code.inclusion) if code.inclusion else "",
                w.t("exclude", text=code.exclusion) if code.exclusion else "",
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
    w.heading(w.t("methods_heading"), 1)
    w.small(
        w.t("methods_note", date=w.report.date, placeholder=w.t("placeholder", what="…")),
        italic=True,
    )
    for heading, text in w.report.methods:
        w.heading(heading, 2)
        w.prose(text)


def _checklist(w: _Writer, letter: str, checklist: Checklist) -> None:
    w.heading(w.t("appendix", letter=letter, title=checklist.title), 1)
    reported = sum(i.reported for i in checklist.items)
    w.lead(
        "checklist_lead",
        "Table",
        items=w.lang.count(len(checklist.items), "item"),
        reported=w.lang.number(reported),
        not_reported=w.t("not_reported"),
    ).paragraph_format.keep_with_next = False
    w.caption("Table", checklist.title + ".")
    columns = ("col_number", "col_item", "col_where", "col_evidence")
    table = kit.table(w.doc, [w.t(c) for c in columns], [0.6, 2.2, 2.0, 2.8])
    group = ""
    for item in checklist.items:
        if item.group != group:
            group = item.group
            kit.add_row(table, ["", group, "", ""], size=9)
            table.rows[-1].cells[1].paragraphs[0].runs[0].bold = True
        kit.add_row(table, [item.number, item.item, item.where, item.evidence], size=9)
