"""The report a researcher can paste into a manuscript: no names slip through, only the
analyst's words, fields that survive leaving Word, typography, options that do what they
say, the user's template, reporting checklists. Read back from the .docx and its XML."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.report.names import NamesFoundError, NameTerm, QuoteText, find_names
from ikt_desktop.domain.report.phrases import PHRASES, count, count_at_start, pluralise
from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.domain.report.study import placeholder
from ikt_desktop.domain.report.typography import curly, cut_marks, set_quote
from ikt_desktop.services.project import Project
from tests.unit.test_report import PNG, quotes

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

ACCEPT = ReportOptions(accept_found_names=True)
MARK = "Suggested by iKT Desktop — review"


def instructions(document: docx.document.Document) -> list[str]:
    return [" ".join((t.text or "").split()) for t in document.element.body.iter(qn("w:instrText"))]


def highlighted(document: docx.document.Document) -> list[str]:
    return [
        r.text
        for p in document.paragraphs
        for r in p.runs
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]


def all_text(document: docx.document.Document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


# -- names ---------------------------------------------------------------------------


def test_name_rules_whole_names_in_any_case_single_words_capitalised() -> None:
    terms = [NameTerm("Will Hope", "speaker in P1"), NameTerm("Tomás", "speaker in P5"),
             NameTerm("Interviewer", "speaker"), NameTerm("P3", "label")]  # fmt: skip
    quote = QuoteText("Theme 1", "I will hope, said will hope to Will, and Tomás’s friend P3.")
    hits = find_names([quote], terms)
    assert [(h.word, h.source) for h in hits] == [
        ("will hope", "speaker in P1"), ("will hope", "speaker in P1"), ("Will", "speaker in P1"),
        ("Tomás", "speaker in P5")]  # fmt: skip
    assert all(quote.text[h.start : h.end] == h.word for h in hits)
    assert find_names([QuoteText("x", "The interviewer asked")], terms) == []


def test_the_demo_name_is_found_and_nothing_is_written_until_resolved(
    demo: Project, tmp_path: Path
) -> None:
    hits = demo.report.found_names(ReportOptions())
    assert [(h.word, h.where) for h in hits] == [("Tomás", "Theme 3 (P5, iKT panel member)")]
    out = tmp_path / "report.docx"
    with pytest.raises(NamesFoundError, match="Tomás"):
        demo.report.write(out, ReportOptions())
    assert not out.exists()
    # accepted: written, and the methods and title page say so
    demo.report.write(out, ACCEPT)
    text = all_text(docx.Document(str(out)))
    assert (
        "The name check found 1 name in quotations (Tomás); the author reviewed and kept it."
        in text
    )
    assert "The author reviewed and kept 1 name found in quotations (Tomás)." in text
    # resolved by dropping the quotation: no name known to the project in any quotation
    theme = next(t for t in demo.themes.all() if t.name == "The importance of networking")
    coding = next(q for q in theme.quote_ids if "Tomás" in demo.segments.for_codings([q])[0].quote)
    demo.themes.unpin_quote(theme.id, coding)
    assert demo.report.found_names(ReportOptions()) == []
    demo.report.write(out, ReportOptions())
    document = docx.Document(str(out))
    names = {w for p in demo.participants.all() for w in p.pseudonym.split()}
    names |= {"Zoë", "Marcus", "Siobhán", "Priya", "Tomás", "Hélène", "Wei", "Anneke"}
    for quote in quotes(document):
        assert not any(re.search(rf"\b{re.escape(n)}\b", quote) for n in names), quote
    assert "No participant or speaker name known to the project appears in a quotation." in (
        all_text(document))  # fmt: skip
    assert "participants appear under participant labels" in all_text(document)


def test_cli_check_and_plain_export_with_names(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["export", str(demo_path), "--check", "--json"]) == 1
    (hit,) = json.loads(capsys.readouterr().out)["names"]
    assert {"quote", "word", "source", "start", "end"} <= set(hit)
    assert hit["quote"][hit["start"] : hit["end"]] == hit["word"] == "Tomás"
    out = tmp_path / "r.docx"
    assert cli.run(["export", str(demo_path), "--docx", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Tomás" in captured.out and "nothing was written" in captured.err
    assert not out.exists()
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--accept-found-names"]) == 0
    assert out.exists()


# -- the analyst's words ---------------------------------------------------------------


def test_methods_only_from_study_details_with_highlighted_placeholders(
    demo: Project, tmp_path: Path
) -> None:
    before = demo.study.get()
    demo.study.set({"design": "", "approach": "reflexive thematic analysis (Braun and Clarke)"})
    first, second = demo.themes.all()[:2]
    demo.themes.edit(first.id, narrative="")
    demo.themes.edit(second.id, narrative="  ")
    out = tmp_path / "r.docx"
    demo.report.write(out, ACCEPT)
    document = docx.Document(str(out))
    marks = highlighted(document)
    assert placeholder("design") in marks and placeholder("quote_selection") in marks
    assert marks.count("[Add: the analytic narrative of this theme]") == 2  # two left blank
    text = all_text(document)
    assert "Analytic approach: reflexive thematic analysis (Braun and Clarke)." in text
    for claim in ("inductive thematic", "semi-structured", "most central", "We conducted"):
        assert claim not in text
    # undo puts the details back
    demo.study.replace(before)
    assert demo.study.get() == before


def test_narratives_are_printed_and_suggested_quotes_carry_a_comment(
    demo: Project, tmp_path: Path
) -> None:
    theme = next(t for t in demo.themes.all() if t.parent_id is None)
    demo.themes.edit(theme.id, narrative="Partners described being there early.\n\nSecond.")
    out = tmp_path / "r.docx"
    options = ReportOptions(suggest_quotes=True, quotes_per_theme=3, accept_found_names=True)
    report = demo.report.gather(options)
    suggested = [q for _, q in report.all_quotes() if q.suggested]
    assert suggested and all(not q.pinned for q in suggested)
    demo.report.write(out, options)
    document = docx.Document(str(out))
    assert any(p.text == "Partners described being there early." for p in document.paragraphs)
    comments = list(document.comments)
    assert len(comments) == len(suggested) and all(c.text == MARK for c in comments)
    text = all_text(document)
    assert "marked with a comment were suggested by the software" in text
    # pinned only: no comment part at all
    demo.report.write(out, ACCEPT)
    assert not list(docx.Document(str(out)).comments)


def test_study_cli_sets_and_prints(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["study", str(demo_path), "--set", "ethics=Board X (REB-1)",
                    "--set", "design=", "--json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["ethics"] == "Board X (REB-1)" and data["design"] == ""
    assert cli.run(["study", str(demo_path), "--set", "colour=blue"]) == 2
    assert "unknown study detail 'colour'" in capsys.readouterr().err
    assert cli.run(["study", str(demo_path)]) == 0
    assert "[Add: the study design" in capsys.readouterr().out


# -- leaving Word ----------------------------------------------------------------------


def test_fields_captions_alt_text_and_update_on_open(demo: Project, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    demo.report.write(out, ACCEPT, PNG, charts=[("Code frequencies: segments per code.", PNG)])
    document = docx.Document(str(out))
    fields = instructions(document)
    assert fields.count("SEQ Figure \\* ARABIC") == 1  # charts need include_charts
    assert fields.count("SEQ Table \\* ARABIC") == 5  # summary, people, themes, codebook, COREQ
    assert "REF _RefFigure1 \\h" in fields and "REF _RefTable4 \\h" in fields
    marks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    assert {"_RefFigure1", "_RefTable1", "_RefTable5"} <= marks
    for picture in document.inline_shapes:
        assert picture._inline.docPr.get("descr")
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Table 1. Study summary."
    assert "Figure 1. Thematic map: the themes" in " ".join(captions)
    toc = next(c for c in document.element.body.iter(qn("w:fldChar")))
    assert toc.get(qn("w:dirty")) == "true"
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    order = [child.tag for child in settings]
    assert order.index(qn("w:updateFields")) < order.index(qn("w:compat"))  # schema order


# -- typography and grammar -----------------------------------------------------------


def test_quote_typography() -> None:
    assert curly('He said "no" and she said \'maybe\' — it\'s MS\' fault') == (
        "He said ‘no’ and she said ‘maybe’ — it’s MS’ fault")  # fmt: skip
    assert curly("She said \"he told me 'no' twice\"") == "She said ‘he told me “no” twice’"
    assert curly("\"outer 'inner' end\"", depth=0) == "“outer ‘inner’ end”"
    assert cut_marks("and then we voted") == "[…] and then we voted […]"
    assert cut_marks("We voted.") == "We voted."
    assert cut_marks("We voted,") == "We voted […]"
    assert set_quote("I don't know") == "I don’t know […]"


def test_one_table_of_phrases_and_role_plurals() -> None:
    assert [count(n, "coding") for n in (0, 1, 2)] == ["0 codings", "1 coding", "2 codings"]
    assert count(1, "participant") == "1 participant" and count(1204, "word") == "1,204 words"
    assert all(count(2, singular).endswith(plural) for singular, plural in PHRASES.items())
    assert count_at_start(5, "quotation") == "Five quotations"
    assert count_at_start(143, "coding") == "In total, 143 codings"
    assert pluralise("iKT panel member") == "iKT panel members"
    assert pluralise("member of the panel") == "members of the panel"
    assert pluralise("care partner") == "care partners" and pluralise("policy") == "policies"
    assert pluralise("person with MS") == "people with MS"
    assert pluralise("coach") == "coaches"


def test_report_grammar(demo: Project, tmp_path: Path) -> None:
    demo.study.set({"role_plurals": "extended collaborator = wider collaborators"})
    out = tmp_path / "r.docx"
    demo.report.write(out, ACCEPT)
    text = all_text(docx.Document(str(out)))
    assert not re.search(r"\b1 (codings|participants|themes|codes|quotations)\b", text)
    assert "(1 coding, 1 participant)" in text
    assert "all 3 wider collaborators" in text and "5/5" not in text
    assert not re.search(r"Theme \d+[^\n]*:[^\n]*:", text.split("Contents")[0])
    assert "Theme 1. Defining iKT: being there from the start" in text
    for paragraph in docx.Document(str(out)).paragraphs:
        for sentence in re.split(r"(?<=[.!?]) ", paragraph.text):
            if paragraph.style.name not in ("Caption", "Quote", "toc 1", "toc 2"):
                assert not sentence[:1].isdigit(), sentence


# -- options ----------------------------------------------------------------------------


def test_filters_apply_to_charts_tables_counts_and_appendix(demo: Project, tmp_path: Path) -> None:
    options = ReportOptions(statuses=("final",), accept_found_names=True)
    finals = {t.id for t in demo.report.included_themes(options)}
    chart = demo.charts.theme_prevalence(finals)
    names = {t.id: t.name for t in demo.themes.all()}
    assert list(chart.categories) == [names[i] for i in sorted(finals, key=list(names).index)]
    assert len(demo.charts.theme_prevalence().categories) == 6
    codes = ReportOptions(codes=("Tokenism", "Defining iKT/Shared decision-making"),
                          accept_found_names=True)  # fmt: skip
    report = demo.report.gather(codes)
    assert [t.name for t in report.themes] == ["Defining iKT: being there from the start"]
    assert [c.name for c in report.codebook] == ["Shared decision-making", "Tokenism"]
    frequencies = demo.charts.code_frequencies(code_ids=demo.report.included_code_ids(codes))
    assert sorted(frequencies.categories) == ["Shared decision-making", "Tokenism"]
    summary = dict(report.facts)
    assert summary["Themes in this report"].startswith("1 theme (final 1)")
    with pytest.raises(Exception, match="unknown code 'Nope'"):
        demo.report.gather(ReportOptions(codes=("Nope",)))


def test_cli_refuses_unknown_values_and_empty_projects(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.docx"
    base = ["export", str(demo_path), "--docx", str(out), "--accept-found-names"]
    assert cli.run([*base, "--attribute", "Nope"]) == 2
    assert "unknown attribute 'Nope' (use Stakeholder group, Years involved, Joined)" in (
        capsys.readouterr().err)  # fmt: skip
    assert cli.run([*base, "--theme", "Nope"]) == 2
    assert "unknown theme 'Nope' (themes: Defining iKT" in capsys.readouterr().err
    assert not out.exists()
    empty = tmp_path / "empty.ikt"
    Project.create(empty, "Empty").close()
    assert cli.run(["export", str(empty), "--docx", str(out)]) == 1
    assert "nothing to report yet: no transcripts; no coded segments; no themes" in (
        capsys.readouterr().err)  # fmt: skip
    assert not out.exists()
    assert cli.run(["export", str(empty), "--docx", str(out), "--draft"]) == 0
    assert docx.Document(str(out)).paragraphs[0].text.startswith("Draft: this report is incomplete")


# -- template and checklists -------------------------------------------------------------


def _template(path: Path) -> Path:
    """A .dotx with distinctive styles, Letter pages, a header and a cover page."""
    doc = docx.Document()
    heading = doc.styles["Heading 1"]
    heading.font.name = "Courier New"
    heading.font.size = Pt(21)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)
    section.left_margin = Cm(3.3)
    section.header.paragraphs[0].text = "Department of Distinctive Templates"
    doc.add_paragraph("Our cover page", style="Title")
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    return path


def test_the_users_template_styles_pages_header_and_cover(demo_path: Path, tmp_path: Path) -> None:
    template = _template(tmp_path / "house.dotx")
    assert b"template.main+xml" in zipfile.ZipFile(template).read("[Content_Types].xml")
    out = tmp_path / "r.docx"
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--accept-found-names",
                    "--template", str(template)]) == 0  # fmt: skip
    document = docx.Document(str(out))
    assert document.styles["Heading 1"].font.name == "Courier New"
    assert document.styles["Heading 1"].font.size == Pt(21)
    assert document.paragraphs[0].text == "Our cover page"  # the template's cover, kept
    assert not any(p.text.startswith("Partners in MS") for p in document.paragraphs[:8])
    assert document.sections[0].page_width == Cm(21.59)
    assert abs(document.sections[0].left_margin - Cm(3.3)) < Cm(0.01)
    assert "Department of Distinctive Templates" in document.sections[0].header.paragraphs[0].text
    assert any(
        p.style.name == "Heading 1" and p.text == "Study summary" for p in document.paragraphs
    )
    bad = tmp_path / "notes.txt"
    bad.write_text("x")
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--template", str(bad)]) == 2


def test_every_coreq_and_srqr_item_is_in_the_report(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--accept-found-names",
                    "--checklist", "coreq", "--checklist", "srqr"]) == 0  # fmt: skip
    document = docx.Document(str(out))
    coreq, srqr = document.tables[-2], document.tables[-1]
    for table, total in ((coreq, 32), (srqr, 21)):
        numbers = [r.cells[0].text for r in table.rows[1:] if r.cells[0].text]
        assert numbers == [str(n) for n in range(1, total + 1)]
        wheres = [r.cells[2].text for r in table.rows[1:] if r.cells[0].text]
        assert all(wheres) and "not reported" in wheres
    rows = {r.cells[1].text: r.cells[2].text for r in coreq.rows[1:]}
    assert rows["Interviewer/facilitator"] == "Methods: Data collection"
    assert rows["Data saturation"] == "not reported"
    assert rows["Methodological orientation and theory"] == "Methods: Study design"
