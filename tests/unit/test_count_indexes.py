"""Counting a code's participants reads two indexes and no table rows (migration 0008):
the codebook re-counts the code after every coding, on projects with 100,000 codings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from ikt_desktop.db import coding_counts
from ikt_desktop.services.project import Project
from tests.helpers import add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def coded(project: Project) -> int:
    source = add_source(project)  # the interviewer's turn, then P1's (with an emoji)
    code = project.codebook.create("Joining").value
    project.codings.apply(source, code.id, 3, 10)  # "Why did": the interviewer
    project.codings.apply(source, code.id, 26, 33)  # "Because": P1
    return code.id


def plan(project: Project, code_id: int) -> str:
    with project.store.read() as s:
        if s.get_bind().dialect.name == "postgresql":
            query = str(coding_counts._ALL_OF_CODES_PG).replace(
                "IN (__[POSTCOMPILE_codes])", f"IN ({code_id})"
            )
            s.execute(text("SET enable_seqscan = off"))  # tiny tables: plan as if large
            try:
                return "\n".join(s.execute(text("EXPLAIN " + query)).scalars())
            finally:
                s.execute(text("RESET enable_seqscan"))
        query = coding_counts._PEOPLE_OF_CODES.format(marks=str(code_id))
        rows = s.execute(text("EXPLAIN QUERY PLAN " + query))
        return "\n".join(str(r[-1]) for r in rows)


def test_the_participant_count_reads_codings_and_turns_from_indexes_only(
    project: Project,
) -> None:
    code_id = coded(project)
    found = plan(project, code_id)
    if "QUERY PLAN" in found or "Scan" in found:  # PostgreSQL's words
        assert "Index Only Scan using ix_coding_code_source_start on coding" in found
        assert "Index Only Scan Backward using ix_turn_source_start_speaker on turn" in found
    else:
        assert "COVERING INDEX ix_coding_code_source_start" in found
        assert "COVERING INDEX ix_turn_source_start_speaker" in found
    assert project.codebook.get(code_id).participant_count == 1  # P1, not the interviewer


def test_an_older_project_file_gets_the_covering_indexes_and_counts_the_same(
    tmp_path: Path,
) -> None:
    """(A team database is upgraded by ``team upgrade``: test_team_editing.py.)"""
    path = tmp_path / "old.ikt"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema-0007.ikt", path)
    with Project.open(path) as p:
        before = [(c.coding_count, c.source_count, c.participant_count) for c in p.codebook.all()]
        with p.store.read() as s:
            coding = {r[1] for r in s.execute(text("PRAGMA index_list(coding)"))}
            turn = {r[1] for r in s.execute(text("PRAGMA index_list(turn)"))}
        assert "ix_coding_code_source_start" in coding and "ix_coding_code_source" not in coding
        assert "ix_turn_source_start_speaker" in turn and "ix_turn_source_start" not in turn
        p.coders.ensure_current("Tester")
        for code in p.codebook.all():
            assert p.codebook.get(code.id).participant_count == code.participant_count
        assert [(c.coding_count, c.source_count, c.participant_count)
                for c in p.codebook.all()] == before  # fmt: skip
