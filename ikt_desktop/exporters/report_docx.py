"""The theme report as a Word document, laid out the way a thematic-analysis paper
presents its results: summary, theme overview and map, one section per theme with its
quotes, then the codebook, a draft methods paragraph and COREQ items as appendices.

Built with real Word styles (Title, Heading 1-3, Quote, Caption, List Bullet, toc 1-2) so
the user can restyle the whole report from Word's style pane."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.report.rules import is_rtl
from ikt_desktop.domain.transcripts.text import xml_safe
from ikt_desktop.exporters import docx_kit as kit
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.report_model import QuoteBlock, Report, ThemeSection

SUMMARY, OVERVIEW, CODEBOOK, METHODS, COREQ = (
    "Study summary",
    "Themes at a glance",
    "Appendix A. Codebook",
    "Appendix B. Draft methods paragraph",
    "Appendix C. COREQ items answered from the project",
)


def write_report(report: Report, path: Path, progress: Progress = no_progress) -> None:
    """Write ``report`` to ``path`` (.docx), all or nothing."""
    steps = 5 + len(report.themes)
    doc = docx.Document()
    kit.set_paper(doc, report.paper)
    kit.setup_styles(doc)
    doc.core_properties.title = xml_safe(report.title)
    doc.core_properties.author = xml_safe(report.author)
    doc.core_properties.subject = "Thematic analysis report"
    progress(0, steps, "Title and contents")
    _title_page(doc, report)
    _contents(doc, report)
    kit.page_numbers(doc)
    progress(1, steps, "Study summary")
    _summary(doc, report)
    progress(2, steps, "Themes at a glance")
    _overview(doc, report)
    for n, theme in enumerate(report.themes):
        progress(3 + n, steps, f"Theme {theme.number}: {theme.name}")
        _theme(doc, theme, level=1)
    progress(steps - 2, steps, "Codebook")
    _codebook(doc, report)
    progress(steps - 1, steps, "Methods and COREQ")
    _methods(doc, report)
    _coreq(doc, report)
    buffer = io.BytesIO()  # assembled in memory: a full disk cannot leave a zip half-closed
    doc.save(buffer)
    with atomic_output(path) as temporary:
        temporary.write_bytes(buffer.getvalue())
    progress(steps, steps, "Done")


def _text(doc: Document, text: str, style: str | None = None) -> None:
    paragraph = kit.styled(doc, text, style or "")
    if is_rtl(text):
        kit.right_to_left(paragraph)


def _labelled(doc: Document, label: str, text: str) -> None:
    """``Definition. What partners mean by ...``: a bold lead-in, then the text."""
    if not text.strip():
        return
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{label}. ").bold = True
    paragraph.add_run(xml_safe(text.strip()))


def _title_page(doc: Document, report: Report) -> None:
    for _ in range(5):
        doc.add_paragraph()
    kit.styled(doc, report.title, "Title")
    kit.styled(doc, report.subtitle, "Subtitle")
    details = doc.add_paragraph()
    details.paragraph_format.space_before = Pt(24)
    if report.author:
        details.add_run(xml_safe(report.author)).bold = True
        details.add_run().add_break()
    details.add_run(report.date)
    note = doc.add_paragraph(
        f"Prepared with iKT Desktop {report.software}. Quotations are attributed by "
        "participant label; no names of participants appear unless the author chose "
        "pseudonyms."
    )
    note.paragraph_format.space_before = Pt(36)
    for run in note.runs:
        run.font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(doc: Document, report: Report) -> None:
    kit.styled(doc, "Contents", "TOC Heading")
    entries: list[tuple[int, str]] = [(1, SUMMARY), (1, OVERVIEW)]
    for theme in report.themes:
        entries.append((1, _heading(theme)))
        entries += [(2, _heading(sub)) for sub in theme.subthemes]
    entries += [(1, CODEBOOK), (1, METHODS), (1, COREQ)]
    kit.add_toc(doc, entries)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _heading(theme: ThemeSection) -> str:
    prefix = "Theme" if "." not in theme.number else "Sub-theme"
    return f"{prefix} {theme.number}: {theme.name}"


def _summary(doc: Document, report: Report) -> None:
    kit.heading(doc, SUMMARY, 1)
    facts = kit.table(doc, ["", ""], [1, 2.2], show_header=False)
    for what, value in report.facts:
        kit.add_row(facts, [what, value], bold_first=True)
    kit.heading(doc, "Participants", 2)
    header = ["Role", "n", *report.attribute_names]
    widths = [1.6, 0.4, *([2.2] * len(report.attribute_names))]
    if report.list_participants:
        header.append("Participants")
        widths.append(1.6)
    people = kit.table(doc, header, widths)
    for row in report.participants:
        values = [row.role, str(row.count), *row.cells]
        if report.list_participants:
            values.append(row.names)
        kit.add_row(people, values, bold_first=row.role == "Total")
    _text(doc, "Counts of participants; attribute values are listed with their counts.")
    doc.paragraphs[-1].runs[0].font.size = Pt(9)


def _overview(doc: Document, report: Report) -> None:
    kit.heading(doc, OVERVIEW, 1)
    overview = kit.table(
        doc, ["Theme", "Definition", "Sub-themes", "Participants"], [2, 3.4, 1.6, 2]
    )
    for theme in report.themes:
        subs = "\n".join(f"{s.number} {s.name}" for s in theme.subthemes)
        roles = theme.by_role.replace(", ", "\n")
        kit.add_row(overview, [f"{theme.number}. {theme.name}", theme.definition, subs, roles])
    if report.thematic_map:
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.space_before = Pt(12)
        picture.paragraph_format.keep_with_next = True
        width = kit.text_width(doc)
        picture.add_run().add_picture(io.BytesIO(report.thematic_map), width=width)
        kit.styled(
            doc,
            "Figure 1. Thematic map: the themes, their sub-themes (nested boxes) and the "
            "codes each gathers, numbered as in the sections that follow.",
            "Caption",
        )
    first = 2 if report.thematic_map else 1
    for number, (caption, png) in enumerate(report.charts, first):
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.space_before = Pt(12)
        picture.paragraph_format.keep_with_next = True
        picture.add_run().add_picture(io.BytesIO(png), width=kit.text_width(doc))
        kit.styled(doc, xml_safe(f"Figure {number}. {caption}"), "Caption")


def _theme(doc: Document, theme: ThemeSection, level: int) -> None:
    kit.heading(doc, xml_safe(_heading(theme)), min(level, 3))
    status = [f"Status: {theme.status}"]
    if theme.by_role:
        status.append(f"Participants contributing: {theme.by_role}")
    line = doc.add_paragraph(" · ".join(status))
    for run in line.runs:
        run.font.size = Pt(9)
        run.italic = True
    _labelled(doc, "Definition", theme.definition)
    _labelled(doc, "Central concept", theme.central_concept)
    _labelled(doc, "Boundaries", theme.boundaries)
    for paragraph in theme.narrative.split("\n\n"):
        if paragraph.strip():
            _text(doc, " ".join(paragraph.split()))
    for quote in theme.quotes:
        _quote(doc, quote)
    _codes(doc, theme, level)
    for sub in theme.subthemes:
        _theme(doc, sub, level + 1)


def _codes(doc: Document, theme: ThemeSection, level: int) -> None:
    """The theme's own codes, before its sub-themes (which list theirs)."""
    if theme.codes:
        lead = doc.add_paragraph()
        lead.paragraph_format.keep_with_next = True
        lead.paragraph_format.space_before = Pt(6)
        lead.add_run(f"Codes in {'this theme' if level == 1 else 'this sub-theme'}").bold = True
        for code in theme.codes:
            people = f", {code.participants} participants" if code.participants else ""
            item = kit.styled(doc, "", "List Bullet")
            item.add_run(xml_safe(code.path))
            item.add_run(f" ({code.codings} codings{people})").font.size = Pt(9.5)
            item.paragraph_format.space_after = Pt(0)


def _quote(doc: Document, quote: QuoteBlock) -> None:
    paragraph = kit.styled(doc, "", "Quote")
    if quote.dialogue:
        for n, part in enumerate(quote.parts):
            run = paragraph.add_run(xml_safe(part))
            if n < len(quote.parts) - 1:
                run.add_break()
    else:
        paragraph.add_run("“" + xml_safe(" […] ".join(quote.parts)) + "”")
    attribution = paragraph.add_run(" " + xml_safe(quote.attribution))
    attribution.italic = False
    if quote.rtl:
        kit.right_to_left(paragraph)


def _codebook(doc: Document, report: Report) -> None:
    kit.new_section(doc, landscape=True)
    kit.heading(doc, CODEBOOK, 1)
    _text(
        doc,
        "Every code with its definition, when to apply it and when not, an example, and "
        "how often it was applied (codings, and participants whose talk it codes).",
    )
    table = kit.table(
        doc,
        ["Code", "Definition", "Include / exclude", "Example", "Codings", "Participants"],
        [2.3, 3.2, 3.2, 2.5, 1.1, 1.3],
    )
    for code in report.codebook:
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


def _methods(doc: Document, report: Report) -> None:
    kit.new_section(doc, landscape=False)
    kit.heading(doc, METHODS, 1)
    note = doc.add_paragraph(
        f"Drafted by iKT Desktop from the project on {report.date}; check every number "
        "and edit before use."
    )
    for run in note.runs:
        run.italic = True
        run.font.size = Pt(9)
    _text(doc, report.methods)
    _text(doc, report.quote_rule)


def _coreq(doc: Document, report: Report) -> None:
    kit.heading(doc, COREQ, 1)
    _text(
        doc,
        "Items of the COREQ checklist (Tong, Sainsbury and Craig, 2007) that the project "
        "file can answer. The remaining items (the research team, relationship with "
        "participants, sampling, saturation, participant checking) are for the authors.",
    )
    table = kit.table(doc, ["No.", "Item", "From the project"], [0.5, 2.2, 4.3])
    for number, item, answer in report.coreq:
        kit.add_row(table, [number, item, answer])
