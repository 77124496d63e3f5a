"""Play a segment from every list of segments (issue 17): the Query results' and meeting
mode's Play play exactly the segment's time range, then stop; disabled without a
recording."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ikt_desktop.ui.shell.main_window import MainWindow
from tests.media_files import write_wav
from tests.ui.test_media_panel import TEXT, _window_with_timed_source


def test_meeting_mode_and_a_list_play_the_segment_then_stop(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _window_with_timed_source(window, tmp_path)
    project, workspace = window.project, window.workspace
    assert project is not None and workspace is not None
    start = TEXT.index("Through")
    code = project.codebook.create("Newsletter")
    window.hub.publish(code.changes)
    window.hub.publish(project.codings.apply(1, code.value.id, start, len(TEXT)).changes)
    window.meeting.action.setChecked(True)
    workspace.transcript_pane.view.select_span(start, len(TEXT))
    assert not window.meeting.play.isEnabled()  # no recording yet
    window.hub.publish(project.recordings.link(1, write_wav(tmp_path / "E01.wav", 4.0)).changes)
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=5000)
    workspace.transcript_pane.view.select_span(start, len(TEXT))
    assert window.meeting.play.isEnabled()
    with qtbot.waitSignal(panel.player.segment_finished, timeout=8000):
        window.meeting.play.trigger()
    assert panel.player.position() == 4000 and not panel.player.playing
    window.meeting.action.setChecked(False)
    assert not window.meeting.play.isEnabled()
    # the Coded Segments list: button and context-menu action enabled on a playable row
    workspace.codebook_pane.select_code(code.value.id)
    pane = workspace.retrieval_pane
    qtbot.waitUntil(lambda: pane.table.model().rowCount() == 1, timeout=3000)
    assert not pane.play_button.isEnabled()
    pane.table.setCurrentIndex(pane.table.model().index(0, 0))
    assert pane.play_button.isEnabled()
    actions = [a for a in pane.table.actions() if a.text() == "Play Segment"]
    assert len(actions) == 1 and actions[0].shortcut().toString() == "Ctrl+Shift+Space"
    assert pane.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.hub.publish(project.recordings.unlink(1).changes)
    assert not pane.play_button.isEnabled() and not actions[0].isEnabled()
