"""An open team project: a PostgreSQL database reached through psycopg 3, behind the same
:class:`~ikt_desktop.db.store.Store` interface as a project file, so every service runs
unchanged (invariant 1).

A client never migrates a team database on open (invariant 7): a database at an older
schema is refused with the command that upgrades it, one at a newer schema (a newer app
wrote it) is refused too, so no client writes a schema it does not know.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from ikt_desktop.db import migrate
from ikt_desktop.db.engine import make_session_factory
from ikt_desktop.db.store import Store
from ikt_desktop.db.team import access, ids, live, liveness
from ikt_desktop.db.team.url import TeamDatabaseError, TeamUrl, parse, redact

log = logging.getLogger(__name__)

APPLICATION = "iKT Desktop"
CONNECT_TIMEOUT_S = 10


def make_team_engine(url: TeamUrl) -> Engine:
    """An engine whose connections libpq opens from ``url`` (sockets, TLS, passfile: all
    libpq's own rules); every session reads committed data."""
    import psycopg

    def connect() -> Any:
        return psycopg.connect(
            url.conninfo, connect_timeout=CONNECT_TIMEOUT_S, application_name=APPLICATION
        )

    engine = create_engine("postgresql+psycopg://", creator=connect)
    liveness.watch(engine)  # no SELECT 1 before each unit of work (see liveness.py)
    # Bulk inserts (imports, copies, "code all hits") as multi-row INSERTs of up to 1,000
    # rows, not one statement per row: far fewer round trips, and the statement-level
    # triggers (ids, notifications) run once per batch.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def reason(exc: BaseException) -> str:
    """What a driver error says, on one line, without any password."""
    inner = getattr(exc, "orig", None) or exc
    return redact(" ".join(str(inner).split()))[:300]


@contextmanager
def connected(url: TeamUrl) -> Iterator[Connection]:
    """One transaction on the team database (committed on success); a connection error
    becomes a :class:`TeamDatabaseError` naming the redacted URL."""
    import psycopg

    engine = make_team_engine(url)
    try:
        with engine.begin() as conn:
            yield conn
    except (SQLAlchemyError, psycopg.Error) as exc:  # psycopg's own: COPY (transfer.py)
        raise TeamDatabaseError(url.display, reason(exc)) from None
    finally:
        engine.dispose()


def analyze(url: TeamUrl) -> None:
    """``VACUUM (ANALYZE)`` the database, outside a transaction (as VACUUM must run): a
    database just filled by ``COPY`` has no statistics until autovacuum comes by, so the
    first clients' plans would guess, and no visibility map, so no index-only scans."""
    engine = make_team_engine(url)
    try:
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")
    except SQLAlchemyError as exc:
        raise TeamDatabaseError(url.display, reason(exc)) from None
    finally:
        engine.dispose()


def our_tables(conn: Connection) -> set[str]:
    """Every table in the schema, whether or not the connected role may read it."""
    rows = conn.execute(text(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    ))  # fmt: skip
    return {str(r) for r in rows.scalars()}


def stored_revision(conn: Connection) -> str | None:
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_revision(url: TeamUrl, revision: str | None) -> None:
    """Refuse a database that is not a project, or not at this app's schema."""
    if revision is None:
        raise TeamDatabaseError(url.display, "not an iKT Desktop team project (no schema "
                                "version; create one with: ikt-desktop team create URL "
                                "--from PROJECT.ikt)")  # fmt: skip
    known = migrate.known_revisions()
    if revision not in known:
        raise TeamDatabaseError(url.display, f"made by a newer version of iKT Desktop (schema "
                                f"{revision}; this version knows up to {known[-1]}); update "
                                "iKT Desktop to open it")  # fmt: skip
    if revision != known[-1]:
        raise TeamDatabaseError(url.display, f"the team database uses an older schema "
                                f"({revision}; this version uses {known[-1]}); the project's "
                                "owner upgrades it with: ikt-desktop team upgrade URL")  # fmt: skip


def prepare_schema(conn: Connection) -> None:
    """Migrate an empty (or older) team database to this app's schema, in the caller's
    transaction (PostgreSQL's DDL is transactional); let ids follow explicit ones, and
    install the members table, blind-coding policies, change-log trigger and the
    notifications of committed changes."""
    migrate.upgrade(conn)
    ids.install(conn)
    access.install(conn)
    live.install(conn)


class TeamStore(Store):
    """An open team database. ``path`` is only a name (the database's), for titles; the
    address shown anywhere is :attr:`location` (redacted)."""

    def __init__(
        self, url: TeamUrl, engine: Engine, *, read_only: bool = False, coder_guid: str = ""
    ) -> None:
        super().__init__(Path(url.database), engine, None)
        self.text_cache = None  # another coder may edit a text: always read it
        self.url = url
        self._read_only = read_only
        self.coder_guid = coder_guid  # the coder this login is ("" : not a member)
        self.session_factory = make_session_factory(engine, coder_guid)
        # Reads outside a transaction: at READ COMMITTED (the server's default) each
        # statement of a transaction sees what was committed when it began, as it does
        # alone, so a read transaction adds nothing but a BEGIN and a COMMIT: two round
        # trips per unit of work, four of an apply's twenty in the window.
        self.read_factory = make_session_factory(
            engine.execution_options(isolation_level="AUTOCOMMIT"), coder_guid
        )
        # the backend pids of this store's own sessions: its listener skips what they commit
        self.own_pids: set[int] = set()
        self.offline = False  # the connection is lost: writing is refused until it returns
        event.listen(engine, "checkout", self._connected)  # pooled before we listened too
        event.listen(engine, "close", self._gone)
        event.listen(engine, "close_detached", self._gone)

    _looks = 0

    def _connected(self, dbapi_conn: Any, *_rest: object) -> None:
        self.own_pids.add(int(dbapi_conn.info.backend_pid))

    def _gone(self, dbapi_conn: Any, *_rest: object) -> None:
        with suppress(Exception):  # a connection already broken may not know its pid
            self.own_pids.discard(int(dbapi_conn.info.backend_pid))

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def writes(self) -> int:
        """Other clients change a team database too, so what was read is never known to
        be current: every look is a new count (a cache keyed on it reads again), but for
        the reads of one :meth:`one_look`, which share one count: the panes refreshing
        after one change read what they share (the codes' names and colours) once."""
        if self.looking:
            return self._looks
        self._looks += 1
        return self._looks

    @writes.setter
    def writes(self, _count: int) -> None:
        self._looks += 1  # a write (in a look too): what was read before is stale

    @contextmanager
    def one_look(self) -> Iterator[None]:
        if not self.looking:
            self._looks += 1  # a new look: nothing read before it counts as current
        with super().one_look():
            yield

    @property
    def location(self) -> str:
        return self.url.display

    @property
    def is_team(self) -> bool:
        return True

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes the project; a connection lost on the way (the
        server restarted, the network dropped) rolls it back on the server and becomes
        one plain message. The pool checks connections before use (db/team/liveness.py), so
        the next action reconnects by itself once the server is back. While the window knows the
        connection is lost (:attr:`offline`), every change is refused at once."""
        if self.offline:
            raise TeamDatabaseError(self.location, "the connection to the team server is lost; "
                                    "the project is read-only until it returns, and this "
                                    "change was not saved")  # fmt: skip
        try:
            with super().write() as session:
                yield session
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            log.warning("lost the connection to %s during a change", self.location)
            raise TeamDatabaseError(self.location, "the connection to the server was lost; "
                                    "this change was not saved (try again)") from None  # fmt: skip

    def listen(self) -> live.ChangeListener:
        """A listener for what other clients commit (this store's own sessions skipped;
        see :mod:`ikt_desktop.db.team.live`)."""
        return live.ChangeListener(self.url, self.own_pids, timeout_s=CONNECT_TIMEOUT_S)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.engine.dispose()
            log.info("closed team project %s", self.location)


def open_team_store(address: str, *, read_only: bool = False, password: str = "") -> TeamStore:
    """Open the team project at ``address`` (a libpq URL; ``password`` apart, when the
    address has none); see the module docstring."""
    url = parse(address, password)
    engine = make_team_engine(url)
    try:
        with engine.connect() as conn:
            check_revision(url, stored_revision(conn))
            coder_guid = own_coder_guid(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise TeamDatabaseError(url.display, f"cannot connect ({reason(exc)})") from None
    except BaseException:
        engine.dispose()
        raise
    log.info("opened team project %s", url.display)
    return TeamStore(url, engine, read_only=read_only, coder_guid=coder_guid)


def own_coder_guid(conn: Connection) -> str:
    """The GUID of the coder the connected login is mapped to ("" when it is none)."""
    query = text(
        f"SELECT c.guid FROM {access.MEMBERS} m JOIN coder c ON c.id = m.coder_id "
        "WHERE m.role_name = session_user"
    )
    return str(conn.execute(query).scalar() or "")


def is_owner(conn: Connection) -> bool:
    """Whether the connected role owns the database (or is a superuser)."""
    query = text(
        "SELECT pg_get_userbyid(d.datdba) = current_user OR r.rolsuper "
        "FROM pg_database d, pg_roles r "
        "WHERE d.datname = current_database() AND r.rolname = current_user"
    )
    return bool(conn.execute(query).scalar())
