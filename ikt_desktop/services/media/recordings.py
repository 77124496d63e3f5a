"""Link a recording to a source, find it again, embed it (issue 17).

A linked recording is a reference by default: the path relative to the project file
(so a folder with both can move), the path it was linked from, size, duration and
SHA-256. Opening a source only checks that the file is there with the same size (cheap);
a relink reads the new file and refuses it unless the hash matches. Embedding stores the
bytes in the project, encrypted with it when the project is encrypted, and the player
then reads them from memory (invariant 11: nothing decrypted reaches the disk).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Recording, Source
from ikt_desktop.domain.changes import ChangeSet, media_changed
from ikt_desktop.domain.errors import NotFoundError, UnreadableFileError, ValidationError
from ikt_desktop.domain.media.reference import (
    EMBED_WARN_BYTES,
    NOT_ENCRYPTED_NOTE,
    candidates,
    relative_path,
    size_text,
)
from ikt_desktop.domain.progress import Progress
from ikt_desktop.services.base import Service, record, require
from ikt_desktop.services.dto import Outcome
from ikt_desktop.services.media.probe import MediaInfo, probe_media

_CHUNK = 1024 * 1024


class RecordingState(StrEnum):
    AVAILABLE = "available"  # the referenced file is where we expect it, same size
    EMBEDDED = "embedded"  # stored in the project
    MISSING = "missing"  # not found where it was (moved, renamed, drive not attached)
    CHANGED = "changed"  # a file is there but its size differs: not the same recording


@dataclass(frozen=True)
class RecordingDTO:
    id: int
    source_id: int
    file_name: str
    kind: str  # audio | video
    container: str
    size: int
    duration_ms: int | None
    sha256: str
    embedded: bool
    relative_path: str
    absolute_path: str


@dataclass(frozen=True)
class RecordingStatus:
    recording: RecordingDTO
    state: RecordingState
    path: Path | None  # where to play it from (None when embedded or missing)
    message: str  # one line for the user; empty when all is well
    not_encrypted: bool = False  # a referenced recording of an encrypted project


@dataclass(frozen=True)
class RecordingSnapshot:
    """A recording row as it was (with its bytes if embedded), for undo."""

    row: Mapping[str, Any] | None
    source_id: int


@dataclass(frozen=True)
class RecordingFile:
    """A recording read and checked before any transaction (probe, size, SHA-256)."""

    path: Path
    info: MediaInfo
    size: int
    sha256: str


def file_digest(path: Path, progress: Progress | None = None) -> str:
    """SHA-256 of a file, read in chunks (a one-hour video is hundreds of MB)."""
    h = hashlib.sha256()
    total = max(1, path.stat().st_size)
    done = 0
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total, f"Reading {path.name}")
    return h.hexdigest()


def _read_file(path: Path, progress: Progress | None = None) -> RecordingFile:
    path = Path(path)
    info = probe_media(path)  # one clear line for empty, text, damaged files
    try:
        size, digest = path.stat().st_size, file_digest(path, progress)
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror})") from None
    return RecordingFile(path, info, size, digest)


def _dto(r: Recording, embedded: bool) -> RecordingDTO:
    return RecordingDTO(
        r.id, r.source_id, r.file_name, r.kind, r.container, r.size, r.duration_ms,
        r.sha256, embedded, r.relative_path, r.absolute_path,
    )  # fmt: skip


def _is_embedded(s: Session, recording_id: int) -> bool:
    found = s.scalar(select(Recording.data.is_not(None)).where(Recording.id == recording_id))
    return bool(found)


class RecordingService(Service):
    def get(self, source_id: int) -> RecordingDTO | None:
        with self._store.read() as s:
            r = s.scalar(select(Recording).where(Recording.source_id == source_id))
            return _dto(r, _is_embedded(s, r.id)) if r is not None else None

    def status(self, source_id: int) -> RecordingStatus | None:
        """Where the source's recording is, checked cheaply (existence and size)."""
        recording = self.get(source_id)
        if recording is None:
            return None
        if recording.embedded:
            return RecordingStatus(recording, RecordingState.EMBEDDED, None, "")
        not_encrypted = self._store.encrypted
        note = f" {NOT_ENCRYPTED_NOTE}" if not_encrypted else ""
        for path in candidates(self._store.path, recording.relative_path,
                               recording.absolute_path, recording.file_name):  # fmt: skip
            try:
                size = path.stat().st_size
            except OSError:
                continue
            if size == recording.size:
                return RecordingStatus(
                    recording, RecordingState.AVAILABLE, path, note.strip(), not_encrypted
                )
            return RecordingStatus(
                recording, RecordingState.CHANGED, None,
                f"{path}: is not the linked recording any more (its size changed). "
                "Use Relink Recording… to choose the right file.", not_encrypted,
            )  # fmt: skip
        return RecordingStatus(
            recording, RecordingState.MISSING, None,
            f"The recording {recording.file_name} was not found (it was at "
            f"{recording.absolute_path or recording.relative_path}). "
            "Use Relink Recording… to find it.", not_encrypted,
        )  # fmt: skip

    def link(
        self, source_id: int, path: Path, *, embed: bool = False,
        progress: Progress | None = None,
    ) -> Outcome[RecordingSnapshot]:  # fmt: skip
        """Link ``path`` to the source (replacing any earlier link). The file is probed
        and hashed before the transaction; a bad file changes nothing. Returns the
        previous link, for undo."""
        return self.link_file(source_id, self.read(path, progress), embed=embed)

    def read(self, path: Path, progress: Progress | None = None) -> RecordingFile:
        """Probe and hash ``path`` (no transaction); one line naming it if it is bad."""
        return _read_file(path, progress)

    def link_file(
        self, source_id: int, f: RecordingFile, *, embed: bool = False
    ) -> Outcome[RecordingSnapshot]:
        """:meth:`link` with a file already :meth:`read` (an import reads it before it
        stores the transcript, so a bad recording leaves the project unchanged)."""
        data = f.path.read_bytes() if embed else None
        with self._store.write() as s:
            source = require(s, Source, source_id, "source")
            before = _snapshot(s, source_id)
            s.execute(delete(Recording).where(Recording.source_id == source_id))
            rec = Recording(
                source_id=source_id, file_name=f.path.name,
                relative_path=relative_path(self._store.path, f.path),
                absolute_path=str(f.path.resolve()), kind=f.info.kind,
                container=f.info.container, size=f.size, duration_ms=f.info.duration_ms,
                sha256=f.sha256, data=data,
            )  # fmt: skip
            s.add(rec)
            s.flush()
            record(s, "link recording", "source", source_id, file=f.path.name,
                   embedded=embed, sha256=f.sha256, source=source.name)  # fmt: skip
            return Outcome(before, media_changed(source_id))

    def relink(
        self, source_id: int, path: Path, progress: Progress | None = None
    ) -> Outcome[RecordingSnapshot]:
        """Point a moved recording at ``path``; refused unless it is the same file (same
        SHA-256)."""
        current = self.get(source_id)
        if current is None:
            raise NotFoundError(f"Source {source_id} has no linked recording to relink.")
        f = _read_file(path, progress)
        if f.sha256 != current.sha256:
            raise ValidationError(
                f"{f.path}: is not the recording that was linked ({current.file_name}, "
                f"{size_text(current.size)}): its content differs. Use Link Recording… "
                "to link a different recording."
            )
        with self._store.write() as s:
            before = _snapshot(s, source_id)
            rec = s.scalar(select(Recording).where(Recording.source_id == source_id))
            assert rec is not None
            rec.relative_path = relative_path(self._store.path, f.path)
            rec.absolute_path = str(f.path.resolve())
            rec.file_name = f.path.name
            record(s, "relink recording", "source", source_id, file=f.path.name)
            return Outcome(before, media_changed(source_id))

    def embed(self, source_id: int) -> Outcome[RecordingSnapshot]:
        """Store the linked file's bytes in the project (it must be the same file)."""
        status = self.status(source_id)
        if status is None:
            raise NotFoundError(f"Source {source_id} has no linked recording to embed.")
        if status.state is RecordingState.EMBEDDED:
            return Outcome(self.snapshot(source_id), ChangeSet())
        if status.path is None:
            raise ValidationError(status.message)
        data = status.path.read_bytes()
        if hashlib.sha256(data).hexdigest() != status.recording.sha256:
            raise ValidationError(f"{status.path}: its content changed since it was linked.")
        with self._store.write() as s:
            before = _snapshot(s, source_id)
            rec = s.scalar(select(Recording).where(Recording.source_id == source_id))
            assert rec is not None
            rec.data = data
            record(s, "embed recording", "source", source_id, file=rec.file_name)
            return Outcome(before, media_changed(source_id))

    def unlink(self, source_id: int) -> Outcome[RecordingSnapshot]:
        with self._store.write() as s:
            before = _snapshot(s, source_id)
            s.execute(delete(Recording).where(Recording.source_id == source_id))
            record(s, "unlink recording", "source", source_id)
            return Outcome(before, media_changed(source_id))

    def snapshot(self, source_id: int) -> RecordingSnapshot:
        with self._store.read() as s:
            return _snapshot(s, source_id)

    def restore(self, snapshot: RecordingSnapshot) -> Outcome[RecordingSnapshot]:
        """Put back the link a snapshot holds (or none): undo of link/relink/unlink."""
        with self._store.write() as s:
            before = _snapshot(s, snapshot.source_id)
            s.execute(delete(Recording).where(Recording.source_id == snapshot.source_id))
            if snapshot.row is not None:
                s.execute(insert(Recording), [dict(snapshot.row)])
            record(s, "restore recording link", "source", snapshot.source_id)
            changes = media_changed(snapshot.source_id)
            return Outcome(before, changes)

    def embedded_bytes(self, source_id: int) -> bytes | None:
        """The embedded recording, in memory (never written to a file)."""
        with self._store.read() as s:
            return s.scalar(select(Recording.data).where(Recording.source_id == source_id))


def embed_warning(size: int) -> str:
    """What to tell the user before embedding a large file ('' when small)."""
    if size < EMBED_WARN_BYTES:
        return ""
    return (
        f"The recording is {size_text(size)}: embedding makes the project file that much "
        "larger (and slower to back up and copy)."
    )


def _snapshot(s: Session, source_id: int) -> RecordingSnapshot:
    rec = s.scalar(select(Recording).where(Recording.source_id == source_id))
    if rec is None:
        return RecordingSnapshot(None, source_id)
    row = {c.key: getattr(rec, c.key) for c in Recording.__table__.columns}
    return RecordingSnapshot(row, source_id)
