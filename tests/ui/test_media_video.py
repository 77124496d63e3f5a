"""The video of a recording (issue 17, item 2), in the real main window: an audio-only
recording shows no video area; a video shows the frame at the playhead (each generated
frame shows its number as black and white blocks, read back from the painted widget);
detach, attach, hide and show again; the place of the detached window is remembered; the
window closes with the project; hidden video does no work. Without an audio device the
player runs on its own clock, so the frames are those a user would see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtGui import QColor, QImage

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.media.video import DETACHED_KEY, SHOWN_KEY, VideoDock
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.media_files import BLOCK_COLOUR, FPS, encode_video, read_frame_number, write_wav

TEXT = "I: How did you hear about the panel?\n\nP1: Through the MS Society newsletter."


def _linked(qtbot, window: MainWindow, tmp_path: Path, media: Path) -> VideoDock:  # type: ignore[no-untyped-def]
    window.create_project(tmp_path / "v.ikt", "Video")
    project = window.project
    assert project is not None and window.workspace is not None
    window.hub.publish(project.participants.add("P1").changes)
    cut = TEXT.index("\n\n")
    turns = (DraftTurn("I", 0, cut, 0, 3000), DraftTurn("P1", cut + 2, len(TEXT), 3000, 6000))
    mapping = {"I": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
    added = project.sources.add_transcript(DraftTranscript("E01", TEXT, turns), mapping)
    window.hub.publish(added.changes)
    workspace = window.workspace
    workspace.sources_pane.select_first()
    workspace.media.ask_file = lambda _parent, _title: media
    with qtbot.waitSignal(workspace.media.player.loaded, timeout=5000):
        workspace.media.link_action.trigger()
    return workspace.video


def frame_shown(image: QImage) -> int:
    """The frame number a picture shows, wherever it is drawn inside ``image`` (the
    painted widget keeps the aspect ratio, so the picture may have dark bars)."""
    box = _picture_box(image)
    assert box is not None, "no picture painted"
    x0, y0, width, height = box

    def grey(fx: float, fy: float) -> int:
        return image.pixelColor(x0 + int(fx * width), y0 + int(fy * height)).lightness()

    return read_frame_number(grey)


def _picture_box(image: QImage) -> tuple[int, int, int, int] | None:
    """Where the picture is: the rows and columns that hold the blue band's colour."""
    blue = QColor(*BLOCK_COLOUR)

    def is_blue(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - blue.red()) + abs(c.green() - blue.green()) + abs(
            c.blue() - blue.blue()) < 60  # fmt: skip

    rows = [y for y in range(image.height()) if is_blue(image.width() // 2, y)]
    if not rows:
        return None
    band = rows[len(rows) // 2]
    cols = [x for x in range(image.width()) if is_blue(x, band)]
    height = round((rows[-1] - rows[0] + 1) * 3)  # the band is the lower third
    return cols[0], rows[-1] + 1 - height, cols[-1] - cols[0] + 1, height


def painted(video: VideoDock) -> QImage:
    return video.view.grab().toImage()


def test_an_audio_only_recording_shows_no_video_area(qtbot, window: MainWindow,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    video = _linked(qtbot, window, tmp_path, write_wav(tmp_path / "E01.wav", 3.0, (1.0,)))
    assert not video.has_video
    assert not video.strip.isVisible() and not video.window.isVisible()
    assert not video.button.isVisible()  # no Video button on the transport bar
    assert not video.show_action.isEnabled() and not video.detach_action.isEnabled()
    assert video.player.player.videoOutput() is None  # nothing decodes pictures
    assert video.show_action in window.view_menu.actions()


def test_a_video_shows_the_frame_at_the_playhead(qtbot, window: MainWindow,
                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    video = _linked(qtbot, window, tmp_path, encode_video(tmp_path / "E01.mp4", 6.0, (2.0,)))
    qtbot.waitUntil(lambda: video.strip.isVisible(), timeout=5000)
    assert video.button.isVisible() and video.button.isChecked()
    assert video.view.height() <= 160 and video.strip.y() < video.player.parent().bar.y()  # type: ignore[attr-defined]
    player = video.player
    qtbot.waitUntil(lambda: not video.view.image().isNull(), timeout=5000)
    assert _picture_box(painted(video)) is not None  # not blank: the picture is painted
    player.seek(2000)  # the marker: frame 2.0 s x 25 fps
    qtbot.waitUntil(lambda: frame_shown(painted(video)) == 2 * FPS, timeout=5000)
    first = painted(video)
    player.seek(4500)  # inside frame 112 (4.48-4.52 s)
    qtbot.waitUntil(lambda: frame_shown(painted(video)) == 4500 * FPS // 1000, timeout=5000)
    assert painted(video) != first
    x0, y0, width, height = _picture_box(painted(video)) or (0, 0, 0, 0)
    assert abs(width / height - 16 / 9) < 0.05  # scaled with its aspect ratio kept
    view = video.view
    assert width == view.width() or height == view.height()  # as large as fits
    assert abs(x0 + width / 2 - view.width() / 2) <= 2  # centred between dark bars
    assert abs(y0 + height / 2 - view.height() / 2) <= 2
    player.play()  # plays on its own clock without an audio device
    qtbot.waitUntil(lambda: frame_shown(painted(video)) >= 4500 * FPS // 1000 + 10, timeout=5000)
    player.pause()


def test_detach_attach_hide_and_show_again_remembering_the_place(
    qtbot, window: MainWindow, tmp_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    video = _linked(qtbot, window, tmp_path, encode_video(tmp_path / "E01.mp4", 3.0))
    qtbot.waitUntil(lambda: video.strip.isVisible(), timeout=5000)
    view = video.view
    video.detach_action.trigger()  # View ▸ Detach Video
    assert video.window.isVisible() and not video.strip.isVisible()
    assert view.window() is video.window and view.isVisible()
    assert video.window.windowTitle() == "Video – E01.mp4"
    assert settings.value(DETACHED_KEY) in (True, "true")
    video.window.move(QPoint(140, 90))
    video.window.resize(QSize(400, 260))
    qtbot.waitUntil(lambda: frame_shown(painted(video)) == 0, timeout=5000)
    place = video.window.geometry()
    video.window.attach_button.click()  # back under the transcript, the picture with it
    assert not video.window.isVisible() and video.strip.isVisible()
    assert view.window() is window and frame_shown(painted(video)) == 0
    view.double_clicked.emit()  # a double-click detaches again, where it was
    assert video.window.isVisible() and video.window.geometry() == place
    video.window.close()  # its title bar's close button hides the video
    assert not video.show_action.isChecked() and not video.window.isVisible()
    assert video.player.player.videoOutput() is None
    assert settings.value(SHOWN_KEY) in (False, "false")
    video.button.click()  # the transport bar's Video button shows it again, detached
    assert video.show_action.isChecked() and video.window.isVisible()
    assert video.window.geometry() == place
    video.hide_action.trigger()
    assert not video.window.isVisible()
    window.close_project()
    window.open_project(tmp_path / "v.ikt")  # another session of the same user
    assert window.workspace is not None
    again = window.workspace.video
    qtbot.waitUntil(lambda: again.has_video, timeout=5000)
    assert not again.show_action.isChecked() and again.detached
    again.show_action.trigger()
    assert again.window.isVisible() and again.window.geometry() == place


def test_the_video_window_closes_with_the_project(qtbot, window: MainWindow,
                                                  tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    video = _linked(qtbot, window, tmp_path, encode_video(tmp_path / "E01.mp4", 3.0))
    qtbot.waitUntil(lambda: video.strip.isVisible(), timeout=5000)
    video.detach_action.trigger()
    floating = video.window
    assert floating.isVisible()
    window.close_project()
    assert not floating.isVisible()
    assert not {a.text() for a in window.view_menu.actions()} & {"Show &Video", "&Detach Video"}


def test_hidden_video_does_no_work(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    video = _linked(qtbot, window, tmp_path, encode_video(tmp_path / "E01.mp4", 6.0))
    qtbot.waitUntil(lambda: video.strip.isVisible(), timeout=5000)
    assert window.workspace is not None
    player, view = video.player, video.view
    window.workspace.tabs.setCurrentIndex(1)  # the Themes tab: the view is not on screen
    converted, received = view.converted, view.received
    player.play()
    qtbot.waitUntil(lambda: view.received >= received + 10, timeout=5000)
    assert view.converted == converted  # frames arrive, none is converted or painted
    window.workspace.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.converted > converted, timeout=5000)
    video.hide_action.trigger()  # hidden: the player has no video output at all
    received = view.received
    at = player.position()
    qtbot.waitUntil(lambda: player.position() >= at + 800, timeout=5000)
    assert view.received <= received + 1  # at most the empty frame that clears it
    player.pause()
