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


FPS = 25
VIDEO_SIZE = (640, 360)
BITS = 10  # frame numbers up to 1,023 (40 s at 25 fps)
BLOCK_COLOUR = (40, 90, 200)  # the lower third: never a blank picture


def frame_picture(number: int, size: tuple[int, int] = VIDEO_SIZE):  # type: ignore[no-untyped-def]
    """An RGB picture (numpy array) showing ``number`` as ten black/white blocks across
    the upper two thirds (most significant bit left), above a blue band."""
    import numpy as np  # tests only (comes with PyAV)

    width, height = size
    picture = np.zeros((height, width, 3), dtype=np.uint8)
    picture[height * 2 // 3 :, :] = BLOCK_COLOUR
    step = width // BITS
    for bit in range(BITS):
        if number >> (BITS - 1 - bit) & 1:
            picture[: height * 2 // 3, bit * step : (bit + 1) * step] = 255
    return picture


def read_frame_number(pixel) -> int:  # type: ignore[no-untyped-def]
    """The number a picture of :func:`frame_picture` shows, scaled to any size:
    ``pixel(x, y)`` gives the grey level (0-255) at fractions of the width and height."""
    number = 0
    for bit in range(BITS):
        number = number << 1 | (pixel((bit + 0.5) / BITS, 1 / 3) > 128)
    return number


def encode_video(path: Path, seconds: float, markers: tuple[float, ...] = (),
                 size: tuple[int, int] = VIDEO_SIZE) -> Path:  # fmt: skip
    """An MP4 as Zoom writes it (H.264 video at 25 fps, AAC audio): each frame shows its
    number (:func:`frame_picture`), the audio beeps at ``markers`` (seconds)."""
    import av  # tests only

    pcm = samples(seconds, markers, RATE)
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = size[0], size[1], "yuv420p"
        video.options = {"preset": "ultrafast", "tune": "zerolatency", "g": str(FPS)}
        audio = container.add_stream("aac", rate=RATE)
        audio.layout = "mono"
        step = RATE // FPS  # one video frame's worth of audio, interleaved
        for number in range(int(seconds * FPS)):
            frame = av.VideoFrame.from_ndarray(frame_picture(number, size), format="rgb24")
            frame.pts = number
            container.mux(video.encode(frame))
            chunk = pcm[number * step : (number + 1) * step]
            if len(chunk):
                sound = av.AudioFrame(format="s16", layout="mono", samples=len(chunk))
                sound.planes[0].update(chunk.tobytes())
                sound.sample_rate, sound.pts = RATE, number * step
                sound.time_base = Fraction(1, RATE)
                container.mux(audio.encode(sound))
        container.mux(video.encode(None))
        container.mux(audio.encode(None))
    return path
