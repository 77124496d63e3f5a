"""Pseudonymisation beyond the transcripts: every text field that can hold a name, the
cancel rule, the copies outside the file, and no real name left in the file's bytes."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from ikt_desktop.db.models import (
    ChangeLog,
    Code,
    Coding,
    Memo,
    Participant,
    ProjectMeta,
    SavedQuery,
    Source,
    Speaker,
    Theme,
)
from ikt_desktop.domain.errors import Cancelled, ValidationError
from ikt_desktop.domain.privacy.pseudonyms import Entry
from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots
from ikt_desktop.services.privacy.pseudonym_copies import (
    backups_beside,
    compact,
    old_copies,
    secure_delete,
)
from ikt_desktop.services.privacy.pseudonyms import PseudonymList
from ikt_desktop.services.project import Project

NAMES = ("Zoë", "Marcus", "Siobhán", "Priya", "Tomás", "Hélène", "Anneke", "Wei")
TABLES = (Memo, Coding, Code, Theme, Participant, Source, Speaker, SavedQuery, ChangeLog)


def _everything(p: Project, log_upto: int | None = None) -> tuple[object, ...]:
    """Every row of every table pseudonymisation touches (and the stored list); the
    change log up to row ``log_upto`` when given."""
    with p.store.read() as s:
        rows: list[object] = [sorted(s.execute(select(ProjectMeta.key, ProjectMeta.value)))]
        for model in TABLES:
            query = select(*model.__table__.columns)
            if model is ChangeLog and log_upto is not None:
                query = query.where(ChangeLog.id <= log_upto)
            rows.append(sorted(tuple(r) for r in s.execute(query)))
        return tuple(rows)


def _names_everywhere(p: Project) -> dict[str, int]:
    """Put a participant's name into every kind of text field; return the ids used."""
    src = p.sources.all()[0].id
    code = p.codebook.create("Trust in Zoë").value.id
    p.codebook.edit_details(code, definition="What Marcus says about trust",
                            inclusion="Siobhán's stories", exclusion="not Priya",
                            example="Tomás: I trust them")  # fmt: skip
    theme = p.themes.create("Hélène's theme").value.id
    p.themes.edit(theme, definition="Anneke", central_concept="Wei and Zoë",
                  boundaries="Marcus only", narrative="Siobhán said so")  # fmt: skip
    person = p.participants.all()[0].id
    p.participants.update(person, notes="Zoë's sister is Priya", role="friend of Marcus")
    coding = p.codings.apply(src, code, 0, 10).value.id
    p.codings.set_memo(coding, "Zoë, about Marcus")
    for kind, target in (("project", None), ("source", src), ("code", code),
                         ("coding", coding), ("theme", theme), ("participant", person)):  # fmt: skip
        p.memos.add(kind, target, f"Note on Hélène ({kind})", f"Wei told Anneke about {kind}")
    with p.store.write() as s:
        s.execute(insert(SavedQuery), [{"name": "Where Zoë speaks", "kind": "text",
                                        "definition": json.dumps({"text": "Zoë"})}])  # fmt: skip
    return {"source": src, "code": code, "theme": theme, "participant": person}


def _list() -> PseudonymList:
    return PseudonymList(tuple(Entry(n, f"[P{i}]") for i, n in enumerate(NAMES, 1)))


def test_every_field_is_previewed_with_where_it_is(demo: Project) -> None:
    _names_everywhere(demo)
    fields = demo.pseudonyms.preview(_list()).fields
    places = {f.where for f in fields}
    for expected in ("Memo on code Trust in Zoë: text", "Project memo: title",
                     "Code Trust in Zoë: definition", "Theme Hélène's theme: central concept",
                     "Participant P1: notes", "Saved query Where Zoë speaks: definition"):  # fmt: skip
        assert expected in places, sorted(places)
    assert any(w.startswith("Memo on a coding (Trust in Zoë in ") for w in places)
    assert any(w.startswith("Coding memo (Trust in Zoë in ") for w in places)
    assert any(w.startswith("Change log (edit coding memo)") for w in places)
    theme = next(f for f in fields if f.where == "Theme Hélène's theme: central concept")
    assert [(h.found, h.replacement) for h in theme.hits] == [("Wei", "[P8]"), ("Zoë", "[P1]")]


def test_apply_rewrites_every_field_and_undo_restores_exactly(demo: Project) -> None:
    ids = _names_everywhere(demo)
    before = _everything(demo)
    done = demo.pseudonyms.apply(_list())
    assert demo.codebook.get(ids["code"]).name == "Trust in [P1]"
    assert demo.themes.get(ids["theme"]).central_concept == "[P8] and [P1]"
    memos = demo.memos.for_target("coding", None) + demo.memos.for_target("project", None)
    with demo.store.read() as s:
        texts = [t for (t,) in s.execute(select(Memo.title))]
        logs = [json.loads(d) for (d,) in s.execute(select(ChangeLog.detail))]
        query = s.scalar(select(SavedQuery.definition))
    assert all("Hélène" not in t for t in texts) and memos is not None
    assert json.loads(query or "{}") == {"text": "[P1]"}  # still JSON, rewritten inside
    assert not any(n in json.dumps(d, ensure_ascii=False) for d in logs for n in NAMES)
    assert logs[-1] == {"sources": 8, "hits": done.value.hits, "fields": len(done.value.fields)}
    assert {c.table for c in done.value.fields} >= {"memo", "coding", "code", "theme",
                                                     "participant", "speaker", "saved_query",
                                                     "change_log"}  # fmt: skip
    demo.pseudonyms.restore(done.value)
    with demo.store.read() as s:
        last = max(row[0] for row in before[-1])  # type: ignore[attr-defined]
        added = list(s.execute(select(ChangeLog.action, ChangeLog.detail)
                               .where(ChangeLog.id > last)))  # fmt: skip
    assert {a for a, _d in added} == {"edit text", "pseudonymise", "restore text",
                                      "undo pseudonymise"}  # fmt: skip
    assert not any(n in d for _a, d in added for n in NAMES)  # counts only
    assert _everything(demo, log_upto=last) == before  # every field, the old log, the list


def test_undo_refuses_when_a_field_changed_since(demo: Project) -> None:
    ids = _names_everywhere(demo)
    done = demo.pseudonyms.apply(_list()).value
    demo.codebook.edit_details(ids["code"], definition="edited after")
    with pytest.raises(ValidationError, match="code changed since"):
        demo.pseudonyms.restore(done)


@pytest.mark.parametrize("stop_at", [0, 3, 8, 9])
def test_cancel_before_the_commit_changes_nothing(demo: Project, stop_at: int) -> None:
    _names_everywhere(demo)
    before = _everything(demo)
    calls: list[int] = []

    def progress(done: int, _total: int, _what: str) -> None:
        calls.append(done)
        if len(calls) > stop_at:
            raise Cancelled("pseudonymising")

    with pytest.raises(Cancelled):
        demo.pseudonyms.apply(_list(), progress)
    assert _everything(demo) == before  # texts, fields, the list, the change log


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.sampled_from(["Zoë", "zoë", "Wei", "我叫王伟", "😀", "é", " ", "Zoëx",
                                 "\n", "Zoë's", "王伟"]), max_size=12))  # fmt: skip
def test_any_memo_text_round_trips(project: Project, words: list[str]) -> None:
    text = "".join(words) or "x"
    memo = project.memos.add("project", None, "t", text).value.id
    lst = PseudonymList((Entry("Zoë", "[P1]"), Entry("王伟", "[P2]"), Entry("Wei", "[P3]")))
    try:
        done = project.pseudonyms.apply(lst).value
    except ValidationError:  # no term in the text
        assert lst.replacer().replace_all(text) == text
        return
    with project.store.read() as s:
        assert s.get(Memo, memo).text == lst.replacer().replace_all(text)  # type: ignore[union-attr]
    project.pseudonyms.restore(done)
    with project.store.read() as s:
        assert s.get(Memo, memo).text == text  # type: ignore[union-attr]


# -- copies outside the file and the file's own bytes ---------------------------------------


def test_old_copies_are_the_snapshots_before_and_the_backups_beside(demo: Project) -> None:
    snaps = ProjectSnapshots.for_store(demo.store)
    first = snaps.take("open", datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    later = snaps.take("changes", datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    beside = [demo.path.with_name("demo.schema-0003-backup.ikt"),
              demo.path.with_name("demo.before-merge-20261127-090000.ikt")]  # fmt: skip
    for b in beside:
        b.write_bytes("copy with Zoë".encode())
    demo.path.with_name("other.schema-0003-backup.ikt").write_bytes(b"another project")
    copies = old_copies(demo.path, snaps, datetime(2026, 11, 27, 9, 30, tzinfo=UTC))
    assert copies.snapshots == (first.path,) and later.path.exists()
    assert copies.backups == tuple(sorted(beside)) == tuple(backups_beside(demo.path))


def test_secure_delete_overwrites_before_unlinking(demo: Project, tmp_path: Path) -> None:
    snaps = ProjectSnapshots.for_store(demo.store)
    info = snaps.take("open")
    sidecar = info.path.with_suffix(".json")
    witness = tmp_path / "witness"  # a second name for the same bytes on disk
    os.link(info.path, witness)
    size = witness.stat().st_size
    assert "Zoë".encode() in witness.read_bytes()
    assert secure_delete([info.path]) == 1
    assert not info.path.exists() and not sidecar.exists()
    assert witness.read_bytes() == bytes(size)  # every byte overwritten with zeros
    assert snaps.list() == []


def test_no_real_name_is_left_in_the_file(demo: Project) -> None:
    _names_everywhere(demo)
    lst = demo.pseudonyms.seed()
    known = {e.term for e in lst.entries}
    extra = tuple(Entry(n, f"[X{i}]") for i, n in enumerate(NAMES) if n not in known)
    lst = PseudonymList(lst.entries + extra)
    demo.pseudonyms.apply(lst)
    demo.pseudonyms.remove_key()
    compact(demo.store)
    data = demo.path.read_bytes()
    wal = Path(f"{demo.path}-wal")
    data += wal.read_bytes() if wal.exists() else b""
    demo.close()
    data += demo.path.read_bytes()
    for name in NAMES:
        for variant in (name, name.upper()):  # ("wei" is in English words)
            assert variant.encode() not in data, variant


def test_a_cancelled_copy_deletion_keeps_the_rest(demo: Project) -> None:
    snaps = ProjectSnapshots.for_store(demo.store)
    taken = [snaps.take("open", datetime(2026, 11, 27, 9, m, tzinfo=UTC)) for m in (0, 1)]

    def progress(done: int, _total: int, _what: str) -> None:
        if done == 1:
            raise Cancelled("deleting")

    with pytest.raises(Cancelled):
        secure_delete([t.path for t in taken], progress)
    assert not taken[0].path.exists() and taken[1].path.exists()
    assert old_copies(demo.path, snaps, datetime.now(UTC) + timedelta(1)).snapshots == (
        taken[1].path,
    )
