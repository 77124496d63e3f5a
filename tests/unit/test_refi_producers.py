"""Issue 22: importing what QualCoder and NVivo really write, with emoji and combining marks
early, late and nowhere: every coding covers the text it was meant to cover, the unit is
decided per source and reported, and a coding's memo travels as its selection's
Description both ways."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ikt_desktop.domain.exchange.placement import Evidence, Written, place, text_agrees
from ikt_desktop.domain.exchange.position_units import PositionUnit, SourceText, Utf16Index
from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.producers import MARKS, NVIVO, QUALCODER, Habits, write_project
from tests.refi import PROJECT_NS, content, make_qdpx, project_xml, validate_qdpx

Q = f"{{{PROJECT_NS}}}"


def covered(p: Project) -> tuple[tuple[str, str, str], ...]:
    """(code name, covered text, memo) of every coding, in code order."""
    names = {c.id: c.name for c in p.codebook.all()}
    source = p.sources.all()[0].id
    text = p.sources.text(source)
    rows = [(names[c.code_id], text[c.start : c.end], c.memo) for c in p.codings.for_source(source)]
    return tuple(sorted(rows))


def imported(tmp_path: Path, habits: Habits, mark: str = "", where: str = "nowhere"):  # type: ignore[no-untyped-def]
    expected = write_project(tmp_path / "in.qdpx", habits, mark, where)
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    return p, summary, expected


@pytest.mark.parametrize("where", ["early", "late", "nowhere"])
@pytest.mark.parametrize("mark", sorted(MARKS))
@pytest.mark.parametrize("habits", [QUALCODER, NVIVO], ids=["QualCoder", "NVivo"])
def test_every_coding_covers_its_text(
    tmp_path: Path, habits: Habits, mark: str, where: str
) -> None:
    p, summary, expected = imported(tmp_path, habits, MARKS[mark], where)
    with p:
        assert p.sources.text(p.sources.all()[0].id) == expected.text
        assert covered(p) == tuple(sorted(expected.codings))
    [source] = summary.positions
    assert summary.flagged == () and not source.doubtful, source
    astral = mark != "combining" and where != "nowhere"
    if habits is QUALCODER:
        assert (source.with_text, source.confirmed, source.corrected) == (20, 20, 0)
        telling = {"early": 20, "late": 3, "nowhere": 0}[where] if astral else 0
        assert source.telling == telling
        assert source.evidence == (Evidence.TEXT if telling else Evidence.SAME)
        if telling:
            assert source.unit == str(PositionUnit.UTF16)
    else:  # CR LF makes every selection after the first line telling
        assert source.unit == str(PositionUnit.UTF16) and source.with_text == 0
        assert source.evidence == Evidence.BOUNDARIES


def test_the_reported_shift_without_names_is_caught_by_word_boundaries(tmp_path: Path) -> None:
    """The case of the issue: QualCoder, an emoji late, 3 of 20 codings after it. Only
    those three tell the units apart, and they decide."""
    habits = Habits("QualCoder 3.6", names="")
    p, summary, expected = imported(tmp_path, habits, MARKS["emoji"], "late")
    with p:
        assert covered(p) == tuple(sorted(expected.codings))
        assert ("Code 17", "that was the summary", "") in covered(p)
    [source] = summary.positions
    assert (source.telling, source.unit) == (3, str(PositionUnit.UTF16))
    fits = dict(source.fits)
    assert fits[str(PositionUnit.UTF16)] == 1.0 and fits[str(PositionUnit.CODE_POINTS)] <= 0.5
    assert source.evidence == Evidence.BOUNDARIES


def test_a_producer_mixing_units_is_corrected_selection_by_selection(tmp_path: Path) -> None:
    habits = Habits("QualCoder 3.6", units="mixed")
    p, summary, expected = imported(tmp_path, habits, MARKS["family"], "early")
    with p:
        assert covered(p) == tuple(sorted(expected.codings))
    [source] = summary.positions
    assert source.evidence == Evidence.MIXED and source.doubtful
    assert (source.confirmed, source.corrected, source.flagged) == (10, 10, 0)
    assert "10 of 20 confirmed by their text, 10 corrected" in source.line()


@pytest.mark.parametrize(("units", "confirmed"), [("utf16", 19), ("mixed", 10)])
def test_a_selection_whose_text_disagrees_is_flagged_never_silent(
    tmp_path: Path, units: str, confirmed: int
) -> None:
    """Its name is not its text in any unit: placed where its ends fall on word
    boundaries (here, where it belongs, even when written in the other unit), and
    listed."""
    habits = Habits("QualCoder 3.6", units=units, wrong_name=5)
    p, summary, expected = imported(tmp_path, habits, MARKS["emoji"], "early")
    with p:
        assert covered(p) == tuple(sorted(expected.codings))
    [line] = summary.flagged
    assert line.startswith("Interview 3: at ") and "fatigue comes in waves" in line
    assert "not in this interview" in line and "please check" in line
    [source] = summary.positions
    assert (source.confirmed, source.flagged) == (confirmed, 1) and source.doubtful


def test_names_that_are_labels_are_not_taken_for_text(tmp_path: Path) -> None:
    habits = Habits("ATLAS.ti 24", units="utf16", names="labels")
    p, summary, expected = imported(tmp_path, habits, MARKS["emoji"], "early")
    with p:
        assert covered(p) == tuple(sorted(expected.codings))
    assert any("selection names are not their selected text (0 of 20" in c
               for c in summary.converted)  # fmt: skip
    assert summary.positions[0].with_text == 0 and summary.flagged == ()


def test_weak_evidence_is_said(tmp_path: Path) -> None:
    """One selection after the emoji, no text, a tool we do not know: the unit is still
    the best fit, and the summary says the evidence is weak."""
    raw = "Well 🙂 then.\nWe talked about trust.\n"
    start = raw.index("trust")
    body = (
        '<CodeBook><Codes><Code guid="00000001-0000-4000-8000-000000000001" name="Trust" '
        'isCodable="true"/></Codes></CodeBook><Sources><TextSource '
        'guid="00000004-0000-4000-8000-000000000001" name="Memo doc"><PlainTextContent>'
        f"{raw}</PlainTextContent><PlainTextSelection guid="
        f'"00000002-0000-4000-8000-000000000001" startPosition="{start + 1}" '
        f'endPosition="{start + 6}"><Coding guid="00000003-0000-4000-8000-000000000001">'
        '<CodeRef targetGUID="00000001-0000-4000-8000-000000000001"/></Coding>'
        "</PlainTextSelection></TextSource></Sources>"
    )
    make_qdpx(tmp_path / "in.qdpx", project_xml(body, "SomeTool 2"))
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        [coding] = p.codings.for_source(p.sources.all()[0].id)
        assert p.sources.text(coding.source_id)[coding.start : coding.end] == "trust"
    [source] = summary.positions
    assert source.evidence == Evidence.WEAK and source.doubtful and source.telling == 1


# -- memos ---------------------------------------------------------------------------------


def test_selection_description_is_the_coding_memo_with_its_notes(tmp_path: Path) -> None:
    """Description and a NoteRef'd note are both kept (once each); a Description on a
    selection with no code (a MAXQDA comment) becomes a memo on the source, and is said."""
    body = (
        '<CodeBook><Codes><Code guid="00000001-0000-4000-8000-000000000001" name="Trust" '
        'isCodable="true"/></Codes></CodeBook><Sources><TextSource '
        'guid="00000004-0000-4000-8000-000000000001" name="Doc"><PlainTextContent>'
        "We talked about trust and time.</PlainTextContent>"
        '<PlainTextSelection guid="00000002-0000-4000-8000-000000000001" name="trust" '
        'startPosition="16" endPosition="21"><Description>Key moment.</Description>'
        '<Coding guid="00000003-0000-4000-8000-000000000001"><CodeRef '
        'targetGUID="00000001-0000-4000-8000-000000000001"/></Coding>'
        '<NoteRef targetGUID="00000005-0000-4000-8000-000000000001"/></PlainTextSelection>'
        '<PlainTextSelection guid="00000002-0000-4000-8000-000000000002" startPosition="26" '
        'endPosition="30"><Description>A comment, no code.</Description></PlainTextSelection>'
        '</TextSource></Sources><Notes><Note guid="00000005-0000-4000-8000-000000000001" '
        'name="n"><PlainTextContent>Ask again later.</PlainTextContent></Note></Notes>'
    )
    make_qdpx(tmp_path / "in.qdpx", project_xml(body, "MAXQDA 24"))
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        [coding] = p.codings.for_source(p.sources.all()[0].id)
        assert coding.memo == "Key moment.\n\nAsk again later."
        [comment] = p.memos.for_target("source", coding.source_id)
        assert (comment.title, comment.text) == ("Comment on “time”", "A comment, no code.")
    assert any("memos on passages with no code" in line for line in summary.converted)
    assert summary.positions[0].confirmed == 1


def _qualcoder_reads(path: Path) -> dict[str, object]:
    """What QualCoder's importer takes from a .qdpx (its refi.py, read for this issue):
    a selection's Description is the memo of each of its codings; a Note with a
    plainTextPath and a name is a journal entry whose text is that file; the Project's
    Description is the project memo. Names must be unique (a repeat aborts its import)."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        files = {n: archive.read(n).decode("utf-8-sig") for n in archive.namelist()}
    memos = {}
    for selection in root.iter(f"{Q}PlainTextSelection"):
        memo = selection.findtext(f"{Q}Description") or ""
        for coding in selection.findall(f"{Q}Coding"):
            memos[coding.get("guid")] = memo
    journal = {}
    for note in root.iter(f"{Q}Note"):
        if note.get("plainTextPath") and note.get("name"):
            assert note.get("name") not in journal, "QualCoder aborts on a repeated name"
            text = files["sources/" + note.get("plainTextPath").removeprefix("internal://")]
            journal[note.get("name")] = text
    return {"coding memos": memos, "journal": journal,
            "project memo": root.findtext(f"{Q}Description") or ""}  # fmt: skip


def test_our_memos_reach_qualcoder_and_come_back(project: Project, tmp_path: Path) -> None:
    text = "Trust came first. Then time."
    draft = DraftTranscript("Interview 1", text, (DraftTurn("P1", 0, len(text)),))
    project.participants.add("P1")
    source = project.sources.add_transcript(draft, {"P1": SpeakerMapping("P1")}).value
    code = project.codebook.create("Trust").value
    other = project.codebook.create("Time").value
    first = project.codings.apply(source.id, code.id, 0, 5, memo="Said with a smile 🙂").value
    same_span = project.codings.apply(source.id, other.id, 0, 5).value
    project.codings.set_memo(same_span.id, "A different memo\non two lines")
    plain = project.codings.apply(source.id, other.id, 23, 27).value
    project.memos.add("project", None, "About this study", "Eight interviews, iKT panel.")
    project.memos.add("project", None, "Day 2", "Recruitment done.")
    project.memos.add("code", code.id, "Day 2", "Same title, another memo.")
    out = tmp_path / "out.qdpx"
    project.exchange.export_qdpx(out)
    root = validate_qdpx(out)

    # each coding's memo is its selection's Description; different memos, own selections
    spans = [(s.get("startPosition"), s.findtext(f"{Q}Description"),
              [c.get("guid") for c in s.findall(f"{Q}Coding")])
             for s in root.iter(f"{Q}PlainTextSelection")]  # fmt: skip
    assert sorted(spans, key=str) == sorted([
        ("0", "Said with a smile 🙂", [first.guid]),
        ("0", "A different memo\non two lines", [same_span.guid]),
        ("23", None, [plain.guid]),
    ], key=str)  # fmt: skip

    seen = _qualcoder_reads(out)
    assert seen["coding memos"] == {first.guid: "Said with a smile 🙂",
                                    same_span.guid: "A different memo\non two lines",
                                    plain.guid: ""}  # fmt: skip
    assert seen["project memo"] == "Eight interviews, iKT panel."
    assert seen["journal"] == {"Day 2": "Recruitment done.",
                               "Day 2 (2)": "Same title, another memo."}  # fmt: skip

    back, _summary = import_qdpx(out, tmp_path / "back.ikt")
    with back:
        assert content(back)["codings"] == content(project)["codings"]
        memos = sorted((m.title, m.text) for m in back.memos.for_target("project"))
        assert memos == [
            ("About this study", "Eight interviews, iKT panel."),
            ("Day 2", "Recruitment done."),
        ]  # not a third from the Description
        assert [m.text for m in back.memos.for_target("code", back.codebook.all()[0].id)] == [
            "Same title, another memo."]  # fmt: skip


# -- pure rules ------------------------------------------------------------------------------


def test_selected_text_agrees_across_line_break_and_space_habits() -> None:
    assert text_agrees("so tired.\nInterviewer: Tired how", "so tired.\u2029Interviewer: Tired how")
    assert text_agrees("a\r\nb", "a\nb") and text_agrees("a  b\n", " a b")
    assert text_agrees("Zoë came", "Zoe\u0308 came")  # NFC either side
    assert text_agrees("the panel read every draft twice", "the panel read every…")
    assert not text_agrees("hat was the summary.", "that was the summary")
    assert not text_agrees("anything", "")


def test_utf16_with_a_line_break_counted_once() -> None:
    """QualCoder's "MAXQDA line endings": CR LF in the file, positions of the LF text."""
    raw = "a😂\r\nb\r\nc"
    text = SourceText.of(raw)
    assert text.text == "a😂\nb\nc"
    assert text.convert(4, PositionUnit.UTF16_LINE_BREAK_AS_ONE) == 3  # the b
    assert text.convert(6, PositionUnit.UTF16_LINE_BREAK_AS_ONE) == 5  # the c
    assert text.max_shift == 3


def test_place_decides_per_source() -> None:
    """Two sources of one file in different units: each gets its own."""
    raw = "🙂 Hello there, my friend.\n"
    start = raw.index("friend")
    a = ("A", SourceText.of(raw), [Written(start, start + 6, "friend")])
    b = ("B", SourceText.of(raw), [Written(start + 1, start + 7, "friend")])
    placed = place("", [a, b])
    assert [s.unit for s in placed.sources] == [str(PositionUnit.CODE_POINTS),
                                                 str(PositionUnit.UTF16)]  # fmt: skip
    for placements in placed.placements:
        assert raw[placements[0].start : placements[0].end] == "friend"


def test_utf16_index_agrees_with_position_map_everywhere() -> None:
    """The import's fast UTF-16 map gives what the editor's PositionMap gives, at every
    offset (inside a surrogate pair: the character's start)."""
    rng = random.Random(22)
    for _ in range(200):
        text = "".join(rng.choice("a😂é👩\n") for _ in range(rng.randrange(0, 30)))
        reference, index = PositionMap.for_text(text), Utf16Index.of(text)
        assert index.length == reference.utf16_length
        assert [index.to_cp(u) for u in range(index.length + 1)] == [
            reference.from_utf16(u) for u in range(index.length + 1)]  # fmt: skip
