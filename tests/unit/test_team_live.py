"""Live changes on a team database (issue 19, item 5): what one client commits reaches the
others as a ChangeSet through LISTEN/NOTIFY; what it rolls back never does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ikt_desktop.db.team.live import ChangeListener
from ikt_desktop.domain.changes import Entity, Op
from ikt_desktop.domain.errors import Cancelled
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.server import create_team_project
from tests.postgres_server import PostgresServer


@pytest.fixture
def team(pg_server: PostgresServer, demo_path: Path) -> Iterator[str]:
    name = pg_server.new_database()
    url = pg_server.url(name)
    create_team_project(url, demo_path)
    yield url
    pg_server.drop_database(name)


def test_a_committed_coding_reaches_another_client(team: str) -> None:
    with Project.open_team(team) as a, Project.open_team(team) as b, b.store.listen() as heard:
        assert heard.wait(timeout=0.2) == []  # nothing yet
        code = a.codebook.all()[0].id
        coding = a.codings.apply(1, code, 0, 4).value
        got = heard.wait(timeout=2, stop_after=1)
        assert len(got) == 1
        assert got[0].changes.ids(Entity.CODING, Op.CREATED) == {coding.id}
        assert got[0].db_user == "ikt"
        a.codebook.rename(code, "Renamed live")
        renamed = heard.wait(timeout=2, stop_after=1)
        assert renamed[0].changes.ids(Entity.CODE, Op.UPDATED) == {code}


def test_a_rolled_back_action_is_never_heard(team: str) -> None:
    # a listener that does not skip this store's sessions (store.listen() would: a window
    # publishes its own changes itself)
    with Project.open_team(team) as a, ChangeListener(a.store.url) as heard:
        code = a.codebook.all()[0].id

        def cancel(done: int, total: int, _what: str) -> None:
            if done and done == total:  # the codings are written, then the user cancels
                raise Cancelled("coding the hits")

        with pytest.raises(Cancelled):
            a.search.code_spans(code, [(1, 0, 3), (1, 10, 13)], progress=cancel)
        assert heard.wait(timeout=0.5) == []
        a.search.code_spans(code, [(1, 0, 3), (1, 10, 13)])
        got = heard.wait(timeout=2, stop_after=1)
        assert len(got[0].changes.ids(Entity.CODING, Op.CREATED)) == 2


def test_one_transaction_is_one_change_set_and_too_many_ids_say_refresh(team: str) -> None:
    with Project.open_team(team) as a, Project.open_team(team) as b, b.store.listen() as heard:
        code = a.codebook.all()[0].id
        lengths = [(x.id, len(a.sources.text(x.id))) for x in a.sources.all()]
        spans = [(i, n, n + 2) for i, size in lengths for n in range(0, size - 2, 3)][:2000]
        done = a.search.code_spans(code, spans).value  # 2,000 rows, one transaction
        got = heard.wait(timeout=2, stop_after=1)
        assert len(got) == 1
        assert len(got[0].changes.ids(Entity.CODING, Op.CREATED)) == 2000
        a.search.uncode_hits(done)  # one DELETE of 2,000 ids: more than one message holds
        gone = heard.wait(timeout=2, stop_after=1)
        assert len(gone) == 1 and gone[0].everything == {Entity.CODING}


def test_what_another_client_changed_is_never_served_from_a_cache(team: str) -> None:
    with Project.open_team(team) as a, Project.open_team(team) as b:
        code = a.codebook.all()[0].id
        assert b.codebook.styles()[code][0] == a.codebook.get(code).name  # b reads, caches
        a.codebook.rename(code, "Renamed by A")
        assert b.codebook.styles()[code][0] == "Renamed by A"


def test_a_stores_listener_skips_what_its_own_sessions_commit(team: str) -> None:
    with Project.open_team(team) as a, Project.open_team(team) as b, a.store.listen() as heard:
        code = a.codebook.all()[0].id
        a.codings.apply(1, code, 0, 4)
        assert heard.wait(timeout=0.5, stop_after=1) == []  # ours: published by the window
        theirs = b.codings.apply(1, code, 5, 9).value
        got = heard.wait(timeout=2, stop_after=1)
        assert [g.changes.ids(Entity.CODING, Op.CREATED) for g in got] == [{theirs.id}]
