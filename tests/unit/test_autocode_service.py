"""Auto-coding services: speaker/role auto-code, the interview guide as structural codes
kept apart from the codebook, and where structural codes do and do not appear."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.coding.autocode import parse_guide
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.services.coding.autocode import TurnFilter
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.helpers import TEXT, add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

DEMO_GUIDE = Path(__file__).parents[2] / "resources" / "demo" / "interview_guide.md"


def _guide(p: Project) -> list[int]:
    questions = parse_guide(DEMO_GUIDE.read_text(encoding="utf-8"))
    return [c.id for c in p.guide.add_questions(questions).value]


def test_speaker_role_autocode_skips_labels_and_undoes_exactly(demo: Project) -> None:
    code = demo.codebook.create("Collaborator voice").value.id
    before = len(demo.codings.for_code(code))
    which = TurnFilter(roles=frozenset({"extended collaborator"}))
    plan = demo.autocode.preview_speakers(code, which)
    assert set(plan.per_source()) == {"P6 interview (Teams)", "P7 interview (Zoom)",
                                      "P8 interview (Teams)"}  # fmt: skip
    for hit in plan.hits:
        words = demo.sources.text(hit.source_id)[hit.start : hit.end]
        assert not words.startswith(f"{hit.speaker}:") and words == words.strip()
    added = demo.autocode.apply(plan.spans())
    assert len(added.value) == len(plan.hits)
    again = demo.autocode.preview_speakers(code, which)
    assert again.hits == () and again.already == len(plan.hits)
    other = demo.codebook.all("thematic")[0].id
    kept = len(demo.codings.for_code(other))
    snapshot = demo.autocode.remove(added.value).value
    assert len(demo.codings.for_code(code)) == before and len(snapshot.codings) == len(plan.hits)
    assert len(demo.codings.for_code(other)) == kept


def test_speaker_choice_interviewers_and_sources(project: Project) -> None:
    one, two = add_source(project, "P1"), add_source(project, "P2")
    code = project.codebook.create("Asked").value.id
    plan = project.autocode.preview_speakers(code, TurnFilter(interviewers=True), [two])
    assert [(h.source_id, h.start, h.end) for h in plan.hits] == [(two, 3, 20)]
    assert TEXT[3:20] == "Why did you join?"
    p1 = next(p.id for p in project.participants.all() if p.label == "P1")
    plan = project.autocode.preview_speakers(code, TurnFilter(participants=frozenset({p1})))
    assert [h.source_id for h in plan.hits] == [one]
    options = project.autocode.speaker_options()
    assert options.interviewer_turns == 2 and dict(options.roles) == {"iKT panel member": 2}
    with pytest.raises(ValidationError):
        project.autocode.preview_speakers(code, TurnFilter())
    with pytest.raises(ValidationError):
        project.autocode.apply([])


def test_guide_codes_are_structural_and_apart(demo: Project, tmp_path: Path) -> None:
    thematic = len(demo.codebook.all("thematic"))
    ids = _guide(demo)
    codes = {c.id: c for c in demo.codebook.all()}
    assert codes[ids[0]].name == "Interview guide" and codes[ids[0]].parent_id is None
    assert all(codes[i].kind == "structural" for i in ids) and len(ids) == 9
    assert codes[ids[3]].definition.startswith("What has helped you take part?")
    assert len(demo.codebook.all("thematic")) == thematic
    assert [c.id for c in demo.guide.questions()] == ids[1:]
    with pytest.raises(ValidationError):  # the same questions again
        demo.guide.add_questions(parse_guide(DEMO_GUIDE.read_text(encoding="utf-8")))
    # a sub-code of a guide question is structural; codes cannot cross over
    sub = demo.codebook.create("Probe", ids[1]).value
    assert sub.kind == "structural"
    with pytest.raises(ValidationError):
        demo.codebook.move(sub.id, codes_of_kind(demo, "thematic")[0])
    # undo / redo of adding the guide
    dtos = [codes[i] for i in ids]
    demo.guide.remove_added(list(reversed(dtos[1:])) + dtos[:1])
    assert demo.guide.questions() == []
    demo.guide.restore_added(dtos)
    assert [c.id for c in demo.guide.questions()] == ids[1:]


def codes_of_kind(p: Project, kind: str) -> list[int]:
    return [c.id for c in p.codebook.all(kind)]


def test_guide_answers_preview_and_apply(demo: Project) -> None:
    ids = _guide(demo)
    plan = demo.guide.preview(include_question=False)
    assert {h.source_name for h in plan.hits} == {s.name for s in demo.sources.all()}
    assert len(plan.hits) == 8 * 8 and plan.unmatched == ()
    p1 = [h for h in plan.hits if h.source_name.startswith("P1 ")]
    assert [h.code_id for h in p1] == ids[1:]  # in the guide's order
    text = demo.sources.text(p1[0].source_id)
    assert text[p1[0].spans[0][0] :].startswith("Sure. So it was, gosh, six years ago")
    assert all(0.5 <= h.score <= 1.0 for h in plan.hits)
    with_q = demo.guide.preview(include_question=True)
    assert sum(len(h.spans) for h in with_q.hits) == sum(len(h.spans) for h in plan.hits) + 64
    added = demo.autocode.apply(plan.spans(p1[:2]))
    assert len(added.value) == len(p1[0].spans) + len(p1[1].spans)
    assert demo.guide.preview().already == len(added.value)
    # usable for retrieval
    assert len(demo.codings.for_code(ids[1])) == len(p1[0].spans)


def test_structural_codes_stay_out_of_report_and_agreement(demo: Project) -> None:
    ids = set(_guide(demo))
    plan = demo.guide.preview()
    demo.autocode.apply(plan.spans())
    for coder in demo.coders.all():  # both coders coded the guide answers
        demo.autocode.apply(plan.spans(), coder_id=coder.id)
    report = demo.report.gather(ReportOptions())
    assert all("Interview guide" not in line.path for line in report.codebook)
    coders = [c.id for c in demo.coders.all()][:2]
    agreement = demo.agreement.compare(coders)
    assert not ids & {c.code_id for c in agreement.codes}
    chosen = demo.agreement.compare(coders, code_ids=sorted(ids))  # on request: included
    assert ids & {c.code_id for c in chosen.codes}


def test_workbook_kind_and_qdpx_roundtrip(demo: Project, tmp_path: Path) -> None:
    ids = _guide(demo)
    demo.autocode.apply(demo.guide.preview().spans())
    out = tmp_path / "book.xlsx"
    demo.workbook.write(out)
    sheet = openpyxl.load_workbook(out)["Codebook"]
    header = [c.value for c in sheet[1]]
    kinds = {r[0]: r[header.index("Kind")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert kinds["Interview guide"] == "structural"
    assert kinds["Defining iKT"] == "thematic"
    demo.exchange.export_qdpx(tmp_path / "demo.qdpx")
    back, _summary = import_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.ikt")
    try:
        guide = {c.guid: c for c in back.codebook.all("structural")}
        mine = {c.guid for c in demo.codebook.all("structural")}
        assert set(guide) == mine and len(mine) == len(ids)
        assert len(back.codebook.all("thematic")) == len(demo.codebook.all("thematic"))
    finally:
        back.close()


def test_cli_autocode_speakers_and_guide(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:  # fmt: skip
    role = ["--speaker-role", "extended collaborator", "--code", "Collaborator voice"]
    assert cli.run(["autocode", str(demo_path), *role, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["turns"] == data["codings_added"] == 74 and data["code_created"]
    assert cli.run(["autocode", str(demo_path), *role, "--dry-run"]) == 0
    assert "would code 0 turns (74 already coded)" in capsys.readouterr().out
    guide = tmp_path / "guide.txt"
    guide.write_text("Q1. Can you tell me how you first became involved?\n"
                     "Q2) What has being involved meant for you personally?\n", "utf-8")  # fmt: skip
    assert cli.run(["autocode", str(demo_path), "--guide", str(guide), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["questions_added"] == 2 and len(data["matches"]) == 16
    assert data["codings_added"] == sum(m["turns"] for m in data["matches"]) > 0
    # bad input: one line naming the reason, exit 2 (1 for a file), nothing changed
    with Project.open(demo_path) as p:
        before = p.info().codings
    for bad, code in ((["--speaker-role", "nurse", "--code", "X"], 2),
                      (["--guide", str(tmp_path / "no.txt")], 1), (["--code", "X"], 2)):  # fmt: skip
        assert cli.run(["autocode", str(demo_path), *bad]) == code
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("ikt-desktop autocode: ")
    with Project.open(demo_path) as p:
        assert p.info().codings == before


def test_a_team_merge_brings_the_guide_as_structural(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "teammate.ikt"
    with Project.open(demo_path) as theirs:
        _guide(theirs)
        theirs.autocode.apply(theirs.guide.preview().spans())
        guids = {c.guid for c in theirs.codebook.all("structural")}
    demo_path.rename(other)
    with Project.create(tmp_path / "mine.ikt", "Mine") as mine:
        mine.coders.ensure_current("Me")
        with mine.merge.open_other(other) as handle:
            mine.merge.merge(handle)
        assert {c.guid for c in mine.codebook.all("structural")} == guids
        assert all(c.kind == "thematic" for c in mine.codebook.all() if c.guid not in guids)


def test_the_demo_guide_is_found_at_the_turns_counted_by_hand(demo: Project) -> None:
    # all 64 question turns of the 8 demo interviews (checked by hand); in P1 and P2 the
    # guide's third question is asked over two turns and starts at the first
    _guide(demo)
    plan = demo.guide.preview()
    assert len(plan.hits) == 64 and not plan.unmatched
    third = {h.source_name[:2]: h.asked for h in plan.hits if h.question.startswith("Q3 ")}
    assert third["P1"] == "What has helped you take part over the six years?"
    assert third["P2"] == "Apart from Amira, what else has helped you take part?"
    probes = [h for h in plan.hits if "Anything else on that" in h.asked]
    assert probes == []
