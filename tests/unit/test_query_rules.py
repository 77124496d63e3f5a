"""The coding query as data: JSON round trip, words, checks, and the span algebra."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.coding_eval import Coded, Context, Hit, coverage, evaluate
from ikt_desktop.domain.query.coding_query import (
    GONE,
    And,
    CodeTerm,
    Condition,
    Filters,
    Node,
    Not,
    Or,
    Overlapping,
    Query,
    Ref,
    SameTurn,
    by_guid,
    by_id,
    chain,
    describe,
    from_json,
    operands,
    problems,
    rebind,
    to_json,
    unchain,
)

A, B, C = CodeTerm(1, name="Trust"), CodeTerm(2, name="Partnership"), CodeTerm(3, name="Time")


def context(
    *codings: tuple[int, int, int, int], turns: dict[int, list[int]] | None = None
) -> Context:
    """``(code, source, start, end)`` codings, numbered in order."""
    by_code: dict[int, list[Coded]] = {}
    for n, (code, source, start, end) in enumerate(codings, 1):
        by_code.setdefault(code, []).append(Coded(n, code, source, start, end))
    return Context(by_code, {4: [5]}, turns or {})


def spans(hits: list[Hit]) -> list[tuple[int, int, int]]:
    return [(h.source_id, h.start, h.end) for h in hits]


def test_json_round_trip_keeps_tree_and_filters() -> None:
    query = Query(
        Not(Or(A, CodeTerm(4, True, "Barriers 💥")), SameTurn(B, Overlapping(C, A))),
        Filters(
            (Condition("role", ("extended collaborator",)), Condition("Age", low="30", high="50")),
            (Ref(1, "Dana"),),
            (Ref(7, "P3 interview"),),
        ),
    )
    assert from_json(to_json(query)) == query


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a JSON object"),
        ('{"version": 9, "root": {}}', "version 9"),
        ('{"version": 1, "root": {"op": "xor", "a": 1, "b": 2}}', "unknown operator 'xor'"),
        ('{"version": 1, "root": {"op": "code", "code": "x"}}', "code id 'x'"),
        ('{"version": 1, "root": {"op": "and", "a": {"op": "code", "code": 1}}}', "malformed"),
        ('{"version": 1, "root": {"op": "code", "code": 1}, "filters": {"conditions": '
         '[{"field": "role"}]}}', "needs a value"),
    ],
)  # fmt: skip
def test_malformed_json_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        from_json(text)


def test_described_in_words_with_current_names() -> None:
    query = Query(
        And(A, B), Filters((Condition("role", ("extended collaborator",)),), (Ref(2, "Sam"),))
    )
    assert describe(query, {1: "Trust", 2: "Partnership"}) == (
        "Coded 'Trust' AND 'Partnership'; participants with role = extended collaborator; "
        "coded by Sam"
    )
    nested = Query(Not(Or(A, CodeTerm(3, True, "Time")), B))
    assert describe(nested, {1: "Trust (renamed)"}) == (
        "Coded ('Trust (renamed)' OR 'Time' (with sub-codes)) but NOT 'Partnership'"
    )
    ranged = Query(
        A, Filters((Condition("Age", low="30", high="50"), Condition("Site", ("a", "b"))))
    )
    assert describe(ranged).endswith("participants with Age from 30 to 50 and Site in a, b")


def test_problems_name_what_was_deleted() -> None:
    query = Query(And(A, B), Filters(coders=(Ref(9, "Gone"),)))
    assert problems(query, {1: "Trust"}, {1: "Dana"}, {}) == [
        "code 'Partnership' no longer exists",
        "coder 'Gone' no longer exists",
    ]
    assert problems(query, {1: "x", 2: "y"}, {9: "Gone"}, {}) == []


def test_chain_and_unchain_are_inverse() -> None:
    node = chain(A, [("or", B), ("same_turn", C)])
    assert node == SameTurn(Or(A, B), C)
    assert unchain(node) == (A, [("or", B), ("same_turn", C)])
    assert unchain(And(A, Or(B, C))) is None


trees = st.recursive(
    st.sampled_from([A, B, C]),
    lambda kids: st.builds(
        lambda op, a, b: op(a, b),
        st.sampled_from([And, Or, Not, Overlapping, SameTurn]),
        kids,
        kids,
    ),
    max_leaves=10,
)


@given(trees)
def test_operands_split_any_tree_into_what_chain_joins(tree: Node) -> None:
    first, rest = operands(tree)
    assert chain(first, rest) == tree
    assert operands(And(A, Or(B, C))) == (A, [("and", Or(B, C))])


def test_conditions_values_and_ranges() -> None:
    assert Condition("role", ("a", "b")).matches("b")
    assert not Condition("role", ("a",)).matches("")
    assert Condition("Age", low="9", high="40").matches("10")  # numbers compare as numbers
    assert not Condition("Age", low="9", high="40").matches("41")
    assert Condition("Joined", low="2024-01-01").matches("2024-05-02")  # dates as text
    assert not Condition("Joined", high="2023-12-31").matches("2024-05-02")
    assert Filters((Condition("role", ("x",)),)).participant_matches({"role": "x"})


# -- evaluation ----------------------------------------------------------------------------


def test_and_or_not_work_on_covered_text() -> None:
    ctx = context((1, 10, 0, 10), (2, 10, 5, 20), (1, 10, 30, 40), (2, 11, 0, 5))
    assert spans(evaluate(And(A, B), ctx)) == [(10, 5, 10)]
    assert spans(evaluate(Or(A, B), ctx)) == [(10, 0, 20), (10, 30, 40), (11, 0, 5)]
    assert spans(evaluate(Not(A, B), ctx)) == [(10, 0, 5), (10, 30, 40)]
    both = evaluate(And(A, B), ctx)[0]
    assert both.codes == {1, 2} and both.codings == {1, 2}
    assert evaluate(Not(A, B), ctx)[0].codes == {1}


def test_overlapping_keeps_whole_segments_and_same_turn_uses_turns() -> None:
    # turns of source 10 start at 0, 50, 100; B is coded only in the second turn
    ctx = context((1, 10, 0, 10), (1, 10, 55, 60), (1, 10, 70, 90), (2, 10, 58, 75),
                  turns={10: [0, 50, 100]})  # fmt: skip
    assert spans(evaluate(Overlapping(A, B), ctx)) == [(10, 55, 60), (10, 70, 90)]
    assert evaluate(Overlapping(A, B), ctx)[0].codes == {1, 2}
    assert spans(evaluate(SameTurn(A, B), ctx)) == [(10, 55, 60), (10, 70, 90)]
    far = context((1, 10, 0, 10), (1, 10, 120, 130), (2, 10, 60, 70), turns={10: [0, 50, 100]})
    assert spans(evaluate(SameTurn(A, B), far)) == []
    assert spans(evaluate(Overlapping(A, B), far)) == []


def test_subcodes_are_included_when_asked() -> None:
    ctx = context((4, 1, 0, 5), (5, 1, 10, 15))  # 5 is a sub-code of 4
    assert spans(evaluate(CodeTerm(4), ctx)) == [(1, 0, 5)]
    assert spans(evaluate(CodeTerm(4, include_subcodes=True), ctx)) == [(1, 0, 5), (1, 10, 15)]


segments = st.lists(
    st.tuples(st.integers(1, 3), st.integers(1, 2), st.integers(0, 40), st.integers(1, 12)),
    max_size=14,
).map(lambda rows: context(*((c, s, a, a + n) for c, s, a, n in rows), turns={1: [0, 20], 2: [0]}))


def covered(hits: list[Hit]) -> set[tuple[int, int]]:
    return {(s, i) for s, spans_ in coverage(hits).items() for a, b in spans_ for i in range(a, b)}


@settings(max_examples=150, deadline=None)
@given(segments)
def test_the_algebra_of_covered_text(ctx: Context) -> None:
    a, b, c = (covered(evaluate(t, ctx)) for t in (A, B, C))
    assert covered(evaluate(And(A, B), ctx)) == covered(evaluate(And(B, A), ctx)) == a & b
    assert covered(evaluate(Or(A, B), ctx)) == covered(evaluate(Or(B, A), ctx)) == a | b
    assert covered(evaluate(Or(A, B), ctx)) >= a
    assert covered(evaluate(Not(A, A), ctx)) == set()
    assert covered(evaluate(Or(A, Or(B, C)), ctx)) == a | b | c
    assert covered(evaluate(Not(A, B), ctx)) == a - b
    assert covered(evaluate(And(A, Or(B, C)), ctx)) == covered(
        evaluate(Or(And(A, B), And(A, C)), ctx)
    )
    overlapping = evaluate(Overlapping(A, B), ctx)
    assert covered(overlapping) <= a
    assert covered(evaluate(And(A, B), ctx)) <= covered(overlapping)
    same_turn = evaluate(SameTurn(A, B), ctx)
    assert {h.codings for h in overlapping} <= {h.codings for h in same_turn}


def test_guids_round_trip_and_rebind_by_guid_then_by_id() -> None:
    guids = {1: "g-trust", 2: "g-partner", 7: "g-zoë", 9: "g-p1-访谈"}
    query = Query(And(A, B), Filters(coders=(Ref(7, "Zoë"),), sources=(Ref(9, "P1 访谈"),)))
    anchored = rebind(query, by_id(guids), by_id(guids), by_id(guids))
    assert from_json(to_json(anchored)) == anchored
    assert anchored.root == And(CodeTerm(1, name="Trust", guid="g-trust"),
                                CodeTerm(2, name="Partnership", guid="g-partner"))  # fmt: skip
    assert anchored.filters.sources == (Ref(9, "P1 访谈", "g-p1-访谈"),)
    # elsewhere (another copy, or after a delete): the GUIDs decide, a missing one is GONE
    there = {"g-trust": 40, "g-zoë": 3, "g-p1-访谈": 12}
    moved = rebind(anchored, *(by_guid(there, {}),) * 3)
    assert [t.code_id for t in (moved.root.a, moved.root.b)] == [40, GONE]  # type: ignore[union-attr]
    assert (moved.filters.coders[0].id, moved.filters.sources[0].id) == (3, 12)
    assert problems(moved, {40: "Trust"}, {3: "Zoë"}, {12: "P1"}) == [
        "code 'Partnership' no longer exists"]  # fmt: skip
    # an old definition without GUIDs keeps its ids and learns their GUIDs
    old = from_json(to_json(query))
    assert rebind(old, *(by_guid({}, guids),) * 3) == anchored
