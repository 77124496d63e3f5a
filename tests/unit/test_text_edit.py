"""Editing a transcript after coding (services/text_edit.py): spans follow the text."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ikt_desktop.db.models import ChangeLog, Coding, Decision, ThemeQuote, Turn
from ikt_desktop.domain.changes import Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.project import Project
from tests.helpers import TEXT, add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def _code(p: Project, source: int, phrase: str, name: str = "Motive") -> int:
    code = next((c.id for c in p.codebook.all() if c.name == name), None)
    if code is None:
        code = p.codebook.create(name).value.id
    text = p.sources.text(source)
    start = text.index(phrase)
    return p.codings.apply(source, code, start, start + len(phrase)).value.id


def _coded(p: Project, coding: int) -> str:
    c = p.codings.get(coding)
    return p.sources.text(c.source_id)[c.start : c.end]


def _state(p: Project, source: int) -> tuple[object, ...]:
    with p.store.read() as s:
        codings = sorted(s.execute(select(Coding.id, Coding.guid, Coding.start, Coding.end)))
        turns = sorted(s.execute(select(Turn.id, Turn.speaker_id, Turn.start, Turn.end)))
        decisions = sorted(s.execute(select(Decision.id, Decision.start, Decision.end)))
        quotes = sorted(s.execute(select(ThemeQuote.theme_id, ThemeQuote.coding_id)))
    return (
        p.sources.text(source),
        p.sources.get(source).word_count,
        codings,
        turns,
        decisions,
        quotes,
    )


def test_a_typo_fix_inside_a_coding_grows_or_shrinks_it(project: Project) -> None:
    source = add_source(project)
    coding = _code(project, source, "Because of my MS")
    other = _code(project, source, "to give back")
    new = TEXT.replace("Because of", "Because, really, of")
    outcome = project.text_edits.edit_text(source, new)
    assert _coded(project, coding) == "Because, really, of my MS"
    assert _coded(project, other) == "to give back"  # shifted, same text
    assert outcome.changes.ids(Entity.CODING, Op.UPDATED) == {coding, other}
    assert outcome.changes.ids(Entity.SOURCE, Op.UPDATED) == {source}
    project.text_edits.edit_text(source, new.replace("really, ", ""))
    assert _coded(project, coding) == "Because, of my MS"


def test_an_insertion_before_a_coding_shifts_it(project: Project) -> None:
    source = add_source(project)
    coding = _code(project, source, "my MS 👍")
    before = project.codings.get(coding)
    project.text_edits.edit_text(source, "[Recording starts]\n" + TEXT)
    after = project.codings.get(coding)
    assert after.start == before.start + 19 and _coded(project, coding) == "my MS 👍"
    turns = project.sources.turns(source)
    assert [project.sources.text(source)[t.start : t.end][:3] for t in turns] == ["I: ", "P1:"]


def test_deleting_a_coded_passage_is_refused_until_confirmed(project: Project) -> None:
    source = add_source(project)
    lost = _code(project, source, "and to give back")
    kept = _code(project, source, "Because")
    theme = project.themes.create("Giving back").value.id
    project.themes.pin_quote(theme, lost)
    new = TEXT.replace(", and to give back", "")
    preview = project.text_edits.preview_edit(source, new)
    assert preview.needs_confirmation and preview.changed
    assert [(x.coding.id, x.text, x.code_name) for x in preview.lost_codings] == [
        (lost, "and to give back", "Motive")
    ]
    state = _state(project, source)
    with pytest.raises(ValidationError, match="and to give back"):
        project.text_edits.edit_text(source, new)
    assert _state(project, source) == state  # refused: nothing changed

    edit = project.text_edits.edit_text(source, new, remove_lost=True)
    assert edit.changes.ids(Entity.CODING, Op.DELETED) == {lost}
    assert [c.id for c in project.codings.for_source(source)] == [kept]
    assert project.sources.text(source) == new

    undone = project.text_edits.restore_text(edit.value)
    assert undone.changes.ids(Entity.CODING, Op.CREATED) == {lost}
    assert _state(project, source) == state  # same text, spans, ids and pinned quote
    project.text_edits.edit_text(source, new, remove_lost=True)  # redo
    assert project.sources.text(source) == new


def test_undo_restores_the_exact_text_spans_turns_and_decisions(project: Project) -> None:
    source = add_source(project)
    coding = _code(project, source, "Because of my MS 👍")
    code = project.codings.get(coding).code_id
    coder = project.codings.get(coding).coder_id
    start = TEXT.index("to give")
    with project.store.write() as s:
        s.add(Decision(source_id=source, code_id=code, start=start, end=start + 7,
                       coder_a_id=coder, coder_b_id=coder, choice="accept_a"))  # fmt: skip
    state = _state(project, source)
    new = "Interviewer: Why did you join?\n\nP1: Because of my MS 👍👍, and to give back."
    edit = project.text_edits.edit_text(source, new)
    text = project.sources.text(source)
    assert text == new
    assert _coded(project, coding) == "Because of my MS 👍"  # typed after its end: outside
    with project.store.read() as s:
        d = s.scalars(select(Decision)).one()
        assert text[d.start : d.end] == "to give"
    assert [text[t.start : t.end] for t in project.sources.turns(source)] == [
        "Interviewer: Why did you join?", "P1: Because of my MS 👍👍, and to give back."
    ]  # fmt: skip
    assert edit.changes.entities() >= {Entity.SOURCE, Entity.CODING, Entity.DECISION}
    project.text_edits.restore_text(edit.value)
    assert _state(project, source) == state


def test_a_deleted_decision_needs_confirmation_and_comes_back(project: Project) -> None:
    source = add_source(project)
    code = project.codebook.create("Motive").value.id
    coder = project.coders.all()[0].id
    start = TEXT.index("and to give back")
    with project.store.write() as s:
        s.add(Decision(source_id=source, code_id=code, start=start, end=start + 16,
                       coder_a_id=coder, coder_b_id=coder, choice="accept_both"))  # fmt: skip
    state = _state(project, source)
    new = TEXT.replace(", and to give back", "")
    assert project.text_edits.preview_edit(source, new).lost_decisions == 1
    with pytest.raises(ValidationError, match="consensus decision"):
        project.text_edits.edit_text(source, new)
    edit = project.text_edits.edit_text(source, new, remove_lost=True)
    assert edit.changes.ids(Entity.DECISION, Op.DELETED) == set(edit.value.removed_decisions)
    project.text_edits.restore_text(edit.value)
    assert _state(project, source) == state


def test_new_text_is_normalised_and_logged(project: Project) -> None:
    source = add_source(project)
    coding = _code(project, source, "people like me")
    new = TEXT.replace("people", "pe\u0301ople").replace("\n", "\r\n") + "\ufeff"
    project.text_edits.edit_text(source, "\ufeff" + new.replace("\ufeff", ""))
    text = project.sources.text(source)
    assert "\r" not in text and "péople like me" in text
    assert _coded(project, coding) == "péople like me"
    with project.store.read() as s:
        log = s.scalars(select(ChangeLog).where(ChangeLog.action == "edit text")).one()
    detail = json.loads(log.detail)
    assert detail["moved"] == 0  # "é" replaced "e": same length, nothing moved
    assert [e[1:] for e in detail["edits"]] == [["e", "é"]]


def test_cjk_and_emoji_edits_keep_spans_on_their_text(project: Project) -> None:
    source = add_source(project)
    coding = _code(project, source, "MS 👍")
    new = TEXT.replace("Why did", "中文 why did").replace("👍", "😂👍")
    project.text_edits.edit_text(source, new)
    assert _coded(project, coding) == "MS 😂👍"


def test_no_change_changes_nothing_and_empty_text_is_refused(project: Project) -> None:
    source = add_source(project)
    _code(project, source, "Because")
    outcome = project.text_edits.edit_text(source, TEXT)
    assert not outcome.changes
    with pytest.raises(ValidationError, match="no text"):
        project.text_edits.edit_text(source, "  \n")
    edit = project.text_edits.edit_text(source, TEXT + " More.")
    project.text_edits.edit_text(source, TEXT + " Changed.")
    with pytest.raises(ValidationError, match="changed since"):
        project.text_edits.restore_text(edit.value)


def test_the_demo_survives_a_round_trip(demo: Project) -> None:
    source = demo.sources.all()[0].id
    codings = demo.codings.for_source(source)
    text = demo.sources.text(source)
    cut = text.index("\n\n", len(text) // 2)
    new = text[:cut] + "\n\nInterviewer: [a note added later]" + text[cut:]
    new = re.sub(r"\bthe\b", "teh", new)
    edit = demo.text_edits.edit_text(source, new, remove_lost=True)
    after = {c.id: c for c in demo.codings.for_source(source)}
    new_text = demo.sources.text(source)
    for c in codings:
        a = after[c.id]
        assert 0 <= a.start < a.end <= len(new_text)
        assert re.sub(r"\bthe\b", "teh", text[c.start : c.end]) == new_text[a.start : a.end]
    demo.text_edits.restore_text(edit.value)
    assert demo.codings.for_source(source) == codings
    assert demo.sources.text(source) == text


@given(st.data())
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_edits_keep_every_span_inside_and_undo_exactly(
    project: Project, data: st.DataObject
) -> None:
    """Random edits (emoji, combining marks, CJK) never leave a coding, turn or decision
    outside the text or empty; undo gives back exactly the text, spans and ids."""
    if not project.sources.all():
        source = add_source(project)
        for phrase in ("Why did you", "my MS 👍", "Because of my MS", "give back", "me."):
            coding = project.codings.get(_code(project, source, phrase))
        with project.store.write() as s:
            s.add(Decision(source_id=source, code_id=coding.code_id, start=30, end=50,
                           coder_a_id=coding.coder_id, choice="accept_a"))  # fmt: skip
    source = project.sources.all()[0].id
    state = _state(project, source)
    new = TEXT
    for _ in range(data.draw(st.integers(1, 3))):
        a = data.draw(st.integers(0, len(new)))
        b = data.draw(st.integers(a, min(len(new), a + 25)))
        new = new[:a] + data.draw(st.text(alphabet="ab é\u0301👍中\n", max_size=6)) + new[b:]
    if not new.strip():
        return
    edit = project.text_edits.edit_text(source, new, remove_lost=True)
    text = project.sources.text(source)
    with project.store.read() as s:
        for model in (Coding, Turn, Decision):
            for start, end in s.execute(select(model.start, model.end)):
                assert 0 <= start < end <= len(text)
    project.text_edits.restore_text(edit.value)
    assert _state(project, source) == state
