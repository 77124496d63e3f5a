"""The compare view through qtbot: shading, statistics with their unit, stepping with the
key, and deciding a disagreement (one undo step)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.team.compare import CompareView, compare_action, open_compare
from tests.agreement_helpers import DW, P1, SO, double_code_p1, remove_second_coder_p1


@pytest.fixture
def view(qtbot, demo: Project, shown) -> Iterator[CompareView]:  # type: ignore[no-untyped-def]
    double_code_p1(demo)
    hub, stack = ChangeHub(), QUndoStack()
    v = CompareView(demo, hub, stack)
    v.undo_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.stats_ready, timeout=10_000)
    yield v
    v.wait_for_stats()


def test_opens_on_the_transcript_both_coders_coded(view: CompareView) -> None:
    assert view.coders == (DW, SO)
    assert view.source_id == P1 and view.source_box.count() == 1
    assert view.disagreements
    assert "Character level" in view.stats.text() and "unit: character" in view.stats.text()
    assert "Segment level" in view.stats.text() and "overlap" in view.stats.text()
    assert "Only Dana Whitfield" in view.legend_a.text()
    view.resize(1200, 760)
    view.grab().save("/tmp/compare.png")


def test_n_steps_to_the_next_disagreement(qtbot, view: CompareView) -> None:  # type: ignore[no-untyped-def]
    view.text.setFocus()
    qtbot.waitUntil(view.text.hasFocus)
    text = view._project.sources.text(P1)
    positions = PositionMap.for_text(text)
    qtbot.keyClick(view.text, Qt.Key.Key_N)
    assert view.current == 0
    first = view.disagreements[0]
    cursor = view.text.textCursor()
    assert positions.from_utf16(cursor.selectionStart()) == first.start
    assert positions.from_utf16(cursor.selectionEnd()) == first.end
    qtbot.keyClick(view.text, Qt.Key.Key_N)
    assert view.current == 1
    assert (
        positions.from_utf16(view.text.textCursor().selectionStart()) == view.disagreements[1].start
    )
    qtbot.keyClick(view.text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == 0
    qtbot.keyClick(view.text, Qt.Key.Key_F8)
    assert view.current == 1
    assert "Disagreement 2 of" in view.position.text()


def test_one_code_and_its_statistics(qtbot, view: CompareView) -> None:  # type: ignore[no-untyped-def]
    code = view.disagreements[0].code_id
    view.set_code(code)
    assert {d.code_id for d in view.disagreements} == {code}
    qtbot.waitUntil(lambda: view.stats_ready, timeout=10_000)
    assert view.code_box.currentText() in view.stats.text()


def test_deciding_is_one_undo_step(qtbot, view: CompareView) -> None:  # type: ignore[no-untyped-def]
    stack: QUndoStack = view.undo_stack  # type: ignore[attr-defined]
    view.select(0)
    d = view.disagreements[0]
    view.note_edit.setText("A read the definition right")
    qtbot.mouseClick(view.accept_a, Qt.MouseButton.LeftButton)
    assert stack.count() == 1 and stack.undoText().startswith("Accept A")
    assert view.disagreements[0].resolved and view.disagreements[0].choice == "accept_a"
    assert view.log.count() == 1 and "A read the definition right" in view.log.item(0).text()
    assert view.note_edit.text() == ""
    consensus = [c for c in view._project.coders.all() if c.name == "Consensus"]
    assert consensus
    spans = [(c.start, c.end) for c in view._project.codings.for_source(P1)
             if c.coder_id == consensus[0].id]  # fmt: skip
    assert spans == list(d.a)
    stack.undo()
    assert not view.disagreements[0].resolved and view.log.count() == 0
    assert view._project.consensus.all() == []
    stack.redo()
    assert view.disagreements[0].resolved and view.log.count() == 1


def test_consensus_coding_takes_the_selection(view: CompareView) -> None:
    view.select(0)
    d = view.disagreements[0]
    positions = PositionMap.for_text(view._project.sources.text(P1))
    cursor = view.text.textCursor()
    cursor.setPosition(positions.to_utf16(d.start + 2))
    cursor.setPosition(positions.to_utf16(d.start + 9), cursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    assert view.decide("consensus")
    (row,) = view._project.consensus.all()
    assert row.choice == "consensus"
    coder = next(c for c in view._project.coders.all() if c.name == "Consensus")
    assert [(c.start, c.end) for c in view._project.codings.for_source(P1)
            if c.coder_id == coder.id] == [(d.start + 2, d.start + 9)]  # fmt: skip


def test_coders_without_a_shared_transcript(qtbot, demo: Project, shown) -> None:  # type: ignore[no-untyped-def]
    remove_second_coder_p1(demo)  # the demo ships P1 coded by both
    v = CompareView(demo, ChangeHub(), QUndoStack())
    qtbot.addWidget(v)
    assert v.source_id is None and not v.disagreements
    assert "have not coded any transcript in common" in v.text.toPlainText()
    v.wait_for_stats()


def test_the_window_menu_opens_it(qtbot, window, demo_path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_project(demo_path)
    action = next(a for a in window.view_menu.actions() if "Compare" in a.text())
    assert isinstance(compare_action(window).text(), str)
    view = open_compare(window)
    assert isinstance(view, CompareView) and view.isVisible()
    view.wait_for_stats()
    view.close()
    assert action.isEnabled()


def test_low_kappa_with_high_agreement_is_explained(view: CompareView) -> None:
    from dataclasses import replace

    from ikt_desktop.domain.analysis.agreement import PARADOX_NOTE, Table, char_stats

    char = view._project.agreement.compare([DW, SO])
    segment = view._project.agreement.compare([DW, SO], "segment")
    table = Table(both=2, a_only=10, b_only=10, neither=978)
    skewed = char_stats(None, table.histogram, table)
    assert skewed.paradox
    view.show_stats(replace(char, overall=replace(char.overall, stats=skewed)), segment)
    assert (
        "prevalence paradox" in view.note.text() and PARADOX_NOTE[:20] in view.note.text().lower()
    )
