"""Recordings in REFI-QDA exchange (issue 17): out as AudioSource/VideoSource elements with
the transcript and its turn times as sync points, and back in as a recording link and
timed turns.

Out: an embedded recording travels inside the ``.qdpx`` (``sources/GUID.ext``, named
``internal://``), so the archive is as self-contained as the project; a referenced one
stays where it is and is named ``relative://`` from the project's ``basePath`` (the
project file's folder), as REFI-QDA 1.5 describes, with its size, duration and SHA-256
in the Description. In: an embedded recording is embedded again; a referenced one is
looked for beside the ``.qdpx`` first (the usual hand-over: one folder with the archive
and the recordings), then under ``basePath``, then at ``currentPath``; found or not, the
link is kept with its checksum, so Relink can check the file later.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Recording, Turn
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.exchange.refi import (
    ABSOLUTE,
    INTERNAL,
    RELATIVE,
    RefiMedia,
    RefiSource,
    SummaryBuilder,
    derived_guid,
)
from ikt_desktop.domain.media.reference import relative_path
from ikt_desktop.domain.media.timing import TimedTurn, sync_points, turns_from_sync_points
from ikt_desktop.services.media.probe import MediaInfo, probe_bytes, probe_media
from ikt_desktop.services.media.recordings import file_digest

# -- out ---------------------------------------------------------------------------------


def gather_media(s: Session) -> dict[int, RefiMedia]:
    """Each source's recording as REFI-QDA media, by source id; an embedded one's bytes
    are read when the archive is written (:func:`embedded_bytes`)."""
    turns: dict[int, list[TimedTurn]] = defaultdict(list)
    query = select(Turn.source_id, Turn.start, Turn.end, Turn.time_start_ms, Turn.time_end_ms)
    for source_id, start, end, t0, t1 in s.execute(query.order_by(Turn.source_id, Turn.start)):
        turns[source_id].append(TimedTurn(start, end, t0, t1))
    out: dict[int, RefiMedia] = {}
    embedded = set(s.scalars(select(Recording.id).where(Recording.data.is_not(None))))
    for rec in s.scalars(select(Recording).order_by(Recording.source_id)):
        current = ""
        if rec.id in embedded:  # ``data`` is deferred: not loaded here
            path = f"{INTERNAL}{rec.guid}{PurePosixPath(rec.file_name).suffix.lower()}"
        elif _is_absolute(rec.relative_path):  # on another drive than the project
            path = ABSOLUTE + rec.relative_path
        else:
            path = RELATIVE + rec.relative_path
            current = ABSOLUTE + rec.absolute_path if rec.absolute_path else ""
        out[rec.source_id] = RefiMedia(
            rec.guid, rec.kind, rec.file_name, path, derived_guid(rec.guid, "transcript"),
            tuple(sync_points(turns[rec.source_id])), rec.size, rec.duration_ms, rec.sha256,
            None, current,
        )  # fmt: skip
    return out


def embedded_bytes(s: Session, guid: str) -> bytes | None:
    """An embedded recording's bytes, by the recording's GUID."""
    return s.scalar(select(Recording.data).where(Recording.guid == guid))


def _is_absolute(path: str) -> bool:
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()


# -- in ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Places:
    """Where an imported project's referenced recordings are looked for."""

    qdpx_folder: Path | None = None
    project_file: Path | None = None  # the new project (its link paths are relative to it)
    base_path: str = ""


def write_media(
    s: Session, sources: list[tuple[RefiSource, int]], places: Places, summary: SummaryBuilder
) -> None:
    """Recording links and timed turns for the imported ``(source, new id)`` pairs."""
    recordings: list[dict[str, Any]] = []
    turns: list[dict[str, Any]] = []
    for src, source_id in sources:
        media = src.media
        if media is None:
            continue
        for turn in turns_from_sync_points(src.text, media.sync_points):
            turns.append({"source_id": source_id, "speaker_id": None, "start": turn.start,
                          "end": turn.end, "time_start_ms": turn.time_start_ms,
                          "time_end_ms": turn.time_end_ms})  # fmt: skip
        row = _recording_row(media, places, summary)
        if row is not None:
            recordings.append({**row, "source_id": source_id})
    if turns:
        s.execute(insert(Turn), turns)
    for row in recordings:  # one by one: an embedded recording can be large
        s.execute(insert(Recording), [row])
    if recordings:
        summary.imported["recordings"] = len(recordings)
    if turns:
        summary.imported["timed turns"] = len(turns)


def _recording_row(
    media: RefiMedia, places: Places, summary: SummaryBuilder
) -> dict[str, Any] | None:
    name = PurePosixPath(media.name.replace("\\", "/")).name or "recording"
    if media.data is not None:
        try:
            info = probe_bytes(media.data, name)
        except UserError:
            summary.skip(f"{name}: the embedded recording is not a recording we can play")
            return None
        digest = hashlib.sha256(media.data).hexdigest()
        return _row(media, name, info, len(media.data), digest, "", "", media.data)
    found = _locate(media, name, places)
    if found is not None:
        try:
            info = probe_media(found)
            size = found.stat().st_size
            digest = media.sha256 if media.size == size and media.sha256 else file_digest(found)
        except (UserError, OSError):
            summary.skip(f"{name}: found at {found}, but it cannot be read as a recording")
            found = None
        else:
            if media.sha256 and digest != media.sha256:
                summary.skip(f"{found}: not the recording that was linked (its content differs)")
                found = None
            else:
                relative = relative_path(places.project_file, found) if places.project_file else ""
                return _row(media, name, info, size, digest, relative, str(found.resolve()), None)
    if not (media.sha256 and media.size):
        summary.skip(f"{name}: the recording was not found and the file does not say how "
                     "to check it again; link it with Source ▸ Link Recording…")  # fmt: skip
        return None
    summary.convert("recordings not found where the file says: linked as missing; use "
                    "Relink Recording… to find them")  # fmt: skip
    info = MediaInfo(PurePosixPath(name).suffix.lstrip(".").lower(), media.kind,
                     media.duration_ms)  # fmt: skip
    return _row(media, name, info, media.size, media.sha256, _relative_of(media.path), "", None)


def _row(
    media: RefiMedia, name: str, info: MediaInfo, size: int, digest: str, relative: str,
    absolute: str, data: bytes | None,
) -> dict[str, Any]:  # fmt: skip
    return {"guid": media.guid, "file_name": name[:300], "relative_path": relative,
            "absolute_path": absolute, "kind": info.kind or media.kind,
            "container": info.container[:16], "size": size,
            "duration_ms": info.duration_ms or media.duration_ms, "sha256": digest,
            "data": data}  # fmt: skip


def _relative_of(path: str) -> str:
    return path[len(RELATIVE) :].lstrip("/") if path.lower().startswith(RELATIVE) else ""


def _locate(media: RefiMedia, name: str, places: Places) -> Path | None:
    """The referenced recording on this computer: beside the ``.qdpx`` (under its
    relative path, then by name), under ``basePath``, then at the absolute paths."""
    relative = _relative_of(media.path)
    candidates: list[Path] = []
    if places.qdpx_folder is not None:
        if relative:
            candidates.append(places.qdpx_folder / relative)
        candidates.append(places.qdpx_folder / name)
    if relative and places.base_path:
        candidates.append(Path(places.base_path) / relative)
    for given in (media.path, media.current_path):
        if given.lower().startswith(ABSOLUTE):
            candidates.append(Path(given[len(ABSOLUTE) :]))
        elif given.lower().startswith("file://"):
            candidates.append(Path(given[len("file://") :]))
    for candidate in candidates:
        try:
            if candidate.is_file():
                return candidate
        except OSError:
            continue
    return None
