"""Running coding queries on a project, saving them, exporting results."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ikt_desktop.domain.changes import Entity
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.query.coding_query import (
    And,
    CodeTerm,
    Condition,
    Filters,
    Or,
    Query,
    Ref,
    SameTurn,
    from_json,
    to_json,
)
from ikt_desktop.services.project import Project
from tests.helpers import TEXT, add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def _span(word: str) -> tuple[int, int]:
    at = TEXT.index(word)
    return at, at + len(word)


@pytest.fixture
def coded(project: Project) -> tuple[Project, int, int, int]:
    """P1 (panel) and P2 (extended collaborator): "trust" and "partnership" overlap on
    "my MS 👍" in both interviews; the span starts after the emoji's code point."""
    project.participants.add("P2", role="extended collaborator")
    p1, p2 = add_source(project, "P1"), add_source(project, "P2")
    trust = project.codebook.create("Trust").value.id
    partnership = project.codebook.create("Partnership").value.id
    start, _ = _span("Because")
    _, end = _span("👍")
    for source in (p1, p2):
        project.codings.apply(source, trust, start, end)
        project.codings.apply(source, partnership, _span("my MS")[0], len(TEXT))
    return project, trust, partnership, p1


def test_and_gives_the_text_both_cover_with_attribution(
    coded: tuple[Project, int, int, int],
) -> None:
    project, trust, partnership, p1 = coded
    result = project.queries.run(Query(And(CodeTerm(trust), CodeTerm(partnership))))
    assert [r.text for r in result.rows] == ["my MS 👍", "my MS 👍"]
    first = result.rows[0]
    assert (first.start, first.end) == (_span("my MS")[0], _span("👍")[1])
    assert first.source_id == p1 and first.attribution == "(P1, iKT panel member)"
    assert first.codes == ("Partnership", "Trust") and first.coders == ("Tester",)
    assert len(first.coding_ids) == 2
    assert result.description == "Coded 'Trust' AND 'Partnership'"
    assert result.summary == "2 segments from 2 participants in 2 sources"


def test_role_filter_keeps_extended_collaborators(coded: tuple[Project, int, int, int]) -> None:
    project, trust, partnership, _ = coded
    only = Filters((Condition("role", ("extended collaborator",)),))
    result = project.queries.run(Query(And(CodeTerm(trust), CodeTerm(partnership)), only))
    assert [r.attribution for r in result.rows] == ["(P2, extended collaborator)"]
    assert result.description.endswith("; participants with role = extended collaborator")


def test_coder_and_source_filters(coded: tuple[Project, int, int, int]) -> None:
    project, trust, partnership, p1 = coded
    other = project.coders.add("Other").value
    query = Query(Or(CodeTerm(trust), CodeTerm(partnership)), Filters(coders=(Ref(other.id),)))
    assert project.queries.run(query).rows == ()
    by_source = Query(CodeTerm(trust), Filters(sources=(Ref(p1, "P1 interview"),)))
    assert [r.source_id for r in project.queries.run(by_source).rows] == [p1]


def test_a_query_naming_a_deleted_code_says_which(coded: tuple[Project, int, int, int]) -> None:
    project, trust, partnership, _ = coded
    query = Query(And(CodeTerm(trust, name="Trust"), CodeTerm(partnership, name="Partnership")))
    saved = project.saved_queries.create("Both", "coding", to_json(query)).value
    project.codebook.delete(partnership)
    assert project.queries.problems(query) == ["code 'Partnership' no longer exists"]
    with pytest.raises(ValidationError, match="code 'Partnership' no longer exists"):
        project.queries.run(query)
    kept = from_json(project.saved_queries.get(saved.id).definition)  # kept as saved
    assert project.queries.problems(kept) == ["code 'Partnership' no longer exists"]


def test_same_turn_on_the_demo_with_a_role_filter(demo: Project) -> None:
    codes = {c.name: c.id for c in demo.codebook.all()}
    facilitators = CodeTerm(codes["Facilitators"], include_subcodes=True)
    virtual = CodeTerm(codes["Virtual meetings"], include_subcodes=True)
    everyone = demo.queries.run(Query(SameTurn(facilitators, virtual)))
    only = Filters((Condition("role", ("extended collaborator",)),))
    collaborators = demo.queries.run(Query(SameTurn(facilitators, virtual), only))
    assert everyone.rows and collaborators.rows
    assert len(collaborators.rows) < len(everyone.rows)
    assert {r.participant_role for r in collaborators.rows} == {"extended collaborator"}
    for row in everyone.rows:  # every segment keeps its own text
        assert demo.sources.text(row.source_id)[row.start : row.end] == row.text
    years = Filters((Condition("Years involved", low="4", high="10"),))
    assert {r.participant_label for r in demo.queries.run(Query(facilitators, years)).rows} <= {
        "P1",
        "P2",
        "P4",
    }


def test_results_to_excel_read_back(coded: tuple[Project, int, int, int], tmp_path: Path) -> None:
    project, trust, partnership, _ = coded
    result = project.queries.run(Query(And(CodeTerm(trust), CodeTerm(partnership))))
    out = tmp_path / "query.xlsx"
    project.queries.write_xlsx(out, result)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Query results"
    assert sheet["A1"].value == "Coded 'Trust' AND 'Partnership'"
    assert sheet["A2"].value == "2 segments from 2 participants in 2 sources"
    assert [c.value for c in sheet[3]][:5] == ["Quote", "Attribution", "Participant", "Role",
                                              "Source"]  # fmt: skip
    assert [c.value for c in sheet[4]] == ["my MS 👍", "(P1, iKT panel member)", "P1",
        "iKT panel member", "P1 interview", "Partnership; Trust", "Tester",
        result.rows[0].start, result.rows[0].end]  # fmt: skip
    assert sheet.max_row == 5


# -- saved queries -------------------------------------------------------------------------


def test_saved_queries_create_rename_update_delete_restore(project: Project) -> None:
    queries = project.saved_queries
    definition = to_json(Query(CodeTerm(1, name="Trust")))
    first = queries.create("  Trust  talk ", "coding", definition)
    assert first.value.name == "Trust talk" and first.changes.entities() == {Entity.SAVED_QUERY}
    second = queries.create("Second", "coding", definition).value
    with pytest.raises(ValidationError, match="already a saved query named 'trust talk'"):
        queries.create("trust talk", "coding", definition)
    with pytest.raises(ValidationError, match="needs a name"):
        queries.rename(second.id, "  ")
    assert queries.rename(second.id, "Renamed").value.name == "Renamed"
    other = to_json(Query(CodeTerm(2, name="Time")))
    assert queries.update(second.id, other).value.definition == other
    snapshot = queries.delete(first.value.id).value
    assert [q.name for q in queries.all()] == ["Renamed"]
    queries.restore(snapshot)
    assert [(q.id, q.guid, q.name) for q in queries.all()] == [
        (first.value.id, first.value.guid, "Trust talk"), (second.id, second.guid, "Renamed")
    ]  # fmt: skip
    assert queries.find("renamed").id == second.id
    with pytest.raises(NotFoundError, match="No saved query named 'nope'"):
        queries.find("nope")


def test_saved_definitions_are_checked_for_their_kind(project: Project) -> None:
    queries = project.saved_queries
    with pytest.raises(ValidationError, match="unknown operator"):
        queries.create("Bad", "coding", '{"version": 1, "root": {"op": "near"}}')
    with pytest.raises(ValidationError, match="version None"):
        queries.create("Search", "text", '{"terms": ["fatigue"], "anything": 1}')
    text = queries.create("Search", "text", '{"version": 1, "query": "fatigue"}').value
    assert queries.all("text") == [text] and queries.all("coding") == []
    assert queries.create("Search", "coding", to_json(Query(CodeTerm(1)))).value.kind == "coding"
    with pytest.raises(ValidationError, match="unknown kind"):
        queries.create("X", "matrix", "{}")
    with pytest.raises(ValidationError, match="not valid JSON"):
        queries.create("Y", "text", "{")
