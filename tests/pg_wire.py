"""What a team project's engine says to the PostgreSQL server, counted on the wire (issue
19): libpq's own trace of every message of every connection the pool hands out, so
statements run straight on the driver (``driver_rows``), the BEGIN and COMMIT psycopg
sends by itself and the pool's liveness ``SELECT 1`` (db/team/liveness.py) are all counted, which SQLAlchemy's
statement events do not see.

A round trip is a request the client waits for: each ends with the server's
``ReadyForQuery``."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.pool import Pool

TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK")


_MESSAGE = re.compile(r"^([FB])\t\d+\t(\w+)\t?(.*)$", re.DOTALL)
_PARSE = re.compile(r'^ "([^"]*)" "(.*)" \d+( NNNN)*$', re.DOTALL)
_BIND = re.compile(r'^ "[^"]*" "([^"]*)"')


@dataclass
class Wire:
    lines: list[str] = field(default_factory=list)  # libpq's trace

    def messages(self) -> list[tuple[str, str, str]]:
        """(side, kind, content): F is the client, B the server; a message's content may
        span lines (a statement's text keeps its line breaks)."""
        out: list[tuple[str, str, str]] = []
        for line in self.lines:
            found = _MESSAGE.match(line)
            if found:
                out.append((found[1], found[2], found[3]))
            elif out:
                side, kind, content = out[-1]
                out[-1] = (side, kind, f"{content}\n{line}")
        return out

    @property
    def round_trips(self) -> int:
        return sum(kind == "ReadyForQuery" for _side, kind, _ in self.messages())

    @property
    def transactions(self) -> int:
        return sum(kind == "Query" and content.startswith(' "BEGIN')
                   for _side, kind, content in self.messages())  # fmt: skip

    @property
    def preparations(self) -> int:
        """Statements psycopg prepared here (it does at a statement's fifth run on a
        connection): each cost one more round trip, once."""
        return sum(kind == "Parse" and bool((parsed := _PARSE.match(content)) and parsed[1])
                   for side, kind, content in self.messages() if side == "F")  # fmt: skip

    @property
    def statements(self) -> list[str]:
        """The text of each statement run, BEGIN, COMMIT and ROLLBACK left out (one that
        psycopg has prepared runs by name: its text is the one it was prepared with)."""
        out: list[str] = []
        named: dict[str, str] = {}
        unnamed = ""
        for side, kind, content in self.messages():
            if side != "F":
                continue
            if kind == "Query":
                sql = content.strip()[1:-1]
                if not sql.startswith(TRANSACTION):
                    out.append(sql)
            elif kind == "Parse" and (parsed := _PARSE.match(content)):
                if parsed[1]:
                    named[parsed[1]] = parsed[2]
                else:
                    unnamed = parsed[2]
            elif kind == "Bind" and (bound := _BIND.match(content)):
                out.append(named.get(bound[1], bound[1]) if bound[1] else unnamed)
        return out


class Tap:
    """Every connection a pool opens while the tap is on is traced from its first message:
    :meth:`take` returns what went on the wire since the last take."""

    def __init__(self, log: Any) -> None:
        self._log = log
        self._read = 0
        self.traced: list[Any] = []

    def start(self, dbapi_conn: Any, _record: Any) -> None:
        from psycopg import pq

        pgconn = getattr(dbapi_conn, "pgconn", None)
        if pgconn is None:
            return  # not psycopg (a project file's SQLite)
        pgconn.trace(os.dup(self._log.fileno()))  # libpq writes (and closes) its copy
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        self.traced.append(pgconn)

    def take(self) -> Wire:
        self._log.seek(self._read)
        text = self._log.read()
        self._read += len(text)
        return Wire(text.decode("utf-8", "replace").splitlines())


@contextmanager
def tap() -> Iterator[Tap]:
    """Trace every PostgreSQL connection any engine opens inside the block (open the team
    project inside it): nothing a pool does before handing a connection out, SQLAlchemy's
    ``pool_pre_ping`` included, escapes."""
    with tempfile.TemporaryFile() as log:
        on = Tap(log)
        event.listen(Pool, "connect", on.start)
        try:
            yield on
        finally:
            event.remove(Pool, "connect", on.start)
            for pgconn in on.traced:
                with suppress(Exception):  # a connection already closed
                    pgconn.untrace()


@contextmanager
def wire(engine: Engine) -> Iterator[Wire]:
    """Trace what every connection ``engine`` hands out inside the block sends and
    receives, from the moment the pool hands it out (what the pool did before that, as
    SQLAlchemy's ``pool_pre_ping``, is not seen: use :func:`tap` for that)."""
    from psycopg import pq

    seen = Wire()
    with tempfile.TemporaryFile() as log:
        traced: list[Any] = []

        def start(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            pgconn = dbapi_conn.pgconn
            pgconn.trace(os.dup(log.fileno()))  # libpq writes (and closes) its own copy
            pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
            traced.append(pgconn)

        def stop(dbapi_conn: Any, _record: Any) -> None:
            pgconn = getattr(dbapi_conn, "pgconn", None)
            if pgconn in traced:
                pgconn.untrace()
                traced.remove(pgconn)

        event.listen(engine, "checkout", start, insert=True)  # before the liveness check
        event.listen(engine, "checkin", stop)
        try:
            yield seen
        finally:
            event.remove(engine, "checkout", start)
            event.remove(engine, "checkin", stop)
            for pgconn in traced:
                pgconn.untrace()
            log.seek(0)
            seen.lines[:] = log.read().decode("utf-8", "replace").splitlines()
