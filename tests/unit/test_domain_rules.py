from __future__ import annotations

import pytest

from ikt_desktop.domain.attributes import AttributeType, parse_value
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.spans import Span, check_span
from ikt_desktop.domain.transcripts.text import count_words, normalise_text

PARENTS = {1: None, 2: 1, 3: 2, 4: None}


def test_normalise_text_strips_bom_unifies_line_ends_and_composes() -> None:
    assert normalise_text("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"
    assert normalise_text("Ze\u0301") == "Zé"


def test_count_words_counts_contractions_and_hyphens_once() -> None:
    assert count_words("I'm a well-known café owner, 患者参与.") == 6


def test_move_refuses_cycles() -> None:
    assert codetree.can_move(3, 4, PARENTS)
    assert codetree.can_move(3, None, PARENTS)
    assert not codetree.can_move(1, 3, PARENTS)  # under its own grandchild
    assert not codetree.can_move(2, 2, PARENTS)
    with pytest.raises(ValidationError):
        codetree.check_move(1, 2, PARENTS)


def test_descendants_and_ancestors() -> None:
    assert sorted(codetree.descendants(1, PARENTS)) == [2, 3]
    assert codetree.ancestors(3, PARENTS) == [2, 1]


def test_corrupt_cycle_is_reported_not_looped() -> None:
    with pytest.raises(ValidationError):
        codetree.ancestors(1, {1: 2, 2: 1})


@pytest.mark.parametrize("bad", ["", "   ", "a/b", "x" * 201])
def test_bad_code_names(bad: str) -> None:
    with pytest.raises(ValidationError):
        codetree.clean_name(bad)


def test_names_and_colours_are_cleaned() -> None:
    assert codetree.clean_name("  Trust   and  safety ") == "Trust and safety"
    assert codetree.clean_color("#aabbcc") == "#AABBCC"
    with pytest.raises(ValidationError):
        codetree.clean_color("red")


def test_spans() -> None:
    assert len(Span(2, 5)) == 3
    assert Span(0, 3).overlaps(Span(2, 4)) and not Span(0, 2).overlaps(Span(2, 4))
    with pytest.raises(ValidationError):
        Span(3, 3)
    with pytest.raises(ValidationError):
        check_span(0, 11, 10)


@pytest.mark.parametrize(
    ("kind", "raw", "choices", "stored"),
    [
        (AttributeType.NUMBER, "6", (), "6"),
        (AttributeType.NUMBER, "2,5", (), "2.5"),
        (AttributeType.DATE, "2024-02-05", (), "2024-02-05"),
        (AttributeType.CHOICE, "clinician", ("clinician", "researcher"), "clinician"),
        (AttributeType.TEXT, "  free text ", (), "free text"),
    ],
)
def test_attribute_values(
    kind: AttributeType, raw: str, choices: tuple[str, ...], stored: str
) -> None:
    assert parse_value(kind, raw, choices) == stored


@pytest.mark.parametrize(
    ("kind", "raw"),
    [(AttributeType.NUMBER, "six"), (AttributeType.DATE, "5/2/2024"), (AttributeType.CHOICE, "x")],
)
def test_bad_attribute_values(kind: AttributeType, raw: str) -> None:
    with pytest.raises(ValidationError):
        parse_value(kind, raw, ("a",))


def test_changeset_queries() -> None:
    changes = ChangeSet.of(Entity.CODE, Op.CREATED, [1, 2]) + ChangeSet.of(
        Entity.CODING, Op.DELETED, [7]
    )
    assert changes.entities() == {Entity.CODE, Entity.CODING}
    assert changes.ids(Entity.CODE) == {1, 2}
    assert changes.ids(Entity.CODING, Op.CREATED) == frozenset()
    assert not ChangeSet()


def test_step_to_the_next_or_previous_span() -> None:
    from ikt_desktop.domain.transcripts.spans import step_to

    spans = [(10, 20), (0, 5), (10, 15), (30, 40)]
    assert step_to(spans, 0, forward=True, inclusive=True) == (0, 5)  # a bare cursor at 0
    assert step_to(spans, 0, forward=True, inclusive=False) == (10, 15)  # (0, 5) selected
    assert step_to(spans, 10, forward=True, inclusive=False) == (30, 40)  # together: one step
    assert step_to(spans, 30, forward=False, inclusive=False) == (10, 15)
    assert step_to(spans, 0, forward=False, inclusive=True) is None
    assert step_to(spans, 30, forward=True, inclusive=False) is None
    assert step_to([], 3, forward=True, inclusive=True) is None
