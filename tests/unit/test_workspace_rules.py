"""Pure rules behind the coding workspace, and segment attribution."""

from __future__ import annotations

from ikt_desktop.domain.coding.fuzzy import rank, score
from ikt_desktop.domain.coding.intervals import BlockIndex, Mark, elementary_segments
from ikt_desktop.domain.transcripts.spans import snap_to_words
from ikt_desktop.services.project import Project
from tests.helpers import add_source

TEXT = "I: Why?\n\nP1: Because of fatigue.\nAnd heat."


def test_block_index_finds_marks_per_paragraph() -> None:
    a = Mark(13, 31, code_id=1, coding_id=10)  # "Because of fatigue" (paragraph 2)
    b = Mark(3, 40, code_id=2, coding_id=11)  # spans paragraphs 0..3
    index = BlockIndex.for_text(TEXT, [a, b])
    assert index.block_starts == [0, 8, 9, 33]
    assert TEXT[a.start : a.end] == "Because of fatigue"
    assert index.block_range(2) == (9, 32)
    assert index.marks_in(2) == [b, a]
    assert index.local_marks(0) == [(3, 7, b)]
    assert index.local_marks(1) == []  # the empty line between turns: nothing to paint
    assert list(index.remove(a)) == [2] and index.marks_in(2) == [b]


def test_block_index_built_at_once_equals_one_by_one() -> None:
    """``for_text`` sorts and places all marks at once; ``add`` inserts one in order:
    both give each paragraph the same sorted list (multi-paragraph, empty and equal-start
    marks, emoji in the text included)."""
    import random

    rng = random.Random(18)
    text = "\n".join(
        "".join(rng.choice("ab é😂中 ") for _ in range(rng.randrange(0, 30))) for _ in range(60)
    )
    marks = []
    for coding_id in range(400):
        start = rng.randrange(0, len(text))
        end = min(len(text), start + rng.choice([0, 1, 5, 40, 200]))
        marks.append(Mark(start, end, rng.randrange(1, 6), coding_id))
    marks += [Mark(m.start, m.end, m.code_id, m.coding_id + 1000) for m in marks[:50]]
    at_once = BlockIndex.for_text(text, reversed(marks))
    one_by_one = BlockIndex.for_text(text)
    for mark in marks:
        one_by_one.add(mark)
    blocks = range(len(at_once.block_starts))
    assert [at_once.marks_in(b) for b in blocks] == [one_by_one.marks_in(b) for b in blocks]
    assert sum(map(len, (at_once.marks_in(b) for b in blocks))) > len(marks)  # some span two


def test_elementary_segments_keep_overlaps_visible() -> None:
    assert elementary_segments([(0, 10, 1), (5, 15, 2), (20, 25, 1)]) == [
        (0, 5, frozenset({1})), (5, 10, frozenset({1, 2})), (10, 15, frozenset({2})),
        (20, 25, frozenset({1})),
    ]  # fmt: skip


def test_snap_to_words() -> None:
    text = "the café’s well-known 😂 crème brûlée"
    assert snap_to_words(text, 6, 9) == (4, 10)  # "caf|é’s" -> "café’s"
    assert snap_to_words(text, 3, 13) == (4, 21)  # leading space trimmed, word widened
    assert snap_to_words(text, 3, 4) == (4, 4)  # only white space: nothing


def test_fuzzy_ranking() -> None:
    codes = [(1, "Barriers/Fatigue and symptoms"), (2, "Facilitators/Flexible formats"),
             (3, "Barriers/Time and compensation")]  # fmt: skip
    assert rank("fat", codes)[0] == 1
    assert rank("flex", codes) == [2]
    assert rank("tcomp", codes) == [3]
    assert score("xyz", "Fatigue") is None
    assert rank("fatigué", codes)[0] == 1  # accents folded


def test_segments_are_attributed_to_the_speaker(project: Project) -> None:
    src = add_source(project)  # I: (interviewer) then P1
    code = project.codebook.create("Motivations").value
    project.codings.apply(src, code.id, 0, 5)  # interviewer talk
    project.codings.apply(src, code.id, 26, 40)  # P1's words
    segments = project.segments.for_codes([code.id])
    assert [s.participant_label for s in segments] == ["", "P1"]
    assert segments[1].quote == project.sources.text(src)[26:40]
    assert segments[1].attribution() == "(P1, iKT panel member)"
    assert segments[0].attribution() == "(P1 interview)"
    assert project.codebook.get(code.id).participant_count == 1
