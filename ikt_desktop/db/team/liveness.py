"""Whether a pooled connection to the team server is still there, told without a round
trip on the busy path (issue 19).

A ``SELECT 1`` before every unit of work (SQLAlchemy's ``pool_pre_ping``) costs a round
trip each, and one action in the window runs several units of work. Instead, when the pool
hands out a connection:

* psycopg already knows it is closed or broken, or it is not idle: it is dead;
* its socket has something to read although no query is in flight: a server ending a
  session (a restart, ``pg_terminate_backend``, an idle timeout) says so and closes the
  socket, and both make it readable at once; the connection is dead and so, most likely,
  are the others of the pool (a restart ends every session), so the whole pool is
  replaced;
* it has rested longer than :data:`IDLE_PING_S`: a ``SELECT 1`` asks the server, as
  before (what the socket cannot tell: a network that went away without a word).

A connection found dead is replaced by a fresh one for the same unit of work; a session
that breaks in the middle of a statement is still SQLAlchemy's own case (the pool is
invalidated and the action fails as one message, see ``TeamStore.write``).
"""

from __future__ import annotations

import select
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import InvalidatePoolError

IDLE_PING_S = 5.0
_RESTED = "ikt_rested_at"  # connection record info: time.monotonic() at check-in


def watch(engine: Engine) -> None:
    """Check each connection ``engine``'s pool hands out (see the module docstring)."""
    event.listen(engine, "checkin", _rested)
    event.listen(engine, "checkout", _check)


def _rested(_dbapi_conn: Any, record: Any) -> None:
    if record is not None:
        record.info[_RESTED] = time.monotonic()


def _check(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
    rested_at = record.info.pop(_RESTED, None)
    if rested_at is None:
        return  # fresh from connect(): nothing to check
    if not alive(dbapi_conn):
        raise InvalidatePoolError("the server ended the session")
    if time.monotonic() - rested_at > IDLE_PING_S and not _ping(dbapi_conn):
        raise InvalidatePoolError("the server did not answer")


def alive(conn: Any) -> bool:
    """What the client side can tell of a psycopg connection without asking the server:
    open, idle, and nothing unread on its socket."""
    from psycopg.pq import TransactionStatus

    if conn.closed or conn.broken or conn.info.transaction_status != TransactionStatus.IDLE:
        return False
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


def _ping(conn: Any) -> bool:
    """One round trip: outside a transaction, so no BEGIN and no ROLLBACK."""
    try:
        conn.autocommit = True
        try:
            conn.execute("SELECT 1")
        finally:
            conn.autocommit = False
    except Exception:  # whatever failed, the connection is not usable
        return False
    return True
