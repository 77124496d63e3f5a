"""Where a recording is and what it is: the formats we link, the path kept relative to the
project file, the recording proposed beside a transcript, and the size warning for
embedding."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

AUDIO = (".m4a", ".mp3", ".wav", ".ogg", ".opus", ".oga", ".aac", ".flac")
VIDEO = (".mp4", ".webm", ".mov", ".m4v", ".mkv")
MEDIA_EXTENSIONS = AUDIO + VIDEO
EMBED_WARN_BYTES = 200 * 1024 * 1024  # a one-hour Zoom m4a is ~30-60 MB, its mp4 ~300 MB
NOT_ENCRYPTED_NOTE = (
    "The project is encrypted, but a linked recording stays where it is and is not "
    "encrypted. Embed it to keep it inside the encrypted project."
)


def relative_path(project_file: Path, media: Path) -> str:
    """``media`` relative to the project file's folder, with forward slashes, so the pair
    can move together to another computer; an absolute path on another drive."""
    try:
        rel = os.path.relpath(media.resolve(), project_file.resolve().parent)
    except ValueError:  # another drive on Windows
        return media.resolve().as_posix()
    return PurePosixPath(*Path(rel).parts).as_posix()


def candidates(project_file: Path, relative: str, absolute: str, file_name: str) -> list[Path]:
    """Where to look for a referenced recording, in order: relative to the project, where
    it was linked from, and beside the project under its own name."""
    base = project_file.resolve().parent
    found: list[Path] = []
    for path in (base / relative if relative else None,
                 Path(absolute) if absolute else None, base / file_name):  # fmt: skip
        if path is not None and path not in found:
            found.append(path)
    return found


def proposed_recording(transcript: Path) -> Path | None:
    """A recording with the transcript's base name in the same folder (``E01.vtt`` ->
    ``E01.m4a``), audio before video, or None."""
    for ext in MEDIA_EXTENSIONS:
        for candidate in (transcript.with_suffix(ext), transcript.with_suffix(ext.upper())):
            if candidate.is_file():
                return candidate
    return None


def is_media_name(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_EXTENSIONS


def size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"
