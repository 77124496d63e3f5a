"""Recordings made by the tests themselves (issue 17): a quiet tone with short beeps at
known times, written as WAV with the standard library and encoded with PyAV (a test-only
dependency) to the containers Zoom, Teams and transcription tools write."""

from __future__ import annotations

import array
import math
import wave
from fractions import Fraction
from pathlib import Path

RATE = 16_000
BEEP_HZ = 880
BEEP_MS = 100


def samples(seconds: float, markers: tuple[float, ...] = (), rate: int = RATE) -> array.array:
    """Mono 16-bit samples: silence with a 100 ms beep starting at each marker (seconds)."""
    out = array.array("h", bytes(2 * int(seconds * rate)))
    for marker in markers:
        first = int(marker * rate)
        for i in range(int(BEEP_MS * rate / 1000)):
            if first + i < len(out):
                out[first + i] = int(12_000 * math.sin(2 * math.pi * BEEP_HZ * i / rate))
    return out


def write_wav(path: Path, seconds: float, markers: tuple[float, ...] = ()) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples(seconds, markers).tobytes())
    return path


CODECS = {".m4a": "aac", ".mp4": "aac", ".ogg": "libopus", ".webm": "libopus",
          ".mp3": "libmp3lame"}  # fmt: skip


def encode(path: Path, seconds: float, markers: tuple[float, ...] = (),
           video: bool = False) -> Path:  # fmt: skip
    """Encode the tone to ``path`` (container from its extension), optionally with a small
    video track (mp4, webm)."""
    import av  # tests only

    rate = 48_000 if path.suffix in (".ogg", ".webm") else RATE
    pcm = samples(seconds, markers, rate)
    with av.open(str(path), "w") as container:
        stream = container.add_stream(CODECS[path.suffix], rate=rate)
        stream.layout = "mono"
        vstream = None
        if video:
            vstream = container.add_stream("mpeg4" if path.suffix == ".mp4" else "libvpx", rate=5)
            vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
        step = 1024
        for at in range(0, len(pcm), step):
            frame = av.AudioFrame(format="s16", layout="mono", samples=len(pcm[at : at + step]))
            frame.planes[0].update(pcm[at : at + step].tobytes())
            frame.sample_rate, frame.pts, frame.time_base = rate, at, Fraction(1, rate)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
        if vstream is not None:
            for i in range(int(seconds * 5)):
                vframe = av.VideoFrame(64, 48, "yuv420p")
                for plane in vframe.planes:
                    plane.update(bytes(plane.buffer_size))
                vframe.pts = i
                container.mux(vstream.encode(vframe))
            container.mux(vstream.encode(None))
    return path


def beep_onsets_ms(path: Path) -> list[int]:
    """Decode ``path`` with PyAV and return the times (ms) where beeps start."""
    import av  # tests only

    onsets: list[int] = []
    loud_until = -1.0
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            data = frame.to_ndarray()
            channel = data[0] if data.ndim == 2 else data
            scale = 32768.0 if channel.dtype.kind == "i" else 1.0
            start = float(frame.pts * frame.time_base)
            for i, value in enumerate(channel):
                t = start + i / frame.sample_rate
                if abs(float(value)) / scale > 0.1:
                    if t > loud_until + 0.05:
                        onsets.append(round(t * 1000))
                    loud_until = t
    return onsets
