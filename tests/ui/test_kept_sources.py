"""Sources shown before are kept laid out and painted (issue 18, switching sources within a
frame): going back to one reads nothing and shows it where it was left; anything that
changed it meanwhile (a coding, a colour, a view option, the font) is there when it comes
back; and what is kept is bounded."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.coding import transcript_view
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.shell.main_window import MainWindow

TURNS = 60


def add_interview(window: MainWindow, label: str) -> int:
    project = window.project
    assert project is not None
    window.hub.publish(project.participants.add(label, role="iKT panel member").changes)
    words = "fatigue 😂, trust and 患者, "
    turns = [
        f"{'Interviewer' if i % 2 == 0 else label}: turn {i} on {words * (1 + i % 5)} {label}"
        for i in range(TURNS)
    ]  # paragraphs of one to five lines at the width of the tests' view
    starts = [sum(len(t) + 2 for t in turns[:i]) for i in range(TURNS)]
    draft = DraftTranscript(f"{label} interview", "\n\n".join(turns), tuple(
        DraftTurn("Interviewer" if i % 2 == 0 else label, s, s + len(turns[i]))
        for i, s in enumerate(starts)))  # fmt: skip
    mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), label: SpeakerMapping(label)}
    outcome = project.sources.add_transcript(draft, mapping, participant_label=label)
    window.hub.publish(outcome.changes)
    return outcome.value.id


@pytest.fixture
def two(window: MainWindow, tmp_path: Path) -> tuple[MainWindow, int, int, int]:
    """A window on two coded interviews, the first shown; returns the window, both source
    ids and the code applied in them."""
    window.create_project(tmp_path / "kept.ikt", "Kept")
    project = window.project
    assert project is not None
    a, b = add_interview(window, "P1"), add_interview(window, "P2")
    code = project.codebook.create("Fatigue").value.id
    for source in (a, b):
        text = project.sources.text(source)
        for i in range(0, TURNS, 3):
            start = text.index(f"turn {i} ")
            window.hub.publish(project.codings.apply(source, code, start, start + 12).changes)
    window.undo_stack.clear()
    window.sources_pane.select_source(a)  # type: ignore[union-attr]
    return window, a, b, code


def pane(window: MainWindow) -> TranscriptPane:
    assert window.transcript_pane is not None
    return window.transcript_pane


def show(window: MainWindow, source_id: int) -> None:
    window.sources_pane.select_source(source_id)  # type: ignore[union-attr]
    assert pane(window).source_id == source_id


@contextmanager
def statements(window: MainWindow) -> Iterator[list[str]]:
    assert window.project is not None
    seen: list[str] = []

    def before(_conn, _cursor, sql: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        seen.append(" ".join(sql.split()))

    engine = window.project.store.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def colours_on_screen(window: MainWindow) -> set[str]:
    view = pane(window).view
    doc = view.document()
    return {
        r.format.background().color().name()
        for n in view.visible_blocks()
        for r in doc.findBlockByNumber(n).layout().formats()
        if r.format.background().style() != Qt.BrushStyle.NoBrush
    }


def test_going_back_reads_nothing_and_shows_the_source_where_it_was_left(two) -> None:  # type: ignore[no-untyped-def]
    window, a, b, _code = two
    view = pane(window).view
    bar = view.verticalScrollBar()
    block = view.document().findBlockByNumber(TURNS)  # halfway
    while view.blockBoundingRect(block) is not None and block.lineCount() < 2:
        block = block.next()  # (laid out as it is asked for)
    bar.setValue(block.firstLineNumber() + 1)  # a wrapped paragraph's second line at the top
    top = view.firstVisibleBlock()
    assert top.lineCount() > 1 and bar.value() > top.firstLineNumber()
    shown = (top.blockNumber(), bar.value() - top.firstLineNumber(), view.toPlainText())
    painted = colours_on_screen(window)
    assert painted
    document = view.document()
    show(window, b)
    assert view.document() is not document and a in view.kept_sources()
    with statements(window) as seen:
        show(window, a)
    reads = [s for s in seen if s != "BEGIN"]
    text_or_codings = ("FROM coding WHERE source_id", "FROM turn", "FROM speaker", "text FROM")
    assert not [s for s in reads if any(what in s for what in text_or_codings)], reads
    assert len(reads) <= 3, reads  # the header's row and the recording link, nothing more
    assert view.document() is document and view.source is not None
    assert view.source.source_id == a and a not in view.kept_sources()
    top = view.firstVisibleBlock()  # the same line of the same paragraph at the top
    assert (top.blockNumber(), bar.value() - top.firstLineNumber(), view.toPlainText()) == shown
    assert colours_on_screen(window) == painted
    assert "P1 interview" in pane(window).header.text()
    assert b in view.kept_sources()  # and the other one is kept in turn


def test_changes_made_while_a_source_was_away_are_there_when_it_comes_back(two) -> None:  # type: ignore[no-untyped-def]
    """A coding added to or removed from the source not shown (by another coder, from the
    segments pane, by an undo) makes it be read again; a change that changed nothing
    keeps it."""
    window, a, b, code = two
    project = window.project
    view = pane(window).view
    text = project.sources.text(a)
    start = text.index("turn 1 ")
    show(window, b)
    added = project.codings.apply(a, code, start, start + 6)
    window.hub.publish(added.changes)
    assert a not in view.kept_sources()
    show(window, a)
    assert added.value.id in view.source.codings  # type: ignore[union-attr]
    show(window, b)
    same = project.codings.apply(a, code, start, start + 6)  # already there: no change
    assert not same.changes
    window.hub.publish(same.changes)
    assert a in view.kept_sources()
    window.hub.publish(project.codings.remove(added.value.id).changes)
    assert a not in view.kept_sources()
    show(window, a)
    assert added.value.id not in view.source.codings  # type: ignore[union-attr]
    assert len(view.source.codings) == len(project.codings.for_source(a))  # type: ignore[union-attr]


def test_colours_view_options_and_font_reach_a_source_kept(two) -> None:  # type: ignore[no-untyped-def]
    window, a, b, code = two
    project = window.project
    view = pane(window).view
    show(window, b)
    window.hub.publish(project.codebook.recolor(code, "#E15759").changes)
    view.set_participant_only(True)
    view.change_font_size(3)
    show(window, a)
    assert colours_on_screen(window) == {"#e15759"}
    doc = view.document()
    hidden = [n for n in range(doc.blockCount()) if not doc.findBlockByNumber(n).isVisible()]
    assert hidden and set(hidden) == set(view.source.interviewer_blocks)  # type: ignore[union-attr]
    assert doc.defaultFont().pointSizeF() == view.font().pointSizeF()
    view.set_participant_only(False)
    show(window, b)  # left with the interviewer's turns hidden: shown as the view is now
    doc = view.document()
    assert all(doc.findBlockByNumber(n).isVisible() for n in range(doc.blockCount()))


def test_hiding_a_coder_forgets_every_source_kept(two) -> None:  # type: ignore[no-untyped-def]
    window, a, b, _code = two
    view = pane(window).view
    show(window, b)
    assert a in view.kept_sources()
    coder = window.project.coders.current()
    pane(window).set_hidden_coders(frozenset({coder.id}))
    assert not view.kept_sources()
    show(window, a)
    assert not view.source.codings  # type: ignore[union-attr]


def test_what_is_kept_is_bounded(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, a, b, _code = two
    more = [add_interview(window, f"P{n}") for n in range(3, 6)]
    view = pane(window).view
    monkeypatch.setattr(transcript_view, "KEPT_SOURCES", 2)
    for source in (b, *more):
        show(window, source)
    assert list(view.kept_sources()) == more[:2]  # the last two left; the oldest let go
    length = len(view.source.text)  # type: ignore[union-attr]
    monkeypatch.setattr(transcript_view, "KEPT_CHARACTERS", length + 1)
    show(window, a)
    assert list(view.kept_sources()) == [more[2]]
