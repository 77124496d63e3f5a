"""Searching a project (services.search) and the ``search`` command: hits with participant
and role, code-point spans with emoji, accents and CJK, options, pages, code all hits."""

from __future__ import annotations

import json

import pytest

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.errors import Cancelled, ValidationError
from ikt_desktop.domain.query.search_query import QueryError
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.search import SearchOptions
from tests.engines import address

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

LINES = [
    "Dana: Where do you meet? 👍 Tell me about the café.",
    "Zoë: At the café 🎉 near the clinic. We call it the cafe club. Zoë’s idea!",
    "Dana: And your diagnosis?",
    "Zoë: 多発性硬化症と診断されました。Then the café again.",
]
TEXT = "\n\n".join(LINES)


def add_multilingual(p: Project) -> int:
    p.participants.add("P7", role="extended collaborator")
    turns, pos = [], 0
    for line in LINES:
        speaker = line.split(":")[0]
        turns.append(DraftTurn(speaker, pos, pos + len(line)))
        pos += len(line) + 2
    draft = DraftTranscript("P7 interview", TEXT, tuple(turns))
    mapping = {"Dana": SpeakerMapping(is_interviewer=True), "Zoë": SpeakerMapping("P7")}
    return p.sources.add_transcript(draft, mapping, participant_label="P7").value.id


def spans(p: Project, query: str, **options: object) -> list[str]:
    hits = p.search.search(query, SearchOptions(**options)).hits  # type: ignore[arg-type]
    return [TEXT[h.start : h.end] for h in hits]


def test_hits_are_code_points_with_participant_role_and_snippet(project: Project) -> None:
    sid = add_multilingual(project)
    hits = project.search.search("cafe").hits
    assert [TEXT[h.start : h.end] for h in hits] == ["café", "café", "cafe", "café"]
    first, second = hits[0], hits[1]
    assert (first.source_id, first.source_name, first.role, first.speaker) == (
        sid, "P7 interview", "Interviewer", "Dana")  # fmt: skip
    assert first.participant == ""
    assert (second.participant, second.role, second.speaker) == (
        "P7", "extended collaborator", "Zoë")  # fmt: skip
    assert second.snippet[second.mark_start : second.mark_end] == "café"
    assert second.marked().startswith("At the «café» 🎉")  # the label is not searched
    assert (second.passage_start, second.passage_end) == (TEXT.index("At the"), TEXT.index(
        "\n\nDana: And"))  # fmt: skip
    assert project.sources.text(sid)[second.start : second.end] == "café"


def test_accents_cjk_and_names(project: Project) -> None:
    add_multilingual(project)
    assert spans(project, "café", accents=True) == ["café", "café", "café"]
    assert spans(project, "cafe", accents=True) == ["cafe"]
    assert spans(project, "zoe") == ["Zoë"]  # named once; the "Zoë:" labels are not text
    assert spans(project, "Zoë", accents=True) == ["Zoë"]
    assert spans(project, "Zoe", accents=True) == []
    assert spans(project, "多発性硬化症") == ["多発性硬化症"]
    assert spans(project, "硬化症") == ["硬化症"]
    assert spans(project, '"cafe club"') == ["cafe club"]
    assert spans(project, "diagn*") == ["diagnosis"]
    assert spans(project, "clin", prefix=True) == ["clinic"]


def test_boolean_queries_work_per_passage(project: Project) -> None:
    add_multilingual(project)
    assert spans(project, "cafe AND clinic") == ["café", "clinic", "cafe"]
    assert spans(project, "cafe NOT clinic") == ["café", "café"]
    assert spans(project, "(diagnosis OR 診断) cafe") == ["診断", "café"]


def test_participant_talk_and_chosen_sources(demo: Project, project: Project) -> None:
    sid = add_multilingual(project)
    assert spans(project, "cafe", participants_only=True) == ["café", "cafe", "café"]
    assert spans(project, "cafe", source_ids=(sid,)) == ["café", "café", "cafe", "café"]
    assert spans(project, "cafe", source_ids=(sid + 1,)) == []
    sources = demo.sources.all()
    chosen = (sources[1].id, sources[3].id)
    hits = demo.search.hits("neurologist", SearchOptions(source_ids=chosen))
    assert hits and {h.source_id for h in hits} <= set(chosen)
    everywhere = demo.search.hits("neurologist")
    assert len(everywhere) > len(hits)
    assert all(h.role != "Interviewer" for h in demo.search.hits(
        "you", SearchOptions(participants_only=True)))  # fmt: skip


def test_pages_continue_where_the_last_ended(demo: Project) -> None:
    every = demo.search.hits("the")
    assert len(every) > 200
    collected, after = [], 0
    while after is not None:
        page = demo.search.search("the", after=after, limit=60)
        collected += page.hits
        after = page.after
    assert collected == every
    ordered = [(h.source_id, h.start) for h in every]
    assert ordered == sorted(ordered)
    assert demo.search.count_passages("the") <= len(every)


def test_a_malformed_query_never_reaches_sqlite(demo: Project) -> None:
    for query in ["NOT x", '"open', "(a", "AND"]:
        with pytest.raises(QueryError):
            demo.search.search(query)
    assert demo.search.search('x" OR "y').hits == ()  # quotes are ours, never the user's


def test_code_all_hits_as_one_action_and_undo(project: Project) -> None:
    add_multilingual(project)
    code = project.codebook.create("Meeting places").value
    before = project.info().codings
    done = project.search.code_hits("cafe", SearchOptions(), code.id, "hit").value
    assert [TEXT[c.start : c.end] for c in done.codings] == ["café", "café", "cafe", "café"]
    assert project.info().codings == before + 4
    with pytest.raises(ValidationError, match="already coded"):
        project.search.code_hits("cafe", SearchOptions(), code.id, "hit")
    sentences = project.search.code_hits("cafe", SearchOptions(), code.id, "sentence").value
    assert [TEXT[c.start : c.end] for c in sentences.codings] == [
        "👍 Tell me about the café.", "At the café 🎉 near the clinic.",
        "We call it the cafe club.", "Then the café again."]  # fmt: skip
    turns = project.search.code_hits("clinic", SearchOptions(), code.id, "turn").value
    assert [TEXT[c.start : c.end] for c in turns.codings] == [LINES[1].removeprefix("Zoë: ")]
    removed = project.search.uncode_hits(sentences).value
    assert {c.id for c in removed.codings} == {c.id for c in sentences.codings}
    assert project.info().codings == before + 5
    project.codings.restore(removed)  # redo brings the same ids back
    assert {c.id for c in project.codings.for_code(code.id)} >= {c.id for c in sentences.codings}
    with pytest.raises(ValidationError, match="no hits"):
        project.search.code_hits("zebra", SearchOptions(), code.id, "hit")


def test_search_command_prints_json_and_text(demo: Project, capsys, db_engine: str) -> None:  # type: ignore[no-untyped-def]
    path = address(demo)  # a file, or a team database's postgresql:// URL
    assert cli.run(["search", path, "neurologist", "--json", "--limit", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["hits"]) == 3 and data["more"] is True
    hit = data["hits"][0]
    assert set(hit) >= {"source", "participant", "start", "end", "snippet"}
    text = demo.sources.text(hit["source_id"])
    assert text[hit["start"] : hit["end"]].lower() == "neurologist"
    assert cli.run(["search", path, "neurologist", "--participants-only"]) == 0
    out = capsys.readouterr().out
    assert "«neurologist»" in out.lower() and "Interviewer" not in out
    assert cli.run(["search", path, "NOT x"]) == 2
    assert "ikt-desktop search:" in capsys.readouterr().err
    assert cli.run(["search", path, "x", "--source", "nope"]) == 2
    assert "no source 'nope'" in capsys.readouterr().err


def test_finding_spans_can_be_cancelled_and_stale_spans_are_refused(project: Project) -> None:
    sid = add_multilingual(project)
    code = project.codebook.create("Places").value

    def cancel(_done: int, _total: int, _what: str) -> None:
        raise Cancelled("finding the hits")

    with pytest.raises(Cancelled):
        project.search.hit_spans("cafe", SearchOptions(), "turn", cancel)
    spans = project.search.hit_spans("cafe", SearchOptions(), "turn")
    assert [TEXT[a:b] for _, a, b in spans] == [LINES[0].removeprefix("Dana: "),
                                                LINES[1].removeprefix("Zoë: "),
                                                LINES[3].removeprefix("Zoë: ")]  # fmt: skip
    project.sources.delete(sid)
    before = project.info().codings
    with pytest.raises(ValidationError, match="deleted since the search"):
        project.search.code_spans(code.id, spans, query="cafe")
    assert project.info().codings == before


def test_code_spans_cancelled_just_before_the_commit_writes_nothing(project: Project) -> None:
    from tests.helpers import add_source

    source = add_source(project)
    code = project.codebook.create("Emoji").value.id
    spans = project.search.hit_spans('"my MS"', SearchOptions())
    heard: list[str] = []

    def cancel_at_the_last_step(done: int, total: int, what: str) -> None:
        heard.append(what)
        if what.startswith("Saving"):
            raise Cancelled("coding the hits")

    with pytest.raises(Cancelled):
        project.search.code_spans(code, spans, progress=cancel_at_the_last_step)
    assert heard == ["Coding 1 passages…", "Saving 1 codings…"]
    assert project.codings.for_code(code) == []
    done = project.search.code_spans(code, spans).value
    text = project.sources.text(source)
    assert [text[c.start : c.end] for c in done.codings] == ["my MS"]  # before the 👍
