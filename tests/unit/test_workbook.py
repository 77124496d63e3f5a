"""The Excel workbook export: written from a project, read back with openpyxl (no Qt)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ikt_desktop.domain.attributes import typed_value
from ikt_desktop.domain.errors import Cancelled, UnwritableFileError, ValidationError
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.exporters.workbook import (
    MATRIX,
    NO_PARTICIPANT,
    SHEETS,
    AttributeColumn,
    Person,
    QuoteRow,
    WorkbookData,
    write_workbook,
)
from ikt_desktop.exporters.xlsx import CELL_LIMIT, Column, Workbook, clean_text
from ikt_desktop.services.project import Project
from tests.helpers import ESTIMATED, add_estimated_source, add_source, add_timed_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

HEADERS = {
    "Codebook": ["Code", "Definition", "Inclusion", "Exclusion", "Example", "Codings",
                 "Sources", "Participants", "Kind"],
    "Quotes": ["Quote", "Source", "Participant", "Role", "Stakeholder group", "Years involved",
               "Joined", "Code", "Themes", "Pinned to", "In report", "Coder", "Memo", "Start",
               "End", "Time from", "Time to", "Times estimated"],
    "Themes": ["Theme", "Sub-theme", "Status", "Definition", "Codes", "iKT panel member (of 5)",
               "extended collaborator (of 3)"],
    "Participants": ["Label", "Pseudonym", "Role", "Stakeholder group", "Years involved",
                     "Joined"],
}  # fmt: skip


def rows(ws: Any, first: int = 2) -> list[dict[str, Any]]:
    header = [c.value for c in ws[1]]
    return [
        dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=first, values_only=True)
    ]


@pytest.fixture
def book(demo: Project, tmp_path: Path) -> Any:
    summary = demo.workbook.write(tmp_path / "demo.xlsx")
    assert summary.path == tmp_path / "demo.xlsx"
    assert summary.quotes == 159
    return openpyxl.load_workbook(summary.path)


def test_sheets_headers_frozen_rows_and_filters(book: Any) -> None:
    assert book.sheetnames == list(SHEETS)
    for name, header in HEADERS.items():
        ws = book[name]
        assert [c.value for c in ws[1]] == header
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{ws.max_row}"
    matrix = book[MATRIX]
    assert matrix.freeze_panes == "C3"
    assert matrix.auto_filter.ref == f"A2:K{matrix.max_row - 1}"  # the total row is outside
    assert book["Quotes"].column_dimensions["A"].width == 80
    assert book["Quotes"]["A2"].alignment.wrap_text


def test_codebook_sheet_is_the_codebook(demo: Project, book: Any) -> None:
    paths = demo.codebook.paths()
    expected = [
        (paths[c.id], c.definition, c.inclusion, c.exclusion, c.example, c.coding_count,
         c.source_count, c.participant_count, c.kind)
        for c in demo.codebook.all()
    ]  # fmt: skip
    got = [
        tuple(v or (0 if 5 <= i < 8 else "") for i, v in enumerate(r.values()))
        for r in rows(book["Codebook"])
    ]
    assert got == expected
    assert got[1][0] == "Defining iKT/Partnership from the start"


def test_quotes_are_the_coded_text_with_who_said_it(demo: Project, book: Any) -> None:
    quotes = rows(book["Quotes"])
    assert len(quotes) == 159
    texts = {s.name: demo.sources.text(s.id) for s in demo.sources.all()}
    for q in quotes:
        assert q["Quote"] == texts[q["Source"]][q["Start"] : q["End"]]
    # who said it: the same rule as the retrieval pane (segments)
    paths = demo.codebook.paths()
    segments = demo.segments.for_codes(list(paths))
    expected = Counter((s.source_name, s.coding.start, s.coding.end, paths[s.coding.code_id],
                        s.participant_label or None, s.participant_role or None) for s in segments)  # fmt: skip
    got = Counter((q["Source"], q["Start"], q["End"], q["Code"], q["Participant"], q["Role"]) for q in quotes)  # fmt: skip
    assert got == expected
    coders = {c.name for c in demo.coders.all()}
    assert {q["Coder"] for q in quotes} <= coders and len({q["Coder"] for q in quotes}) == 2


def test_attribute_cells_are_typed(demo: Project, book: Any) -> None:
    quote = rows(book["Quotes"])[0]
    assert quote["Participant"] == "P1"
    assert quote["Stakeholder group"] == "person with MS"
    assert quote["Years involved"] == 6 and isinstance(quote["Years involved"], int)
    assert quote["Joined"] == dt.datetime(2019, 2, 1)
    assert book["Quotes"]["G2"].number_format == "yyyy-mm-dd"
    people = {r["Label"]: r for r in rows(book["Participants"])}
    assert list(people) == [f"P{i}" for i in range(1, 9)]
    assert people["P1"]["Pseudonym"] == "Zoë Bélanger"
    assert people["P2"]["Joined"] == dt.datetime(2021, 1, 15)


def test_themes_of_a_quote(demo: Project, book: Any) -> None:
    paths = demo.codebook.paths()
    themes = {t.id: t for t in demo.themes.all()}
    expected: dict[str, set[str]] = {}
    for t in themes.values():
        name = t.name if t.parent_id is None else f"{themes[t.parent_id].name}/{t.name}"
        for code in t.code_ids:
            expected.setdefault(paths[code], set()).add(name)
    for q in rows(book["Quotes"]):
        assert set((q["Themes"] or "").split("; ")) - {""} == expected.get(q["Code"], set())


def test_matrix_counts_add_up_to_the_codings(demo: Project, book: Any) -> None:
    ws = book[MATRIX]
    labels = [c.value for c in ws[1]]
    assert labels[:2] == ["Theme", "Participant"] and labels[-1] == "Total"
    assert labels[2:-1] == [f"P{i}" for i in range(1, 9)]  # every coding has a participant
    roles = [c.value for c in ws[2]]
    assert roles[:3] == ["Theme", "Code", "iKT panel member"]
    assert roles[9] == "extended collaborator"
    paths = demo.codebook.paths()
    codes = {paths[c.id]: c for c in demo.codebook.all()}
    body = list(ws.iter_rows(min_row=3, values_only=True))
    # grouped by theme in board order, each theme's codes in its order
    themes = demo.themes.all()
    name = {t.id: t.name for t in themes}
    expected = [
        ("/".join([name[t.parent_id], t.name]) if t.parent_id else t.name, paths[c])
        for t in themes
        for c in t.code_ids
    ]
    assert [(r[0], r[1]) for r in body[: len(expected)]] == expected
    for row in body[:-1]:
        code = codes[row[1]]
        assert row[-1] == code.coding_count == sum(row[2:-1])
        assert sum(1 for n in row[2:-1] if n) == code.participant_count
    assert body[-1][0] == "Total" and body[-1][-1] == 159  # each coding once
    unique = {r[1]: r for r in body[:-1]}
    assert list(body[-1][2:-1]) == [sum(r[i] for r in unique.values()) for i in range(2, 10)]
    (scale,) = ws.conditional_formatting
    assert str(scale.sqref) == f"C3:J{len(body) + 1}"
    assert scale.rules[0].type == "colorScale"


def test_themes_sheet_follows_the_board_and_prevalence(demo: Project, book: Any) -> None:
    themes = demo.themes.all()
    by_id = {t.id: t for t in themes}
    paths = demo.codebook.paths()
    got = rows(book["Themes"])
    assert len(got) == len(themes) == 6
    for t, row in zip(themes, got, strict=True):
        top = t if t.parent_id is None else by_id[t.parent_id]
        assert (row["Theme"], row["Sub-theme"]) == (top.name, None if top is t else t.name)
        assert row["Status"] == t.status
        assert row["Codes"] == ("; ".join(paths[c] for c in t.code_ids) or None)
        prevalence = demo.themes.prevalence(t.id)
        assert row["iKT panel member (of 5)"] == prevalence["iKT panel member"][0]
        assert row["extended collaborator (of 3)"] == prevalence["extended collaborator"][0]
    assert got[0]["iKT panel member (of 5)"] == 5  # numbers, in the project's role order


def test_pseudonyms_instead_of_labels(demo: Project, tmp_path: Path) -> None:
    path = demo.workbook.write(tmp_path / "p.xlsx", labels="pseudonym").path
    book = openpyxl.load_workbook(path)
    assert rows(book["Quotes"])[0]["Participant"] == "Zoë Bélanger"
    assert [c.value for c in book[MATRIX][1]][2] == "Zoë Bélanger"
    assert rows(book["Participants"])[0]["Label"] == "P1"  # the key keeps both
    with pytest.raises(ValidationError):
        demo.workbook.write(tmp_path / "x.xlsx", labels="name")


def test_quote_times_come_from_turn_times_interpolated_inside_a_turn(
    project: Project, tmp_path: Path
) -> None:
    project.participants.add("P3", role="iKT panel member")
    text = "I: What changed?\n\nP3: Everything about how we plan the trials changed."
    answer = text.index("Everything")
    turns = (DraftTurn("I", 0, 16, 60_000, 64_000),
             DraftTurn("P3", 18, len(text), 724_000, 734_000))  # fmt: skip
    mapping = {"I": SpeakerMapping(is_interviewer=True), "P3": SpeakerMapping("P3")}
    draft = DraftTranscript("E03", text, turns)
    timed = project.sources.add_transcript(draft, mapping, participant_label="P3").value.id
    untimed = add_source(project, "P1")  # no times in the file
    code = project.codebook.create("Planning").value.id
    project.codings.apply(timed, code, answer, len(text))
    project.codings.apply(timed, code, 3, 16)  # the question, in the first turn
    project.codings.apply(untimed, code, 26, 40)
    book = openpyxl.load_workbook(project.workbook.write(tmp_path / "t.xlsx").path)
    got = {(q["Source"], q["Start"]): q for q in rows(book["Quotes"])}
    length = len(text) - 18  # the turn's characters share its ten seconds
    start = 724_000 + round(10_000 * (answer - 18) / length)
    said = got["E03", answer]
    assert said["Time from"] == dt.timedelta(milliseconds=start)
    assert said["Time to"] == dt.timedelta(milliseconds=734_000)
    asked = got["E03", 3]
    assert asked["Time from"] == dt.timedelta(milliseconds=60_000 + round(4_000 * 3 / 16))
    assert asked["Time to"] == dt.timedelta(milliseconds=64_000)
    assert (got["P1 interview", 26]["Time from"], got["P1 interview", 26]["Time to"]) == (
        None, None)  # fmt: skip
    header = [c.value for c in book["Quotes"][1]]
    cell = book["Quotes"].cell(
        2 + sorted(got).index(("E03", answer)), header.index("Time from") + 1
    )
    assert cell.number_format == "[h]:mm:ss"  # shown as 0:12:04 and sortable as a time


def test_times_estimated_between_turns_timed_from_the_playhead_are_marked(
    project: Project, tmp_path: Path
) -> None:
    guessed = add_estimated_source(project)  # 0:01:00 and 0:02:00 heard, the answer spread
    heard = add_timed_source(project)  # times from the file (a VTT)
    untimed = add_source(project)
    code = project.codebook.create("Planning").value.id
    answer = ESTIMATED.index("Slowly")
    last = ESTIMATED.index("And then")
    for source, start, end in ((guessed, answer, answer + 6), (guessed, last, last + 8),
                               (heard, 50, 60), (untimed, 26, 40)):  # fmt: skip
        project.codings.apply(source, code, start, end)
    book = openpyxl.load_workbook(project.workbook.write(tmp_path / "e.xlsx").path)
    got = {(q["Source"], q["Start"]): q for q in rows(book["Quotes"])}
    said = got["E04", answer]
    assert said["Times estimated"] == "Yes"
    assert dt.timedelta(minutes=1) < said["Time from"] < dt.timedelta(minutes=2)
    assert got["E04", last]["Times estimated"] == "No"  # the question timed by ear
    assert got["E04", last]["Time from"] == dt.timedelta(minutes=2)
    assert got["E03", 50]["Times estimated"] == "No"
    assert got["P1 interview", 26]["Times estimated"] is None  # no times at all
    readme = " ".join(str(c.value) for row in book["README"].iter_rows() for c in row)
    assert "“Times estimated” is Yes where those times are approximate" in readme
    french = openpyxl.load_workbook(project.workbook.write(tmp_path / "f.xlsx", language="fr").path)
    by_start = {(q["Source"], q["Début"]): q for q in rows(french["Verbatims"])}
    assert by_start["E04", answer]["Temps estimés"] == "Oui"
    assert by_start["E03", 50]["Temps estimés"] == "Non"


def test_interviewer_turns_and_sources_without_speakers(project: Project, tmp_path: Path) -> None:
    source = add_source(project, "P1")  # "I: Why did you join?\n\nP1: Because of my MS 👍, ..."
    project.participants.add("P2", role="extended collaborator")
    text = "A memo-like document written by P2 alone."
    draft = DraftTranscript("P2 notes", text)
    document = project.sources.add_transcript(draft, {}, participant_label="P2").value.id
    code = project.codebook.create("Motivation 🚀").value.id
    project.codings.apply(source, code, 3, 20)  # the interviewer's question
    project.codings.apply(source, code, 26, 40, memo='=HYPERLINK("http://x")\x07')
    project.codings.apply(document, code, 0, 10)
    book = openpyxl.load_workbook(project.workbook.write(tmp_path / "w.xlsx").path)
    got = {(q["Source"], q["Start"]): q for q in rows(book["Quotes"])}
    asked = got["P1 interview", 3]
    assert asked["Quote"] == "Why did you join?"
    assert (asked["Participant"], asked["Role"]) == (None, None)
    answer = got["P1 interview", 26]
    assert (answer["Participant"], answer["Role"]) == ("P1", "iKT panel member")
    assert answer["Quote"] == "Because of my " and answer["Code"] == "Motivation 🚀"
    assert answer["Memo"] == '=HYPERLINK("http://x")'  # text, not a formula; \x07 dropped
    assert book["Quotes"].cell(3, 10).value == '=HYPERLINK("http://x")'
    assert book["Quotes"].cell(3, 10).data_type == "s"
    assert got["P2 notes", 0]["Participant"] == "P2"
    header = [c.value for c in book[MATRIX][1]]
    assert header == ["Theme", "Participant", "P1", "P2", NO_PARTICIPANT, "Total"]
    assert list(book[MATRIX].iter_rows(min_row=3, max_row=3, values_only=True)) == [
        ("(no theme)", "Motivation 🚀", 1, 1, 1, 3)
    ]
    codebook = rows(book["Codebook"])[0]
    assert (codebook["Codings"], codebook["Sources"], codebook["Participants"]) == (3, 2, 2)


def person(name: str = "P1", values: tuple[Any, ...] = ()) -> Person:
    return Person(name, name, "", "panel", values)


def data(quotes: list[QuoteRow], **changes: Any) -> WorkbookData:
    fields: dict[str, Any] = dict(
        title="T", attributes=[], people=[person()], codebook=[], quotes=iter(quotes),
        quote_count=len(quotes), matrix_columns=[person()], matrix=[], themes=[],
    )  # fmt: skip
    fields.update(changes)
    return WorkbookData(**fields)


def quote(text: str, memo: str = "") -> QuoteRow:
    return QuoteRow(text, "S", person(), "Code", "", "Coder", memo, 0, len(text))


def test_text_survives_or_is_made_safe(tmp_path: Path) -> None:
    long = "👍" + "a" * 40_000
    texts = [
        "Zoë 👍🏽 café — 患者参与，真的很重要。",
        "مشاركة المرضى مهمة جدًا",  # Arabic (right to left)
        "השתתפות מטופלים חשובה",  # Hebrew
        "=1+1",
        "=cmd|' /C calc'!A0",
        "#N/A",
        "-2+3",
        "bad\x00\x01\x08\x0b\x1f\ufffe control",
        "  leading and trailing spaces  ",
        'a & b < c > d "quoted"',
        long,
    ]
    write_workbook(tmp_path / "t.xlsx", data([quote(t, memo=t) for t in texts]))
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["Quotes"]
    got = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert got[:3] == texts[:3]
    assert got[3:7] == texts[3:7]
    assert all(ws.cell(r, 1).data_type == "s" for r in range(5, 9))  # never a formula or error
    assert got[7] == "bad control"
    assert got[8:10] == texts[8:10]
    assert got[10].startswith("👍aaa") and got[10].endswith(
        "[… cut here: the full text has 40,001 characters]"
    )
    assert len(got[10].encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert [r[-6] for r in ws.iter_rows(min_row=2, values_only=True)][:3] == texts[:3]  # memos


def test_clean_text_cuts_at_excels_limit_without_splitting_a_character() -> None:
    assert clean_text("ok") == "ok"
    fits = "👍" * (CELL_LIMIT // 2)  # 32,766 UTF-16 units
    assert clean_text(fits) == fits
    cut = clean_text("👍" * CELL_LIMIT)
    assert len(cut.encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert "\ufffd" not in cut and cut.split(" [")[0] == "👍" * len(cut.split(" [")[0])


def test_excel_escapes_are_kept_as_typed(tmp_path: Path) -> None:
    write_workbook(tmp_path / "e.xlsx", data([quote("file_x0041_name")]))
    with zipfile.ZipFile(tmp_path / "e.xlsx") as z:
        assert "file_x005F_x0041_name" in z.read("xl/worksheets/sheet3.xml").decode()


def test_typed_values() -> None:
    assert typed_value("number", "6") == 6
    assert typed_value("number", "2.5") == 2.5
    assert typed_value("number", "inf") == "inf"
    assert typed_value("date", "2019-02-01") == dt.date(2019, 2, 1)
    assert typed_value("date", "not a date") == "not a date"
    assert typed_value("choice", "clinician") == "clinician"
    assert typed_value("text", "") is None


def test_cancel_leaves_no_file_and_keeps_an_existing_one(demo: Project, tmp_path: Path) -> None:
    def cancel(done: int, total: int, what: str) -> None:
        raise Cancelled("the export")

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.xlsx"
    with pytest.raises(Cancelled):
        demo.workbook.write(target, progress=cancel)
    assert list(folder.iterdir()) == []
    target.write_bytes(b"an earlier export")
    with pytest.raises(Cancelled):
        demo.workbook.write(target, progress=cancel)
    assert target.read_bytes() == b"an earlier export"
    assert list(folder.iterdir()) == [target]


def test_cancel_in_the_middle_of_the_quotes(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []

    def watch(done: int, total: int, what: str) -> None:
        calls.append((done, total, what))
        if done >= 2000:
            raise Cancelled("the export")

    quotes = [quote(f"quote {i}") for i in range(5000)]
    with pytest.raises(Cancelled):
        write_workbook(tmp_path / "big.xlsx", data(quotes), watch)
    assert [d for d, _, _ in calls] == [0, 1000, 2000]
    assert all(t == 5001 for _, t, _ in calls)
    assert not [p for p in tmp_path.iterdir() if p.name != "home"]


def test_progress_runs_to_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    counts = write_workbook(
        tmp_path / "w.xlsx", data([quote("q")] * 2500), lambda *a: calls.append(a)
    )
    assert counts["Quotes"] == 2500
    assert [c[0] for c in calls] == [0, 1000, 2000, 2500, 2501]
    assert calls[-1] == (2501, 2501, "Done")


def test_unwritable_target(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(UnwritableFileError):
        demo.workbook.write(tmp_path / "missing" / "out.xlsx")


def test_attribute_columns_from_hand_made_data(tmp_path: Path) -> None:
    attributes = [AttributeColumn("Years", "number"), AttributeColumn("Joined", "date")]
    p1 = person("P1", (3, dt.date(2020, 5, 17)))
    q = QuoteRow("text", "S", p1, "Code", "", "Coder", "", 0, 4)
    write_workbook(tmp_path / "a.xlsx", data([q], attributes=attributes, people=[p1]))
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["Quotes"]
    assert [c.value for c in ws[1]][4:6] == ["Years", "Joined"]
    assert [c.value for c in ws[2]][4:6] == [3, dt.datetime(2020, 5, 17)]


def test_more_quotes_than_an_excel_sheet_holds(tmp_path: Path) -> None:
    too_many = data([], quote_count=1_048_576)
    with pytest.raises(UnwritableFileError, match="do not fit on one Excel sheet"):
        write_workbook(tmp_path / "x.xlsx", too_many)
    assert not (tmp_path / "x.xlsx").exists()


def test_numbers_excel_cannot_hold_are_written_as_text(tmp_path: Path) -> None:
    with Workbook(tmp_path / "n.xlsx") as wb:
        sheet = wb.sheet("Numbers", [Column("n", 10)])
        sheet.header(["n"])
        for value in (float("nan"), float("inf"), 1.5, 3):
            sheet.row([value])
        wb.end_sheet(sheet)
    cells = [c.value for c in openpyxl.load_workbook(tmp_path / "n.xlsx")["Numbers"]["A"]]
    assert cells == ["n", "nan", "inf", 1.5, 3]


def test_quote_bank_marks_pinned_and_reported_quotes_and_prints_well(
    demo: Project, tmp_path: Path
) -> None:
    pinned = {c for t in demo.themes.all() for c in t.quote_ids}
    reported = frozenset(sorted(pinned)[:3])
    demo.workbook.write(tmp_path / "q.xlsx", in_report=reported)
    book = openpyxl.load_workbook(tmp_path / "q.xlsx")
    assert book.sheetnames[0] == "README"
    readme = {r[0]: r[1] for r in book["README"].iter_rows(min_row=3, values_only=True)}
    assert set(readme) == set(SHEETS)
    quotes = rows(book["Quotes"])
    assert sum(1 for q in quotes if q["Pinned to"]) == len(pinned)
    assert sum(1 for q in quotes if q["In report"] == "Yes") == 3
    ws = book["Quotes"]
    header = [c.value for c in ws[1]]
    first_pinned = next(i for i, q in enumerate(quotes, 2) if q["Pinned to"])
    for name in ("Code", "Themes", "Pinned to"):
        letter = openpyxl.utils.get_column_letter(header.index(name) + 1)
        assert ws[f"{letter}{first_pinned}"].alignment.wrap_text
    for sheet in book.worksheets:
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows in ("$1:$1", "$1:$2")
    assert book["Quotes"].page_setup.orientation == "landscape"
