"""Pseudonymisation over a project: seed, preview, apply in one transaction, undo, key."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import event, select

from ikt_desktop.db.models import ChangeLog, Coding, Decision, Source, Speaker, ThemeQuote, Turn
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.privacy.pseudonyms import Entry
from ikt_desktop.services.base import get_meta
from ikt_desktop.services.privacy import pseudonyms as pseudonyms_module
from ikt_desktop.services.privacy.pseudonyms import META_KEY
from ikt_desktop.services.project import Project


def _state(p: Project) -> tuple[object, ...]:
    with p.store.read() as s:
        return (
            sorted(s.execute(select(Source.id, Source.name, Source.interviewer, Source.text,
                                    Source.word_count))),
            sorted(s.execute(select(Coding.id, Coding.guid, Coding.start, Coding.end))),
            sorted(s.execute(select(Turn.id, Turn.speaker_id, Turn.start, Turn.end))),
            sorted(s.execute(select(Decision.id, Decision.start, Decision.end))),
            sorted(s.execute(select(ThemeQuote.theme_id, ThemeQuote.coding_id))),
            sorted(s.execute(select(Speaker.id, Speaker.name))),
        )  # fmt: skip


def _coded_texts(p: Project) -> dict[int, str]:
    out = {}
    for src in p.sources.all():
        text = p.sources.text(src.id)
        for c in p.codings.for_source(src.id):
            out[c.id] = text[c.start : c.end]
    return out


def _seeded(p: Project) -> list[Entry]:
    entries = list(p.pseudonyms.seed().entries)
    p.pseudonyms.set_list(entries)
    return entries


def test_seed_from_speakers_interviewers_and_pseudonyms(demo: Project) -> None:
    entries = {e.term: e for e in demo.pseudonyms.seed().entries}
    assert entries["Zoë"].replacement == "P1" and entries["Zoë"].kind == "speaker"
    assert entries["Dana"].replacement == "[Interviewer 1]"
    assert entries["Dana"].kind == "interviewer"
    assert entries["Dana Whitfield"].replacement == "[Interviewer 1]"
    assert entries["Sam"].replacement == entries["Sam Okafor"].replacement == "[Interviewer 2]"
    assert entries["Zoë Bélanger"] == Entry("Zoë Bélanger", "P1", "pseudonym")
    assert entries["Lena"].replacement == "[Speaker 1]"  # a speaker with no participant
    assert demo.pseudonyms.get_list().entries == ()  # seeding proposes; it stores nothing


def test_seed_keeps_the_users_entries(demo: Project) -> None:
    demo.pseudonyms.set_list([Entry("zoë", "[Panel member 1]"), Entry("MS Society", "[Org]")])
    seeded = demo.pseudonyms.seed().entries
    assert seeded[:2] == (Entry("zoë", "[Panel member 1]"), Entry("MS Society", "[Org]"))
    assert [e.term.casefold() for e in seeded].count("zoë") == 1


def test_set_list_validates_and_is_stored_in_project_meta(demo: Project) -> None:
    with pytest.raises(ValidationError, match="twice"):
        demo.pseudonyms.set_list([Entry("Dana", "[I]"), Entry("dana", "[J]")])
    with pytest.raises(ValidationError, match="needs a replacement"):
        demo.pseudonyms.set_list([Entry("Dana", " ")])
    demo.pseudonyms.set_list([Entry("  Dana  ", "[I]")], ignore_case=False)
    lst = demo.pseudonyms.get_list()
    assert lst.entries == (Entry("Dana", "[I]"),) and lst.ignore_case is False
    with demo.store.read() as s:
        raw = get_meta(s, META_KEY)
    assert json.loads(raw)["entries"] == [{"term": "Dana", "replacement": "[I]", "kind": "user"}]


def test_preview_lists_every_hit_in_context(demo: Project) -> None:
    _seeded(demo)
    preview = demo.pseudonyms.preview().sources
    assert {h.source_id for h in preview} == {s.id for s in demo.sources.all()}
    first = preview[0].hits[0]
    assert first.found == "Dana" and first.after.startswith(": Thanks for making time today")
    total = sum(len(h.hits) for h in preview)
    expected = 0
    for src in demo.sources.all():
        text = demo.sources.text(src.id)
        for name in ("Dana", "Zoë", "Marcus", "Siobhán", "Sam", "Priya", "Tomás", "Hélène",
                     "Wei", "Anneke", "Lena"):  # fmt: skip
            expected += len(re.findall(rf"(?<!\w){name}(?!\w)", text, re.IGNORECASE))
    assert total == expected > 400


def test_apply_replaces_every_name_and_codings_keep_their_words(demo: Project) -> None:
    entries = _seeded(demo)
    before_state = _state(demo)
    before = _coded_texts(demo)
    commits: list[int] = []
    event.listen(demo.store.engine, "commit", lambda _conn: commits.append(1))
    outcome = demo.pseudonyms.apply()
    assert len(commits) == 1  # one transaction for every source
    assert outcome.value.hits > 400 and len(outcome.value.edits) == 8
    replacer = demo.pseudonyms.get_list().replacer()
    for src in demo.sources.all():
        text = demo.sources.text(src.id)
        for e in entries:
            assert not re.search(rf"(?<!\w){re.escape(e.term)}(?!\w)", text, re.IGNORECASE), (
                src.name, e.term)  # fmt: skip
        for sp in demo.sources.speakers(src.id):
            assert sp.name in {e.replacement for e in entries}
            assert f"\n{sp.name}: " in text  # the labels in the text agree with the speakers
    after = _coded_texts(demo)
    assert after.keys() == before.keys()  # no coding lost
    for cid, words in before.items():
        assert after[cid] == replacer.replace_all(words), cid
    assert demo.sources.get(6).interviewer == "[Interviewer 1]; [Interviewer 2]"
    # the change log of this action has counts, never the real names
    with demo.store.read() as s:
        last = max(s.scalars(select(ChangeLog.id).where(ChangeLog.action == "set pseudonym list")))
        log = [d for (d,) in s.execute(select(ChangeLog.detail).where(ChangeLog.id > last))]
    assert len(log) == 9 and not any("Zoë" in d or "Dana" in d for d in log)
    assert outcome.value.changed_texts == {s.id for s in demo.sources.all()}
    demo.pseudonyms.restore(outcome.value)
    assert _state(demo) == before_state  # texts, spans, turns, decisions, speakers exactly


def test_a_coding_inside_a_name_stays_on_its_replacement(demo: Project) -> None:
    demo.pseudonyms.set_list([Entry("Zoë", "P1")])
    at = demo.sources.text(1).index("Zoë") + 1
    code = demo.codebook.create("Names").value.id
    inside = demo.codings.apply(1, code, at, at + len("oë")).value.id
    demo.pseudonyms.apply()
    c = demo.codings.get(inside)
    assert demo.sources.text(1)[c.start : c.end] == "P1"


def test_a_failure_midway_changes_nothing(demo: Project, monkeypatch) -> None:
    _seeded(demo)
    before = _state(demo)

    def boom(*_a: object) -> None:
        raise RuntimeError("crash after the texts were edited")

    monkeypatch.setattr(pseudonyms_module, "replace_fields", boom)
    with pytest.raises(RuntimeError):
        demo.pseudonyms.apply()
    assert _state(demo) == before


def test_apply_without_list_or_hits_is_refused(demo: Project) -> None:
    with pytest.raises(ValidationError, match="empty"):
        demo.pseudonyms.apply()
    demo.pseudonyms.set_list([Entry("Nobody Here", "[X]")])
    with pytest.raises(ValidationError, match="No term"):
        demo.pseudonyms.apply()


def test_undo_refuses_when_the_text_changed_since(demo: Project) -> None:
    _seeded(demo)
    done = demo.pseudonyms.apply().value
    demo.text_edits.edit_text(1, demo.sources.text(1) + "\nAdded later.")
    with pytest.raises(ValidationError):
        demo.pseudonyms.restore(done)


def test_export_key_plain_and_encrypted_and_read_back(demo: Project, tmp_path) -> None:
    tmp_path = tmp_path / "keys"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="no replacement list"):
        demo.pseudonyms.export_key(tmp_path / "key.json")
    entries = _seeded(demo)
    plain = demo.pseudonyms.export_key(tmp_path / "key.csv")
    assert "Zoë Bélanger" in plain.read_text(encoding="utf-8-sig")
    locked = demo.pseudonyms.export_key(tmp_path / "key.iktkey", password="pw")
    assert "Zoë".encode() not in locked.read_bytes()
    assert demo.pseudonyms.read_key(locked, "pw").entries == tuple(entries)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.csv", "key.iktkey"]


def test_remove_key_removes_the_list_from_the_file_and_undo_puts_it_back(
    demo: Project,
) -> None:
    demo.pseudonyms.set_list([Entry("Very Secret Name", "[X]")])
    removed = demo.pseudonyms.remove_key().value
    assert demo.pseudonyms.get_list().entries == ()
    demo.close()
    assert b"Very Secret Name" not in demo.path.read_bytes()  # overwritten, not just freed
    p = Project.open(demo.path)
    try:
        p.pseudonyms.set_list(removed.entries, ignore_case=removed.ignore_case)
        assert p.pseudonyms.get_list().entries == (Entry("Very Secret Name", "[X]"),)
    finally:
        p.close()
