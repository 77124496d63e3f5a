"""Texts kept beside an open project file (db/text_cache.py): applying a code and listing
its segment read a source's GUID, not its whole text, and an edited, rolled-back or
replaced text is never served from the cache."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.base import source_texts
from ikt_desktop.services.coding.text_edit import apply_edit
from ikt_desktop.services.project import Project
from tests.helpers import TEXT, add_source


def _text_reads(p: Project) -> list[str]:
    """The statements that read a source's text, from now on."""
    seen: list[str] = []

    def look(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "source.text" in statement:
            seen.append(statement)

    event.listen(p.store.engine, "before_cursor_execute", look)
    return seen


def _quote_of(p: Project, coding_id: int) -> str:
    return p.segments.for_codings([coding_id])[0].quote


def test_applying_and_listing_read_a_text_once(project: Project) -> None:
    source = add_source(project)
    code = project.codebook.create("Motive").value.id
    reads = _text_reads(project)
    first = project.codings.apply(source, code, 22, 30).value.id
    assert _quote_of(project, first) == TEXT[22:30]
    second = project.codings.apply(source, code, 31, 40).value.id
    assert _quote_of(project, second) == TEXT[31:40]
    assert len(reads) == 1  # the first apply; then only its GUID


@pytest.mark.both_engines  # a team database keeps no texts: the same answers
def test_an_edited_text_is_read_again_and_spans_are_checked_against_it(
    project: Project,
) -> None:
    source = add_source(project)
    code = project.codebook.create("Motive").value.id
    project.codings.apply(source, code, 0, 5)
    shorter = TEXT[:40]
    edit = project.text_edits.edit_text(source, shorter, remove_lost=True).value
    with pytest.raises(ValidationError):
        project.codings.apply(source, code, 30, len(TEXT))  # past the new end
    coding = project.codings.apply(source, code, 30, 40).value.id
    assert _quote_of(project, coding) == shorter[30:40]
    project.text_edits.restore_text(edit)  # undo: the long text is back
    assert project.codings.apply(source, code, 60, len(TEXT)).value.end == len(TEXT)


@pytest.mark.both_engines
def test_a_text_edit_that_fails_leaves_no_text_behind(project: Project) -> None:
    source = add_source(project)
    code = project.codebook.create("Motive").value.id
    project.codings.apply(source, code, 22, 30)
    with pytest.raises(RuntimeError), project.store.write() as s:
        apply_edit(s, source, "Something else entirely, and much shorter.")
        assert source_texts(s, project.store, [source])[source].startswith("Something")
        raise RuntimeError("the action fails after the edit: rolled back")
    assert project.sources.text(source) == TEXT
    coding = project.codings.apply(source, code, 60, 70).value.id
    assert _quote_of(project, coding) == TEXT[60:70]


def test_a_source_added_under_a_deleted_ones_id_is_read_anew(project: Project) -> None:
    first = add_source(project, "P1")
    code = project.codebook.create("Motive").value.id
    project.codings.apply(first, code, 22, 30)  # its text is kept
    project.sources.delete(first)
    again = add_source(project, "P2")  # SQLite gives the highest free id again
    assert again == first
    coding = project.codings.apply(again, code, 22, 30).value.id
    assert _quote_of(project, coding) == TEXT.replace("P1:", "P2:")[22:30]


def test_the_cache_is_bounded(project: Project) -> None:
    assert project.store.text_cache is not None
    code = project.codebook.create("Motive").value.id
    for n in range(12):
        project.codings.apply(add_source(project, f"P{n + 1}"), code, 22, 30)
    assert len(project.store.text_cache) == 8


@pytest.mark.both_engines
def test_a_team_project_keeps_no_texts(project: Project) -> None:
    assert (project.store.text_cache is None) == project.store.is_team
