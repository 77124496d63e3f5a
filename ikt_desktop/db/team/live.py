"""Live changes on a team database (issue 19, item 5): the server tells every client what
another client committed, through LISTEN/NOTIFY.

Statement-level triggers on the project's tables send one notification per statement on
the channel ``ikt_change``: the entity, the operation, the ids (``null`` when too many for
one notification: then "refresh this kind"), the database user, the sender's backend pid
(so a client can skip its own) and its transaction. PostgreSQL delivers notifications only
when the transaction commits, together and in commit order, and drops them when it rolls
back; the listener joins the notifications of one transaction into one change set, so a
client hears exactly the committed change sets.

:class:`ChangeListener` holds its own connection (autocommit, LISTEN) and turns what it
hears into domain :class:`~ikt_desktop.domain.changes.ChangeSet` objects; a caller runs it
off the GUI thread and hands each set to its ChangeHub.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from ikt_desktop.db.team.access import COPYING
from ikt_desktop.db.team.url import TeamUrl
from ikt_desktop.domain.changes import Change, ChangeSet, Entity, Op

CHANNEL = "ikt_change"
PRESENCE_CHANNEL = "ikt_presence"  # "someone opened or left a transcript: look again"
PRESENCE_PREFIX = "ikt:"  # application_name of a listening client: ikt:<coder id>:<source id>
MAX_PAYLOAD = 7000  # bytes; PostgreSQL's limit is 8000
DRAIN_S = 0.02  # what is already on the wire after the first notification
# table -> (the entity a client refreshes, the column holding that entity's id)
WATCHED: dict[str, tuple[Entity, str]] = {
    "coder": (Entity.CODER, "id"),
    "participant": (Entity.PARTICIPANT, "id"),
    "attribute": (Entity.ATTRIBUTE, "id"),
    "attribute_value": (Entity.PARTICIPANT, "participant_id"),
    "source": (Entity.SOURCE, "id"),
    "speaker": (Entity.SOURCE, "source_id"),
    "turn": (Entity.SOURCE, "source_id"),
    "code": (Entity.CODE, "id"),
    "coding": (Entity.CODING, "id"),
    "theme": (Entity.THEME, "id"),
    "theme_code": (Entity.THEME, "theme_id"),
    "theme_quote": (Entity.THEME, "theme_id"),
    "memo": (Entity.MEMO, "id"),
    "decision": (Entity.DECISION, "id"),
    "saved_query": (Entity.SAVED_QUERY, "id"),
    "project_meta": (Entity.PROJECT, ""),
}
_EVENTS = (("INSERT", "NEW", "created"), ("UPDATE", "NEW", "updated"), ("DELETE", "OLD", "deleted"))

FUNCTION = f"""
CREATE OR REPLACE FUNCTION ikt_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids json;
    payload text;
BEGIN
    IF coalesce(current_setting('{COPYING}', true), '') = 'on' THEN
        RETURN NULL;  -- team create filling an empty database: nobody to tell
    END IF;
    IF TG_ARGV[2] <> '' THEN
        EXECUTE format('SELECT json_agg(DISTINCT %I) FROM changed', TG_ARGV[2]) INTO ids;
        IF ids IS NULL THEN
            RETURN NULL;  -- the statement touched no row
        END IF;
    ELSE
        ids := '[0]'::json;
    END IF;
    payload := json_build_object('e', TG_ARGV[0], 'op', TG_ARGV[1], 'ids', ids,
                                 'by', session_user, 'pid', pg_backend_pid(),
                                 'tx', txid_current())::text;
    IF octet_length(payload) > {MAX_PAYLOAD} THEN
        payload := json_build_object('e', TG_ARGV[0], 'op', TG_ARGV[1], 'ids', NULL,
                                     'by', session_user, 'pid', pg_backend_pid(),
                                     'tx', txid_current())::text;
    END IF;
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END $$
"""


def install(conn: Connection) -> None:
    """The notifying triggers on every watched table (idempotent)."""
    # straight to psycopg: the body's format('%I') must not be read as a placeholder
    conn.connection.driver_connection.execute(FUNCTION)  # type: ignore[union-attr]
    for table, (entity, column) in WATCHED.items():
        for event, side, op in _EVENTS:
            conn.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER ikt_notify_{op} AFTER {event} ON {table} "
                f"REFERENCING {side} TABLE AS changed FOR EACH STATEMENT "
                f"EXECUTE FUNCTION ikt_notify_change('{entity.value}', '{op}', '{column}')"
            )


@dataclass(frozen=True)
class RemoteChange:
    """What another client committed in one transaction: ``changes`` (and ``everything``:
    the kinds with too many ids to list, to refresh whole), who (``db_user``), from which
    session (``pid``) and transaction (``tx``)."""

    changes: ChangeSet
    everything: frozenset[Entity]
    db_user: str
    pid: int
    tx: int = 0


def parse(payload: str) -> RemoteChange:
    data: dict[str, Any] = json.loads(payload)
    entity, op = Entity(data["e"]), Op(data["op"])
    ids, who, pid, tx = data.get("ids"), str(data["by"]), int(data["pid"]), int(data["tx"])
    if ids is None:
        return RemoteChange(ChangeSet(), frozenset({entity}), who, pid, tx)
    return RemoteChange(ChangeSet(tuple(Change(entity, op, int(i)) for i in ids)),
                        frozenset(), who, pid, tx)  # fmt: skip


def joined(heard: list[RemoteChange]) -> list[RemoteChange]:
    """Consecutive notifications of one transaction as one change set."""
    out: list[RemoteChange] = []
    for h in heard:
        if out and (out[-1].pid, out[-1].tx) == (h.pid, h.tx):
            last = out[-1]
            h = RemoteChange(last.changes + h.changes, last.everything | h.everything,
                             h.db_user, h.pid, h.tx)  # fmt: skip
            out[-1] = h
        else:
            out.append(h)
    return out


@dataclass(frozen=True)
class Presence:
    """Another client connected to the same team database: its database user, the coder
    it codes as (0: none) and the transcript it has open (0: none)."""

    db_user: str
    coder_id: int
    source_id: int
    pid: int


def presence_name(coder_id: int, source_id: int) -> str:
    """The ``application_name`` that tells the others who we are and what we look at
    (ids only: the server keeps application names to 63 ASCII characters)."""
    return f"{PRESENCE_PREFIX}{coder_id}:{source_id}"


def parse_presence(name: str, db_user: str, pid: int) -> Presence | None:
    if not name.startswith(PRESENCE_PREFIX):
        return None
    parts = name[len(PRESENCE_PREFIX) :].split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return Presence(db_user, int(parts[0]), int(parts[1]), pid)


class ChangeListener:
    """Listens for committed changes on a team database; skips the given own sessions
    (``own_pids`` may be a set its owner keeps current: it is read at each notification).

    Its connection also carries this client's presence: :meth:`set_presence` names the
    coder and the open transcript in the session's ``application_name``, which every
    role may read in ``pg_stat_activity`` (no table, nothing to grant), and
    :meth:`present` lists the other clients listening on the same database."""

    def __init__(
        self, url: TeamUrl, own_pids: Collection[int] = frozenset(), *, timeout_s: int = 10
    ) -> None:
        import psycopg

        self._conn = psycopg.connect(url.conninfo, autocommit=True, connect_timeout=timeout_s,
                                     application_name=presence_name(0, 0))  # fmt: skip
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._conn.execute(f"LISTEN {PRESENCE_CHANNEL}")
        self.own_pids = own_pids
        self.presence_heard = False  # a presence notification came since the last look

    @property
    def pid(self) -> int:
        return int(self._conn.info.backend_pid)

    def wait(self, timeout: float, stop_after: int | None = None) -> list[RemoteChange]:
        """The change sets committed by others that arrived within ``timeout`` seconds;
        with ``stop_after``, returns once that many notifications came (and the rest of
        their transactions, which arrive with them)."""
        notes = list(self._conn.notifies(timeout=timeout, stop_after=stop_after))
        if notes and stop_after is not None:
            notes += self._conn.notifies(timeout=DRAIN_S)
        changes = [n for n in notes if n.channel == CHANNEL]
        if len(changes) < len(notes):
            self.presence_heard = True
        heard = [parse(n.payload) for n in changes]
        own = self.own_pids
        return joined([h for h in heard if h.pid not in own and h.pid != self.pid])

    def set_presence(self, coder_id: int, source_id: int) -> None:
        """Say (to every other client) which coder this is and which transcript is open."""
        self._conn.execute("SELECT set_config('application_name', %s, false), pg_notify(%s, '')",
                           (presence_name(coder_id, source_id), PRESENCE_CHANNEL))  # fmt: skip

    def present(self) -> list[Presence]:
        """The other clients listening on this database, oldest session first."""
        rows = self._conn.execute(
            "SELECT application_name, usename, pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name LIKE %s ORDER BY backend_start",
            (PRESENCE_PREFIX + "%",),
        ).fetchall()
        self.presence_heard = False
        found = (parse_presence(str(r[0]), str(r[1] or ""), int(r[2])) for r in rows)
        return [p for p in found if p is not None]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
