"""Automatic snapshots of a project, for recovery (File ▸ Restore Snapshot…).

Each snapshot is a complete ``.ikt`` copied with SQLite's backup API (consistent while the
project is open and being written; safe to take from another thread, with its own
connection). They live in the app data folder, not beside the project (sync folders,
clutter), one folder per project GUID::

    <data>/snapshots/<project guid>/20261127T085300123456Z.ikt   the copy
                                    20261127T085300123456Z.json  reason, counts, origin

Restoring copies a snapshot into a NEW file; the open project is never overwritten.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from ikt_desktop import paths
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.file_modes import mode_of
from ikt_desktop.db.store import (
    PROJECT_SUFFIX,
    Store,
    copy_to_new_file,
    count_rows,
    inspect_file,
    integrity_problems,
)
from ikt_desktop.domain.errors import ProjectFileError, UnwritableFileError
from ikt_desktop.domain.privacy import snapshots as rules
from ikt_desktop.services.base import get_meta

log = logging.getLogger(__name__)

STAMP = "%Y%m%dT%H%M%S%fZ"
PARTIAL = ".partial"
OPEN, CHANGES, MANUAL = "open", "changes", "manual"  # the reasons the app uses
PSEUDONYMISED = "pseudonymised"  # right after pseudonymising (services/pseudonym_copies.py)
REASONS = {OPEN: "on open", CHANGES: "after changes", MANUAL: "by hand",
           PSEUDONYMISED: "after pseudonymising"}  # fmt: skip


@dataclass(frozen=True)
class SnapshotCounts:
    sources: int = 0
    participants: int = 0
    codes: int = 0
    codings: int = 0
    themes: int = 0
    memos: int = 0


TABLES = {
    "sources": "source", "participants": "participant", "codes": "code",
    "codings": "coding", "themes": "theme", "memos": "memo",
}  # fmt: skip


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    taken: datetime  # UTC, timezone-aware
    reason: str
    counts: SnapshotCounts
    project_path: str = ""  # where the project was when the snapshot was taken
    title: str = ""

    @property
    def size(self) -> int:
        with contextlib.suppress(OSError):
            return self.path.stat().st_size
        return 0


def snapshots_root() -> Path:
    return paths.data_dir() / "snapshots"


def _counts(path: Path, key: Password | None = None) -> SnapshotCounts:
    rows = count_rows(path, tuple(TABLES.values()), key)
    return SnapshotCounts(**{field: rows[table] for field, table in TABLES.items()})


def _write_json(path: Path, data: dict[str, object], mode: int) -> None:
    temp = path.with_name(path.name + PARTIAL)
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temp, mode)  # no more readable than the snapshot it describes
    os.replace(temp, path)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _taken(path: Path) -> datetime | None:
    """When the snapshot at ``path`` was taken (its name says); None for another file."""
    try:
        return datetime.strptime(path.stem, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _stamped(folder: Path) -> list[tuple[datetime, Path]]:
    """(taken, path) of the snapshots in ``folder``, newest first: names only, no file
    is read."""
    found = [(_taken(p), p) for p in folder.glob("*" + PROJECT_SUFFIX)] if folder.is_dir() else []
    return sorted(((t, p) for t, p in found if t is not None), key=lambda x: x[0], reverse=True)


def read_snapshot(path: Path, key: Password | None = None) -> SnapshotInfo | None:
    """The snapshot at ``path`` (its sidecar, or the file itself when the sidecar is
    missing; an encrypted one needs ``key`` for that); None when the name is not a
    snapshot's."""
    taken = _taken(path)
    if taken is None:
        return None
    try:
        data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        counts = SnapshotCounts(**{k: int(v) for k, v in data["counts"].items()
                                   if k in TABLES})  # fmt: skip
        origin, title = str(data.get("project_path", "")), str(data.get("title", ""))
        return SnapshotInfo(path, taken, str(data.get("reason", "")), counts, origin, title)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    try:
        counts = _counts(path, key)
    except Exception:  # sqlite3 errors, no password: a damaged snapshot is still listed
        log.warning("cannot count the rows of snapshot %s", path, exc_info=True)
        counts = SnapshotCounts()
    return SnapshotInfo(path, taken, "", counts)


def list_folder(folder: Path, key: Password | None = None) -> list[SnapshotInfo]:
    """The snapshots in ``folder``, newest first."""
    found = [read_snapshot(p, key) for _, p in _stamped(folder)]
    return [s for s in found if s is not None]


def list_all() -> list[SnapshotInfo]:
    """Every project's snapshots, newest first: for recovering a project that no longer
    opens (its GUID cannot be read)."""
    root = snapshots_root()
    folders = [p for p in root.iterdir() if p.is_dir()] if root.is_dir() else []
    every = [s for folder in folders for s in list_folder(folder)]
    return sorted(every, key=lambda s: s.taken, reverse=True)


def restore_snapshot(snapshot: Path, target: Path, key: Password | None = None) -> Path:
    """Copy ``snapshot`` into the new project file ``target`` (which must not exist) and
    check it; return the target. Nothing is ever written over an existing file. The
    snapshot of an encrypted project needs its password (``key``) and stays encrypted."""
    target = Path(target)
    if target.suffix.lower() != PROJECT_SUFFIX:
        raise ProjectFileError(target, "a project file name must end in .ikt")
    if target.exists():
        raise ProjectFileError(target, "a file with this name already exists; choose a new name")
    if not target.parent.is_dir():
        raise ProjectFileError(target, "the folder does not exist")
    # not a project, damaged, newer, wrong password: a clear error, nothing written
    key = inspect_file(snapshot, key).key
    temp = target.with_name(f".{target.name}{PARTIAL}")
    try:
        copy_to_new_file(snapshot, temp, key)
        problems = integrity_problems(temp, key)
        if problems:
            raise ProjectFileError(snapshot, f"the snapshot is damaged ({problems[0]})")
        _fsync(temp)
        if target.exists():  # made meanwhile by someone else: still never overwrite it
            raise ProjectFileError(target, "a file with this name already exists")
        os.replace(temp, target)
    except OSError as exc:
        raise UnwritableFileError(target, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    log.info("restored snapshot %s into %s", snapshot, target)
    return target


class ProjectSnapshots:
    """The snapshots of one project. ``take`` may run on any thread: it reads the project
    through its own connection, never through the caller's sessions."""

    def __init__(self, project_path: Path, guid: str, title: str = "",
                 root: Path | None = None, key: Password | None = None) -> None:  # fmt: skip
        self.project_path = Path(project_path)
        self.guid = guid
        self.title = title
        self.folder = (root or snapshots_root()) / guid
        self.key = key  # an encrypted project's snapshots are encrypted with its key

    @classmethod
    def for_store(cls, store: Store) -> ProjectSnapshots:
        with store.read() as s:
            guid = get_meta(s, "guid")
            title = get_meta(s, "title", store.path.stem)
        if not guid:  # a project without a GUID: key it by its place instead
            guid = "path-" + hashlib.sha256(str(store.path).encode()).hexdigest()[:16]
        return cls(store.path, guid, title, key=store.key)

    # -- taking ----------------------------------------------------------------------

    def take(self, reason: str = MANUAL, now: datetime | None = None) -> SnapshotInfo:
        """A new snapshot of the project as it is now (rotating the old ones)."""
        now = now or datetime.now(UTC)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / (now.strftime(STAMP) + PROJECT_SUFFIX)
            while target.exists():  # two in one microsecond (a clock put back): next free
                now = now.replace(microsecond=(now.microsecond + 1) % 1_000_000)
                target = self.folder / (now.strftime(STAMP) + PROJECT_SUFFIX)
            temp = target.with_name(target.name + PARTIAL)
            try:
                copy_to_new_file(self.project_path, temp, self.key)
                counts = _counts(temp, self.key)
                _fsync(temp)
                os.replace(temp, target)
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()
            info = SnapshotInfo(target, now, reason, counts, str(self.project_path), self.title)
            _write_json(target.with_suffix(".json"), {
                "taken": now.isoformat(), "reason": reason, "counts": asdict(counts),
                "project_path": info.project_path, "guid": self.guid,
                "title": "" if self.key else self.title,  # an encrypted title stays so
            }, mode_of(target))  # fmt: skip
        except OSError as exc:
            raise UnwritableFileError(self.folder, exc.strerror or str(exc)) from exc
        log.info("snapshot of %s (%s): %s", self.project_path, reason, target.name)
        self.rotate(now)
        return info

    # -- listing, rotating, restoring ------------------------------------------------

    def list(self) -> list[SnapshotInfo]:
        """This project's snapshots, newest first."""
        return list_folder(self.folder, self.key)

    def last_taken(self) -> datetime | None:
        found = _stamped(self.folder)
        return found[0][0] if found else None

    def rotate(self, now: datetime | None = None) -> builtins.list[Path]:
        """Delete the snapshots :func:`rules.to_keep` does not keep; return those deleted.
        Leftovers of an interrupted snapshot (``*.partial``) go too."""
        now = now or datetime.now(UTC)
        found = _stamped(self.folder)
        keep = rules.to_keep([taken for taken, _ in found], now)
        removed = []
        for taken, snap in found:
            if taken in keep:
                continue
            for path in (snap, snap.with_suffix(".json")):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(snap)
        for leftover in self.folder.glob("*" + PARTIAL):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return removed

    def restore(self, snapshot: SnapshotInfo | Path, target: Path) -> Path:
        """Copy a snapshot into a new project file; refuses the open project's own file."""
        source = snapshot.path if isinstance(snapshot, SnapshotInfo) else Path(snapshot)
        if Path(target).resolve() == self.project_path.resolve():
            raise ProjectFileError(target, "this is the open project; choose a new file name")
        return restore_snapshot(source, target, self.key)

    @staticmethod
    def due(last: datetime | None, changes_since: int, now: datetime,
            every_minutes: float = rules.EVERY_MINUTES) -> bool:  # fmt: skip
        return rules.due(last, changes_since, now, every_minutes)
