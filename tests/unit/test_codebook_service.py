from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from ikt_desktop.db.models import ChangeLog
from ikt_desktop.domain.changes import Entity, Op
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.services.project import Project
from tests.helpers import add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def tree(p: Project) -> list[tuple[str, int | None, int]]:
    names = {c.id: c.name for c in p.codebook.all()}
    return [(c.name, names.get(c.parent_id) if c.parent_id else None, c.position)
            for c in p.codebook.all()]  # fmt: skip


def test_create_orders_siblings_and_inherits_parent_colour(project: Project) -> None:
    cb = project.codebook
    a = cb.create("Barriers", color="#E15759").value
    b = cb.create("Facilitators").value
    first = cb.create("Fatigue", a.id).value
    cb.create("Jargon", a.id)
    cb.create("Cost", a.id, row=0)
    assert first.color == "#E15759"
    assert b.color != a.color
    assert tree(project) == [
        ("Barriers", None, 0), ("Cost", "Barriers", 0), ("Fatigue", "Barriers", 1),
        ("Jargon", "Barriers", 2), ("Facilitators", None, 1),
    ]  # fmt: skip


def test_sibling_names_are_unique_case_insensitively(project: Project) -> None:
    cb = project.codebook
    parent = cb.create("Barriers").value
    cb.create("Fatigue", parent.id)
    with pytest.raises(ValidationError, match="already a code"):
        cb.create("fatigue", parent.id)
    cb.create("Fatigue")  # another level is fine
    other = cb.create("Tiredness", parent.id).value
    with pytest.raises(ValidationError):
        cb.rename(other.id, "FATIGUE")


def test_rename_recolor_and_details(project: Project) -> None:
    cb = project.codebook
    code = cb.create("Trust").value
    assert cb.rename(code.id, "  Trust   and respect ").value.name == "Trust and respect"
    assert cb.recolor(code.id, "#abcdef").value.color == "#ABCDEF"
    out = cb.edit_details(code.id, definition="Feeling safe", exclusion=" Not money ")
    assert (out.value.definition, out.value.exclusion) == ("Feeling safe", "Not money")
    assert out.changes.ids(Entity.CODE, Op.UPDATED) == {code.id}
    with pytest.raises(TypeError):
        cb.edit_details(code.id, colour="#000000")


def test_move_reorders_and_refuses_cycles(project: Project) -> None:
    cb = project.codebook
    a, b, c = (cb.create(n).value for n in ("A", "B", "C"))
    child = cb.create("A1", a.id).value
    cb.move(c.id, None, 0)
    assert [x.name for x in cb.all()] == ["C", "A", "A1", "B"]
    cb.move(b.id, a.id, 0)
    assert tree(project) == [("C", None, 0), ("A", None, 1), ("B", "A", 0), ("A1", "A", 1)]
    with pytest.raises(ValidationError, match="under itself"):
        cb.move(a.id, child.id)
    with pytest.raises(ValidationError):
        cb.move(a.id, a.id)


def test_delete_and_restore_keep_ids_codings_and_positions(project: Project) -> None:
    cb = project.codebook
    src = add_source(project)
    top = cb.create("Motivations").value
    cb.create("Other")
    sub = cb.create("Giving back", top.id).value
    deeper = cb.create("To peers", sub.id).value
    c1 = project.codings.apply(src, sub.id, 22, 40, memo="why").value
    c2 = project.codings.apply(src, deeper.id, 41, 50).value
    before = tree(project)
    out = cb.delete(top.id)
    assert [c.name for c in out.value.codes] == ["Motivations", "Giving back", "To peers"]
    assert out.changes.ids(Entity.CODING, Op.DELETED) == {c1.id, c2.id}
    assert tree(project) == [("Other", None, 0)]
    assert project.codings.for_source(src) == []
    restored = cb.restore(out.value)
    assert restored.value.id == top.id
    assert tree(project) == before
    assert project.codings.for_source(src) == [c1, c2]  # same ids, spans, memos, coders
    assert cb.get(sub.id).guid == sub.guid


def test_merge_moves_codings_children_and_can_be_undone(project: Project) -> None:
    cb = project.codebook
    src = add_source(project)
    target = cb.create("Giving back").value
    source = cb.create("Helping others").value
    keep = cb.create("Peers", target.id).value
    child = cb.create("Family", source.id).value
    same = project.codings.apply(src, target.id, 22, 40).value
    dup = project.codings.apply(src, source.id, 22, 40).value  # same span, same coder
    moved = project.codings.apply(src, source.id, 41, 50).value
    before_tree, before_codings = tree(project), project.codings.for_source(src)
    out = cb.merge(source.id, target.id)
    assert out.value.moved_codings == (moved.id,)
    assert [c.id for c in out.value.removed.codings.codings] == [dup.id]
    assert tree(project) == [("Giving back", None, 0), ("Peers", "Giving back", 0),
                             ("Family", "Giving back", 1)]  # fmt: skip
    assert {c.id for c in project.codings.for_code(target.id)} == {same.id, moved.id}
    assert cb.get(target.id).coding_count == 2
    cb.unmerge(out.value)
    assert tree(project) == before_tree
    assert project.codings.for_source(src) == before_codings
    assert cb.get(child.id).parent_id == source.id and cb.get(keep.id).parent_id == target.id


def test_merge_refuses_self_and_own_subcode(project: Project) -> None:
    cb = project.codebook
    a = cb.create("A").value
    a1 = cb.create("A1", a.id).value
    with pytest.raises(ValidationError):
        cb.merge(a.id, a.id)
    with pytest.raises(ValidationError, match="own sub-codes"):
        cb.merge(a.id, a1.id)


def test_missing_code_is_a_clear_error(project: Project) -> None:
    with pytest.raises(NotFoundError, match="no longer exists"):
        project.codebook.rename(999, "X")


def test_every_change_is_logged_with_author(project: Project, db_engine: str) -> None:
    code = project.codebook.create("Trust").value
    project.codebook.rename(code.id, "Trust and safety")
    with project.store.read() as s:
        rows = list(s.scalars(select(ChangeLog).where(ChangeLog.entity == "code")))
    assert [r.action for r in rows] == ["create code", "rename code"]
    assert all(r.coder_id == project.coders.current().id for r in rows)  # type: ignore[union-attr]
    detail = json.loads(rows[1].detail)
    if db_engine == "postgresql":  # the server adds the database user who wrote it
        assert detail.pop("db_user") == "ikt"
    assert detail == {"before": "Trust", "after": "Trust and safety"}


def test_failed_action_changes_nothing(project: Project) -> None:
    project.codebook.create("A")
    before = project.info()
    with pytest.raises(ValidationError):
        project.codebook.create("a")
    assert project.info() == before


def test_styles_are_read_once_per_change(project: Project, db_engine: str) -> None:
    """Several panes ask for the codes' names and colours after one action: one read
    until the next change, and a change (any write) is seen at once. On a team database
    other clients write too, so every look reads (db/team/store.py ``writes``)."""
    from sqlalchemy import event

    code = project.codebook.create("Trust").value
    reads: list[str] = []

    def count(_c, _cur, sql: str, *_a: object) -> None:  # type: ignore[no-untyped-def]
        if "FROM code" in sql:
            reads.append(sql)

    event.listen(project.store.engine, "before_cursor_execute", count)
    try:
        assert project.codebook.styles()[code.id][0] == "Trust"
        assert project.codebook.styles()[code.id][0] == "Trust"
        assert len(reads) == (1 if db_engine == "sqlite" else 2)
        project.codebook.rename(code.id, "Trust in clinicians")
        assert project.codebook.styles()[code.id][0] == "Trust in clinicians"
    finally:
        event.remove(project.store.engine, "before_cursor_execute", count)
