"""Team coding in one window: the current coder, whose codings are shown, blind mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.team import coder_bar
from tests.agreement_helpers import DW, P1, SO, double_code_p1


def coders_shown(window: MainWindow) -> set[int]:
    pane = window.workspace.transcript_pane  # type: ignore[union-attr]
    assert pane.view.source is not None
    return {c.coder_id for c in pane.view.source.codings.values()}


def open_busy_source(window: MainWindow, demo_path: Path) -> tuple[int, int]:
    """Open the demo on a source both coders coded; (Dana's id, Sam's id)."""
    with Project.open(demo_path) as project:  # Sam codes some of Dana's first source too
        dana, sam = (c.id for c in project.coders.all())
        source = next(s for s in project.sources.all()
                      if {c.coder_id for c in project.codings.for_source(s.id)} == {dana})  # fmt: skip
        project.coders.set_current(sam)
        for coding in project.codings.for_source(source.id)[:3]:
            project.codings.apply(source.id, coding.code_id, coding.start, coding.end + 5)
        project.coders.set_current(dana)
    window.open_project(demo_path)
    window.workspace.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    assert coders_shown(window) == {dana, sam}
    return dana, sam


def test_show_and_hide_coders_and_their_stripe_ticks(window: MainWindow, demo_path: Path) -> None:
    dana, sam = open_busy_source(window, demo_path)
    bar = window.coder_bar
    assert bar is not None
    assert [bar.current.itemText(i) for i in range(bar.current.count())] == [
        "Dana Whitfield", "Sam Okafor", "Add Coder…"]  # fmt: skip
    assert bar.current.currentText() == "Dana Whitfield"
    pane = window.workspace.transcript_pane  # type: ignore[union-attr]
    assert set(pane.stripes.coder_colors) == {dana, sam}  # two coders: ticks are drawn
    source = pane.view.source
    assert source is not None
    block = next(b for b in range(pane.view.blockCount()) if source.codes_in(b))
    code = source.codes_in(block)[0]
    assert set(source.coders_in(block, code)) <= {dana, sam}
    sam_action = next(a for a in bar.show_menu.actions() if a.text() == "Sam Okafor")
    sam_action.setChecked(False)
    assert coders_shown(window) == {dana}
    assert "some coders hidden" in pane.header.text()
    assert bar.show_button.text() == "Show Coders (1/2)"
    pane.stripes.grab()  # paints with ticks without error
    next(a for a in bar.show_menu.actions() if a.text() == "Sam Okafor").setChecked(True)
    assert coders_shown(window) == {dana, sam}


def test_blind_mode_follows_the_current_coder_and_switching_is_undoable(
    window: MainWindow, demo_path: Path
) -> None:
    dana, sam = open_busy_source(window, demo_path)
    bar = window.coder_bar
    assert bar is not None
    bar.blind.setChecked(True)
    assert coders_shown(window) == {dana}
    assert all(not a.isEnabled() for a in bar.show_menu.actions())
    bar.current.activated.emit(bar.current.findData(sam))
    assert window.project is not None and window.project.coders.current().name == "Sam Okafor"  # type: ignore[union-attr]
    assert coders_shown(window) == {sam}
    assert window.undo_stack.undoText() == "Switch to Coder 'Sam Okafor'"
    window.undo_stack.undo()
    assert window.project.coders.current().id == dana  # type: ignore[union-attr]
    assert coders_shown(window) == {dana}
    assert bar.current.currentText() == "Dana Whitfield"
    bar.blind.setChecked(False)
    assert coders_shown(window) == {dana, sam}


def test_add_a_coder_then_undo(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_busy_source(window, demo_path)
    monkeypatch.setattr(coder_bar, "ask_name", lambda _parent: "Aroha Ngata")
    bar = window.coder_bar
    assert bar is not None
    bar.current.activated.emit(bar.current.findData(coder_bar.ADD))
    project = window.project
    assert project is not None
    assert project.coders.current().name == "Aroha Ngata"  # type: ignore[union-attr]
    assert bar.current.currentText() == "Aroha Ngata"
    assert "Aroha Ngata" in window.coder_label.text()
    window.undo_stack.undo()
    assert [c.name for c in project.coders.all()] == ["Dana Whitfield", "Sam Okafor"]
    assert project.coders.current().name == "Dana Whitfield"  # type: ignore[union-attr]
    window.undo_stack.redo()
    assert project.coders.current().name == "Aroha Ngata"  # type: ignore[union-attr]


def test_a_coder_with_codings_or_in_use_cannot_be_removed(demo: Project) -> None:
    dana, sam = demo.coders.all()
    with pytest.raises(ValidationError, match="has codings"):
        demo.coders.remove(sam.id)
    new = demo.coders.add("Spare").value
    demo.coders.set_current(new.id)
    with pytest.raises(ValidationError, match="current coder"):
        demo.coders.remove(new.id)
    demo.coders.set_current(dana.id)
    assert demo.coders.remove(new.id).value.name == "Spare"


def test_meeting_mode_is_a_projector_view_and_leaving_restores_the_layout(
    window: MainWindow, demo_path: Path
) -> None:
    open_busy_source(window, demo_path)
    workspace = window.workspace
    assert workspace is not None
    pane, codebook = workspace.transcript_pane, workspace.codebook_pane
    size, columns = pane.view.font().pointSizeF(), workspace.columns.saveState()
    all_rows = codebook.proxy.rowCount()
    window.meeting.action.trigger()  # F9
    assert window.meeting.active and window.isFullScreen()
    assert not workspace.sources_pane.isVisible() and not workspace.bottom.isVisible()
    assert pane.view.font().pointSizeF() == size + 8 and window.action_contrast.isChecked()
    in_play = pane.codes_in_play()

    def shown_codes() -> set[int]:
        found: set[int] = set()

        def walk(parent: object) -> None:
            for row in range(codebook.proxy.rowCount(parent)):  # type: ignore[arg-type]
                index = codebook.proxy.index(row, 0, parent)  # type: ignore[arg-type]
                found.add(codebook.model.code_at(codebook.proxy.mapToSource(index)).id)  # type: ignore[union-attr]
                walk(index)

        from PySide6.QtCore import QModelIndex

        walk(QModelIndex())
        return found

    assert in_play <= shown_codes() and codebook.proxy.rowCount() <= all_rows
    # F8 walks the coded segments in text order
    pane.view.select_span(0, 0)
    starts = sorted({c.start for c in pane.view.source.codings.values()})  # type: ignore[union-attr]

    def at() -> int:
        span = pane.view.selection_span()
        assert span is not None
        return span[0]

    assert pane.step_segment() and at() == starts[0]
    assert pane.step_segment() and at() == starts[1]  # segments starting together: one step
    assert pane.step_segment(forward=False) and at() == starts[0]
    # coding live: a code not yet in play joins the codebook on screen
    project = window.project
    assert project is not None
    new = next(c for c in project.codebook.all() if c.id not in in_play)
    assert workspace.coding.apply_to_span(new.id, pane.source_id, 0, 5)  # type: ignore[arg-type]
    assert new.id in shown_codes()
    window.meeting.escape.activated.emit()  # Esc leaves
    assert not window.meeting.active and not window.meeting.action.isChecked()
    assert not window.isFullScreen()
    assert workspace.sources_pane.isVisible() and workspace.bottom.isVisible()
    assert pane.view.font().pointSizeF() == size and not window.action_contrast.isChecked()
    assert workspace.columns.saveState() == columns
    assert codebook.proxy.rowCount() == all_rows
    window.undo_stack.undo()  # the live coding is an ordinary undoable action
    assert new.id not in pane.codes_in_play()


def test_walking_the_disagreements_of_the_two_coders(window: MainWindow, demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        double_code_p1(project)
        stretches = sorted({(d.start, d.end) for d in project.agreement.disagreements(DW, SO, P1)})
    window.open_project(demo_path)
    workspace = window.workspace
    assert workspace is not None
    workspace.sources_pane.select_source(P1)
    pane = workspace.transcript_pane
    assert window.meeting.coders_compared() in {(DW, SO), (SO, DW)}
    pane.view.select_span(0, 0)
    window.meeting.next_disagreement.trigger()  # Ctrl+F8
    assert pane.view.selection_span() == stretches[0]
    window.meeting.next_disagreement.trigger()
    assert pane.view.selection_span() == stretches[1]
    window.meeting.previous_disagreement.trigger()
    assert pane.view.selection_span() == stretches[0]
    assert not window.meeting.step_disagreement(False)  # none before the first
