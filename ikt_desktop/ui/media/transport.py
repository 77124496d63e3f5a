"""The transport bar under the transcript: play/pause, back/forward 5 s, speed (pitch
kept), volume, position and duration, follow, and the recording's status ("no audio
output", a missing recording with Relink). Shortcuts work while the transcript has focus
(window-wide): F4 play/pause, F3 back 5 s, F5 forward 5 s, Shift+F4 play the selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.ui.media.player import NO_AUDIO, RATES, SKIP_MS, MediaPlayer

SHORTCUTS = {"play": "F4", "back": "F3", "forward": "F5", "selection": "Shift+F4"}


def clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class TransportBar(QWidget):
    play_selection_requested = Signal()
    relink_requested = Signal()

    def __init__(self, player: MediaPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play_button = self._button(
            QCoreApplication.translate("TransportBar", "Play"),
            QCoreApplication.translate("TransportBar", "Play / pause ({key})").format(
                key=SHORTCUTS["play"]
            ),
            player.toggle,
        )
        self.back_button = self._button(
            QCoreApplication.translate("TransportBar", "−5 s"),
            QCoreApplication.translate("TransportBar", "Back 5 seconds ({key})").format(
                key=SHORTCUTS["back"]
            ),
            lambda: player.skip(-SKIP_MS),
        )
        self.forward_button = self._button(
            QCoreApplication.translate("TransportBar", "+5 s"),
            QCoreApplication.translate("TransportBar", "Forward 5 seconds ({key})").format(
                key=SHORTCUTS["forward"]
            ),
            lambda: player.skip(SKIP_MS),
        )
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(
            QCoreApplication.translate("TransportBar", "Position in the recording")
        )
        self.slider.sliderMoved.connect(player.seek)
        self.time_label = QLabel("0:00:00 / 0:00:00")
        self.speed = QComboBox()
        self.speed.setAccessibleName(QCoreApplication.translate("TransportBar", "Playback speed"))
        for rate in RATES:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: player.set_rate(RATES[i]))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(QCoreApplication.translate("TransportBar", "Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setMaximumWidth(90)
        self.volume.valueChanged.connect(player.set_volume)
        self.follow = QCheckBox(QCoreApplication.translate("TransportBar", "Follow"))
        self.follow.setToolTip(
            QCoreApplication.translate(
                "TransportBar", "Highlight the turn being played and keep it in view"
            )
        )
        self.follow.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.relink_button = QPushButton(QCoreApplication.translate("TransportBar", "Relink…"))
        self.relink_button.clicked.connect(self.relink_requested)
        self.relink_button.hide()
        row = self._row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 2)
        for button in (self.back_button, self.play_button, self.forward_button):
            row.addWidget(button)
        row.addWidget(self.slider, 1)
        for w in (
            self.time_label,
            self.speed,
            QLabel(QCoreApplication.translate("TransportBar", "Vol")),
            self.volume,
            self.follow,
        ):
            row.addWidget(w)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(6, 0, 6, 2)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.relink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addLayout(status_row)
        player.position_changed.connect(self._on_position)
        player.duration_changed.connect(self._on_duration)
        player.playing_changed.connect(
            lambda on: self.play_button.setText(
                QCoreApplication.translate("TransportBar", "Pause")
                if on
                else QCoreApplication.translate("TransportBar", "Play")
            )
        )
        player.problem.connect(lambda text: self.show_status(text))
        self.set_available(False)

    def _button(self, text: str, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def add_tool(self, widget: QWidget) -> None:
        """A button others add at the end of the row (the video window's)."""
        self._row.addWidget(widget)

    def install_shortcuts(self, window: QWidget) -> list[QShortcut]:
        """Window-wide shortcuts, so they work while the transcript has focus."""
        made = []
        slots = (
            (SHORTCUTS["play"], self.player.toggle),
            (SHORTCUTS["back"], lambda: self.player.skip(-SKIP_MS)),
            (SHORTCUTS["forward"], lambda: self.player.skip(SKIP_MS)),
            (SHORTCUTS["selection"], self.play_selection_requested.emit),
        )
        for key, slot in slots:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            made.append(shortcut)
        return made

    def set_available(self, on: bool) -> None:
        for w in (self.play_button, self.back_button, self.forward_button, self.slider,
                  self.speed, self.volume):  # fmt: skip
            w.setEnabled(on)

    def show_status(self, text: str, relink: bool = False) -> None:
        if not self.player.audio_output and self.player.has_media:
            text = f"{text} {QCoreApplication.translate('MediaPlayer', str(NO_AUDIO))}".strip()
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.relink_button.setVisible(relink)

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(f"{clock(ms)} / {clock(self.player.duration())}")

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self.time_label.setText(f"{clock(self.player.position())} / {clock(ms)}")
