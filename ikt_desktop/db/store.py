"""Creating, checking, opening and closing a project file (``*.ikt``).

Opening is careful: a file is inspected before anything may write to it. A file that is
not a project, is damaged, or comes from a newer version is refused with a clear message
and left exactly as it was; an older file is backed up beside itself, then migrated.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ikt_desktop.db import damage, migrate
from ikt_desktop.db.cipher import FileHead, Password, password_for, read_head
from ikt_desktop.db.engine import (
    APPLICATION_ID,
    DB_ERRORS,
    NOT_A_DATABASE,
    connect,
    finalize_for_copy,
    fold_wal,
    hot_journal,
    make_engine,
    make_session_factory,
    roll_back_journal,
    unit_of_work,
)
from ikt_desktop.db.file_modes import create_like
from ikt_desktop.db.lock import ProjectLock, refuse_foreign_log
from ikt_desktop.db.shred import remove_leftover
from ikt_desktop.db.text_cache import TEXT_CHANGED, TextCache
from ikt_desktop.domain.errors import (
    NewerSchemaError,
    NotAProjectError,
    ProjectFileError,
    ReadOnlyFileError,
    ReadOnlyProjectError,
    UnwritableProjectError,
    WrongPasswordError,
    is_disk_full,
)

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".ikt"
# What writing can raise when the disk is full (see is_disk_full).
WRITE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, *DB_ERRORS, OSError)
# Tables every schema revision has (the first migration made them): a file that lacks one
# is not a complete project, whatever its application id and schema version say.
CORE_TABLES = frozenset({
    "attribute", "attribute_value", "change_log", "code", "coder", "coding", "memo",
    "participant", "project_meta", "source", "speaker", "theme", "theme_code",
    "theme_quote", "turn",
})  # fmt: skip


@dataclass(frozen=True)
class FileState:
    """What one read-only look at a file found, handed down the open path so nothing reads
    the file's head again: its schema ``revision``, whether that is current, the ``key``
    that opened an encrypted file and the file's ``salt`` (both None for a plain one)."""

    revision: str
    is_current: bool
    key: Password | None = None
    salt: bytes | None = None
    wal: bool = False  # in write-ahead-log mode: not closed cleanly (or open elsewhere)

    @property
    def encrypted(self) -> bool:
        return self.key is not None


def _read_only_connection(
    path: Path, key: Password | None = None, salt: bytes | None = None
) -> sqlite3.Connection:
    # A read-only look never writes. If a crash left a write-ahead log, SQLite replays it
    # in memory for this reader; the next writer folds it into the file.
    conn: sqlite3.Connection = connect(path, read_only=True, key=key, salt=salt)
    return conn


def _head(path: Path) -> FileHead | None:
    try:
        return read_head(path)
    except OSError:
        return None


def is_encrypted_file(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted project (no password needed to tell)."""
    head = _head(path)
    return head is not None and head.encrypted


def file_keying(path: Path, key: Password | None = None) -> tuple[Password | None, bytes | None]:
    """The key and salt to use for ``path``, from one read of its head: (None, None) for a
    plain SQLite file (whatever was given), else the given (or asked-for) password and the
    file's salt."""
    head = _head(path)
    if head is None or not head.encrypted:
        return None, None
    return password_for(path, key), head.salt


def file_key(path: Path, key: Password | None = None) -> Password | None:
    """The key to use for ``path``: None for a plain SQLite file (whatever was given), the
    given (or asked-for) password for an encrypted one."""
    return file_keying(path, key)[0]


def inspect_file(
    path: Path, key: Password | None = None, *, check: str | None = damage.QUICK
) -> FileState:
    """Look at ``path`` without changing it (but for rolling back a transaction a killed
    process left unfinished, as SQLite does at any opening); raise a
    :class:`ProjectFileError` subclass if it cannot be opened as a project by this version
    (:class:`PasswordRequiredError` for an encrypted file without ``key``,
    :class:`WrongPasswordError` when ``key`` is wrong).
    ``check`` is the damage check to run (see :mod:`db.damage`; None: leave it to the
    caller)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ProjectFileError(path, "the file does not exist") from None
    except OSError as exc:
        raise ProjectFileError(path, f"cannot read the file ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise NotAProjectError(path, "this is a folder, not a project file")
    if not stat.S_ISREG(mode):  # a FIFO would block the read below, a device never end
        raise NotAProjectError(path, "not a project file (a pipe, a device or a socket)")
    try:
        head = read_head(path)
    except OSError as exc:
        raise ProjectFileError(path, f"cannot read the file ({exc.strerror})") from exc
    if head.plain:
        key = None
    elif head.encrypted:
        key = password_for(path, key)
    else:
        raise NotAProjectError(path, "not an iKT Desktop project (not a SQLite database file)")
    if hot_journal(path):
        _roll_back(path, key, head.salt)
    try:
        conn = damage.checking_connection(path, key, head.salt)
    except DB_ERRORS as exc:
        raise NotAProjectError(path, f"cannot be opened as a database ({exc})") from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]  # the key is right?
            found = damage.structure_findings(conn, check) if check else []
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            wal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        except DB_ERRORS as exc:
            if key is not None and NOT_A_DATABASE in str(exc):
                raise WrongPasswordError(path) from None
            raise NotAProjectError(path, f"the file is damaged ({exc})") from exc
        if found:
            raise NotAProjectError(path, damage.summary(path, "the file is damaged", found) or "")
        if app_id != APPLICATION_ID or "alembic_version" not in tables:
            raise NotAProjectError(path, "not an iKT Desktop project (a different database)")
        if not tables >= CORE_TABLES:
            missing = ", ".join(sorted(CORE_TABLES - tables))
            raise NotAProjectError(
                path, f"the file is damaged: not a complete project (no {missing} table)"
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is None:
        raise NotAProjectError(path, "the project has no schema version (damaged)")
    revision = str(row[0])
    known = migrate.known_revisions()
    if revision not in known:
        raise NewerSchemaError(
            path,
            f"made by a newer version of iKT Desktop (schema {revision}; this version "
            f"knows up to {known[-1]}). Please update iKT Desktop to open it.",
        )
    return FileState(revision, revision == known[-1], key, head.salt, wal)


def _roll_back(path: Path, key: Password | None, salt: bytes | None) -> None:
    """Roll back the transaction a process killed mid-write left in a rollback journal
    (inspection reads through a read-only connection, which cannot): the file goes back to
    its last committed state, as at any opening for writing."""
    try:
        roll_back_journal(path, key, salt)
    except DB_ERRORS as exc:
        if key is not None and NOT_A_DATABASE in str(exc):
            raise WrongPasswordError(path) from None
        raise ProjectFileError(
            path,
            "a change was interrupted and its journal "
            f"({path.name}-journal) must be rolled back, which needs write access to the "
            f"file and its folder ({exc})",
        ) from exc
    log.warning("%s: rolled back a change interrupted before it was committed", path)


def integrity_problems(path: Path, key: Password | None = None) -> list[str]:
    """Every check of a closed or open project (see :mod:`db.damage`), one line each: an
    empty list means ``ok``."""
    state = inspect_file(path, key, check=None)  # not a project, wrong password -> raises
    return damage.problems(path, state.key, state.salt)


def free_name(path: Path, label: str) -> Path:
    """``NAME.LABEL.ikt`` beside ``path``, or ``NAME.LABEL-2.ikt``... : a file name not
    yet taken (backups are never overwritten)."""
    for n in itertools.count(1):
        candidate = path.with_name(f"{path.stem}.{label}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise AssertionError("unreachable")


def backup_path(path: Path, revision: str) -> Path:
    return free_name(path, f"schema-{revision}-backup")


def backup_file(path: Path, target: Path, key: Password | None = None) -> None:
    """A consistent copy made with SQLite's online backup API; the copy of an encrypted
    project is encrypted with the same key."""
    _backup(path, target, *file_keying(path, key))


def _backup(path: Path, target: Path, key: Password | None, salt: bytes | None) -> None:
    """:func:`backup_file` with the file's key and salt already settled (None for a plain
    file); the copy keeps the salt, so the same raw key opens both, and the project's
    permissions (a new ``target`` is made with them before anything is written)."""
    if not target.exists():
        create_like(target, path)
    src = _read_only_connection(path, key, salt)
    dst = connect(target, key=key, salt=salt)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


class Store:
    """An open project file: engine, session factory, and (when writable) the lock."""

    def __init__(
        self, path: Path, engine: Engine, lock: ProjectLock | None, key: Password | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.key = key  # the password of an encrypted project: in memory only
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)
        self.read_factory = self.session_factory  # reads' sessions (a team store's differ)
        self._lock = lock
        self.closed = False
        # write units of work begun here (all changes go through :meth:`write`): a value
        # read at one count is still true while the count is unchanged
        self.writes = 0
        self.pending_check: damage.BackgroundCheck | None = None  # see open_store
        self._looking = threading.local()  # the session of this thread's one_look, if any
        self.text_cache: TextCache | None = TextCache()  # None: texts are always read

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def location(self) -> str:
        """Where the project is, to show: the file's path (a team database: its URL)."""
        return str(self.path)

    @property
    def is_team(self) -> bool:
        """Whether this is a team project on a database server (db/team/store.py)."""
        return False

    @property
    def looking(self) -> bool:
        """Whether this thread is inside :meth:`one_look`."""
        return getattr(self._looking, "session", None) is not None

    def read(self) -> contextlib.AbstractContextManager[Session]:
        """A unit of work for reading; inside :meth:`one_look`, that look's transaction."""
        if self.looking:
            return self._shared_read(self._looking.session)
        return unit_of_work(self.read_factory)

    @contextlib.contextmanager
    def one_look(self) -> Iterator[None]:
        """Every read on this thread inside the block shares one read transaction: the
        panes refreshing after one action see one state of the project, and pay for one
        transaction (and, on a server, one connection check) instead of one each. Writes
        still go through :meth:`write`; a read after one in the block would not see it, so
        a block holds reads only. Nested blocks are one block."""
        if self.looking:
            yield
            return
        with unit_of_work(self.read_factory) as session:
            self._looking.session = session
            try:
                yield
            finally:
                self._looking.session = None

    @staticmethod
    @contextlib.contextmanager
    def _shared_read(session: Session) -> Iterator[Session]:
        try:
            yield session
        except SQLAlchemyError:
            session.rollback()  # a failed statement (PostgreSQL) spoils the transaction
            raise

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes the project: one transaction, committed on exit."""
        if self.read_only:
            raise ReadOnlyProjectError(self.path)
        self.refuse_damage()
        looking: Session | None = getattr(self._looking, "session", None)
        if looking is not None:  # a write inside a look: what is read after it sees it
            looking.commit()
        session: Session | None = None
        try:
            with unit_of_work(self.session_factory, write=True) as session:
                yield session
        except WRITE_ERRORS as exc:
            if not is_disk_full(exc):
                raise
            log.error("writing %s failed", self.path, exc_info=True)
            raise ProjectFileError(
                self.path, "cannot be written: the disk is full, or a file size limit was "
                "reached; the change was not saved and the project is as it was",
            ) from None  # fmt: skip
        finally:
            self.writes += 1  # what was read before may be stale now (see ``writes``)
            if session is not None and session.info.pop(TEXT_CHANGED, False):
                self.forget_texts()  # committed or not: read again when asked

    def forget_texts(self) -> None:
        if self.text_cache is not None:
            self.text_cache.forget()

    def refuse_damage(self) -> None:
        """Wait for the background check (if one runs); damage it found refuses writing."""
        if self.pending_check is not None:
            finding = self.pending_check.wait()
            if finding:
                raise NotAProjectError(self.path, f"{finding}; nothing was written")

    def close(self) -> None:
        """Close the file; a writable one is folded back into one file and unlocked. If
        the disk is full the write-ahead log cannot be folded in: it then holds changes
        already committed, so it is kept (removing it would lose or damage them), the
        lock is released, and the problem is one line."""
        if self.closed:
            return
        self.closed = True
        if self.pending_check is not None:
            self.pending_check.wait()  # its connection closes before the file is folded
        if self.read_only:
            self.engine.dispose()
            log.info("closed %s", self.path)
            return
        assert self._lock is not None
        try:
            finalize_for_copy(self.engine, self.path, self.key)
        except WRITE_ERRORS as exc:
            if not is_disk_full(exc):
                raise
            log.error("folding the journal of %s failed", self.path, exc_info=True)
            raise ProjectFileError(
                self.path, f"the disk is full, or a file size limit was reached: the last "
                f"changes are saved in {self.path.name}-wal but could not be folded into the "
                "file; free some space, then open the project again (nothing is lost)",
            ) from None  # fmt: skip
        finally:
            self._lock.release()
        log.info("closed %s", self.path)


def create_store(path: Path, key: Password | None = None) -> Store:
    """Create a new, empty project at ``path`` (which must not exist); encrypted with
    ``key`` when given."""
    if path.exists():
        raise ProjectFileError(path, "a file with this name already exists")
    if not path.parent.is_dir():
        raise ProjectFileError(path, "the folder does not exist")
    lock = ProjectLock.acquire(path, create=True)  # makes the (empty) file, never clobbers
    try:
        engine = make_engine(path, key=key)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade(conn)
    except BaseException:
        lock.release()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    log.info("created %s%s", path, " (encrypted)" if key else "")
    return Store(path, engine, lock, key)


def open_store(
    path: Path,
    *,
    read_only: bool = False,
    key: Password | None = None,
    check_later: bool = False,
) -> Store:
    """Open an existing project; see the module docstring for what is refused. An encrypted
    project needs its password (``key``, or the installed password source). With
    ``check_later`` a writable project is opened at once: the quick check and then the
    thorough one run in the background (the app waits for the quick one before it shows
    the project: :meth:`BackgroundCheck.wait_quick`) and the first write waits for both
    (see :mod:`db.damage`). A file to upgrade is checked before, as without."""
    path = path.resolve()
    later = check_later and not read_only
    thorough = damage.QUICK if read_only else damage.THOROUGH
    state = inspect_file(path, key, check=None if later else thorough)  # later: quick first
    if later and not state.is_current:  # never upgrade a damaged file
        state = inspect_file(path, key, check=damage.QUICK)
    key, salt = state.key, state.salt
    if read_only:
        if not state.is_current:
            raise ProjectFileError(
                path,
                f"the project uses an older schema ({state.revision}) and must be opened "
                "for writing once to be upgraded",
            )
        engine = make_engine(path, read_only=True, key=key, salt=salt)
        return Store(path, engine, None, key)
    refuse_unwritable(path)
    lock = ProjectLock.acquire(path)
    try:
        refuse_foreign_log(path, state.wal)
        remove_leftover(path)  # a rewrite killed mid-way: its copy may be plain text
        if not state.is_current:
            _upgrade(path, state)
        engine = make_engine(path, key=key, salt=salt)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except BaseException:
        lock.release()
        raise
    log.info("opened %s%s", path, " (encrypted)" if key else "")
    store = Store(path, engine, lock, key)
    if later:
        store.pending_check = damage.BackgroundCheck(path, key, salt, quick_first=True)
    return store


UPGRADE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, *DB_ERRORS)


def refuse_unwritable(path: Path) -> None:
    """Refuse to open ``path`` for writing, in one line, when its permissions (or its
    folder's: the journal and the lock live beside it) do not allow it. A file without
    any write permission is refused even for a user who could override that."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ProjectFileError(path, f"cannot read the file ({exc.strerror})") from None
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyFileError(path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UnwritableProjectError(
            path, f"the folder {path.parent} is read-only: a project writes its journal and "
            "lock beside itself; move it to a folder you can write to",
        )  # fmt: skip


def _upgrade(path: Path, state: FileState) -> None:
    """Back the file up beside itself, then migrate it in one transaction. When the
    migration fails (a file whose tables do not match its schema version, say) it is
    rolled back, the backup (identical to the file) is removed, so a retry does not
    leave another one, and the failure is one line."""
    target = backup_path(path, state.revision)
    _backup(path, target, state.key, state.salt)  # encrypted like the project
    log.info("backed up %s (schema %s) to %s before upgrading", path, state.revision, target)
    engine = make_engine(path, key=state.key, salt=state.salt)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
    except UPGRADE_ERRORS as exc:
        engine.dispose()
        fold_wal(path, state.key)  # back to one file, as it was
        target.unlink(missing_ok=True)
        log.error("upgrading %s from schema %s failed", path, state.revision, exc_info=True)
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())[:160]
        raise NotAProjectError(
            path, f"cannot be upgraded from schema {state.revision}: its tables do not match "
            f"that version ({detail}); the file was not changed",
        ) from None  # fmt: skip
    finally:
        engine.dispose()


def copy_to_new_file(path: Path, target: Path, key: Password | None = None) -> None:
    """A self-contained copy of the project at ``path`` (open or closed, WAL or not) in the
    new file ``target``: the backup API reads a consistent state while others write, and
    the copy is switched to a rollback journal so it is one file, like a closed project.
    The copy of an encrypted project is encrypted with the same key."""
    key, salt = file_keying(path, key)
    _backup(path, target, key, salt)
    conn = connect(target, key=key, salt=salt)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def count_rows(path: Path, tables: tuple[str, ...], key: Password | None = None) -> dict[str, int]:
    """Row counts of ``tables`` in a project file, read-only (a missing table counts 0)."""
    conn = _read_only_connection(path, *file_keying(path, key))
    try:
        present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        return {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) if t in present
            else 0
            for t in tables
        }  # fmt: skip
    finally:
        conn.close()
