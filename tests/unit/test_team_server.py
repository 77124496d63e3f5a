"""Team projects on PostgreSQL (issue 19): create from a file, copy back to a file, and
what a team database refuses. Runs against the session's real PostgreSQL server."""

from __future__ import annotations

import json
import re
import secrets
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import insert, select, text, update

from ikt_desktop import paths
from ikt_desktop.cli import main as cli
from ikt_desktop.db import migrate, search_index
from ikt_desktop.db import models as m
from ikt_desktop.db.team import backup as team_backup
from ikt_desktop.db.team import ids
from ikt_desktop.db.team.store import connected
from ikt_desktop.db.team.url import TeamDatabaseError, parse, redact
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.search import SearchOptions
from ikt_desktop.services.team.server import copy_team_project, create_team_project
from tests.postgres_server import PostgresServer

TABLES = [t.name for t in m.Base.metadata.sorted_tables]


@pytest.fixture
def empty_db(pg_server: PostgresServer) -> Any:
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def enrich(path: Path) -> None:
    """Give the demo what it lacks, so every table has rows to lose: a saved text search,
    a consensus decision, an embedded recording, a memo on a coding, an emoji."""
    with Project.open(path) as p:
        p.saved_queries.create("Trust 👍", "text", p.search.definition("trust*"))
        coding = p.codings.for_source(p.sources.all()[0].id)[0]
        p.codings.set_memo(coding.id, "Ambiguous: see P3 🎉")
        coders = [c.id for c in p.coders.all()]
        with p.store.write() as s:
            s.execute(insert(m.Decision), [{
                "guid": m.new_guid(), "source_id": coding.source_id, "code_id": coding.code_id,
                "start": coding.start, "end": coding.end, "coder_a_id": coders[0],
                "coder_b_id": coders[1], "choice": "accept_both", "note": "both readings",
                "decided_by": coders[0],
            }])  # fmt: skip
            s.execute(insert(m.Recording), [{
                "guid": m.new_guid(), "source_id": coding.source_id, "file_name": "p1.m4a",
                "size": 4, "sha256": "0" * 64, "data": b"\x00\x01\xfe\xff",
            }])  # fmt: skip


def every_row(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every model table, in primary-key order, as Python values."""
    out = {}
    with project.store.read() as s:
        for table in m.Base.metadata.sorted_tables:
            query = table.select().order_by(*table.primary_key.columns)
            out[table.name] = [tuple(r) for r in s.execute(query)]
    return out


def test_create_then_copy_is_lossless_and_info_is_identical(
    demo_path: Path, empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrich(demo_path)
    assert cli.run(["team", "create", empty_db, "--from", str(demo_path), "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["rows"]["coding"] == 159 and created["rows"]["saved_query"] == 1
    assert created["rows"]["decision"] == 1 and created["rows"]["recording"] == 1
    back = tmp_path / "laptop.ikt"
    assert cli.run(["team", "copy", empty_db, str(back), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == created["rows"]

    infos = []
    for where in (str(demo_path), empty_db, str(back)):  # the file, the team, the copy
        assert cli.run(["info", where, "--json"]) == 0
        infos.append(json.loads(capsys.readouterr().out))
    assert [i.pop("path") for i in infos] == [str(demo_path), empty_db, str(back)]
    assert infos[0] == infos[1] == infos[2]

    with Project.open(demo_path, read_only=True) as a, Project.open_team(empty_db) as team:
        original = every_row(a)
        assert every_row(team) == original  # ids, GUIDs, spans, times, memos, bytes
        assert team.info().codings == 159
    with Project.open(back, read_only=True) as b:
        assert every_row(b) == original
        assert cli.run(["check", str(back)]) == 0  # and its search index is in step
        assert b.search.count_passages("trust*", SearchOptions()) > 0


def _qde_without_times(qdpx: Path) -> str:
    with zipfile.ZipFile(qdpx) as archive:
        xml = archive.read("project.qde").decode("utf-8")
    # the export's own time: the project's modified/creation stamps written at export
    return re.sub(r'(modifiedDateTime|creationDateTime)="[^"]*"', "", xml)


def test_refi_export_is_the_same_apart_from_its_timestamps(
    demo_path: Path, empty_db: str, tmp_path: Path
) -> None:
    create_team_project(empty_db, demo_path)
    copy_team_project(empty_db, tmp_path / "back.ikt")
    exports = []
    for name, path in (("a", demo_path), ("b", tmp_path / "back.ikt")):
        with Project.open(path, read_only=True) as p:
            exports.append(
                _qde_without_times(Path(p.exchange.export_qdpx(tmp_path / f"{name}.qdpx").path))
            )
    with Project.open_team(empty_db, read_only=True) as team:
        exports.append(
            _qde_without_times(Path(team.exchange.export_qdpx(tmp_path / "t.qdpx").path))
        )
    assert exports[0] == exports[1] == exports[2]


def test_new_rows_after_a_copy_get_fresh_ids(demo_path: Path, empty_db: str) -> None:
    """Ids were copied as they were; the server's sequences follow them, whether a row
    is added by the ORM or with an explicit id (db/team/ids.py)."""
    create_team_project(empty_db, demo_path)
    with Project.open_team(empty_db) as team:
        top = max(c.id for c in team.codebook.all())
        code = team.codebook.create("Fresh").value
        assert code.id == top + 1
        with team.store.write() as s:
            s.execute(insert(m.Code), [{"id": top + 50, "guid": m.new_guid(), "name": "Far"}])
        assert team.codebook.create("After").value.id == top + 51


def test_only_tables_with_a_serial_id_follow_explicit_ids(empty_db: str) -> None:
    """The list comes from the catalogues alone: a table without an ``id`` column (such as
    alembic_version) is never asked for its id sequence, whatever plan PostgreSQL picks."""
    with connected(parse(empty_db)) as conn:
        for sql in ("CREATE TABLE alembic_version (version_num text PRIMARY KEY)",
                    "CREATE TABLE serial_id (id serial PRIMARY KEY)",
                    "CREATE TABLE identity_id (id integer GENERATED ALWAYS AS IDENTITY)",
                    "CREATE TABLE other_serial (id integer, n serial)",
                    "CREATE SCHEMA elsewhere", "CREATE TABLE elsewhere.t (id serial)"):  # fmt: skip
            conn.exec_driver_sql(sql)
        assert ids.install(conn) == ["identity_id", "serial_id"]


def test_create_refuses_a_database_that_is_not_empty(
    demo_path: Path, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    create_team_project(empty_db, demo_path)
    assert cli.run(["team", "create", empty_db, "--from", str(demo_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "the database is not empty" in err and empty_db in err
    with Project.open_team(empty_db) as team:
        assert team.info().codings == 159  # untouched


def test_a_failed_create_leaves_the_database_empty(
    demo_path: Path, empty_db: str, pg_server: PostgresServer
) -> None:
    with Project.open(demo_path) as p, p.store.write() as s:  # SQLite keeps a NUL; PostgreSQL not
        s.execute(update(m.Code).where(m.Code.id == 1).values(definition="a NUL\x00"))
    with pytest.raises(TeamDatabaseError, match="NUL") as caught:
        create_team_project(empty_db, demo_path)
    assert "\n" not in str(caught.value)
    with psycopg.connect(empty_db) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_copy_refuses_an_existing_file_and_a_wrong_suffix(
    demo_path: Path, empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_team_project(empty_db, demo_path)
    before = demo_path.read_bytes()
    assert cli.run(["team", "copy", empty_db, str(demo_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert demo_path.read_bytes() == before
    assert cli.run(["team", "copy", empty_db, str(tmp_path / "copy.txt")]) == 1
    assert "must end in .ikt" in capsys.readouterr().err


def _set_revision(url: str, revision: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (revision,))


@pytest.mark.parametrize(
    ("revision", "says"),
    [("9999", "made by a newer version"), ("0005", "ikt-desktop team upgrade URL")],
)
def test_a_client_never_opens_another_schema(
    demo_path: Path, empty_db: str, revision: str, says: str
) -> None:
    create_team_project(empty_db, demo_path)
    _set_revision(empty_db, revision)
    with pytest.raises(TeamDatabaseError, match=says):
        Project.open_team(empty_db)
    with psycopg.connect(empty_db) as conn:  # nothing was migrated
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)


def test_a_database_without_a_project_is_refused(empty_db: str) -> None:
    with pytest.raises(TeamDatabaseError, match="not an iKT Desktop team project"):
        Project.open_team(empty_db)


def test_errors_never_show_the_password(
    pg_server: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://ikt:s3cret-pw@/nodb?host={tmp_path}"  # no server listens there
    assert cli.run(["team", "copy", url, str(tmp_path / "x.ikt")]) == 1
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "cannot connect" in err and "ikt:***@" in err
    assert not (tmp_path / "x.ikt").exists()
    wrong = pg_server.url("postgres").replace("ikt@", "ikt:s3cret-pw@")
    assert cli.run(["team", "copy", wrong, str(tmp_path / "y.ikt")]) == 1  # not a project
    assert "s3cret-pw" not in capsys.readouterr().err


def test_tls_is_required_except_on_this_machine() -> None:
    assert "sslmode=verify-full" in parse("postgresql://coder@db.uni.example/study").conninfo
    assert "sslmode" not in parse("postgresql://coder@/study?host=/run/postgresql").conninfo
    assert "sslmode" not in parse("postgresql://coder@localhost/study").conninfo
    with pytest.raises(TeamDatabaseError, match="sslmode=require is not allowed"):
        parse("postgresql://coder:pw@db.uni.example/study?sslmode=require")
    with pytest.raises(TeamDatabaseError, match="names no database"):
        parse("postgresql://coder@db.uni.example")
    with pytest.raises(TeamDatabaseError, match="not a team database address"):
        parse("study.ikt")
    assert redact("postgresql://u:pw@h/db password=pw") == "postgresql://u:***@h/db password=***"
    assert "pw" not in repr(parse("postgresql://u:pw@localhost/db"))


def test_search_finds_the_same_passages_on_both_engines(demo_path: Path, empty_db: str) -> None:
    create_team_project(empty_db, demo_path)
    queries = ["trust", "neuro*", '"care team"', "fatigue NOT sleep", "(MS OR fatigue) AND work",
               "Zoë", "zoe", "research*"]  # fmt: skip
    with Project.open(demo_path, read_only=True) as a, Project.open_team(empty_db) as b:
        for q in queries:
            for options in (SearchOptions(), SearchOptions(prefix=True, participants_only=True)):
                assert b.search.hits(q, options) == a.search.hits(q, options), q
        with b.store.read() as s:
            assert search_index.out_of_step(s.connection()) == []
            passages = s.execute(text("SELECT count(*) FROM search_fts")).scalar()
        with a.store.read() as s:
            assert (
                s.execute(select(text("count(*)")).select_from(text("search_fts"))).scalar()
                == passages
            )


def test_the_test_server_is_real(
    pg_server: PostgresServer, team_database: Callable[..., str]
) -> None:
    with psycopg.connect(pg_server.url("postgres")) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
    assert version is not None and int(version[0]) >= 140000


def _older_team_database(url: str) -> None:
    """A team database as an older version of the app made it (schema 0005)."""
    with connected(parse(url)) as conn:
        migrate.upgrade(conn, "0005")
        ids.install(conn)
        conn.execute(text("INSERT INTO project_meta (key, value) VALUES ('title', 'Old study')"))


def test_the_owner_upgrades_after_a_pg_dump_backup(
    empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _older_team_database(empty_db)
    with pytest.raises(TeamDatabaseError, match="older schema"):
        Project.open_team(empty_db)  # a client never migrates it
    assert cli.run(["team", "upgrade", empty_db, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["from"], done["to"]) == ("0005", migrate.head_revision())
    backup = Path(done["backup"])
    assert backup.parent == paths.data_dir() / "team-backups"
    assert backup.read_bytes()[:5] == b"PGDMP"  # a pg_dump custom-format archive
    with Project.open_team(empty_db) as team:
        assert team.title == "Old study"
        assert team.codebook.create("New after upgrade").value.id == 1
    assert cli.run(["team", "upgrade", empty_db]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_upgrade_is_refused_without_pg_dump(
    empty_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _older_team_database(empty_db)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(team_backup, "DEBIAN_BIN_GLOB", str(tmp_path / "none" / "*"))
    assert cli.run(["team", "upgrade", empty_db]) == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed" in err and "nothing was changed" in err
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)


def test_only_the_owner_upgrades(
    empty_db: str, pg_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _older_team_database(empty_db)
    role = f"coder_{secrets.token_hex(4)}"
    pg_server.sql(f'CREATE ROLE "{role}" LOGIN')
    assert cli.run(["team", "upgrade", empty_db.replace("ikt@", f"{role}@")]) == 1
    assert "only the database's owner" in capsys.readouterr().err
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)


def _drop_connections(url: str, database: str) -> None:
    """What a server restart does to a client: every other session of the database ends
    (and has ended when this returns: the server has said so on each one's socket)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()", (database,),
        )  # fmt: skip


def test_a_dropped_connection_mid_action_saves_all_or_nothing_and_recovers(
    demo_path: Path, empty_db: str
) -> None:
    create_team_project(empty_db, demo_path)
    database = parse(empty_db).database
    with Project.open_team(empty_db) as team:
        before = team.info().codings
        code = team.codebook.all()[0].id
        spans = [(1, n, n + 3) for n in range(0, 300, 10)]

        def drop_before_commit(done: int, total: int, _what: str) -> None:
            if done and done == total:  # the codings are written, not yet committed
                _drop_connections(empty_db, database)

        with pytest.raises(TeamDatabaseError, match="connection to the server was lost") as caught:
            team.search.code_spans(code, spans, progress=drop_before_commit)
        assert "\n" not in str(caught.value)
        assert team.info().codings == before  # nothing of the action is there
        _drop_connections(empty_db, database)  # idle connections lost too
        assert team.search.code_spans(code, spans).value.codings  # the client recovered
        assert team.info().codings == before + len(spans)  # and the whole action is there


def test_file_commands_refuse_a_team_address_in_one_line(
    empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        cli.run(["check", empty_db.replace("ikt@", "ikt:pw@")])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "works on project files, not on a team database address" in err
    assert ":pw@" not in err
