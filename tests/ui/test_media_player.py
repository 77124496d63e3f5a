"""The player core (issue 17) without an audio device: Qt Multimedia decodes the generated
recordings into a QAudioBufferOutput and runs on its own clock, so positions, seeks and
segment ends are checked against the decoded samples' times."""

from __future__ import annotations

import array
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QAudioBuffer, QAudioBufferOutput, QAudioFormat

from ikt_desktop.ui.media.player import MediaPlayer
from tests.media_files import RATE, encode, write_wav


class Decoded:
    """The audio the player decoded: (buffer start ms, position reported then, samples)."""

    def __init__(self, player: MediaPlayer) -> None:
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.output = QAudioBufferOutput(fmt, player)
        self.buffers: list[tuple[int, int, array.array]] = []
        self.player = player
        self.output.audioBufferReceived.connect(self._on_buffer)
        player.attach_buffer_output(self.output)

    def _on_buffer(self, buffer: QAudioBuffer) -> None:
        samples = array.array("h", bytes(buffer.constData()))
        self.buffers.append((buffer.startTime() // 1000, self.player.position(), samples))

    def buffer_ms(self) -> int:
        return len(self.buffers[0][2]) * 1000 // RATE

    def position_errors(self, after: int) -> list[int]:
        """How far the reported position was from the audio being played when each buffer
        arrived: a buffer arrives while the one before it plays (one buffer read-ahead)."""
        out = []
        for (prev, _p, _s), (start, pos, _samples) in zip(
            self.buffers, self.buffers[1:], strict=False
        ):
            if prev >= after and start > prev:
                out.append(max(0, prev - pos, pos - start))  # outside [prev, start)
        return out

    def first_beep_ms(self) -> int | None:
        for start, _pos, samples in self.buffers:
            for i, value in enumerate(samples):
                if abs(value) > 3000:
                    return start + i * 1000 // RATE
        return None


def _loaded(qtbot, player: MediaPlayer, load) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(player.loaded, timeout=5000):
        load()


@pytest.fixture
def player(qtbot) -> MediaPlayer:  # type: ignore[no-untyped-def]
    p = MediaPlayer(use_audio=False)
    yield p
    p.clear()


@pytest.mark.parametrize("name", ["e.wav", "e.m4a", "e.ogg"])
def test_seek_to_a_marker_decodes_the_marker_there(
    qtbot,
    player: MediaPlayer,
    tmp_path: Path,
    name: str,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / name
    write_wav(path, 4.0, (0.5, 2.5)) if name.endswith(".wav") else encode(path, 4.0, (0.5, 2.5))
    decoded = Decoded(player)
    _loaded(qtbot, player, lambda: player.load_file(path))
    assert abs(player.duration() - 4000) <= 60
    player.seek(2300)
    player.play()
    qtbot.waitUntil(lambda: player.position() >= 2700, timeout=5000)
    player.pause()
    beep = decoded.first_beep_ms()
    assert beep is not None and abs(beep - 2500) <= 15  # decoded where it was written
    # the position the player reports is within 50 ms of the audio playing then
    errors = decoded.position_errors(after=2300)
    assert errors and max(errors) <= 50


def test_play_segment_stops_at_its_end(qtbot, player: MediaPlayer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_wav(tmp_path / "e.wav", 4.0)
    decoded = Decoded(player)
    _loaded(qtbot, player, lambda: player.load_file(path))
    with qtbot.waitSignal(player.segment_finished, timeout=5000):
        player.play_segment(1000, 1600)
    assert not player.playing
    assert player.position() == 1600
    starts = [start for start, _pos, _samples in decoded.buffers]
    # nothing before the range; after it at most the one buffer the decoder reads ahead
    # of the clock (each buffer arrives while the one before it plays)
    assert min(starts) >= 990 and max(starts) <= 1600 + decoded.buffer_ms()
    qtbot.wait(200)
    assert player.position() == 1600  # it stays stopped


def test_pause_rewinds_in_transcription_mode_and_skip_is_clamped(
    qtbot,
    player: MediaPlayer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = write_wav(tmp_path / "e.wav", 4.0)
    _loaded(qtbot, player, lambda: player.load_file(path))
    player.rewind_on_pause_ms = 2000
    player.seek(2500)
    player.play()
    qtbot.waitUntil(lambda: player.position() >= 2700, timeout=5000)
    player.pause()
    qtbot.waitUntil(lambda: player.position() < 1000, timeout=2000)
    assert 500 <= player.position() <= 900
    player.skip(-5000)
    qtbot.waitUntil(lambda: player.position() == 0, timeout=2000)
    player.skip(60_000)
    qtbot.waitUntil(lambda: player.position() >= 3900, timeout=2000)
    player.set_rate(3.0)
    assert player.rate() == 2.0


def test_an_embedded_recording_plays_from_memory(
    qtbot,
    player: MediaPlayer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    data = encode(tmp_path / "e.m4a", 2.0, (1.0,)).read_bytes()
    (tmp_path / "e.m4a").unlink()  # nothing on disk
    decoded = Decoded(player)
    _loaded(qtbot, player, lambda: player.load_bytes(data, "e.m4a"))
    player.play()
    qtbot.waitUntil(lambda: player.position() >= 1300, timeout=5000)
    beep = decoded.first_beep_ms()
    assert beep is not None and abs(beep - 1000) <= 15


def test_a_corrupt_recording_is_reported_by_name(
    qtbot,
    player: MediaPlayer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "broken.m4a"
    path.write_bytes(b"\x00\x00\x00\x18ftypM4A " + bytes(500))
    with qtbot.waitSignal(player.problem, timeout=5000) as blocker:
        player.load_file(path)
    assert blocker.args[0].startswith("broken.m4a: cannot be played")
