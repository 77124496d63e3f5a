"""Engines, pragmas and units of work for one project file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from ikt_desktop.db.cipher import COMPATIBILITY, Password, file_salt, new_salt

APPLICATION_ID = 0x494B5444  # "IKTD": marks a SQLite file as an iKT Desktop project
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "ikt_write"  # execution option marking a unit of work that writes
# Session.info key: the GUID of the coder this connection codes as, when the store knows
# it (a team database maps each login to a coder); otherwise the project's current coder
SESSION_CODER = "ikt_coder_guid"
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
NOT_A_DATABASE = "file is not a database"  # what SQLite(Cipher) says for a wrong key


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    mode = "ro" if read_only else "rwc"
    return f"file:{path.resolve().as_posix()}?mode={mode}"


def connect(
    path: Path,
    *,
    read_only: bool = False,
    key: Password | None = None,
    salt: bytes | None = None,
    cipher: bool = False,
) -> Any:
    """A DB-API connection to ``path``: plain ``sqlite3``, or SQLCipher keyed with ``key``
    (the raw key for ``salt``, by default the file's own; a new file gets a new salt).
    ``cipher`` asks for a SQLCipher connection even without a key (for sqlcipher_export)."""
    uri = sqlite_uri(path, read_only=read_only)
    timeout = BUSY_TIMEOUT_MS / 1000
    if key is None and not cipher:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
    cur = conn.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr's
    if key is None:
        return conn
    salt = salt or file_salt(path) or new_salt()
    cur.execute(f'PRAGMA key = "{key.raw_key(salt)}"')
    cur.execute(f"PRAGMA cipher_compatibility = {COMPATIBILITY}")
    cur.close()
    return conn


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    key: Password | None = None,
    salt: bytes | None = None,
) -> Engine:
    """An engine with our pragmas: foreign keys on, WAL with full sync (durable: a commit
    survives power loss), a busy timeout, and explicit BEGIN so SQLAlchemy's transaction
    boundaries are SQLite's. With ``key`` the file is a SQLCipher database (same pragmas),
    keyed for ``salt`` (the file's own, as inspected; read from the file when not given,
    a new one for a new file)."""
    if key is not None and salt is None:
        salt = file_salt(path) or new_salt()
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, read_only=read_only, key=key, salt=salt),
        **({} if key is None else {"module": sqlcipher}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writing unit of work takes the write lock up front (IMMEDIATE), so it never
        # deadlocks upgrading a read lock; reads begin deferred and never block a writer.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine


def make_session_factory(engine: Engine, coder_guid: str = "") -> sessionmaker[Session]:
    info = {SESSION_CODER: coder_guid} if coder_guid else {}
    return sessionmaker(engine, expire_on_commit=False, info=info)


@contextmanager
def unit_of_work(factory: sessionmaker[Session], *, write: bool = False) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    session = factory()
    try:
        if write:
            session.connection(execution_options={WRITE_OPTION: True})
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def finalize_for_copy(engine: Engine, path: Path, key: Password | None = None) -> None:
    """Close every connection, fold the write-ahead log into the file and switch back to a
    rollback journal, so the closed ``.ikt`` is one self-contained file."""
    engine.dispose()
    fold_wal(path, key)


def fold_wal(path: Path, key: Password | None = None) -> None:
    """Fold a write-ahead log into ``path`` and switch it to a rollback journal (the
    caller holds the project lock, or the file is closed)."""
    conn = connect(path, key=key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def hot_journal(path: Path) -> bool:
    """Whether a rollback journal is left beside ``path``: a process died in the middle of
    a transaction in rollback-journal mode (before a project switches to WAL, during a
    migration or a rewrite). Whether it is *hot* SQLite decides: no other connection may
    hold the write lock."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def roll_back_journal(path: Path, key: Password | None, salt: bytes | None) -> None:
    """Let SQLite roll back the interrupted transaction a hot journal records: the first
    read on a writable connection restores the pages the journal holds, which is what any
    later opening for writing would do. A read-only connection cannot (SQLite refuses with
    "attempt to write a readonly database"), so careful inspection does it first. Raises
    what the driver raises (a wrong key: not a database; a read-only file: read-only)."""
    conn = connect(path, key=key, salt=salt, cipher=key is not None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def placeholders(count: int) -> str:
    """``?, ?, ?`` for :func:`driver_rows`' ``IN (...)`` of ``count`` values."""
    return ", ".join("?" * count)


def driver_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows straight from the DB-API driver, in ``conn``'s transaction. ``sql`` uses ``?``
    placeholders (SQLite's); for a driver with ``%s`` placeholders (psycopg, team
    databases) they are translated here, so callers never know the engine."""
    if conn.dialect.paramstyle in ("format", "pyformat"):
        sql = sql.replace("%", "%%").replace("?", "%s")
    cursor = conn.connection.cursor()
    args = tuple(params)
    # the engine's statement listeners see these too (tests count the statements of an
    # action; a read that bypassed them would hide work)
    for listener in conn.dispatch.before_cursor_execute:
        sql, args = listener(conn, cursor, sql, args, None, False)
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    finally:
        cursor.close()
