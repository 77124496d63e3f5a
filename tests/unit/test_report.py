"""The Word theme report, read back with python-docx."""

from __future__ import annotations

import json
import os
import re
import struct
import zlib
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Inches

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.errors import Cancelled, UnwritableFileError
from ikt_desktop.domain.report.rules import NothingToReportError, ReportOptions, by_role
from ikt_desktop.services.project import Project
from tests.engines import address
from tests.helpers import ESTIMATED, TIMED, add_estimated_source, add_source, add_timed_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def png(width: int = 4, height: int = 3) -> bytes:
    """A small white PNG, written by hand (the report takes the map as PNG data)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))  # fmt: skip


PNG = png()


def headings(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def quotes(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "Quote"]


def fold(text: str) -> str:
    return " ".join(text.split())


def title(document: docx.document.Document) -> str:
    return next(p.text for p in document.paragraphs if p.style.name == "Title")


ACCEPT = ReportOptions(accept_found_names=True)  # the demo keeps a name in a quotation
METHODS = ["Study design", "Participants and recruitment", "Data collection", "Transcription",
           "Analysis", "Quotations", "Reflexivity", "Ethics"]  # fmt: skip


def test_demo_report_structure(demo: Project, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    summary = demo.report.write(out, ACCEPT, PNG)
    document = docx.Document(str(out))
    themes = [t for t in demo.themes.all() if t.parent_id is None]
    subs = [t for t in demo.themes.all() if t.parent_id is not None]
    expected = ["Study summary", "Participants", "Themes at a glance"]
    for n, theme in enumerate(themes, 1):
        expected.append(f"Theme {n}. {theme.name}")
        expected += [f"Sub-theme {n}.1. {s.name}" for s in subs if s.parent_id == theme.id]
    expected += ["Appendix A. Codebook", "Appendix B. Methods", *METHODS,
                 "Appendix C. COREQ checklist (Tong, Sainsbury and Craig, 2007)"]  # fmt: skip
    assert headings(document) == expected
    assert summary.themes == len(themes) and summary.with_map
    assert title(document) == demo.title
    assert document.core_properties.title == demo.title

    # the overview: one row per theme, participants by role in the project's role order
    overview = document.tables[2]
    assert [c.text for c in overview.rows[0].cells] == [
        "Theme", "Definition", "Sub-themes", "Participants"]  # fmt: skip
    assert len(overview.rows) == 1 + len(themes)
    for row, theme in zip(overview.rows[1:], themes, strict=True):
        cells = [c.text for c in row.cells]
        assert cells[0].endswith(theme.name) and cells[1] == theme.definition
        prevalence = demo.themes.prevalence(theme.id)
        lines = [by_role({role: counts}) for role, counts in prevalence.items()]
        assert cells[3].split("\n") == lines
        assert cells[3].split("\n")[0].endswith("iKT panel members")
    assert [c.text for c in overview.rows[-1].cells][2] == "5.1 Online meetings"
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in overview.rows[1:])

    # the map figure, its caption, a table of contents field, page numbers
    assert len(document.inline_shapes) == 1
    assert any(
        p.style.name == "Caption" and p.text.startswith("Figure 1.") for p in document.paragraphs
    )
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert document.settings.element.find(qn("w:updateFields")) is not None
    # the codebook on landscape pages, one row per code with its definition
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    codebook = document.tables[3]
    codes = demo.codebook.all()
    assert len(codebook.rows) == 1 + len(codes)
    for row, code in zip(codebook.rows[1:], codes, strict=True):
        cells = [c.text for c in row.cells]
        assert cells[0] == code.name and cells[1] == code.definition
        assert cells[4] == str(code.coding_count) and cells[5] == str(code.participant_count)
    # methods from the Study details and the counts; COREQ from the project
    methods = next(p.text for p in document.paragraphs if "took part:" in p.text)
    assert "Eight participants took part: 5 iKT panel members and 3 extended collaborators" in (
        methods)  # fmt: skip
    coreq = document.tables[-1]
    rows = {r.cells[0].text: r.cells[3].text for r in coreq.rows[1:] if r.cells[0].text}
    assert rows["12"].startswith("8 participants") and rows["24"].startswith("2 (")


def test_every_quote_is_the_coded_text_attributed_to_who_said_it(
    demo: Project, tmp_path: Path
) -> None:
    out = tmp_path / "report.docx"
    options = ReportOptions(quotes_per_theme=3, suggest_quotes=True, accept_found_names=True)
    report = demo.report.gather(options)
    demo.report.write(out, options)
    written = quotes(docx.Document(str(out)))
    blocks = [
        q for t in report.themes for q in [*t.quotes, *(x for s in t.subthemes for x in s.quotes)]
    ]
    assert len(written) == len(blocks) == report.quote_count >= 3 * 5

    def plain(text: str) -> str:  # typographic quotes and apostrophes back to straight ones
        return fold(re.sub('[‘’“”"]', "'", text))

    texts = {s.id: plain(demo.sources.text(s.id)) for s in demo.sources.all()}
    people = {p.label: p.role for p in demo.participants.all()}
    for paragraph, block in zip(written, blocks, strict=True):
        match = re.fullmatch(r"“(.*)” \((P\d), (.*)\)", paragraph, re.S)
        assert match, paragraph
        said, label, role = match.groups()
        assert people[label] == role and block.attribution == f"({label}, {role})"
        for part in said.removeprefix("[…] ").removesuffix(" […]").split(" […] "):
            assert any(plain(part) in text for text in texts.values()), part
    # pinned quotes come first in their theme, attributed as the segments pane does
    theme = next(t for t in demo.themes.all() if t.quote_ids)
    pinned = demo.segments.for_codings(list(theme.quote_ids))
    section = next(s for s in report.themes if s.name == theme.name)
    assert [q.attribution for q in section.quotes[: len(pinned)]] == [
        s.attribution() for s in pinned
    ]
    assert all(q.pinned for q in section.quotes[: len(pinned)])


def test_options_choose_themes_quotes_names_and_paper(demo: Project, tmp_path: Path) -> None:
    out = tmp_path / "final.docx"
    options = ReportOptions(
        statuses=("final",), quotes_per_theme=0, pseudonyms=True, include_map=False,
        paper="Letter", list_participants=True, title="Results", author="A. Author",
        accept_found_names=True,
    )  # fmt: skip
    summary = demo.report.write(out, options, PNG)
    document = docx.Document(str(out))
    finals = [t for t in demo.themes.all() if t.status == "final" and t.parent_id is None]
    assert summary.themes == len(finals) and not summary.with_map
    assert len(document.inline_shapes) == 0
    assert [h for h in headings(document) if h.startswith("Theme ")] == [
        f"Theme {n}. {t.name}" for n, t in enumerate(finals, 1)]  # fmt: skip
    pinned = sum(len(t.quote_ids) for t in finals)
    written = quotes(document)
    assert len(written) == pinned  # 0 per theme: the pinned ones only
    pseudonyms = {p.pseudonym for p in demo.participants.all()}
    assert all(any(f"({name}, " in q for name in pseudonyms) for q in written)
    assert document.sections[0].page_width == Inches(8.5)
    assert title(document) == "Results"
    people = document.tables[1]
    assert people.rows[0].cells[-1].text == "Participants"
    assert "Zoë Bélanger" in people.rows[1].cells[-1].text


def test_non_ascii_emoji_rtl_and_control_characters_survive(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project, "P1")
    text = project.sources.text(source)
    code = project.codebook.create("Giving back 👍", definition="مشاركة المرضى · 患者参与").value
    start = text.index("Because")
    coding = project.codings.apply(source, code.id, start, len(text)).value
    theme = project.themes.create("Reciprocity — שיתוף", code_ids=[code.id]).value
    project.themes.edit(theme.id, narrative="Para one\x0b with a control.\n\nمرحبا بالعالم")
    project.themes.pin_quote(theme.id, coding.id)
    out = tmp_path / "ünïcode report.docx"
    project.report.write(out, ReportOptions())
    document = docx.Document(str(out))
    assert "Theme 1. Reciprocity — שיתוף" in headings(document)
    assert quotes(document) == [
        "“Because of my MS 👍, and to give back to people like me.” (P1, iKT panel member)"
    ]
    rtl = next(p for p in document.paragraphs if p.text == "مرحبا بالعالم")
    assert rtl._p.pPr.find(qn("w:bidi")) is not None
    assert any(p.text == "Para one with a control." for p in document.paragraphs)
    codebook = document.tables[3]
    assert codebook.rows[1].cells[0].text == "Giving back 👍"
    assert codebook.rows[1].cells[1].text == "مشاركة المرضى · 患者参与"


def test_interviewer_talk_is_left_out_unless_asked_for(project: Project, tmp_path: Path) -> None:
    source = add_source(project, "P1")
    code = project.codebook.create("Joining").value
    text = project.sources.text(source)
    coding = project.codings.apply(source, code.id, 0, len(text)).value  # both turns
    theme = project.themes.create("Why people join", code_ids=[code.id]).value
    project.themes.pin_quote(theme.id, coding.id)
    without = project.report.gather(ReportOptions()).themes[0].quotes[0]
    assert without.parts == ("Because of my MS 👍, and to give back to people like me.",)
    # the coding starts in the interviewer's turn: nobody is known to have said it
    assert without.attribution == "(P1 interview)"
    with_talk = project.report.gather(ReportOptions(include_interviewer=True)).themes[0].quotes[0]
    assert with_talk.dialogue
    assert with_talk.parts == ("Interviewer: Why did you join?",
                               "P1: Because of my MS 👍, and to give back to people like me.")  # fmt: skip


def test_quote_times_after_quotes_from_the_cli(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    timed = add_timed_source(project, "P3")
    untimed = add_source(project, "P1")  # a transcript without times
    code = project.codebook.create("Planning").value
    answer = TIMED.index("Everything")
    pinned = [project.codings.apply(timed, code.id, answer, len(TIMED)).value,
              project.codings.apply(untimed, code.id, 26, 40).value]  # fmt: skip
    theme = project.themes.create("Trials planned together", code_ids=[code.id]).value
    for coding in pinned:
        project.themes.pin_quote(theme.id, coding.id)
    path = address(project)  # the file, or the team database's URL
    project.close()
    out = tmp_path / "times.docx"
    assert cli.run(["export", str(path), "--docx", str(out), "--quote-times"]) == 0
    capsys.readouterr()
    got = quotes(docx.Document(str(out)))
    assert got[0].endswith("” (P3, iKT panel member, 00:12:04)")  # 0:12:04 + 4 characters
    assert got[1].endswith("” (P1, iKT panel member)")  # no times: nothing added
    plain = tmp_path / "plain.docx"
    assert cli.run(["export", str(path), "--docx", str(plain)]) == 0
    assert quotes(docx.Document(str(plain)))[0].endswith("” (P3, iKT panel member)")


@pytest.mark.parametrize(("language", "approx"), [("en", "c."), ("fr", "env."), ("de", "ca."),
                                                  ("es", "aprox.")])  # fmt: skip
def test_quote_times_from_estimated_turn_times_are_printed_as_approximate(
    project: Project, tmp_path: Path, language: str, approx: str
) -> None:
    guessed = add_estimated_source(project)  # the answer spread between two heard questions
    heard = add_timed_source(project)
    code = project.codebook.create("Planning").value
    answer = ESTIMATED.index("Slowly")
    pinned = [project.codings.apply(guessed, code.id, answer, answer + 30).value,
              project.codings.apply(heard, code.id, TIMED.index("Everything"),
                                    len(TIMED)).value]  # fmt: skip
    theme = project.themes.create("Meetings", code_ids=[code.id]).value
    for coding in pinned:
        project.themes.pin_quote(theme.id, coding.id)
    out = tmp_path / f"approx-{language}.docx"
    project.report.write(out, ReportOptions(quote_times=True, language=language))
    by_text = {q.split("”")[0]: q for q in quotes(docx.Document(str(out)))}
    spread = next(q for text, q in by_text.items() if "Slowly" in text)
    said = re.search(r"\(P4, [^)]*, (.*)\)$", spread)
    # the answer was spread over 1:21.356-2:00; "Slowly" is its 4th character of 37
    assert said is not None and said.group(1) == f"{approx}\u00a000:01:25"  # one line
    exact = next(q for text, q in by_text.items() if "Everything" in text)
    assert exact.endswith(", 00:12:04)") and approx not in exact.split("”")[-1]


def test_empty_project_is_refused_or_drafted_saying_what_is_missing(
    project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "empty.docx"
    with pytest.raises(NothingToReportError, match="no transcripts; no coded segments; no themes"):
        project.report.write(out, ReportOptions(), None)
    assert not out.exists()
    summary = project.report.write(out, ReportOptions(draft=True), None)
    assert summary.themes == 0 and summary.quotes == 0
    document = docx.Document(str(out))
    assert "Study summary" in headings(document)
    first = document.paragraphs[0]
    assert first.text.startswith("Draft: this report is incomplete. [Add: no transcripts yet]")
    assert all(r.font.highlight_color == 7 for r in first.runs if r.text.startswith("[Add:"))


def test_cancel_or_failure_leaves_no_file_and_keeps_an_old_one(
    demo: Project, tmp_path: Path
) -> None:
    out = tmp_path / "report.docx"

    def cancel(done: int, total: int, what: str) -> None:
        if done >= 3:
            raise Cancelled("the export")

    with pytest.raises(Cancelled):
        demo.report.write(out, ACCEPT, None, cancel)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".part")]
    out.write_bytes(b"an older report")
    with pytest.raises(Cancelled):
        demo.report.write(out, ACCEPT, None, cancel)
    assert out.read_bytes() == b"an older report"
    with pytest.raises(UnwritableFileError, match="does not exist"):
        demo.report.write(tmp_path / "missing" / "r.docx", ACCEPT)
    with pytest.raises(UnwritableFileError, match="is a folder"):
        demo.report.write(tmp_path, ACCEPT)


def test_cli_export_docx(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.docx"
    before = demo_path.read_bytes()
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--quotes-per-theme", "1",
                    "--status", "final", "--status", "reviewed", "--json",
                    "--accept-found-names"]) == 0  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert result["docx"]["path"] == str(out)
    assert result["docx"]["themes"] == 4 and result["docx"]["map"] is False  # no Qt: no map
    assert title(docx.Document(str(out))).startswith("Partners in MS Research")
    assert demo_path.read_bytes() == before  # exporting changes nothing
    # one command, every kind of output
    names = {kind: tmp_path / f"all.{kind}" for kind in ("docx", "xlsx", "qdpx", "qdc")}
    flags = [arg for kind, path in names.items() for arg in (f"--{kind}", str(path))]
    assert cli.run(["export", str(demo_path), *flags, "--pseudonyms", "--json",
                    "--accept-found-names"]) == 0  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert set(result) == set(names) and all(path.exists() for path in names.values())
    assert result["xlsx"]["Quotes"] == 159 and result["qdpx"]["codings"] == 159
    assert (names["docx"].stat().st_mode & 0o777) == (names["xlsx"].stat().st_mode & 0o777)
    mask = os.umask(0o022)
    os.umask(mask)
    assert names["docx"].stat().st_mode & 0o777 == 0o666 & ~mask  # not owner-only (mkstemp)
    assert cli.run(["export", str(demo_path), "--docx", str(tmp_path / "x.doc")]) == 2
    assert "must end in .docx" in capsys.readouterr().err
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--attribution", "{who}"]) == 2
    assert "unknown {who}" in capsys.readouterr().err
