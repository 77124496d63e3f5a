from __future__ import annotations

import pytest

from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.services.project import Project
from tests.helpers import TEXT, add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def test_apply_validates_spans_and_is_idempotent(project: Project) -> None:
    src = add_source(project)
    code = project.codebook.create("Motivations").value
    c = project.codings.apply(src, code.id, 26, 41).value
    assert TEXT[c.start : c.end] == "Because of my M"[:15]
    again = project.codings.apply(src, code.id, 26, 41)
    assert again.value == c and not again.changes
    for start, end in [(5, 5), (-1, 3), (0, len(TEXT) + 1)]:
        with pytest.raises(ValidationError):
            project.codings.apply(src, code.id, start, end)
    assert len(TEXT) == project.sources.text(src).__len__()
    project.codings.apply(src, code.id, 0, len(TEXT))  # the whole text, emoji included


def test_applying_a_code_deleted_meanwhile_says_so_and_writes_nothing(project: Project) -> None:
    """The code's existence is checked by its foreign key, not a statement of its own: the
    refusal is still a clear message, and the action leaves no coding and no log row."""
    src = add_source(project)
    code = project.codebook.create("Gone").value
    project.codebook.delete(code.id)
    before = project.info()
    with pytest.raises(NotFoundError, match=f"code no longer exists \\(id {code.id}\\)"):
        project.codings.apply(src, code.id, 0, 10)
    assert project.info() == before
    assert project.codings.for_source(src) == []
    with pytest.raises(NotFoundError, match="source no longer exists"):
        project.codings.apply(src + 99, project.codebook.create("Here").value.id, 0, 10)


def test_remove_restore_resize_memo_and_listing(project: Project) -> None:
    src = add_source(project)
    a = project.codebook.create("A").value
    a1 = project.codebook.create("A1", a.id).value
    late = project.codings.apply(src, a.id, 40, 50).value
    early = project.codings.apply(src, a1.id, 22, 30).value
    assert [c.id for c in project.codings.for_source(src)] == [early.id, late.id]
    assert [c.id for c in project.codings.for_code(a.id)] == [late.id]
    assert {c.id for c in project.codings.for_code(a.id, include_subcodes=True)} == {
        early.id, late.id,
    }  # fmt: skip
    snap = project.codings.remove(early.id).value
    assert [c.id for c in project.codings.for_source(src)] == [late.id]
    project.codings.restore(snap)
    assert project.codings.get(early.id) == early
    resized = project.codings.resize(late.id, 38, 52).value
    assert (resized.start, resized.end) == (38, 52)
    assert project.codings.set_memo(late.id, "key quote").value.memo == "key quote"
    # a source's codings are read straight from the driver: the same DTOs, timestamps as
    # datetimes on either engine, as one coding read alone
    listed = project.codings.for_source(src)
    assert listed == [project.codings.get(c.id) for c in listed]
    assert listed[1].memo == "key quote" and listed[0].created.year >= 2024


def test_a_coding_needs_a_coder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Project.create(tmp_path / "n.ikt") as p:
        p.participants.add("P1")
        src = add_source(p)
        code = p.codebook.create("A").value
        with pytest.raises(ValidationError, match="who is coding"):
            p.codings.apply(src, code.id, 0, 3)


def test_coders(project: Project) -> None:
    sam = project.coders.add("Sam Okafor").value
    assert sam.initials == "SO"
    with pytest.raises(ValidationError):
        project.coders.add("sam okafor")
    project.coders.set_current(sam.id)
    assert project.coders.current() == sam
    assert [c.name for c in project.coders.all()] == ["Tester", "Sam Okafor"]


def test_participants_and_typed_attributes(project: Project) -> None:
    ps = project.participants
    p3 = ps.add("P3", "Siobhán", "iKT panel member").value
    group = ps.define_attribute("Stakeholder group", "choice", ["person with MS", "clinician"])
    years = ps.define_attribute("Years involved", "number")
    ps.set_value(p3.id, group.value.id, "person with MS")
    assert ps.set_value(p3.id, years.value.id, "3.0").value == "3"
    with pytest.raises(ValidationError, match="Years involved"):
        ps.set_value(p3.id, years.value.id, "three")
    with pytest.raises(ValidationError):
        ps.set_value(p3.id, group.value.id, "policy maker")
    with pytest.raises(ValidationError, match="needs at least one choice"):
        ps.define_attribute("Empty", "choice", [])
    with pytest.raises(ValidationError):
        ps.add("p3")
    got = ps.get(p3.id)
    assert got.attributes == (("Stakeholder group", "person with MS"), ("Years involved", "3"))
    ps.update(p3.id, role="extended collaborator")
    snap = ps.delete(p3.id).value
    assert ps.all() == []
    ps.restore(snap)
    assert ps.get(p3.id).attributes == got.attributes
    assert ps.get(p3.id).role == "extended collaborator"


def test_add_transcript_refuses_unknown_participants_and_bad_turns(project: Project) -> None:
    from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping

    draft = DraftTranscript("X", "A: hi", (DraftTurn("A", 0, 5),))
    with pytest.raises(ValidationError, match="No participant labelled P9"):
        project.sources.add_transcript(draft, {"A": SpeakerMapping("P9")})
    bad = DraftTranscript("X", "A: hi", (DraftTurn("A", 0, 50),))
    with pytest.raises(ValidationError, match="outside the text"):
        project.sources.add_transcript(bad, {})
    assert project.info().sources == 0


def test_recode_changes_the_code_and_both_codes_counts(project: Project) -> None:
    from ikt_desktop.domain.changes import Entity, Op
    from ikt_desktop.domain.errors import NotFoundError

    src = add_source(project)
    first = project.codebook.create("Motivations").value
    second = project.codebook.create("Barriers").value
    c = project.codings.apply(src, first.id, 26, 41, memo="why").value
    outcome = project.codings.recode(c.id, second.id)
    assert (outcome.value.code_id, outcome.value.start, outcome.value.end) == (second.id, 26, 41)
    assert outcome.value.memo == "why" and outcome.value.coder_id == c.coder_id
    assert outcome.changes.ids(Entity.CODE, Op.UPDATED) == {first.id, second.id}
    assert project.codebook.get(first.id).coding_count == 0
    assert project.codebook.get(second.id).coding_count == 1
    assert not project.codings.recode(c.id, second.id).changes  # already so: nothing
    with pytest.raises(NotFoundError):
        project.codings.recode(c.id, 9999)
    assert project.codings.get(c.id).code_id == second.id


def test_quotes_are_the_same_cut_here_or_by_the_server(project: Project) -> None:
    """A few codings' quotes are cut by a team database (``substr`` counts code points,
    as our spans do); a code's whole list cuts them from the texts. Both agree, emoji and
    accents included, on both engines."""
    src = add_source(project)
    code = project.codebook.create("Quotes").value
    spans = [(0, 2), (26, 41), (TEXT.index("👍"), TEXT.index("👍") + 1), (40, len(TEXT))]
    ids = [project.codings.apply(src, code.id, a, b).value.id for a, b in spans]
    expected = {i: TEXT[a:b] for i, (a, b) in zip(ids, spans, strict=True)}
    one_by_one = {i: project.segments.for_codings([i])[0].quote for i in ids}
    listed = {s.coding.id: s.quote for s in project.segments.for_codes([code.id])}
    assert one_by_one == listed == expected


def test_interviewer_starts_are_the_interviewers_turns(project: Project) -> None:
    """What the transcript dims: the starts of the interviewer's turns only, in order."""
    src = add_source(project)
    turns = project.sources.turns(src)
    interviewers = {s.id for s in project.sources.speakers(src) if s.is_interviewer}
    assert (
        project.sources.interviewer_starts(src)
        == [t.start for t in turns if t.speaker_id in interviewers]
        == [0]
    )
    assert project.sources.interviewer_starts(src + 99) == []
