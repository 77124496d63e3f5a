"""Encrypting, decrypting and re-keying a closed project file.

The file is never changed in place: ``sqlcipher_export`` writes the whole database into a
new temporary file beside it under the new key (or none), the copy is verified (integrity
check, the same rows in every table, the same application id and user version), flushed
to disk, and only then moved over the original in one atomic rename. Any failure before
the rename leaves the original exactly as it was.

The temporary copy ``.NAME.ikt.rekey.partial`` is made first, empty, with the project's
permissions (:mod:`db.file_modes`), so it is never more readable than the project. When
encrypting or changing the password it is encrypted from its first page on. When
decrypting it is, by purpose, plain text: on any failure it is overwritten and removed
(:mod:`db.shred`), and if the process is killed mid-way, what it left is overwritten and
removed by the next rewrite or the next opening for writing (both under the lock). So a
kill at any moment leaves the original or the finished file, and nothing else readable
once the project is next used for writing.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from ikt_desktop.db.cipher import Password, new_salt
from ikt_desktop.db.engine import DB_ERRORS, connect, fold_wal
from ikt_desktop.db.file_modes import create_like, keep_mode
from ikt_desktop.db.lock import ProjectLock
from ikt_desktop.db.shred import partial_path, remove_leftover, shred_database
from ikt_desktop.db.store import inspect_file
from ikt_desktop.domain.errors import Cancelled, ProjectFileError, UnwritableFileError
from ikt_desktop.domain.progress import Progress, no_progress

log = logging.getLogger(__name__)

TARGET = "rekeyed"
STEPS_PER_REPORT = 100_000  # SQLite VM steps between progress reports (and cancel checks)


def rekey_file(
    path: Path, old: Password | None, new: Password | None, progress: Progress = no_progress
) -> None:
    """Rewrite the closed project at ``path`` from key ``old`` (None: plain) to ``new``
    (None: plain). Takes the project lock for the whole rewrite. ``progress`` may cancel
    (raise Cancelled) until the copy is checked; the original is then unchanged."""
    path = Path(path).resolve()
    old = inspect_file(path, old).key  # not a project, wrong password: raises, file untouched
    lock = ProjectLock.acquire(path)
    temp = partial_path(path)
    try:
        fold_wal(path, old)  # no write-ahead log may outlive the file it belongs to
        remove_leftover(path)
        create_like(temp, path)  # the project's permissions before a byte is written
        progress(0, 2, "Rewriting the project")
        _export(path, old, temp, new, progress)
        progress(1, 2, "Checking the rewritten copy")
        _verify(path, old, temp, new)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        keep_mode(temp, path)
        os.replace(temp, path)
        _fsync_folder(path.parent)
    except OSError as exc:
        raise UnwritableFileError(path, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            shred_database(temp)  # it may hold the plain text (decrypt): never just unlink
        lock.release()
    log.info("rewrote %s (%s)", path, "encrypted" if new else "not encrypted")


def _export(
    path: Path, old: Password | None, temp: Path, new: Password | None, progress: Progress
) -> None:
    conn = connect(path, key=old, cipher=True)
    cancelled: list[Cancelled] = []

    def report() -> int:  # non-zero interrupts the statement
        try:
            progress(0, 2, "Rewriting the project")
        except Cancelled as exc:
            cancelled.append(exc)
            return 1
        return 0

    conn.set_progress_handler(report, STEPS_PER_REPORT)
    try:
        key = "" if new is None else new.raw_key(new_salt())
        conn.execute("ATTACH DATABASE ? AS " + TARGET + " KEY ?", (str(temp), key))
        conn.execute(f"SELECT sqlcipher_export('{TARGET}')")
        for pragma in ("application_id", "user_version"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA {TARGET}.{pragma} = {value}")
        conn.execute(f"DETACH DATABASE {TARGET}")
    except DB_ERRORS as exc:
        if cancelled:
            raise cancelled[0] from None
        raise ProjectFileError(path, f"could not rewrite the project ({exc})") from None
    finally:
        conn.close()


def _facts(conn: Any) -> dict[str, int]:
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]  # fmt: skip
    facts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    for pragma in ("application_id", "user_version"):
        facts["pragma " + pragma] = int(conn.execute(f"PRAGMA {pragma}").fetchone()[0])
    return facts


def _verify(path: Path, old: Password | None, temp: Path, new: Password | None) -> None:
    src, dst = connect(path, read_only=True, key=old), connect(temp, read_only=True, key=new)
    try:
        problems = [str(r[0]) for r in dst.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise ProjectFileError(path, f"the rewritten copy failed its check ({problems[0]})")
        if _facts(src) != _facts(dst):
            raise ProjectFileError(path, "the rewritten copy differs from the project")
    except DB_ERRORS as exc:
        raise ProjectFileError(path, f"could not check the rewritten copy ({exc})") from None
    finally:
        src.close()
        dst.close()


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
