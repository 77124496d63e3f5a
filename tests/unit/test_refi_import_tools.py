"""Importing what other tools write: NVivo (UTF-16 positions, CR LF, BOM), ATLAS.ti and
MAXQDA (a line break counted once), QualCoder (code points), and their quirks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from ikt_desktop.domain.exchange.position_units import (
    PositionUnit,
    SourceText,
    choose_unit,
    unit_for_origin,
)
from ikt_desktop.domain.exchange.refi import fold, normalise_color, normalise_guid, unfold
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.refi import content, make_qdpx, project_xml, utf16_offset, validate_qdpx

G = "{:08d}-0000-4000-8000-{:012d}"  # readable fake GUIDs: G.format(kind, n)
RAW = ("\ufeffInterviewer: How did it start?\r\n\r\nP1: With trust 👍 and café talks.\r\n"
       "\r\nInterviewer: And then?\r\n\r\nP1: Fatigue 😂 was hard, really hard.\r\n")  # fmt: skip
PHRASES = ("trust", "café talks", "Fatigue", "really hard")


def guid(kind: int, n: int) -> str:
    return G.format(kind, n)


def _raw_positions(raw: str, phrase: str, unit: PositionUnit) -> tuple[int, int]:
    body = raw.lstrip("\ufeff")
    start = body.index(phrase)
    end = start + len(phrase)
    if unit is PositionUnit.UTF16:
        return utf16_offset(body, start), utf16_offset(body, end)
    if unit is PositionUnit.LINE_BREAK_AS_ONE:
        return start - body[:start].count("\r\n"), end - body[:end].count("\r\n")
    if unit is PositionUnit.UTF16_LINE_BREAK_AS_ONE:
        lf = body.replace("\r\n", "\n")
        start, end = start - body[:start].count("\r\n"), end - body[:end].count("\r\n")
        return utf16_offset(lf, start), utf16_offset(lf, end)
    return start, end


def _tool_project(origin: str, unit: PositionUnit, *, folder: str = "sources",
                  path_attr: str | None = None, extra: str = "") -> tuple[str, dict[str, bytes]]:  # fmt: skip
    codes = "".join(
        f'<Code guid="{guid(1, k)}" name="{p.title()}" isCodable="true" color="#ff0000"/>'
        for k, p in enumerate(PHRASES)
    )
    selections = ""
    for k, phrase in enumerate(PHRASES):
        start, end = _raw_positions(RAW, phrase, unit)
        selections += (
            f'<PlainTextSelection guid="{guid(2, k)}" startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{guid(9, 1)}">'
            f'<Coding guid="{guid(3, k)}" creatingUser="{guid(9, 1)}" '
            f'creationDateTime="2024-05-01T10:00:00+02:00"><CodeRef targetGUID="{guid(1, k)}"/>'
            "</Coding></PlainTextSelection>"
        )
    reference = path_attr or f"internal://{guid(4, 1)}.txt"
    body = (
        f'<Users><User guid="{guid(9, 1)}" name="Ana Tool"/></Users>'
        f"<CodeBook><Codes>{codes}</Codes></CodeBook>"
        f'<Sources><TextSource guid="{guid(4, 1)}" name="Interview 1" plainTextPath="{reference}">'
        f"{selections}</TextSource></Sources>{extra}"
    )
    files = {f"{folder}/{guid(4, 1)}.txt": RAW.encode("utf-8")}
    return project_xml(body, origin), files


def _coded_phrases(p: Project) -> dict[str, str]:
    names = {c.id: c.name for c in p.codebook.all()}
    source = p.sources.all()[0].id
    text = p.sources.text(source)
    return {names[c.code_id]: text[c.start : c.end] for c in p.codings.for_source(source)}


EXPECTED = {p.title(): p for p in PHRASES}


@pytest.mark.parametrize(
    ("origin", "unit"),
    [
        ("NVivo 14", PositionUnit.UTF16),
        ("ATLAS.ti 23.1", PositionUnit.LINE_BREAK_AS_ONE),
        ("MAXQDA 2022", PositionUnit.LINE_BREAK_AS_ONE),
        ("QualCoder 3.5", PositionUnit.UTF16),  # its coding view counts Qt's UTF-16 units
        ("qc 0.9", PositionUnit.CODE_POINTS),
        ("QualCoder 3.5", PositionUnit.UTF16_LINE_BREAK_AS_ONE),  # "MAXQDA line endings"
    ],
)
def test_each_tool_positions_land_on_the_same_words(
    tmp_path: Path, origin: str, unit: PositionUnit
) -> None:
    qde, files = _tool_project(origin, unit)
    make_qdpx(tmp_path / "in.qdpx", qde, files)
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        assert summary.unit == str(unit)
        said = "confirmed" if unit is unit_for_origin(origin) else f"data fit {unit} better"
        assert said in summary.unit_reason
        assert _coded_phrases(p) == EXPECTED
        text = p.sources.text(p.sources.all()[0].id)
        assert "\r" not in text and not text.startswith("\ufeff")
        assert [c.name for c in p.coders.all()] == ["Ana Tool"]
        # and onwards: our export of it reads back the same
        p.exchange.export_qdpx(tmp_path / "again.qdpx")
        validate_qdpx(tmp_path / "again.qdpx")
        again, _ = import_qdpx(tmp_path / "again.qdpx", tmp_path / "again.ikt")
        with again:
            assert content(again) == content(p)


def test_the_data_overrule_a_tool_that_did_not_count_as_expected(tmp_path: Path) -> None:
    qde, files = _tool_project("NVivo 15", PositionUnit.CODE_POINTS)
    make_qdpx(tmp_path / "in.qdpx", qde, files)
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        assert summary.unit == str(PositionUnit.CODE_POINTS), summary.unit_reason
        assert _coded_phrases(p) == EXPECTED


def test_the_data_decide_for_an_unknown_origin(tmp_path: Path) -> None:
    qde, files = _tool_project("SomeTool 1.0", PositionUnit.UTF16)
    make_qdpx(tmp_path / "in.qdpx", qde, files)
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        assert summary.unit == str(PositionUnit.UTF16)
        assert "not known" in summary.unit_reason and "fit" in summary.unit_reason
        assert _coded_phrases(p) == EXPECTED


def test_quirks_of_real_files(tmp_path: Path) -> None:
    """Sources/ folder, another .qde name, a path without internal://, GUIDs in braces,
    odd colours, empty containers, unknown elements, the same range once per code,
    notes on a coded segment, another codebook namespace inside."""
    body = (
        f'<Users><User guid="{{{guid(9, 1).upper()}}}" name="Kai"/></Users>'
        "<CodeBook><Codes>"
        f'<Code guid="{guid(1, 1)}" name="Short" isCodable="true" color="#abc"/>'
        f'<Code guid="{guid(1, 2)}" name="Named" isCodable="true" color="red">'
        f'<Code guid="{guid(1, 3)}" name="Plain" isCodable="true"/></Code>'
        f'<Code guid="{guid(1, 4)}" name="Odd" isCodable="true" color="not-a-colour"/>'
        "</Codes></CodeBook><Variables/><Cases></Cases>"
        f'<Sources><TextSource guid="{guid(4, 1)}" name="Doc" plainTextPath="C:\\data\\doc.txt">'
        f'<PlainTextSelection guid="{guid(2, 1)}" startPosition="0" endPosition="5">'
        f'<Coding guid="{guid(3, 1)}" creatingUser="{guid(9, 1)}"><CodeRef targetGUID="{guid(1, 1)}"/></Coding>'
        f'<NoteRef targetGUID="{guid(5, 1)}"/></PlainTextSelection>'
        f'<PlainTextSelection guid="{guid(2, 2)}" startPosition="0" endPosition="5">'
        f'<Coding guid="{guid(3, 2)}" creatingUser="{guid(9, 1)}"><CodeRef targetGUID="{guid(1, 3)}"/></Coding>'
        "</PlainTextSelection><Fancy/></TextSource>"
        f'<PictureSource guid="{guid(4, 2)}" name="Photo"/></Sources>'
        f'<Notes><Note guid="{guid(5, 1)}" name="Segment note"><PlainTextContent>Look!</PlainTextContent></Note>'
        f'<Note guid="{guid(5, 2)}" name="Free memo"><PlainTextContent>Idea.</PlainTextContent></Note></Notes>'
        '<Links/><Graphs><Graph guid="' + guid(6, 1) + '"/></Graphs><VendorStuff a="1"/>'
    )
    files = {"Sources/doc.txt": "Hello world\r\n".encode("utf-8-sig")}
    make_qdpx(tmp_path / "in.qdpx", project_xml(body, "Tool X"), files, qde_name="Export.qde")
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        colours = {c.name: c.color for c in p.codebook.all()}
        assert colours["Short"] == "#AABBCC" and colours["Named"] == "#FF0000"
        assert colours["Plain"] == "#FF0000"  # no colour: its parent's
        assert colours["Odd"].startswith("#")
        assert p.coders.all()[0].guid == guid(9, 1)
        codings = p.codings.for_source(p.sources.all()[0].id)
        assert sorted((c.start, c.end) for c in codings) == [(0, 5), (0, 5)]
        assert {c.memo for c in codings} == {"Look!", ""}
        journal = p.memos.for_target("project")
        assert [m.text for m in journal] == ["Idea."]
        assert p.sources.text(p.sources.all()[0].id) == "Hello world\n"
    text = "\n".join(summary.converted + summary.skipped)
    for expected in ("Export.qde", "internal://", "'#abc' read as #AABBCC", "'not-a-colour'",
                     "<VendorStuff>", "graph", "pictures", "<Fancy>"):  # fmt: skip
        assert expected in text, (expected, text)


def test_codebook_from_another_tool(project: Project, tmp_path: Path) -> None:
    qdc = tmp_path / "tool.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1:5" origin="MAXQDA 2024"><Codes>'
        f'<Code guid="{{{guid(1, 1).upper()}}}" name="Trust" isCodable="true" color="#0f0">'
        "<Description>Means trust.\n\nExample: “I trust them”</Description>"
        f'<Code guid="{guid(1, 2)}" name="Distrust / doubt" isCodable="false"/></Code>'
        f'<Code guid="{guid(1, 3)}" name="Trust" isCodable="true"/>'
        f'</Codes><Sets><Set guid="{guid(6, 1)}" name="Core"><MemberCode guid="{guid(1, 1)}"/>'
        "</Set></Sets></CodeBook>",
        encoding="utf-8",
    )
    added = project.exchange.add_codebook(qdc).value
    codes = {c.guid: c for c in project.codebook.all()}
    trust = codes[guid(1, 1)]
    assert (trust.color, trust.definition, trust.example) == ("#00FF00", "Means trust.",
                                                             "“I trust them”")  # fmt: skip
    assert codes[guid(1, 2)].name == "Distrust ∕ doubt" and codes[guid(1, 2)].parent_id == trust.id
    assert codes[guid(1, 3)].name == "Trust (2)"
    assert len(added.codes) == 3
    notes = "\n".join(added.summary.converted + added.summary.skipped)
    assert "same name at the same level" in notes and "set(s)" in notes and "∕" in notes


def _docx(paragraphs: list[str]) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_empty_plain_text_takes_the_docx(tmp_path: Path) -> None:
    paragraphs = ["Interviewer: Hello?", "P2: Zoë here — with trust 👍."]
    text = "\n".join(paragraphs)
    start = text.index("trust")
    body = (
        f'<CodeBook><Codes><Code guid="{guid(1, 1)}" name="Trust" isCodable="true"/></Codes></CodeBook>'
        f'<Sources><TextSource guid="{guid(4, 1)}" name="Zoë" plainTextPath="internal://{guid(4, 1)}.txt" '
        f'richTextPath="internal://{guid(4, 1)}.docx">'
        f'<PlainTextSelection guid="{guid(2, 1)}" startPosition="{start}" endPosition="{start + 5}">'
        f'<Coding guid="{guid(3, 1)}"><CodeRef targetGUID="{guid(1, 1)}"/></Coding></PlainTextSelection>'
        "</TextSource></Sources>"
    )
    files = {f"sources/{guid(4, 1)}.txt": b"", f"sources/{guid(4, 1)}.docx": _docx(paragraphs)}
    make_qdpx(tmp_path / "in.qdpx", project_xml(body, "QualCoder 3.4"), files)
    p, summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        assert p.sources.text(p.sources.all()[0].id) == text
        assert _coded_phrases(p) == {"Trust": "trust"}
        assert [c.name for c in p.coders.all()] == ["Unknown coder (imported)"]
    assert any(".docx" in line for line in summary.converted)


def test_cases_variables_and_links(tmp_path: Path) -> None:
    body = (
        f'<Users><User guid="{guid(9, 1)}" name="Kai"/></Users>'
        f'<Variables><Variable guid="{guid(7, 1)}" name="Age" typeOfVariable="Integer"/>'
        f'<Variable guid="{guid(7, 2)}" name="Smoker" typeOfVariable="Boolean"/>'
        f'<Variable guid="{guid(7, 3)}" name="Seen" typeOfVariable="DateTime"/>'
        f'<Variable guid="{guid(7, 4)}" name="Role" typeOfVariable="Text"/></Variables>'
        f'<Cases><Case guid="{guid(8, 1)}" name="Case A"><Description>Quiet.</Description>'
        f'<VariableValue><VariableRef targetGUID="{guid(7, 1)}"/><IntegerValue>42</IntegerValue></VariableValue>'
        f'<VariableValue><VariableRef targetGUID="{guid(7, 2)}"/><BooleanValue>true</BooleanValue></VariableValue>'
        f'<VariableValue><VariableRef targetGUID="{guid(7, 3)}"/><DateTimeValue>2024-01-02T03:04:05Z</DateTimeValue></VariableValue>'
        f'<VariableValue><VariableRef targetGUID="{guid(7, 4)}"/><TextValue>carer</TextValue></VariableValue>'
        f'<SourceRef targetGUID="{guid(4, 1)}"/></Case></Cases>'
        f'<Sources><TextSource guid="{guid(4, 1)}" name="A"><PlainTextContent>Some text.</PlainTextContent>'
        "</TextSource></Sources>"
        f'<Notes><Note guid="{guid(5, 1)}" name="On A" creatingUser="{guid(9, 1)}"><PlainTextContent>Memo A</PlainTextContent></Note></Notes>'
        f'<Links><Link guid="{guid(6, 1)}" originGUID="{guid(5, 1)}" targetGUID="{guid(8, 1)}"/></Links>'
    )
    make_qdpx(tmp_path / "in.qdpx", project_xml(body, "MAXQDA 24"))
    p, _summary = import_qdpx(tmp_path / "in.qdpx", tmp_path / "out.ikt")
    with p:
        person = p.participants.all()[0]
        assert (person.label, person.role, person.notes) == ("Case A", "carer", "Quiet.")
        assert dict(person.attributes) == {"Age": "42", "Smoker": "Yes",
                                           "Seen": "2024-01-02T03:04:05Z"}  # fmt: skip
        types = {a.name: a.type for a in p.participants.attributes()}
        assert types == {"Age": "number", "Smoker": "choice", "Seen": "text"}
        assert p.sources.all()[0].participant_label == "Case A"
        memo = p.memos.for_target("participant", person.id)[0]
        assert (memo.title, memo.text) == ("On A", "Memo A")
        assert memo.author_id == p.coders.all()[0].id


# -- pure rules ---------------------------------------------------------------------------


def test_source_text_maps_every_unit() -> None:
    raw = "\ufeffa👍b\r\nc\u0065\u0301d\r\ne"
    text = SourceText.of(raw)
    assert text.text == "a👍b\ncéd\ne"
    assert text.convert(3, PositionUnit.CODE_POINTS) == 3  # after b
    assert text.convert(4, PositionUnit.UTF16) == 3
    assert text.convert(4, PositionUnit.LINE_BREAK_AS_ONE) == 4  # the c
    assert text.convert(5, PositionUnit.CODE_POINTS) == 4
    assert text.convert(len(raw) - 1, PositionUnit.CODE_POINTS) == len(text.text)
    assert text.convert(99, PositionUnit.CODE_POINTS) is None
    assert text.convert(-1, PositionUnit.UTF16) is None


def test_choose_unit_keeps_the_origin_when_texts_agree() -> None:
    plain = SourceText.of("plain text only\n")
    unit, reason = choose_unit("NVivo 12", [(plain, 0, 5)])
    assert unit is PositionUnit.UTF16 and "read the same" in reason


def test_guids_colours_and_descriptions() -> None:
    assert normalise_guid("{ABCDEF01-2345-6789-ABCD-EF0123456789}") == (
        "abcdef01-2345-6789-abcd-ef0123456789")  # fmt: skip
    assert normalise_guid("nope") is None
    assert [
        normalise_color(c)
        for c in ("#abc", "ABCDEF", "#FF112233", "Teal", "rgb(1,2,3)", "", None, "#12")
    ] == ["#AABBCC", "#ABCDEF", "#112233", "#008080", "#010203", None, None, None]
    parts = [("Inclusion", "when A"), ("Exclusion", ""), ("Example", "“B”\n\nmore")]
    folded = fold("Means X.", parts)
    assert folded == "Means X.\n\nInclusion: when A\n\nExample: “B”\n\nmore"
    assert unfold(folded, ("Inclusion", "Exclusion", "Example")) == (
        "Means X.", {"Inclusion": "when A", "Example": "“B”\n\nmore"})  # fmt: skip
    assert unfold("Example: a\n\nInclusion: b", ("Inclusion", "Example"))[1] == {}
