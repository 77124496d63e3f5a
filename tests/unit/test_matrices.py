"""Matrices (issue 10): the service against hand-counted projects, the demo against the
theme prevalence, the Excel sheet read back with openpyxl, the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from ikt_desktop.cli import main as cli
from ikt_desktop.db.models import Code
from ikt_desktop.domain.analysis.matrices import MatrixSpec
from ikt_desktop.domain.coding.intervals import overlap_pairs
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.coding import codings
from ikt_desktop.services.project import Project
from tests.engines import address
from tests.helpers import TEXT, add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

# TEXT: "I: Why did you join?\n\nP1: Because of my MS 👍, and to give back to people like me."
ANSWER = TEXT.index("Because")
GIVE = TEXT.index("give back")
MS = TEXT.index("MS 👍")


@pytest.fixture
def coded(project: Project) -> Project:
    """P1, P2 (panel) and P3 (collaborator), one source each; a parent code with a child;
    known codings, one of them in the interviewer's turn (nobody's)."""
    p = project
    for label in ("P1", "P2", "P3"):
        add_source(p, label)
    p.participants.update(p.participants.all()[2].id, role="extended collaborator")
    sources = [s.id for s in p.sources.all()]
    parent = p.codebook.create("Motivations").value.id
    child = p.codebook.create("Giving back 👍", parent).value.id
    other = p.codebook.create("Illness 多发性硬化").value.id
    p.codings.apply(sources[0], child, GIVE, GIVE + 9)  # "give back": 2 words
    p.codings.apply(sources[0], other, MS, MS + 4)  # "MS 👍": 1 word (the emoji is not one)
    p.codings.apply(sources[0], parent, ANSWER, len(TEXT))  # overlaps both
    p.codings.apply(sources[1], child, GIVE, GIVE + 9)
    p.codings.apply(sources[2], other, 3, 10)  # the interviewer's turn: nobody's
    p.codings.apply(sources[2], child, ANSWER, ANSWER + 7)  # "Because": 1 word
    return p


def _cells(p: Project, spec: MatrixSpec) -> dict[tuple[str, str], int]:
    m = p.matrices.matrix(spec)
    return {
        (r.label, c.label): m.cells[i][j]
        for i, r in enumerate(m.rows)
        for j, c in enumerate(m.columns)
    }


def test_code_by_participant_measures(coded: Project) -> None:
    m = coded.matrices.matrix(MatrixSpec())
    assert [r.label for r in m.rows] == ["Motivations", "Giving back 👍", "Illness 多发性硬化"]
    assert [r.depth for r in m.rows] == [0, 1, 0]
    assert [(c.label, c.group) for c in m.columns] == [
        ("P1", "iKT panel member"), ("P2", "iKT panel member"), ("P3", "extended collaborator"),
    ]  # fmt: skip
    assert m.cells == ((1, 0, 0), (1, 1, 1), (1, 0, 0))  # the interviewer's coding is nobody's
    words = _cells(coded, MatrixSpec(measure="words"))
    assert words[("Giving back 👍", "P1")] == 2
    assert words[("Giving back 👍", "P3")] == 1
    assert words[("Illness 多发性硬化", "P1")] == 1
    rolled = coded.matrices.matrix(MatrixSpec(rollup=True, measure="participants"))
    assert rolled.cells[0] == (1, 1, 1)  # Motivations with its sub-code
    assert rolled.rows[0].code_ids == (rolled.rows[0].id, rolled.rows[1].id)


def test_code_by_role_and_attribute(coded: Project) -> None:
    by_role = coded.matrices.matrix(MatrixSpec("role", "participants"))
    assert [c.label for c in by_role.columns] == ["iKT panel member", "extended collaborator"]
    assert by_role.cells[1] == (2, 1)
    group = coded.participants.define_attribute("Group", "choice", ["MS", "Clinician"]).value
    people = coded.participants.all()
    coded.participants.set_value(people[0].id, group.id, "Clinician")
    coded.participants.set_value(people[1].id, group.id, "Clinician")
    cells = _cells(coded, MatrixSpec("Group", "codings"))
    assert [c.label for c in coded.matrices.matrix(MatrixSpec("Group")).columns] == [
        "Clinician",
        "(no value)",
    ]  # fmt: skip  (no one has "MS": no empty column)
    assert cells[("Giving back 👍", "Clinician")] == 2
    assert cells[("Giving back 👍", "(no value)")] == 1
    with pytest.raises(ValidationError, match="no participant attribute named 'Nope'"):
        coded.matrices.matrix(MatrixSpec("Nope"))


def test_co_occurrence_is_symmetric_with_codings_on_the_diagonal(coded: Project) -> None:
    m = coded.matrices.matrix(MatrixSpec("code"))
    assert [c.label for c in m.columns] == [r.label for r in m.rows]
    assert m.cells == ((1, 1, 1), (1, 3, 0), (1, 0, 2))
    assert m.heat_maximum() == 1
    behind = coded.matrices.cell_segments(m, 0, 1)  # Motivations x Giving back
    assert [s.quote for s in behind] == [TEXT[ANSWER:], "give back"]
    assert len(coded.matrices.cell_segments(m, 1, 1)) == 3
    with pytest.raises(ValidationError):
        MatrixSpec("code", "words")
    with pytest.raises(ValidationError, match="sub-codes roll up only"):
        MatrixSpec("code", rollup=True)  # refused, not silently ignored
    with pytest.raises(ValidationError, match="sub-codes roll up only"):
        MatrixSpec("role", themes=True, rollup=True)


def test_co_occurrence_by_table_scan_equals_by_index(
    coded: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [r.id for r in coded.matrices.matrix(MatrixSpec()).rows]
    by_index = coded.codings.co_occurrence(ids)
    monkeypatch.setattr(codings, "FEW_CODES", 0)  # as for most of a large codebook
    assert coded.codings.co_occurrence(ids) == by_index == {(1, 2): 1, (1, 3): 1}
    assert coded.codings.co_occurrence(ids[:2]) == {(1, 2): 1}


def test_cell_segments_follow_the_cell(coded: Project) -> None:
    m = coded.matrices.matrix(MatrixSpec("role"))
    segments = coded.matrices.cell_segments(m, 1, 0)  # Giving back x panel members
    assert [(s.participant_label, s.quote) for s in segments] == [
        ("P1", "give back"), ("P2", "give back"),
    ]  # fmt: skip
    assert sum(m.cells[1]) == len(segments) + len(coded.matrices.cell_segments(m, 1, 1))


def test_structural_codes_are_rows_only_when_asked(coded: Project) -> None:
    question = coded.codebook.create("Q1 Why did you join").value.id
    with coded.store.write() as s:
        s.execute(update(Code).where(Code.id == question).values(kind="structural"))
    assert "Q1 Why did you join" not in [r.label for r in coded.matrices.matrix(MatrixSpec()).rows]
    structural = coded.matrices.matrix(MatrixSpec(code_kind="structural"))
    assert [r.label for r in structural.rows] == ["Q1 Why did you join"]
    assert len(coded.matrices.matrix(MatrixSpec(code_kind="all")).rows) == 4


def test_theme_rows_agree_with_theme_prevalence(demo: Project) -> None:
    m = demo.matrices.matrix(MatrixSpec("role", "participants", themes=True))
    assert [r.label for r in m.rows] == [t.name for t in demo.themes.all()]
    for row, cells in zip(m.rows, m.cells, strict=True):
        prevalence = demo.themes.prevalence(row.id)
        assert [c.label for c in m.columns] == list(prevalence)
        assert list(cells) == [n for n, _ in prevalence.values()]


def test_participant_matrix_agrees_with_codebook_counts(demo: Project) -> None:
    m = demo.matrices.matrix(MatrixSpec(measure="participants"))
    counts = {c.id: c.participant_count for c in demo.codebook.all()}
    assert {r.id: sum(row) for r, row in zip(m.rows, m.cells, strict=True)} == counts


def test_overlap_pairs_counts_each_pair_once() -> None:
    spans = [(1, 0, 10, 1), (1, 5, 15, 2), (1, 9, 20, 3), (1, 10, 12, 1), (2, 0, 5, 2)]
    # (0,10)x(5,15): 1-2; (0,10)x(9,20): 1-3; (5,15)x(9,20): 2-3; (10,12) meets 2 and 3;
    # touching (0,10)/(10,12) is no overlap; another source never overlaps.
    assert overlap_pairs(spans) == {(1, 2): 2, (1, 3): 2, (2, 3): 1}


def test_xlsx_sheet_reads_back(coded: Project, tmp_path: Path) -> None:
    out = tmp_path / "m.xlsx"
    matrices = [coded.matrices.matrix(MatrixSpec()), coded.matrices.matrix(MatrixSpec("code"))]
    coded.matrices.write_xlsx(out, matrices)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Codes x participant", "Co-occurrence"]
    sheet = book["Codes x participant"]
    assert sheet["A1"].value == "Codes by participant: number of codings"
    assert [c.value for c in sheet[2]] == [None, "iKT panel member", "iKT panel member",
                                           "extended collaborator"]  # fmt: skip
    assert [c.value for c in sheet[3]] == ["Codes", "P1", "P2", "P3"]
    assert [c.value for c in sheet[5]] == ["    Giving back 👍", 1, 1, 1]
    rules = list(sheet.conditional_formatting)
    assert str(rules[0].sqref) == "B4:D6"
    scale = rules[0].rules[0].colorScale
    assert [c.rgb for c in scale.color] == ["FFFFFFFF", "FF2166AC"]
    assert book["Co-occurrence"]["C5"].value == 3  # the diagonal


def test_cli_matrix_json_text_and_xlsx(
    coded: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_engine: str
) -> None:
    path = address(coded)  # a file, or a team database's postgresql:// URL
    coded.close()
    assert cli.run(["matrix", path, "--by", "role", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["columns"] == ["iKT panel member", "extended collaborator"]
    assert data["rows"][1] == "Giving back 👍" and data["cells"][1] == [2, 1]
    assert data["measure"] == "codings"
    assert cli.run(["matrix", path, "--by", "code"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0].startswith("Co-occurrence")
    assert text[4].split()[-3:] == ["1", "3", "0"] and text[4].startswith("  Giving back")
    out = tmp_path / "cli.xlsx"
    assert cli.run(["matrix", path, "--themes", "--by", "role", "--xlsx", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Themes x role"]
    assert cli.run(["matrix", path, "--by", "Nope"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["ikt-desktop matrix: no participant attribute named 'Nope' "
                   "(use participant, role, code)"]  # fmt: skip
