"""Recording playback (issue 17) on this machine, with Qt Multimedia (FFmpeg backend):
seek latency anywhere in a 60-minute m4a, the reported position against the audio being
played, CPU while playing, and what a linked recording adds to opening a source. Run by
bench/run.py, or alone: ``python bench/media.py``.

The recording is generated (a tone with beeps, AAC in m4a as Zoom writes it) with PyAV,
a test/bench-only dependency. Without an audio device the player runs on its own clock and
hands the decoded audio to a QAudioBufferOutput, which is what is measured here."""

from __future__ import annotations

import array
import json
import math
import os
import random
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from ikt_desktop.services.project import Project

MINUTES = 60
RATE = 16_000


def long_m4a(path: Path, minutes: int = MINUTES) -> Path:
    """A ``minutes``-long mono AAC m4a: a quiet tone, a beep at every whole minute."""
    import av

    if path.exists():
        return path
    second = array.array(
        "h", (int(800 * math.sin(2 * math.pi * 220 * i / RATE)) for i in range(RATE))
    )
    with av.open(str(path), "w") as container:
        stream = container.add_stream("aac", rate=RATE)
        stream.layout = "mono"
        for s in range(minutes * 60):
            frame = av.AudioFrame(format="s16", layout="mono", samples=RATE)
            frame.planes[0].update(second.tobytes())
            frame.sample_rate, frame.pts, frame.time_base = RATE, s * RATE, Fraction(1, RATE)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def _wait(app, condition, timeout_s: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


def media_bench(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtMultimedia import QAudioBufferOutput, QAudioFormat
    from PySide6.QtWidgets import QApplication

    from ikt_desktop.ui.media.player import MediaPlayer

    app = QApplication.instance() or QApplication([])
    t = time.perf_counter()
    m4a = long_m4a(folder / "interview-60min.m4a")
    generate_s = time.perf_counter() - t
    player = MediaPlayer(use_audio=False)
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    output = QAudioBufferOutput(fmt)
    buffers: list[tuple[int, int]] = []  # (buffer start ms, position reported then)
    output.audioBufferReceived.connect(
        lambda b: buffers.append((b.startTime() // 1000, player.position()))
    )
    player.attach_buffer_output(output)
    loaded: list[bool] = []
    player.loaded.connect(lambda: loaded.append(True))
    t = time.perf_counter()
    player.load_file(m4a)
    _wait(app, lambda: bool(loaded))
    load_ms = (time.perf_counter() - t) * 1000
    duration = player.duration()

    # seek: from setPosition until the first decoded buffer of the new place arrives
    rng = random.Random(17)
    player.play()
    _wait(app, lambda: len(buffers) > 3)
    seeks = []
    for _ in range(15):
        target = rng.randrange(0, duration - 10_000)
        buffers.clear()
        t = time.perf_counter()
        player.seek(target)
        ok = _wait(app, lambda target=target: any(abs(s - target) <= 200 for s, _ in buffers))
        seeks.append((time.perf_counter() - t) * 1000 if ok else float("inf"))

    # position: while playing, each buffer arrives as the one before it plays
    player.seek(duration // 2)
    buffers.clear()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loop = QEventLoop()  # no polling: the process does only what playing costs
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100
    pairs = [(a, b) for a, b in itertools.pairwise(buffers) if b[0] > a[0]]
    errors = [max(0, prev - pos, pos - start) for (prev, _), (start, pos) in pairs[1:]]
    player.clear()

    # opening a source with a linked recording: the status check and the player's load
    # call on the GUI thread (the file is then read by the player's own threads)
    with Project.create(folder / "media.ikt", "Media") as project:
        project.coders.ensure_current("Bench")
        project.participants.add("P1")
        from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn

        source = project.sources.add_transcript(
            DraftTranscript("E01", "P1: hello", (DraftTurn("P1", 0, 9),)), {}
        ).value.id
        project.recordings.link(source, m4a)

        def open_extra() -> None:
            status = project.recordings.status(source)
            assert status is not None and status.path is not None
            player.load_file(status.path)

        extra = []
        for _ in range(9):
            t = time.perf_counter()
            open_extra()
            extra.append((time.perf_counter() - t) * 1000)
            player.clear()
    video_cpu = _video_cpu(app, folder)
    return {
        "media_video_play_cpu_percent": video_cpu,
        "media_seek_ms": round(statistics.median(seeks), 1),
        "media_seek_max_ms": round(max(seeks), 1),
        "media_position_error_ms": round(statistics.median(errors), 1) if errors else -1,
        "media_position_error_max_ms": round(max(errors), 1) if errors else -1,
        "media_play_cpu_percent": round(cpu, 1),
        "media_open_extra_ms": round(statistics.median(extra), 2),
        "media_load_60min_ms": round(load_ms, 1),
        "media_60min_mb": round(m4a.stat().st_size / 1e6, 1),
        "media_generate_s": round(generate_s, 1),
    }


def _video_cpu(app, folder: Path) -> float:  # type: ignore[no-untyped-def]
    """CPU while playing a 640x360 H.264 video at 25 fps (the tests' generator) with its
    picture painted at the attached size, as ``ui/media/video.py`` does it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from ikt_desktop.ui.media.player import MediaPlayer
    from ikt_desktop.ui.media.video import VideoView, prefer_cpu_frame_conversion
    from tests.media_files import encode_video

    prefer_cpu_frame_conversion()
    video = encode_video(folder / "video-640x360.mp4", 8.0)
    player = MediaPlayer(use_audio=False)
    sink, view = QVideoSink(), VideoView()
    sink.videoFrameChanged.connect(view.show_frame)
    player.player.setVideoOutput(sink)
    view.resize(view.sizeHint())
    view.show()
    loaded: list[bool] = []
    player.loaded.connect(lambda: loaded.append(True))
    player.load_file(video)
    _wait(app, lambda: bool(loaded))
    player.player.setLoops(QMediaPlayer.Loops.Infinite)
    player.play()
    _wait(app, lambda: view.converted > 5)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loop = QEventLoop()
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100
    player.clear()
    view.close()
    return round(cpu, 1)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(media_bench(Path(tmp)), indent=2))
