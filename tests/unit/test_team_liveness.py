"""A pooled connection to the team server is checked without a round trip (issue 19,
db/team/liveness.py): a busy pool sends no ``SELECT 1`` before each unit of work, a
session the server has ended is replaced before an action uses it, and one that rested
long is asked. Reads run outside a transaction (no BEGIN, no COMMIT). Counted on the wire
(tests/pg_wire.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from ikt_desktop.db.team import liveness
from ikt_desktop.db.team.url import parse
from ikt_desktop.services.project import Project
from tests.pg_wire import wire


def _end_sessions(url: str) -> None:
    """What a server restart does: every other session of the database ends (and has
    ended when this returns)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()", (parse(url).database,),
        )  # fmt: skip


@pytest.fixture
def team_url(team_database: Callable[[str, Path], str], _demo_master: Path) -> str:
    return team_database("demo", _demo_master)


def test_a_busy_pool_sends_no_ping_and_reads_need_no_transaction(team_url: str) -> None:
    with Project.open_team(team_url) as team:
        team.codebook.parents()  # the pool holds a connection now
        with wire(team.store.engine) as seen:
            for _ in range(3):
                team.codebook.parents()  # one statement each
        assert len(seen.statements) == 3
        assert seen.round_trips == 3  # no SELECT 1, no BEGIN, no COMMIT
        assert seen.transactions == 0


def test_a_connection_that_rested_long_is_asked_first(
    team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open_team(team_url) as team:
        team.codebook.parents()
        monkeypatch.setattr(liveness, "IDLE_PING_S", 0.0)  # every rest is long now
        with wire(team.store.engine) as seen:
            team.codebook.parents()
        assert seen.statements[0] == "SELECT 1" and len(seen.statements) == 2
        assert seen.round_trips == 2


def test_a_session_the_server_ended_is_replaced_before_an_action_uses_it(
    team_url: str,
) -> None:
    with Project.open_team(team_url) as team:
        code = team.codebook.all()[0].id
        source = team.sources.all()[0].id
        before = team.info().codings
        with team.store.one_look():  # two pooled connections: a read's, a write's
            team.codebook.parents()
            team.codings.apply(source, code, 0, 5)
        _end_sessions(team_url)
        applied = team.codings.apply(source, code, 10, 15)  # no "connection lost"
        assert team.codings.get(applied.value.id).start == 10
        assert team.info().codings == before + 2


def test_alive_tells_an_ended_session_from_an_idle_one(team_url: str) -> None:
    conn = psycopg.connect(team_url)
    try:
        assert liveness.alive(conn)
        conn.execute("SELECT 1")  # inside a transaction now
        assert not liveness.alive(conn)
        conn.rollback()
        assert liveness.alive(conn)
        _end_sessions(team_url)
        assert not liveness.alive(conn)  # the server's goodbye waits on the socket
    finally:
        conn.close()
    assert not liveness.alive(conn)
