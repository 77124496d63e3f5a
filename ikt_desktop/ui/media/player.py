"""One recording playing: Qt Multimedia's ``QMediaPlayer`` (FFmpeg backend) behind a
small API the transport bar, the transcript and segment play share.

- ``play_segment(start, end)`` plays exactly that range, then pauses at ``end``: a timer
  aimed at the end (corrected by the player's own clock while it runs) rather than the
  coarse position notifications alone.
- ``rewind_on_pause_ms`` (transcription mode) steps back when pausing, as f4 does.
- Without an audio device (CI, a remote session) the player still runs on its clock, so
  the transcript follows; ``audio_output`` is False and the bar says "no audio output".
- An embedded recording plays from memory (a ``QBuffer``): nothing decrypted reaches the
  disk (invariant 11).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import (
    QAudioBufferOutput,
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
)

log = logging.getLogger(__name__)

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SKIP_MS = 5_000
NO_AUDIO = QT_TRANSLATE_NOOP(
    "MediaPlayer", "No audio output: playback runs silently (the transcript still follows)."
)


def audio_device_available() -> bool:
    return bool(QMediaDevices.audioOutputs())


class MediaPlayer(QObject):
    position_changed = Signal(int)  # ms
    duration_changed = Signal(int)  # ms
    playing_changed = Signal(bool)
    segment_finished = Signal()
    loaded = Signal()
    problem = Signal(str)  # one line for the status area

    def __init__(self, parent: QObject | None = None, *, use_audio: bool = True) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio_output = use_audio and audio_device_available()
        self._audio: QAudioOutput | None = None
        if self.audio_output:
            self._audio = QAudioOutput(self)
            self.player.setAudioOutput(self._audio)
        if hasattr(self.player, "setPitchCompensation"):  # Qt >= 6.10
            self.player.setPitchCompensation(True)
        self.name = ""
        self._announced = False  # loaded emitted for this recording
        self.rewind_on_pause_ms = 0
        self._buffer: QBuffer | None = None
        self.segment_end: int | None = None
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self._check_segment_end)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(lambda ms: self.duration_changed.emit(int(ms)))
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self.player.mediaStatusChanged.connect(self._on_status)

    # -- loading -------------------------------------------------------------------------

    def load_file(self, path: Path) -> None:
        self.clear()
        self.name, self._announced = path.name, False
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def load_bytes(self, data: bytes, name: str) -> None:
        """Play an embedded recording from memory."""
        self.clear()
        self.name, self._announced = name, False
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.player.setSourceDevice(self._buffer, QUrl(name))

    def clear(self) -> None:
        self._end_timer.stop()
        self.segment_end = None
        self.player.stop()
        self.player.setSource(QUrl())
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.name = ""

    @property
    def has_media(self) -> bool:
        return bool(self.name)

    def attach_buffer_output(self, output: QAudioBufferOutput) -> None:
        """Receive the decoded audio (tests and bench read the samples' times)."""
        self.player.setAudioBufferOutput(output)

    # -- transport -----------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def position(self) -> int:
        return int(self.player.position())

    def duration(self) -> int:
        return int(self.player.duration())

    def play(self) -> None:
        if self.has_media:
            self.player.play()
            self._arm_end_timer()

    def pause(self) -> None:
        if not self.playing:
            return
        self.player.pause()
        self._end_timer.stop()
        if self.rewind_on_pause_ms:
            self.seek(self.position() - self.rewind_on_pause_ms)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.segment_end = None  # a plain Play runs on past a segment's end
            self.play()

    def seek(self, ms: int) -> None:
        top = self.duration() or ms
        self.player.setPosition(max(0, min(int(ms), top)))
        self._arm_end_timer()

    def skip(self, delta_ms: int) -> None:
        self.seek(self.position() + delta_ms)

    def replay(self, ms: int = 3_000) -> None:
        """Play the last ``ms`` again (transcription mode)."""
        self.segment_end = None
        self.seek(self.position() - ms)
        self.play()

    def set_rate(self, rate: float) -> None:
        self.player.setPlaybackRate(min(2.0, max(0.5, rate)))
        self._arm_end_timer()

    def rate(self) -> float:
        return float(self.player.playbackRate())

    def set_volume(self, percent: int) -> None:
        if self._audio is not None:
            self._audio.setVolume(max(0, min(100, percent)) / 100)

    def play_segment(self, start_ms: int, end_ms: int) -> None:
        """Play ``[start_ms, end_ms)``, then pause at its end."""
        if not self.has_media:
            return
        self.segment_end = max(start_ms, end_ms)
        self.player.setPosition(max(0, start_ms))
        self.player.play()
        self._arm_end_timer()

    # -- internals -----------------------------------------------------------------------

    def _arm_end_timer(self) -> None:
        if self.segment_end is None or not self.playing:
            return
        left = (self.segment_end - self.position()) / max(0.5, self.rate())
        self._end_timer.start(max(0, int(left)))

    def _check_segment_end(self) -> None:
        if self.segment_end is None:
            return
        if self.position() >= self.segment_end - 5 or not self.playing:
            self._finish_segment()
        else:  # the clock lagged the timer: aim again at what is left
            self._arm_end_timer()

    def _finish_segment(self) -> None:
        end, self.segment_end = self.segment_end, None
        self._end_timer.stop()
        self.player.pause()
        if end is not None:
            self.player.setPosition(end)
        self.segment_finished.emit()

    def _on_position(self, ms: int) -> None:
        if self.segment_end is not None and ms >= self.segment_end:
            self._finish_segment()
            return
        self.position_changed.emit(int(ms))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playing_changed.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._announced:
            self._announced = True
            self.loaded.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self.name:
            self.problem.emit(
                QCoreApplication.translate(
                    "MediaPlayer", "{name}: cannot be played (not a supported recording)."
                ).format(name=self.name)
            )

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            log.info("media error %s on %s: %s", error, self.name, text)
            self.problem.emit(
                QCoreApplication.translate(
                    "MediaPlayer", "{name}: cannot be played ({reason})."
                ).format(name=self.name, reason=text or error.name)
            )
