"""The search index stays in step with every flow that writes a source's text or turns,
is built for projects of older schemas when they are migrated, and ``check`` notices (and
``search --rebuild`` mends) an index out of step."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from ikt_desktop.cli import main as cli
from ikt_desktop.db import search_index
from ikt_desktop.domain.privacy.pseudonyms import Entry
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project, check
from tests.helpers import TEXT, add_source

FIXTURES = Path(__file__).resolve().parent.parent / "data"


def _rows(p: Project) -> list[tuple[object, ...]]:
    with p.store.read() as s:
        query = f"{search_index.SELECT_ROWS} ORDER BY rowid"
        return [tuple(r) for r in s.execute(text(query))]


def assert_in_step(p: Project) -> None:
    """The index equals one rebuilt from scratch (rebuilt in a transaction rolled back)."""
    stored = _rows(p)
    with p.store.read() as s:
        assert search_index.out_of_step(s.connection()) == []
        search_index.rebuild(s.connection())
        fresh = s.execute(text(f"{search_index.SELECT_ROWS} ORDER BY rowid")).all()
        s.rollback()
    assert stored == [tuple(r) for r in fresh]


def test_import_edit_delete_and_their_undos_keep_the_index_in_step(project: Project) -> None:
    sid = add_source(project, "P1")
    assert_in_step(project)
    assert [h.start for h in project.search.search("give").hits] == [TEXT.index("give")]
    body = project.sources.text(sid)
    edit = project.text_edits.edit_text(sid, body.replace("give back", "return help")).value
    assert_in_step(project)
    assert project.search.search("give").hits == ()
    assert len(project.search.search("return").hits) == 1
    project.text_edits.restore_text(edit)
    assert_in_step(project)
    snapshot = project.sources.delete(sid).value
    assert _rows(project) == []
    project.sources.restore(snapshot)
    assert_in_step(project)
    assert [h.start for h in project.search.search("give").hits] == [TEXT.index("give")]


def test_pseudonymise_and_its_undo_keep_the_index_in_step(demo: Project) -> None:
    assert demo.search.search("Zoë").hits
    demo.pseudonyms.set_list([Entry("Zoë", "Panellist One")])
    done = demo.pseudonyms.apply().value
    assert_in_step(demo)
    assert demo.search.search("Zoë").hits == ()
    assert demo.search.search('"Panellist One"').hits
    demo.pseudonyms.restore(done)
    assert_in_step(demo)
    assert demo.search.search("Zoë").hits


def test_merge_and_refi_import_index_what_they_add(
    demo: Project, demo_path: Path, tmp_path: Path
) -> None:
    assert_in_step(demo)
    other_path = tmp_path / "other.ikt"
    with Project.create(other_path, "Other") as other:
        other.coders.ensure_current("Robin")
        add_source(other, "P42")
    with demo.merge.open_other(other_path) as handle:
        demo.merge.merge(handle)
    assert_in_step(demo)
    assert {h.participant for h in demo.search.search("give").hits} >= {"P42"}
    demo.exchange.export_qdpx(tmp_path / "x.qdpx")
    back, _summary = import_qdpx(tmp_path / "x.qdpx", tmp_path / "back.ikt")
    with back:
        assert_in_step(back)
        assert len(back.search.hits("neurologist")) == len(demo.search.hits("neurologist")) > 0


def test_an_old_project_is_indexed_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.ikt"
    shutil.copyfile(FIXTURES / "schema-0004.ikt", path)
    with Project.open(path) as p:
        hits = p.search.search("cafe").hits
        assert [(h.participant, h.snippet[h.mark_start : h.mark_end]) for h in hits] == [
            ("P1", "café")
        ]
        assert p.sources.text(1)[hits[0].start : hits[0].end] == "café"
        assert_in_step(p)


def test_check_finds_an_index_out_of_step_and_rebuild_mends_it(project: Project, capsys) -> None:  # type: ignore[no-untyped-def]
    add_source(project, "P1")
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.execute(f"DELETE FROM {search_index.TABLE}")
    conn.commit()
    conn.close()
    problems = check(path)
    assert len(problems) == 1 and "out of step" in problems[0] and "--rebuild" in problems[0]
    assert cli.run(["search", str(path), "--rebuild"]) == 0
    assert "Rebuilt the search index" in capsys.readouterr().out
    assert check(path) == []
