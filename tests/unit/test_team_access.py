"""People and permissions on a team database, enforced by the server (issue 19, item 3):
checked with raw SQL as each member, not through our services."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from ikt_desktop.cli import main as cli
from ikt_desktop.db.team.access import role_name_for
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.members import add_coder, set_blind
from ikt_desktop.services.team.server import create_team_project
from tests.postgres_server import PostgresServer


@pytest.fixture
def team(pg_server: PostgresServer, demo_path: Path) -> Iterator[str]:
    """The demo as a team project (owned by the server's superuser)."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    create_team_project(url, demo_path)
    yield url
    pg_server.drop_database(name)


def unique(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(3)}"  # roles are server-wide; tests share a server


def as_role(url: str, role: str) -> psycopg.Connection:
    return psycopg.connect(url.replace("ikt@", f"{role}@"), autocommit=True)


def denied(conn: psycopg.Connection, sql: str) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        conn.execute(sql)  # type: ignore[arg-type]
    return str(caught.value)


def coder_of(conn: psycopg.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM coder WHERE name = %s", (name,)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_viewer_reads_and_cannot_write(team: str, capsys: pytest.CaptureFixture[str]) -> None:
    role = unique("viewer")
    assert cli.run(["team", "add-coder", team, role, "--role", "viewer", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == role
    with as_role(team, role) as conn:
        assert conn.execute("SELECT count(*) FROM coding").fetchone() == (159,)
        denied(conn, "INSERT INTO code (guid, position, name, color, definition, inclusion, "
               "exclusion, example, created, kind) VALUES ('g', 0, 'x', '#000000', '', '', '', "
               "'', now(), 'thematic')")  # fmt: skip
        denied(conn, "UPDATE source SET name = 'renamed'")
        denied(conn, "DELETE FROM coding")
        denied(conn, "UPDATE alembic_version SET version_num = '0001'")


def test_a_coder_writes_rows_but_not_the_schema_or_people(team: str) -> None:
    role = unique("coder")
    member = add_coder(team, role, "coder")
    assert member.role == role and member.named_as_asked
    with as_role(team, role) as conn:
        me = coder_of(conn, role)
        conn.execute(
            "INSERT INTO coding (guid, code_id, source_id, start, \"end\", coder_id, created, "
            "memo) VALUES (gen_random_uuid()::text, 1, 1, 0, 5, %s, now(), '')", (me,),
        )  # fmt: skip
        assert "must be owner" in denied(conn, "ALTER TABLE code ADD COLUMN x integer")
        assert "permission denied" in denied(conn, "CREATE TABLE mine (x integer)")
        denied(conn, "UPDATE ikt_team_member SET kind = 'owner'")
        denied(conn, f"CREATE ROLE {unique('intruder')}")
        denied(conn, "DROP TABLE coding")
        denied(conn, "UPDATE alembic_version SET version_num = '0001'")


def test_blind_coding_hides_other_coders_codings_even_from_raw_sql(team: str) -> None:
    role = unique("blind")
    add_coder(team, role, "coder")
    with as_role(team, role) as conn:
        me = coder_of(conn, role)
        for start in (0, 10, 20):
            conn.execute(
                "INSERT INTO coding (guid, code_id, source_id, start, \"end\", coder_id, "
                "created, memo) VALUES (gen_random_uuid()::text, 1, 1, %s, %s, %s, now(), '')",
                (start, start + 5, me),
            )  # fmt: skip
        assert conn.execute("SELECT count(*) FROM coding").fetchone() == (162,)

    members = set_blind(team, True, [role])
    assert [x.blind for x in members if x.role == role] == [True]
    with as_role(team, role) as conn:
        assert conn.execute("SELECT count(*) FROM coding").fetchone() == (3,)
        assert conn.execute(
            "SELECT count(*) FROM coding WHERE coder_id <> %s", (me,)).fetchone() == (0,)  # fmt: skip
        gone = conn.execute("DELETE FROM coding WHERE coder_id <> %s", (me,))
        assert gone.rowcount == 0  # cannot touch what cannot be seen
        logs = conn.execute("SELECT DISTINCT coder_id FROM change_log").fetchall()
        assert all(c in ((me,), (None,)) for c in logs)  # others' history hidden too
    with psycopg.connect(team) as owner:  # the owner sees everything, all along
        assert owner.execute("SELECT count(*) FROM coding").fetchone() == (162,)

    assert cli.run(["team", "blind", team, "off"]) == 0
    with as_role(team, role) as conn:
        assert conn.execute("SELECT count(*) FROM coding").fetchone() == (162,)


def test_the_change_log_records_the_database_user(team: str) -> None:
    role = unique("logger")
    add_coder(team, role, "coder")
    with Project.open_team(team.replace("ikt@", f"{role}@")) as p:
        code = p.codebook.create("Written by a member").value
    with psycopg.connect(team) as owner:
        row = owner.execute(
            "SELECT detail FROM change_log WHERE entity = 'code' AND entity_id = %s", (code.id,)
        ).fetchone()  # fmt: skip
        copied = owner.execute("SELECT count(*) FROM change_log WHERE detail LIKE %s",
                               ('%"db_user"%',)).fetchone()  # fmt: skip
    assert row is not None and json.loads(row[0])["db_user"] == role
    assert copied == (2,)  # the add-coder entry and this one; copied history unchanged


def test_only_the_owner_manages_people(team: str, capsys: pytest.CaptureFixture[str]) -> None:
    role = unique("coder")
    add_coder(team, role, "coder")
    as_coder = team.replace("ikt@", f"{role}@")
    assert cli.run(["team", "add-coder", as_coder, unique("friend")]) == 1
    assert "only the project's owner" in capsys.readouterr().err
    assert cli.run(["team", "blind", as_coder, "off"]) == 1


def test_names_that_are_not_role_names_are_said_so(
    team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert role_name_for("dana") == "dana"
    assert role_name_for("Zoë Ng-Okafor") == "zoe_ng_okafor"
    assert role_name_for("2nd coder") == "c_2nd_coder"
    assert role_name_for("pg_admin") == "c_pg_admin"
    name = f"Zoë {secrets.token_hex(2)}"
    assert cli.run(["team", "add-coder", team, name, "--role", "coder"]) == 0
    out = capsys.readouterr().out
    assert f"PostgreSQL role {role_name_for(name)}" in out and "not a valid role name" in out


def test_each_member_codes_as_themselves(team: str) -> None:
    """The project's 'current coder' is one value for everyone; on a team database each
    login codes as its own coder, whatever that value says."""
    first, second = unique("ana"), unique("ben")
    add_coder(team, first, "coder")
    add_coder(team, second, "coder")
    with (
        Project.open_team(team.replace("ikt@", f"{first}@")) as a,
        Project.open_team(team.replace("ikt@", f"{second}@")) as b,
    ):
        code = a.codebook.all()[0].id
        a.coders.ensure_current("Someone at the meeting")  # writes the shared value once
        made_a = a.codings.apply(1, code, 0, 5).value
        made_b = b.codings.apply(1, code, 0, 5).value
        names = {c.id: c.name for c in a.coders.all()}
        assert (names[made_a.coder_id], names[made_b.coder_id]) == (first, second)
        assert a.coders.current().name == first and b.coders.current().name == second  # type: ignore[union-attr]
    with psycopg.connect(team) as owner:
        logged = owner.execute(
            "SELECT c.name FROM change_log l JOIN coder c ON c.id = l.coder_id "
            "WHERE l.action = 'apply code' ORDER BY l.id DESC LIMIT 2"
        ).fetchall()
    assert logged == [(second,), (first,)]
