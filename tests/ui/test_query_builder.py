"""The query builder shows any query the engine runs: bracketed groups for any tree,
several participant conditions (values or ranges), several coders and sources; loading a
query and reading it back gives the same query (a property over random trees)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ikt_desktop.domain.query.coding_query import (
    OPERATORS,
    CodeTerm,
    Condition,
    Filters,
    Not,
    Query,
    Ref,
    from_json,
    to_json,
)
from ikt_desktop.services.dto import AttributeDTO, ParticipantDTO
from ikt_desktop.ui.query.builder import QueryBuilder
from ikt_desktop.ui.query.filters import ChoiceButton
from ikt_desktop.ui.query.terms import GroupRow, TermRow

CODES = [(1, "Barriers"), (2, "Barriers/Fatigue 😂"), (3, "Café"), (4, "患者参与"), (5, "Trust")]
CODERS = [(1, "Dana"), (2, "Sam Okafor"), (3, "Zoë")]
SOURCES = [(10, "P1 interview"), (11, "患者 interview"), (12, "P3 (Zoom)")]
ATTRIBUTES = [
    AttributeDTO(1, "g1", "Years involved", "number", (), 0),
    AttributeDTO(2, "g2", "Joined", "date", (), 1),
    AttributeDTO(3, "g3", "Group", "choice", ("panel", "collaborator"), 2),
]
PEOPLE = [
    ParticipantDTO(1, "p1", "P1", "", "panel member", "", 0, (("Years involved", "6"),)),
    ParticipantDTO(2, "p2", "P2", "", "extended collaborator", "", 1, (("Joined", "2024-03-01"),)),
]


def builder(qtbot) -> QueryBuilder:  # type: ignore[no-untyped-def]
    b = QueryBuilder()
    qtbot.addWidget(b)
    b.set_codes(CODES)
    b.filters.set_choices(PEOPLE, ATTRIBUTES, CODERS, SOURCES)
    return b


def tick(button: ChoiceButton, label: str, on: bool = True) -> None:
    (item,) = button.list.findItems(label, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


terms = st.builds(
    lambda code, sub: CodeTerm(code[0], sub, code[1].rsplit("/", 1)[-1]),
    st.sampled_from(CODES),
    st.booleans(),
)
trees = st.recursive(
    terms,
    lambda kids: st.builds(
        lambda op, a, b: OPERATORS[op](a, b), st.sampled_from(sorted(OPERATORS)), kids, kids
    ),
    max_leaves=7,
)
words = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=6)
fields = st.sampled_from(["role", "Years involved", "Joined", "Group", "Deleted attribute"])
conditions = st.one_of(
    st.builds(
        lambda f, v: Condition(f, tuple(v)),
        fields,
        st.lists(words, min_size=1, max_size=3, unique=True),
    ),
    st.builds(
        lambda f, low, high: Condition(f, (), low, high),
        fields,
        words,
        st.none() | words,
    ),
    st.builds(lambda f, high: Condition(f, (), None, high), fields, words),
)


def refs(items: list[tuple[int, str]]) -> st.SearchStrategy[tuple[Ref, ...]]:
    return st.lists(st.sampled_from(items), unique=True).map(
        lambda chosen: tuple(Ref(i, name) for i, name in chosen)
    )


queries = st.builds(
    Query,
    trees,
    st.builds(Filters, st.lists(conditions, max_size=3).map(tuple), refs(CODERS), refs(SOURCES)),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=queries)
def test_any_query_round_trips_through_the_builder(qtbot, query: Query) -> None:  # type: ignore[no-untyped-def]
    b = builder(qtbot)
    assert b.show_query(query)
    assert b.query() == query
    assert from_json(to_json(b.query())) == query  # type: ignore[arg-type]


def test_one_builder_shows_query_after_query(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Showing a query replaces everything the builder showed before."""
    b = builder(qtbot)
    grouped = Query(
        Not(OPERATORS["or"](CodeTerm(1, True, "Barriers"), CodeTerm(3, name="Café")),
            OPERATORS["and"](CodeTerm(4, name="患者参与"), CodeTerm(5, name="Trust"))),
        Filters((Condition("Years involved", low="2", high="10"),), ((Ref(2, "Sam Okafor")),)),
    )  # fmt: skip
    plain = Query(CodeTerm(2, name="Fatigue 😂"))
    for query in (grouped, plain, grouped):
        assert b.show_query(query) and b.query() == query
    assert [type(r) for r in b.rows] == [TermRow, TermRow, GroupRow]


def test_a_refresh_keeps_a_shown_query(qtbot) -> None:  # type: ignore[no-untyped-def]
    """New choices (a participant added, an attribute deleted) change nothing shown."""
    b = builder(qtbot)
    query = Query(
        CodeTerm(3, name="Café"),
        Filters((Condition("role", (), "a", "m"), Condition("Joined", ("2024-03-01", "x")))),
    )
    assert b.show_query(query)
    b.filters.set_choices(PEOPLE[:1], ATTRIBUTES[:1], CODERS, SOURCES)
    assert b.query() == query


def test_a_missing_coder_is_reported_not_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    b = builder(qtbot)
    assert not b.show_query(Query(CodeTerm(1, name="Barriers"), Filters(coders=(Ref(99, "X"),))))
    assert b.query() == Query(CodeTerm(1, name="Barriers"))


def test_groups_built_with_the_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    b = builder(qtbot)
    top = b.terms
    top.rows[1].remove.click()
    assert len(top.rows) == 1 and top.rows[0].remove.isHidden()
    top.add_group_button.click()
    group = top.rows[1]
    assert isinstance(group, GroupRow)
    group.operator.setCurrentIndex(group.operator.findData("not"))
    inner = group.group
    inner.rows[1].operator.setCurrentIndex(inner.rows[1].operator.findData("or"))
    inner.add_group_button.click()  # a group inside the group
    deeper = inner.rows[2]
    assert isinstance(deeper, GroupRow)
    deeper.remove.click()
    assert b.query() == Query(
        Not(CodeTerm(1, name="Barriers"),
            OPERATORS["or"](CodeTerm(1, name="Barriers"), CodeTerm(2, name="Fatigue 😂")))
    )  # fmt: skip
    row = inner.rows[0]
    assert isinstance(row, TermRow)
    row.code.setCurrentIndex(row.code.findData(4))
    row.subcodes.setChecked(True)
    assert b.query().root.b.a == CodeTerm(4, True, "患者参与")  # type: ignore[union-attr]


def test_conditions_with_values_and_ranges_coders_and_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    b = builder(qtbot)
    first = b.filters.add_condition()
    assert [first.values.list.item(i).text() for i in range(first.values.list.count())] == [
        "extended collaborator",
        "panel member",
    ]
    assert not first.mode.isEnabled()  # role: values only
    tick(first.values, "panel member")
    tick(first.values, "extended collaborator")
    assert first.values.text().startswith("panel member, extended collaborator")
    second = b.filters.add_condition()
    second.field.setCurrentIndex(second.field.findData("Years involved"))
    assert second.mode.isEnabled()
    second.mode.setCurrentIndex(second.mode.findData("between"))
    assert second.values.isHidden() and not second.low.isHidden()
    second.low.setText("3")
    third = b.filters.add_condition()
    third.field.setCurrentIndex(third.field.findData("Group"))  # a choice: its choices offered
    assert third.values.list.count() == 2
    third_empty = third.condition()
    tick(b.filters.coders, "Zoë")
    tick(b.filters.coders, "Dana")
    tick(b.filters.sources, "患者 interview")
    tick(b.filters.sources, "患者 interview", on=False)
    query = b.query()
    assert query is not None and third_empty is None
    assert query.filters == Filters(
        (Condition("role", ("panel member", "extended collaborator")),
         Condition("Years involved", (), "3", None)),
        (Ref(3, "Zoë"), Ref(1, "Dana")),
        (),
    )  # fmt: skip
    assert b.filters.coders.text().startswith("Zoë, Dana")
    assert b.filters.sources.text().startswith("all sources")
    b.filters.set_choices(PEOPLE, ATTRIBUTES, CODERS[:1], SOURCES)  # Zoë removed from the project
    assert b.query().filters.coders == (Ref(1, "Dana"),)  # type: ignore[union-attr]
