"""Merging another project into this one (services.merge), built through the services."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from ikt_desktop import paths
from ikt_desktop.db import models as m
from ikt_desktop.domain.changes import Entity, Op
from ikt_desktop.domain.errors import Cancelled, ProjectFileError, ReadOnlyProjectError
from ikt_desktop.domain.merge.plan import Kind
from ikt_desktop.services.project import Project, check
from ikt_desktop.services.team import merge_write
from ikt_desktop.services.team.merge import MergeService
from tests.agreement_helpers import DW, P1, SO, double_code_p1
from tests.engines import sqlite_only
from tests.helpers import add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

FIXTURES = Path(__file__).resolve().parent.parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> str:
    """The file's bytes but SQLite's change counters in the header (bytes 24-27 and 92-95),
    which opening and closing a project for writing advances."""
    data = bytearray(path.read_bytes())
    data[24:28] = data[92:96] = b"\0\0\0\0"
    return hashlib.sha256(data).hexdigest()


def teammate_copy(demo_path: Path, tmp_path: Path) -> Path:
    """The demo as a second coder left it: her own codings on two of the same sources
    (one span the same as an existing coding), a new code, a new source, and an example
    for a code whose example is empty here."""
    path = tmp_path / "teammate.ikt"
    shutil.copyfile(demo_path, path)
    with Project.open(path) as p:
        coder = p.coders.add("Robin Teammate").value
        p.coders.set_current(coder.id)
        sources = p.sources.all()
        codes = p.codebook.all()
        existing = p.codings.for_source(sources[0].id)[0]
        p.codings.apply(existing.source_id, existing.code_id, existing.start, existing.end)
        for k in range(5):
            p.codings.apply(sources[1].id, codes[k].id, 10 * k, 10 * k + 30)
        hope = p.codebook.create("Hope for the future").value
        new_source = add_source(p, "P42")
        p.codings.apply(new_source, hope.id, 22, 40)
        blank = next(c for c in codes if not c.example)
        p.codebook.edit_details(blank.id, example="Written by the teammate")
    return path


def counts(project: Project) -> tuple[int, ...]:
    info = project.info()
    return (info.coders, info.participants, info.sources, info.speakers, info.turns,
            info.codes, info.codings, info.themes, info.memos)  # fmt: skip


def merge(project: Project, other: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    with project.merge.open_other(other) as handle:
        return project.merge.merge(handle, **kwargs)  # type: ignore[arg-type]


def test_teammates_copy_merges_and_merging_again_adds_nothing(
    demo: Project, demo_path: Path, tmp_path: Path, db_engine: str
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    before = counts(demo)
    with demo.merge.open_other(other) as handle:
        preview = demo.merge.plan(handle)
    assert counts(demo) == before  # the preview changed nothing
    c = preview.counts()
    assert (c["coders"]["added"], c["codes"]["added"], c["sources"]["added"]) == (1, 1, 1)
    assert c["codings"]["added"] == 7  # 5, 1 on the new source, and the same span: her own
    assert c["codings"]["matched_by"] == {"guid": 159}
    assert c["participants"]["added"] == 1

    outcome = merge(demo, other)
    after = counts(demo)
    assert after[0] == before[0] + 1 and after[2] == before[2] + 1
    assert after[5] == before[5] + 1 and after[6] == before[6] + 7
    assert outcome.value.plan.counts() == c
    assert len(outcome.changes.ids(Entity.CODING, Op.CREATED)) == 7
    filled = [x for x in outcome.value.plan.fills if x.field == "example"]
    assert [demo.codebook.get(f.our_id).example for f in filled] == ["Written by the teammate"]
    with demo.store.read() as s:
        log = s.scalars(select(m.ChangeLog).order_by(m.ChangeLog.id.desc())).first()
    assert log is not None and (log.action, log.entity) == ("merge project", "project")
    assert '"file": "teammate.ikt"' in log.detail and ".before-merge-" in log.detail
    robin = next(x for x in demo.coders.all() if x.name == "Robin Teammate")
    assert len([k for k in _codings(demo) if k.coder_id == robin.id]) == 7

    backups = sorted(tmp_path.glob("*before-merge*"))
    again = merge(demo, other).value.plan
    assert not again.changes_anything
    assert sorted(tmp_path.glob("*before-merge*")) == backups  # nothing written, no backup
    assert all(v["added"] == 0 for v in again.counts().values())
    assert counts(demo) == after
    if db_engine == "sqlite":  # the file's integrity (a team database has no file)
        assert check(demo.path) == []


def _codings(project: Project) -> list[m.Coding]:
    with project.store.read() as s:
        return list(s.scalars(select(m.Coding)))


def test_the_other_file_is_not_changed_and_a_backup_opens(
    demo: Project, demo_path: Path, tmp_path: Path, db_engine: str
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    other_digest = digest(other)
    before = counts(demo)
    result = merge(demo, other).value
    assert digest(other) == other_digest
    backup = Path(result.backup)
    # a team project's backup is an offline copy in the app's data folder
    beside = demo.path.parent if db_engine == "sqlite" else paths.data_dir() / "team-backups"
    assert backup.parent == beside and ".before-merge-" in backup.name
    with Project.open(backup, read_only=True) as old:
        assert counts(old) == before
    assert check(backup) == []


def test_sources_match_by_text_and_codes_by_path_across_independent_projects(
    project: Project, tmp_path: Path
) -> None:
    ours_source = add_source(project, "P1")
    trust = project.codebook.create("Trust").value
    project.codings.apply(ours_source, trust.id, 22, 40)
    with Project.create(tmp_path / "theirs.ikt") as other:
        other.coders.ensure_current("Sam")
        their_source = add_source(other, "P1")
        parent = other.codebook.create("trust").value  # the same code, other case
        child = other.codebook.create("Online", parent.id).value
        other.codings.apply(their_source, parent.id, 22, 40)
        other.codings.apply(their_source, child.id, 0, 5)
    plan = merge(project, tmp_path / "theirs.ikt").value.plan
    assert set(plan[Kind.SOURCE].matched.values()) == {(ours_source, "text")}
    assert set(plan[Kind.CODE].matched.values()) == {(trust.id, "path")}
    assert set(plan[Kind.PARTICIPANT].matched.values()) == {(1, "label")}
    assert [c.kind for c in plan.conflicts] == ["participant"]
    online = next(i for i, path in project.codebook.paths().items() if path == "Trust/Online")
    codings = project.codings.for_source(ours_source)
    assert {(c.code_id, c.start, c.end) for c in codings} == {(trust.id, 22, 40), (online, 0, 5)}
    assert project.info().sources == 1 and len(codings) == 3  # Sam's and ours on 22-40


def test_a_near_duplicate_joined_into_our_code_stays_joined(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project, "P1")
    ours = project.codebook.create("Peer support").value
    with Project.create(tmp_path / "theirs.ikt") as other:
        other.coders.ensure_current("Sam")
        their_source = add_source(other, "P1")
        code = other.codebook.create("Peer-support").value
        other.codings.apply(their_source, code.id, 0, 9)
    path = tmp_path / "theirs.ikt"
    with project.merge.open_other(path) as handle:
        (near,) = project.merge.plan(handle).near_duplicates
        assert (near.our_id, near.name) == (ours.id, "Peer-support")
        project.merge.merge(handle, join={near.guid: near.our_id})
    assert [c.name for c in project.codebook.all()] == ["Peer support"]
    assert [c.code_id for c in project.codings.for_source(source)] == [ours.id]
    again = merge(project, path).value.plan  # no choice given: remembered
    assert set(again[Kind.CODE].matched.values()) == {(ours.id, "earlier merge")}
    assert not again.changes_anything and not again.near_duplicates


def test_a_failure_mid_merge_leaves_the_project_as_it_was(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    before = content(demo_path)

    def broken(self: merge_write.MergeWriter) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(merge_write.MergeWriter, "_themes", broken)
    with Project.open(demo_path) as p, pytest.raises(RuntimeError):
        merge(p, other)
    assert content(demo_path) == before
    assert list(tmp_path.glob("*before-merge*")) == []  # nothing written: no backup kept


def test_cancelling_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    other = teammate_copy(demo_path, tmp_path)
    before = content(demo_path)

    def progress(_done: int, _total: int, what: str) -> None:
        if what == "Merging codings":
            raise Cancelled("the merge")

    with Project.open(demo_path) as p, pytest.raises(Cancelled):
        merge(p, other, progress=progress)
    assert content(demo_path) == before


def test_a_qdpx_merges_through_a_temporary_project(
    demo: Project, demo_path: Path, tmp_path: Path
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    qdpx = tmp_path / "teammate.qdpx"
    with Project.open(other, read_only=True) as p:
        p.exchange.export_qdpx(qdpx)
    plan = merge(demo, qdpx).value.plan
    c = plan.counts()
    assert (c["codes"]["added"], c["sources"]["added"], c["codings"]["added"]) == (1, 1, 7)
    assert not merge(demo, qdpx).value.plan.changes_anything
    assert [p.name for p in tmp_path.iterdir() if p.is_dir() and "ikt-merge" in p.name] == []


def test_an_older_schema_is_read_from_an_upgraded_copy(project: Project, tmp_path: Path) -> None:
    old = tmp_path / "old.ikt"
    shutil.copyfile(FIXTURES / "schema-0001.ikt", old)
    before = digest(old)
    merge(project, old)
    assert digest(old) == before


def test_what_cannot_be_merged(
    project: Project, demo_path: Path, tmp_path: Path, db_engine: str
) -> None:
    sqlite_only(db_engine, "merges this project's own file into a file viewer")
    with pytest.raises(ProjectFileError, match="the open project itself"):
        project.merge.open_other(project.path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        project.merge.open_other(tmp_path / "missing.ikt")
    (tmp_path / "notes.ikt").write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectFileError, match="not an iKT Desktop project"):
        project.merge.open_other(tmp_path / "notes.ikt")
    with Project.open(demo_path, read_only=True) as viewer, pytest.raises(ReadOnlyProjectError):
        other = MergeService(viewer.store).open_other(project.path)
        try:
            viewer.merge.merge(other)
        finally:
            other.close()


def test_a_source_whose_text_differs_under_the_same_guid_is_left_out(
    demo: Project, demo_path: Path, tmp_path: Path
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    with Project.open(other) as p, p.store.write() as s:  # as if edited there after coding
        source = s.scalars(select(m.Source).order_by(m.Source.id)).first()
        assert source is not None
        name, source.text = source.name, source.text + "\nAn added line."
    before = counts(demo)
    plan = merge(demo, other).value.plan
    (conflict,) = [c for c in plan.conflicts if c.kind == "source"]
    assert conflict.name == name and conflict.resolution == "left out, with its codings"
    assert plan.skipped["codings on sources in conflict"] > 0
    assert plan.counts()["sources"]["matched"] == 7
    assert counts(demo)[2] == before[2] + 1  # only P42's interview came


def test_consensus_decisions_come_over_once(demo: Project, demo_path: Path, tmp_path: Path) -> None:
    other = teammate_copy(demo_path, tmp_path)
    with Project.open(other) as p:  # the teammate double-codes P1 and decides one stretch
        double_code_p1(p)
        first = p.agreement.disagreements(DW, SO, P1)[0]
        p.consensus.decide(P1, first.code_id, first.start, first.end, DW, SO, "accept_both",
                           note="both readings hold")  # fmt: skip
    outcome = merge(demo, other)
    assert outcome.changes.ids(Entity.DECISION, Op.CREATED)
    with demo.store.read() as s:
        decisions = list(s.scalars(select(m.Decision)))
    assert [(d.choice, d.note, d.start, d.end) for d in decisions] == [
        ("accept_both", "both readings hold", first.start, first.end)]  # fmt: skip
    assert {decisions[0].coder_a_id, decisions[0].coder_b_id} == {DW, SO}  # matched by GUID
    decided = [d for d in demo.agreement.disagreements(DW, SO, P1) if d.resolved]
    assert [d.choice for d in decided] == ["accept_both"]
    merge(demo, other)
    with demo.store.read() as s:
        assert len(list(s.scalars(select(m.Decision)))) == 1
