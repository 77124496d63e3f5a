"""The picture of a video recording (issue 17, item 2), beside its transcript.

Frames come from a ``QVideoSink`` and are painted by :class:`VideoView`, a plain widget
(QtMultimediaWidgets stays out of the bundle). The view sits in a small dark strip above
the transport bar, or detached in a tool window that stays above the main window, can be
moved and resized, and remembers where it was (QSettings). View ▸ Show Video and the
transport bar's Video button hide and show it; View ▸ Detach Video (or a double-click on
the picture) moves it between the two places. An audio-only recording shows nothing.

Cheap by construction: while the video is hidden the player has no video output at all,
so it decodes no picture; a frame becomes a ``QImage`` only when the view paints, so a
view on a tab not shown converts nothing, and frames arriving faster than the screen
paints are dropped (only the latest is kept), never queued.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QHideEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ikt_desktop.ui.media.player import MediaPlayer
from ikt_desktop.ui.media.transport import TransportBar

BACKGROUND = QColor(17, 17, 17)
FOREGROUND = QColor(225, 225, 225)
STRIP_HEIGHT = 160  # the attached picture: 284 x 160 for a 16:9 recording
SHOWN_KEY, DETACHED_KEY = "media/video_shown", "media/video_detached"
GEOMETRY_KEY = "media/video_window"


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    return value if isinstance(value, bool) else str(value).lower() == "true"


class VideoView(QWidget):
    """Paints the latest frame, scaled with its aspect ratio kept, on a dark background.
    ``received`` and ``converted`` count frames (the tests check that hidden views and
    hidden videos do no work)."""

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None  # arrived, not yet converted
        self._image = QImage()
        self.received = 0
        self.converted = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(96, 54)
        self.setAccessibleName(QCoreApplication.translate("VideoView", "Video of the recording"))
        self.setToolTip(
            QCoreApplication.translate("VideoView", "Double-click to detach or attach the video")
        )

    def show_frame(self, frame: QVideoFrame) -> None:
        self.received += 1
        if not frame.isValid():  # the recording was closed
            self.clear()
            return
        self._frame = frame  # a frame not painted yet is dropped for this one
        if self.isVisible():
            self.update()

    def clear(self) -> None:
        self._frame, self._image = None, QImage()
        self.update()

    def image(self) -> QImage:
        """The picture shown: the latest frame, converted now if it was not yet."""
        if self._frame is not None:
            self._image = self._frame.toImage()
            self._frame = None
            self.converted += 1
        return self._image

    def sizeHint(self) -> QSize:
        return QSize(STRIP_HEIGHT * 16 // 9, STRIP_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        image = self.image()
        if image.isNull():
            return
        target = QRect(
            QPoint(0, 0), image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        target.moveCenter(self.rect().center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()


def prefer_cpu_frame_conversion() -> None:
    """``QVideoFrame.toImage`` converts on the GPU when it can make a thread-local QRhi:
    per frame it builds a pipeline and reads the texture back, which under a software
    OpenGL (a VM, Xvfb, remote desktops) cost 20 % of a core for a 640x360 video against
    4.6 % for Qt's SIMD CPU conversion. Our widgets are raster only (no QOpenGLWidget or
    QQuickWidget), so saying so costs nothing else; Qt reads the attribute when the GUI
    thread converts its first frame."""
    if not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets):
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets, True)


def _dark(widget: QWidget) -> None:
    """A dark surround, as players have, with its buttons' text readable on it."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    palette.setColor(QPalette.ColorRole.Button, QColor(45, 45, 45))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, FOREGROUND)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def _tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    return button


class VideoWindow(QWidget):
    """The detached video: a tool window, so it stays above the main window."""

    closed = Signal()  # by the user (its title bar's close button)

    def __init__(self, parent: QWidget, attach: QAction) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.settings: QSettings | None = None
        _dark(self)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.addStretch(1)
        self.attach_button = _tool_button(attach)
        row.addWidget(self.attach_button)
        self.body.addLayout(row)
        self.resize(480, 300)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class VideoDock(QObject):
    """Where the video of the playing recording shows: attached above the transport bar,
    detached in its own window, or hidden; only while the recording has a picture."""

    def __init__(self, player: MediaPlayer, pane: QWidget, bar: TransportBar,
                 settings: QSettings) -> None:  # fmt: skip
        super().__init__(pane)
        self.player, self.pane, self.settings = player, pane, settings
        prefer_cpu_frame_conversion()
        self.sink = QVideoSink(self)
        self.view = VideoView()
        self.sink.videoFrameChanged.connect(self.view.show_frame)
        self.show_action = QAction(QCoreApplication.translate("VideoDock", "Show &Video"), self)
        self.show_action.setIconText(QCoreApplication.translate("VideoDock", "Video"))
        self.show_action.setToolTip(
            QCoreApplication.translate("VideoDock", "Show or hide the video of the recording")
        )
        self.show_action.setCheckable(True)
        self.show_action.setChecked(_flag(settings, SHOWN_KEY, True))
        self.detach_action = QAction(QCoreApplication.translate("VideoDock", "&Detach Video"), self)
        self.detach_action.setCheckable(True)
        self.detach_action.setChecked(_flag(settings, DETACHED_KEY, False))
        self.attach_action = QAction(
            QCoreApplication.translate("VideoDock", "Attach to Transcript"), self
        )
        self.attach_action.triggered.connect(lambda: self.detach_action.setChecked(False))
        self.hide_action = QAction(QCoreApplication.translate("VideoDock", "Hide"), self)
        self.hide_action.triggered.connect(lambda: self.show_action.setChecked(False))
        self.detach_button_action = QAction(QCoreApplication.translate("VideoDock", "Detach"), self)
        self.detach_button_action.triggered.connect(lambda: self.detach_action.setChecked(True))
        self.strip = self._strip()
        layout = pane.layout()
        assert layout is not None and isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(bar), self.strip)
        self.window = VideoWindow(pane, self.attach_action)
        self.window.settings = settings
        self.button = _tool_button(self.show_action)
        bar.add_tool(self.button)
        self._output = self._in_window = False
        self.show_action.toggled.connect(lambda on: self._changed(SHOWN_KEY, on))
        self.detach_action.toggled.connect(lambda on: self._changed(DETACHED_KEY, on))
        self.window.closed.connect(self._window_closed)
        self.view.double_clicked.connect(self.detach_action.toggle)
        player.player.hasVideoChanged.connect(lambda _on: self.update())
        self.update()

    def _strip(self) -> QWidget:
        strip = QWidget()
        strip.setAccessibleName(QCoreApplication.translate("VideoDock", "Video"))
        _dark(strip)
        strip.setFixedHeight(STRIP_HEIGHT)
        self.strip_row = QHBoxLayout(strip)
        self.strip_row.setContentsMargins(0, 0, 0, 0)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(2, 2, 2, 2)
        for action in (self.detach_button_action, self.hide_action):
            buttons.addWidget(_tool_button(action))
        buttons.addStretch(1)
        self.strip_row.addStretch(1)
        self.strip_row.addWidget(self.view, 4)
        self.strip_row.addStretch(1)
        self.strip_row.addLayout(buttons)
        return strip

    # -- state ---------------------------------------------------------------------------

    @property
    def has_video(self) -> bool:
        return self.player.has_media and self.player.player.hasVideo()

    @property
    def shown(self) -> bool:
        return self.has_video and self.show_action.isChecked()

    @property
    def detached(self) -> bool:
        return self.detach_action.isChecked()

    def update(self) -> None:
        """Put the view where the actions say, and give the player a video output only
        while the picture is shown."""
        video, shown, detached = self.has_video, self.shown, self.detached
        for action in (self.show_action, self.detach_action):
            action.setEnabled(video)
        self.button.setVisible(video)
        self._set_output(shown)
        if detached != self._in_window:  # move the view (and its last picture)
            self._in_window = detached
            if detached:
                self.window.body.insertWidget(0, self.view, 1)
            else:
                self.strip_row.insertWidget(1, self.view, 4)
        self.window.setWindowTitle(
            QCoreApplication.translate("VideoDock", "Video – {name}").format(name=self.player.name)
        )
        self.strip.setVisible(shown and not detached)
        if shown and detached:
            self._show_window()
        else:
            self.window.hide()
        self.view.setVisible(shown)

    def shutdown(self) -> None:
        """The project closes: the window goes with it (its place is remembered)."""
        self.window.hide()
        self._set_output(False)

    def _changed(self, key: str, on: bool) -> None:
        self.settings.setValue(key, on)
        self.update()

    def _window_closed(self) -> None:
        if self.detached and self.show_action.isChecked():
            self.show_action.setChecked(False)

    def _set_output(self, on: bool) -> None:
        if on == self._output:
            return
        self._output = on
        if not on:  # no output: the player decodes no picture at all
            self.player.player.setVideoOutput(None)  # type: ignore[arg-type]  # stub lacks None
            self.view.clear()
            return
        qt_player = self.player.player
        qt_player.setVideoOutput(self.sink)
        state = qt_player.playbackState()
        if state == QMediaPlayer.PlaybackState.StoppedState:
            qt_player.pause()  # a stopped player shows nothing: paused shows its frame
        elif state == QMediaPlayer.PlaybackState.PausedState:
            qt_player.setPosition(qt_player.position())  # paint where it stands

    def _show_window(self) -> None:
        if self.window.isVisible():
            return
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.window.restoreGeometry(geometry):
            main = self.pane.window().frameGeometry()  # first time: top right, over the
            self.window.move(main.right() - self.window.width() - 24, main.top() + 96)  # codes
        self.window.show()
