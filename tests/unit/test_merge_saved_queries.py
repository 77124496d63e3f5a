"""Saved queries travel with team merges (two real project files), and a saved query
refers to codes, coders and sources by GUID as well as id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from ikt_desktop.cli import main as cli
from ikt_desktop.db import models as m
from ikt_desktop.domain.query.coding_query import (
    GONE,
    And,
    CodeTerm,
    Filters,
    Query,
    Ref,
    from_json,
    to_json,
)
from ikt_desktop.domain.query.saved_search import TextSearch
from ikt_desktop.domain.query.saved_search import from_json as search_from_json
from ikt_desktop.domain.query.saved_search import to_json as search_json
from ikt_desktop.services.project import Project
from tests.helpers import add_source


def merge(project: Project, other: Path):  # type: ignore[no-untyped-def]
    with project.merge.open_other(other) as handle:
        return project.merge.merge(handle)


def _ours(tmp_path: Path) -> Project:
    """Codes made in another order than theirs, so the same code has another id here."""
    p = Project.create(tmp_path / "ours.ikt", "Ours")
    p.coders.ensure_current("Ana Lead")
    for name in ("Padding 🧩", "Another", "Trust"):
        p.codebook.create(name)
    add_source(p, "P0")  # another text first: P1's interview gets another id here
    add_source(p, "P1")
    return p


def _theirs(tmp_path: Path) -> Path:
    """Theirs: Trust and a new code Hope, the same P1 interview, a query over both."""
    path = tmp_path / "theirs.ikt"
    with Project.create(path, "Theirs") as p:
        p.coders.ensure_current("Zoë Teammate")
        trust = p.codebook.create("Trust").value.id
        hope = p.codebook.create("Hope, élan & 希望").value.id
        source = add_source(p, "P1")
        p.codings.apply(source, trust, 22, 40)
        p.codings.apply(source, hope, 30, 60)
        coder = p.coders.all()[0].id
        query = Query(And(CodeTerm(trust, name="Trust"), CodeTerm(hope, name="Hope")),
                      Filters(coders=(Ref(coder, "Zoë Teammate"),),
                              sources=(Ref(source, "P1 interview"),)))  # fmt: skip
        p.saved_queries.create("Trust and hope", "coding", to_json(query))
        p.saved_queries.create("Trust words", "text", search_json(TextSearch("trust")))
    return path


def test_an_added_query_names_this_projects_codes_coders_and_sources(tmp_path: Path) -> None:
    ours = _ours(tmp_path)
    theirs = _theirs(tmp_path)
    with ours.merge.open_other(theirs) as handle:
        preview = ours.merge.plan(handle)
    assert preview.counts()["saved queries"]["added"] == 2
    result = merge(ours, theirs).value
    assert result.plan.counts()["saved queries"]["added"] == 2
    codes = {c.name: c.id for c in ours.codebook.all()}
    saved = ours.saved_queries.find("Trust and hope")
    query = from_json(saved.definition)
    assert [t.code_id for t in (query.root.a, query.root.b)] == [  # type: ignore[union-attr]
        codes["Trust"], codes["Hope, élan & 希望"]]  # fmt: skip
    p1 = next(s.id for s in ours.sources.all() if s.name == "P1 interview")
    zoe = next(c.id for c in ours.coders.all() if c.name == "Zoë Teammate")
    assert [r.id for r in query.filters.sources] == [p1]
    assert [r.id for r in query.filters.coders] == [zoe]
    assert ours.queries.problems(query) == []
    rows = ours.queries.run(query).rows
    assert [(r.start, r.end) for r in rows] == [(30, 40)]  # both codes cover 30-40 only
    text = ours.saved_queries.find("Trust words", "text").definition  # copied as written
    assert search_from_json(text) == TextSearch("trust")
    assert saved.created_by == zoe
    again = merge(ours, theirs).value.plan.counts()["saved queries"]
    assert (again["added"], again["matched"]) == (0, 2)
    assert len(ours.saved_queries.all()) == 2
    ours.close()


def test_the_backup_made_before_the_merge_is_without_their_queries(tmp_path: Path) -> None:
    """A merge is not on the undo stack: going back is opening the backup."""
    ours = _ours(tmp_path)
    result = merge(ours, _theirs(tmp_path)).value
    assert len(ours.saved_queries.all()) == 2
    ours.close()
    with Project.open(Path(result.backup)) as backup:
        assert backup.saved_queries.all() == []


def test_the_same_query_asking_something_else_there_keeps_ours_and_adds_theirs(
    tmp_path: Path,
) -> None:
    path, other = tmp_path / "ours.ikt", tmp_path / "copy.ikt"
    with Project.create(path, "Ours") as p:
        p.coders.ensure_current("Tester")
        trust = p.codebook.create("Trust").value.id
        hope = p.codebook.create("Hope").value.id
        add_source(p)
        p.saved_queries.create("Trust talk", "coding", to_json(Query(CodeTerm(trust))))
    shutil.copyfile(path, other)
    with Project.open(other) as p:
        mine = p.saved_queries.find("Trust talk")
        p.saved_queries.update(mine.id, to_json(Query(And(CodeTerm(trust), CodeTerm(hope)))))
    with Project.open(path) as project:
        plan = merge(project, other).value.plan
        (conflict,) = [c for c in plan.conflicts if c.kind == "saved_query"]
        assert conflict.name == "Trust talk"
        assert conflict.resolution == "kept ours; theirs added as “Trust talk (from Tester)”"
        saved = {q.name: q for q in project.saved_queries.all()}
        assert set(saved) == {"Trust talk", "Trust talk (from Tester)"}
        assert from_json(saved["Trust talk"].definition).root == CodeTerm(
            trust, guid=_guid(project, trust))  # fmt: skip
        assert isinstance(from_json(saved["Trust talk (from Tester)"].definition).root, And)
        assert saved["Trust talk"].guid != saved["Trust talk (from Tester)"].guid
        assert merge(project, other).value.plan.counts()["saved queries"]["added"] == 0


def test_a_query_naming_a_code_not_in_the_merge_result_says_so(
    project: Project, tmp_path: Path
) -> None:
    other = tmp_path / "other.ikt"
    with Project.create(other, "Other") as p:
        p.coders.ensure_current("Tester")
        gone = p.codebook.create("Dropped code").value.id
        kept = p.codebook.create("Kept").value.id
        query = Query(And(CodeTerm(kept, name="Kept"), CodeTerm(gone, name="Dropped code")))
        p.saved_queries.create("Old idea", "coding", to_json(query))
        p.codebook.delete(gone)
    merge(project, other)
    query = from_json(project.saved_queries.find("Old idea").definition)
    assert query.root.b.code_id == GONE  # type: ignore[union-attr]
    assert project.queries.problems(query) == ["code 'Dropped code' no longer exists"]


def test_a_reused_id_does_not_redirect_a_saved_query(project: Project) -> None:
    """SQLite gives a deleted last row's id to the next row: the GUID tells them apart."""
    first = project.codebook.create("First").value.id
    last = project.codebook.create("Last").value.id
    saved = project.saved_queries.create(
        "Last", "coding", to_json(Query(And(CodeTerm(first), CodeTerm(last, name="Last"))))
    ).value
    project.codebook.delete(last)
    newer = project.codebook.create("Newer").value.id
    assert newer == last
    query = from_json(project.saved_queries.get(saved.id).definition)
    assert query.root.a.code_id == first  # type: ignore[union-attr]
    assert project.queries.problems(query) == ["code 'Last' no longer exists"]


def test_a_definition_without_guids_is_still_read_by_its_ids(project: Project) -> None:
    trust = project.codebook.create("Trust").value.id
    written = json.dumps({"version": 1, "root": {"op": "code", "code": trust, "name": "Trust"},
                          "filters": {}})  # fmt: skip
    saved = project.saved_queries.create("Old form", "coding", written).value
    with project.store.write() as s:  # as tests and fixtures wrote it before GUIDs
        s.execute(update(m.SavedQuery).values(definition=written))
    query = from_json(project.saved_queries.get(saved.id).definition)
    assert query.root == CodeTerm(trust, name="Trust", guid=_guid(project, trust))
    assert project.queries.problems(query) == []


def _guid(project: Project, code_id: int) -> str:
    return next(c.guid for c in project.codebook.all() if c.id == code_id)


def test_the_merge_command_counts_saved_queries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _ours(tmp_path)
    path = ours.path
    ours.close()
    theirs = _theirs(tmp_path)
    assert cli.run(["merge", str(path), str(theirs), "--dry-run"]) == 0
    assert "saved queries: 2 added, 0 matched" in capsys.readouterr().out
    assert cli.run(["merge", str(path), str(theirs), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["saved queries"]["added"] == 2
    assert cli.run(["query", str(path), "--list", "--json"]) == 0
    listed = capsys.readouterr().out
    assert "Trust and hope" in listed and "Hope, élan & 希望" in listed
