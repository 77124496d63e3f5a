"""The recording under the transcript (issue 17), in the real main window: link through
the Recording menu (undoable), a missing recording offers Relink, "no audio output" on a
machine without a device, the playing turn highlighted, Ctrl+click and segment play."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.media.panel import MediaPanel
from ikt_desktop.ui.media.player import audio_device_available
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.media_files import write_wav

TEXT = "I: How did you hear about the panel?\n\nP1: Through the MS Society newsletter."


def _window_with_timed_source(window: MainWindow, tmp_path: Path) -> MediaPanel:
    window.create_project(tmp_path / "m.ikt", "Media")
    project = window.project
    assert project is not None
    window.hub.publish(project.participants.add("P1").changes)
    cut = TEXT.index("\n\n")
    turns = (DraftTurn("I", 0, cut, 0, 2000), DraftTurn("P1", cut + 2, len(TEXT), 2000, 4000))
    draft = DraftTranscript("E01", TEXT, turns)
    mapping = {"I": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
    window.hub.publish(
        project.sources.add_transcript(draft, mapping, participant_label="P1").changes
    )
    assert window.workspace is not None
    window.workspace.sources_pane.select_first()
    return window.workspace.media


def test_link_through_the_menu_plays_follows_and_undoes(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _window_with_timed_source(window, tmp_path)
    assert "No recording linked" in panel.bar.status.text()
    assert not panel.bar.play_button.isEnabled()
    media = write_wav(tmp_path / "E01.wav", 4.0, (2.0,))
    panel.ask_file = lambda _parent, _title: media
    with qtbot.waitSignal(panel.player.loaded, timeout=5000):
        panel.link_action.trigger()
    assert window.undo_stack.undoText() == "Link Recording 'E01.wav'"
    assert panel.bar.play_button.isEnabled()
    if not audio_device_available():  # CI: says so instead of failing
        assert "No audio output" in panel.bar.status.text()
    assert "0:00:04" in panel.bar.time_label.text()
    panel.player.seek(2500)
    panel.player.play()
    qtbot.waitUntil(lambda: panel.current_turn == 1, timeout=5000)
    selection = panel.pane.view.extraSelections()[0]
    cursor = selection.cursor
    assert cursor.selectedText().startswith("P1: Through")
    panel.player.pause()
    window.undo_stack.undo()
    assert window.project is not None and window.project.recordings.get(1) is None
    assert "No recording linked" in panel.bar.status.text()


def test_segment_play_and_ctrl_click_seek(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _window_with_timed_source(window, tmp_path)
    media = write_wav(tmp_path / "E01.wav", 4.0)
    assert window.project is not None
    window.hub.publish(window.project.recordings.link(1, media).changes)
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=5000)
    start = TEXT.index("Through")
    end = start + len("Through the MS")
    times = panel.player, panel.time_of(start), panel.time_of(end)
    assert times[1] is not None and 2000 < times[1] < times[2]  # type: ignore[operator]
    with qtbot.waitSignal(panel.player.segment_finished, timeout=5000):
        assert panel.play_span(start, end)
    assert panel.player.position() == times[2] and not panel.player.playing
    view = panel.pane.view
    cursor = view.textCursor()
    cursor.setPosition(view.source.positions.to_utf16(TEXT.index("newsletter")))  # type: ignore[union-attr]
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, point + QPoint(1, 0))  # fmt: skip
    expected = panel.time_of(TEXT.index("newsletter"))
    assert expected is not None
    qtbot.waitUntil(lambda: abs(panel.player.position() - expected) <= 100, timeout=3000)


def test_a_moved_recording_is_reported_with_relink(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _window_with_timed_source(window, tmp_path)
    media = write_wav(tmp_path / "E01.wav", 1.0)
    assert window.project is not None
    window.hub.publish(window.project.recordings.link(1, media).changes)
    moved = tmp_path / "moved" / "E01.wav"
    moved.parent.mkdir()
    shutil.move(media, moved)
    panel.load()
    assert "was not found" in panel.bar.status.text()
    assert not panel.bar.relink_button.isHidden()
    wrong = write_wav(tmp_path / "other.wav", 2.0)
    panel.ask_file = lambda _parent, _title: wrong
    assert not panel.relink()  # refused: a different file; the message was shown
    panel.ask_file = lambda _parent, _title: moved
    with qtbot.waitSignal(panel.player.loaded, timeout=5000):
        assert panel.relink()
    assert panel.bar.relink_button.isHidden()


def test_play_from_the_coded_segments_list(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _window_with_timed_source(window, tmp_path)
    project = window.project
    assert project is not None and window.workspace is not None
    window.hub.publish(project.recordings.link(1, write_wav(tmp_path / "E01.wav", 4.0)).changes)
    code = project.codebook.create("Newsletter")
    window.hub.publish(code.changes)
    start = TEXT.index("Through")
    window.hub.publish(project.codings.apply(1, code.value.id, start, len(TEXT)).changes)
    window.workspace.codebook_pane.select_code(code.value.id)
    pane = window.workspace.retrieval_pane
    qtbot.waitUntil(lambda: pane.table.model().rowCount() == 1, timeout=3000)
    pane.table.setCurrentIndex(pane.table.model().index(0, 0))
    with qtbot.waitSignal(panel.player.segment_finished, timeout=8000):
        qtbot.mouseClick(pane.play_button, Qt.MouseButton.LeftButton)
    assert panel.player.position() == panel.time_of(len(TEXT)) == 4000


def test_transcription_mode_keys_insert_times_and_codings_keep_their_words(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from ikt_desktop.ui.media.transcription import transcription_dialog

    panel = _window_with_timed_source(window, tmp_path)
    project = window.project
    assert project is not None
    window.hub.publish(project.recordings.link(1, write_wav(tmp_path / "E01.wav", 6.0)).changes)
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=5000)
    code = project.codebook.create("Newsletter").value
    start = TEXT.index("MS Society")
    project.codings.apply(1, code.id, start, start + len("MS Society"))
    dialog, mode = transcription_dialog(None, "E01", TEXT, panel.player)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    panel.player.seek(3000)
    qtbot.keyClick(editor, Qt.Key.Key_F4)  # play
    qtbot.waitUntil(lambda: panel.player.position() >= 3400, timeout=5000)
    qtbot.keyClick(editor, Qt.Key.Key_F4)  # pause: rewinds 2 s
    qtbot.waitUntil(lambda: 1200 <= panel.player.position() <= 1800, timeout=3000)
    panel.player.seek(5_000)
    qtbot.waitUntil(lambda: panel.player.position() == 5_000, timeout=3000)
    cursor = editor.textCursor()
    cursor.setPosition(TEXT.index("Through"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F6)  # insert the time at the cursor
    assert "P1: [0:00:05] Through the MS Society" in dialog.text()
    qtbot.keyClick(editor, Qt.Key.Key_F7)  # play the last 3 s again
    qtbot.waitUntil(lambda: panel.player.playing, timeout=3000)
    assert 1900 <= panel.player.position() <= 2600
    mode.finish()
    assert panel.player.rewind_on_pause_ms == 0
    project.text_edits.edit_text(1, dialog.text())
    coding = project.codings.for_source(1)[0]
    assert project.sources.text(1)[coding.start : coding.end] == "MS Society"


def test_an_untimed_transcript_gets_times_from_the_playhead(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.create_project(tmp_path / "u.ikt", "Untimed")
    project = window.project
    assert project is not None and window.workspace is not None
    from tests.helpers import TEXT as PLAIN
    from tests.helpers import add_source

    source = add_source(project)
    window.workspace.show_source(source)
    panel = window.workspace.media
    window.hub.publish(project.recordings.link(source, write_wav(tmp_path / "a.wav", 20.0)).changes)
    qtbot.waitUntil(lambda: panel.player.duration() > 0, timeout=5000)
    assert "has no times yet" in panel.bar.status.text()
    view = panel.pane.view
    for needle, ms in (("I: Why", 1_000), ("P1: Because", 6_000)):
        cursor = view.textCursor()
        cursor.setPosition(PLAIN.index(needle) + 3)
        view.setTextCursor(cursor)
        panel.player.seek(ms)
        qtbot.waitUntil(lambda ms=ms: panel.player.position() == ms, timeout=3000)
        panel.time_action.trigger()
    turns = project.turn_times.turns(source)
    assert [(t.time_start_ms, t.time_end_ms, t.estimated) for t in turns] == [
        (1_000, 6_000, False), (6_000, 20_000, False)]  # fmt: skip
    assert panel.player.position() == 6_000  # the player was not reloaded
    assert panel.time_of(PLAIN.index("P1: Because")) == 6_000
    window.undo_stack.undo()
    assert project.turn_times.turns(source)[1].estimated
