"""Agreement over a project (the demo with one transcript coded by both coders), the
``agreement`` command, the agreement workbook, and consensus decisions with undo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ikt_desktop.domain.analysis.agreement import Table, cohen_kappa
from ikt_desktop.domain.changes import Entity
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.project import Project
from tests.agreement_helpers import DW, P1, SO, double_code_p1, remove_second_coder_p1
from tests.engines import address

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


@pytest.fixture
def doubled(demo: Project) -> Project:
    double_code_p1(demo)
    return demo


def _brute_table(project: Project, code_id: int) -> Table:
    text = project.sources.text(P1)
    cover = {DW: set(), SO: set()}
    for c in project.codings.for_source(P1):
        if c.code_id == code_id and c.coder_id in cover:
            cover[c.coder_id].update(range(c.start, c.end))
    a, b = cover[DW], cover[SO]
    return Table(len(a & b), len(a - b), len(b - a), len(text) - len(a | b))


def test_character_level_on_the_demo(doubled: Project) -> None:
    report = doubled.agreement.compare([DW, SO])
    assert report.source_ids == (P1,)  # the only transcript both coded
    assert [c.initials for c in report.coders] == ["DW", "SO"]
    assert report.codes
    pooled = Table()
    for row in report.codes:
        brute = _brute_table(doubled, row.code_id or 0)
        assert row.stats.table == brute
        assert row.stats.kappa == cohen_kappa(brute)
        pooled += brute
    assert report.overall.stats.table == pooled
    assert 0.9 < report.overall.stats.percent_agreement < 1  # type: ignore[operator]
    assert 0 < report.overall.stats.kappa < 1  # type: ignore[operator]
    assert 0 < report.overall.stats.alpha < 1  # type: ignore[operator]


def test_segment_level_on_the_demo(doubled: Project) -> None:
    report = doubled.agreement.compare([DW, SO], "segment", threshold=0.9)
    overall = report.overall.stats
    dw = len([c for c in doubled.codings.for_source(P1) if c.coder_id == DW])
    so = len([c for c in doubled.codings.for_source(P1) if c.coder_id == SO])
    assert overall.units == dw + so
    assert overall.alpha is None and overall.kappa is not None
    loose = doubled.agreement.compare([DW, SO], "segment", threshold=0.1).overall.stats
    assert loose.percent_agreement > overall.percent_agreement  # type: ignore[operator]


def test_coders_without_a_common_source_and_unknown_coders(demo: Project) -> None:
    assert demo.agreement.compare([DW, SO]).source_ids == (P1,)  # the demo's shared one
    remove_second_coder_p1(demo)
    with pytest.raises(ValidationError, match="not coded any source in common"):
        demo.agreement.compare([DW, SO])
    with pytest.raises(ValidationError, match="'Zed'"):
        demo.agreement.find_coder("Zed")
    assert demo.agreement.find_coder("so").id == SO
    assert demo.agreement.find_coder("dana whitfield").id == DW


def test_disagreements_and_shading(doubled: Project) -> None:
    found = doubled.agreement.disagreements(DW, SO, P1)
    assert found and all(d.a != d.b for d in found)
    assert [d.start for d in found] == sorted(d.start for d in found)
    one = doubled.agreement.disagreements(DW, SO, P1, found[0].code_id)
    assert {d.code_id for d in one} == {found[0].code_id}
    shades = doubled.agreement.shading(DW, SO, P1)
    assert shades["both"] and shades["a"] and shades["b"]


def test_agreement_workbook(doubled: Project, tmp_path: Path) -> None:
    report = doubled.agreement.compare([DW, SO])
    d = doubled.agreement.disagreements(DW, SO, P1)[0]
    doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, "accept_a", "A was right")
    out = doubled.agreement.write_xlsx(tmp_path / "agreement.xlsx", report)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Agreement", "Decisions"]
    rows = list(book["Agreement"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Coders: Dana Whitfield, Sam Okafor", "Unit: char")
    assert "Unit: a character" in rows[1][0]
    assert rows[2][:4] == ("Code", "Units", "Both", "Only Dana Whitfield")
    assert len(rows) == 3 + len(report.codes) + 1
    assert rows[-1][0] == "All codes"
    assert rows[-1][6] == pytest.approx(report.overall.stats.percent_agreement, abs=1e-4)
    decisions = list(book["Decisions"].iter_rows(values_only=True))
    assert decisions[1][7] == "accept A" and decisions[1][8] == "A was right"
    assert decisions[1][9] == "Dana Whitfield"  # the current coder decided


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "IKT_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "ikt_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip


def test_agreement_command(
    doubled: Project, app_home: Path, tmp_path: Path, db_engine: str
) -> None:
    expected = doubled.agreement.compare([DW, SO]).as_json()
    path = address(doubled)  # a file, or a team database's postgresql:// URL
    doubled.close()
    out = _cli("agreement", path, "--coders", "DW", "Sam Okafor", "--json", home=app_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"unit", "coders", "overall", "codes"}
    assert data["unit"] == "char" and data["coders"] == ["Dana Whitfield", "Sam Okafor"]
    assert set(data["overall"]) == {"percent_agreement", "kappa", "alpha"}
    assert all(set(c) == {"code", "percent_agreement", "kappa", "alpha"} for c in data["codes"])
    assert all(0 <= c["percent_agreement"] <= 1 for c in data["codes"])
    assert data == json.loads(json.dumps(expected))
    seg = _cli("agreement", path, "--coders", "DW", "SO", "--unit", "segment", "--threshold",
               "80", "--json", "--xlsx", str(tmp_path / "a.xlsx"), home=app_home)  # fmt: skip
    assert seg.returncode == 0, seg.stderr
    assert json.loads(seg.stdout)["unit"] == "segment" and (tmp_path / "a.xlsx").exists()
    human = _cli("agreement", path, "--coders", "DW", "SO", home=app_home)
    assert "All codes" in human.stdout and "unit: character" in human.stdout
    bad = _cli("agreement", path, "--coders", "DW", "Nobody", home=app_home)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "'Nobody'" in bad.stderr


# -- consensus ---------------------------------------------------------------------------


def _consensus_spans(project: Project, code_id: int) -> list[tuple[int, int]]:
    coder = next(c for c in project.coders.all() if c.name == "Consensus")
    return [(c.start, c.end) for c in project.codings.for_source(P1)
            if c.coder_id == coder.id and c.code_id == code_id]  # fmt: skip


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("accept_a", "a"), ("accept_b", "b"), ("accept_both", "union"), ("consensus", "span")],
)
def test_each_decision_writes_consensus_codings_and_a_log_row(
    doubled: Project, choice: str, expected: str
) -> None:
    d = next(x for x in doubled.agreement.disagreements(DW, SO, P1) if x.a and x.b)
    before = doubled.info().codings
    span = (d.start + 1, d.end - 1)
    out = doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, choice, "why", span)
    assert Entity.DECISION in out.changes.entities()
    want = {
        "a": list(d.a),
        "b": list(d.b),
        "union": [(d.start, d.end)],
        "span": [span],
    }[expected]
    assert sorted(_consensus_spans(doubled, d.code_id)) == want
    assert doubled.info().codings == before + len(want)
    (row,) = doubled.consensus.all()
    assert (row.choice, row.note, row.decided_by, row.start, row.end) == (
        choice, "why", DW, d.start, d.end)  # fmt: skip
    again = doubled.agreement.disagreements(DW, SO, P1, d.code_id)
    assert any(x.resolved and x.choice == choice for x in again)
    # the independent codings are untouched: the statistics do not move
    assert (
        doubled.agreement.compare([DW, SO]).overall == doubled.agreement.compare([DW, SO]).overall
    )


def test_decision_undo_and_redo_restore_the_same_rows(doubled: Project) -> None:
    d = doubled.agreement.disagreements(DW, SO, P1)[0]
    coders_before = doubled.info().coders
    stats_before = doubled.agreement.compare([DW, SO]).overall
    record = doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, "accept_both").value
    assert record.created_coder is not None and record.codings
    doubled.consensus.withdraw(record)
    assert doubled.consensus.all() == [] and doubled.info().coders == coders_before
    doubled.consensus.restore(record)
    assert doubled.consensus.all() == [record.decision]
    assert [doubled.codings.get(c.id) for c in record.codings] == list(record.codings)
    assert doubled.agreement.compare([DW, SO]).overall == stats_before
    assert doubled.consensus.counts()["accept_both"] == 1
    with pytest.raises(ValidationError):
        doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, "flip a coin")


def test_decisions_reach_the_workbook_and_the_methods_appendix(
    doubled: Project, tmp_path: Path
) -> None:
    import docx

    from ikt_desktop.domain.report.rules import ReportOptions

    plain = doubled.workbook.write(tmp_path / "before.xlsx")
    assert "Decisions" not in plain.sheets  # no sheet until there is a decision
    found = doubled.agreement.disagreements(DW, SO, P1)
    for d, choice in zip(found[:3], ("accept_a", "accept_a", "accept_both"), strict=True):
        doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, choice, "talked")
    summary = doubled.workbook.write(tmp_path / "w.xlsx")
    assert summary.sheets["Decisions"] == 3
    book = openpyxl.load_workbook(tmp_path / "w.xlsx")
    assert book.sheetnames[-1] == "Decisions"
    rows = list(book["Decisions"].iter_rows(values_only=True))
    assert [r[7] for r in rows[1:]] == ["accept A", "accept A", "accept both"]
    doubled.report.write(tmp_path / "r.docx", ReportOptions(accept_found_names=True))
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    assert (
        "Dana Whitfield and Sam Okafor coded independently; 3 disagreements were resolved "
        "by consensus (accept A: 2, accept both: 1)"
    ) in text


def test_deleting_a_code_or_source_and_undoing_it_keeps_the_decisions(doubled: Project) -> None:
    d = doubled.agreement.disagreements(DW, SO, P1)[0]
    doubled.consensus.decide(P1, d.code_id, d.start, d.end, DW, SO, "accept_b", "kept")
    logged = doubled.consensus.all()
    snapshot = doubled.codebook.delete(d.code_id).value
    assert doubled.consensus.all() == []  # the decision went with its code
    doubled.codebook.restore(snapshot)
    assert doubled.consensus.all() == logged
    source = doubled.sources.delete(P1).value
    assert doubled.consensus.all() == []
    doubled.sources.restore(source)
    assert doubled.consensus.all() == logged
