"""People and permissions on a team database, enforced by the server (issue 19, item 3).

- Every person is a PostgreSQL login role mapped to a coder in ``ikt_team_member`` (a
  table of the team engine only, like the search table: a laptop copy has no roles).
- Least privilege through two group roles per database: ``<db>_viewer`` may connect and
  read; ``<db>_coder`` may also insert, change and delete the project's rows (never the
  schema version, the members, the schema itself or other roles). An owner is a member of
  the database owner's role (and may create roles, to add people).
- Blind coding is row-level security on ``coding`` and ``change_log``: a member marked
  blind reads, changes and deletes only rows of their own coder until the owner lifts it.
  The owner's role owns the tables, so it always sees everything.
- Every change-log row written on the server gets the database user who wrote it
  (``"db_user"`` added to its JSON ``detail`` by a trigger); rows copied in by ``team
  create`` are left exactly as they were.

DDL takes identifiers and passwords as values formatted by the server itself
(``format('%I', …)``, ``'%L'``), so no name a user types can inject SQL.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, text

MEMBERS = "ikt_team_member"
KINDS = ("owner", "coder", "viewer")
COPYING = "ikt.copying"  # set (transaction-local) while team create copies rows in
_VALID_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
NOT_WRITABLE = ("alembic_version", MEMBERS)
BLIND_TABLES = ("coding", "change_log")
CODINGS_PER_CODER = "ikt_codings_per_coder"

INSTALL = (
    f"""CREATE TABLE IF NOT EXISTS {MEMBERS} (
        role_name text PRIMARY KEY,
        coder_id integer NOT NULL REFERENCES coder (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('owner', 'coder', 'viewer')),
        blind boolean NOT NULL DEFAULT false)""",
    f"""CREATE OR REPLACE FUNCTION ikt_log_db_user() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('{COPYING}', true), '') <> 'on'
           AND NEW.detail ~ '^\\{{.*\\}}$' AND position('"db_user"' IN NEW.detail) = 0 THEN
            NEW.detail := left(NEW.detail, -1)
                || CASE WHEN NEW.detail ~ '^\\{{\\s*\\}}$' THEN '' ELSE ', ' END
                || '"db_user": ' || to_json(session_user::text)::text || '}}';
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE OR REPLACE TRIGGER ikt_log_db_user BEFORE INSERT ON change_log "
    "FOR EACH ROW EXECUTE FUNCTION ikt_log_db_user()",
    # How many codings each coder has of some codes, whoever asks: a blind coder's undo
    # of creating a code must not delete (by cascade, which row-level security does not
    # stop) codings it cannot see. Counts only, never the codings.
    f"""CREATE OR REPLACE FUNCTION {CODINGS_PER_CODER}(code_ids integer[])
        RETURNS TABLE (coder_id integer, codings bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
        SELECT c.coder_id, count(*) FROM coding c WHERE c.code_id = ANY(code_ids)
        GROUP BY c.coder_id $$""",
)
# Uncorrelated sub-queries: PostgreSQL runs each once per statement, not once per row.
_OWN = f"(SELECT m.coder_id FROM {MEMBERS} m WHERE m.role_name = session_user)"
_BLIND = f"coalesce((SELECT m.blind FROM {MEMBERS} m WHERE m.role_name = session_user), false)"
VISIBLE = f"(NOT {_BLIND} OR coder_id = {_OWN})"


def install(conn: Connection) -> None:
    """The members table, the change-log trigger and the blind-coding policies
    (idempotent: run after every migration)."""
    for statement in INSTALL:
        conn.exec_driver_sql(statement)
    for table in BLIND_TABLES:
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, rule in (
            ("ikt_read", f"FOR SELECT USING {VISIBLE}"),
            ("ikt_add", "FOR INSERT WITH CHECK (true)"),
            ("ikt_change", f"FOR UPDATE USING {VISIBLE} WITH CHECK (true)"),
            ("ikt_remove", f"FOR DELETE USING {VISIBLE}"),
        ):
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
            conn.exec_driver_sql(f"CREATE POLICY {name} ON {table} {rule}")


def mark_copying(conn: Connection) -> None:
    """Rows inserted in this transaction are copies: the change-log trigger leaves them."""
    conn.execute(text(f"SELECT set_config('{COPYING}', 'on', true)"))


def role_name_for(name: str) -> str:
    """A valid PostgreSQL role name for a person's name: ``name`` itself when it is one
    (lower case letters, digits, underscores), else a transliteration ("Zoë Ng" ->
    ``zoe_ng``)."""
    if _VALID_ROLE.match(name) and not name.startswith("pg_"):
        return name
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    role = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:60] or "coder"
    if role[0].isdigit() or role.startswith("pg_"):
        role = f"c_{role}"[:63]
    return role


def _ddl(conn: Connection, template: str, **values: Any) -> None:
    """Run a utility statement whose identifiers/literals the server formats itself."""
    typed = re.sub(r":(\w+)", r"CAST(:\1 AS text)", template)  # format() needs types
    statement = conn.execute(text(f"SELECT format({typed})"), values).scalar_one()
    conn.connection.driver_connection.execute(statement)  # type: ignore[union-attr]


def _role_exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def groups(conn: Connection) -> tuple[str, str]:
    """This database's viewer and coder group roles, made and granted (idempotent)."""
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    viewer, coder = f"{database[:55]}_viewer", f"{database[:56]}_coder"
    for role in (viewer, coder):
        if not _role_exists(conn, role):
            _ddl(conn, "'CREATE ROLE %I NOLOGIN', :r", r=role)
    _ddl(conn, "'REVOKE ALL ON DATABASE %I FROM PUBLIC', :d", d=database)
    _ddl(conn, "'GRANT CONNECT ON DATABASE %I TO %I', :d, :r", d=database, r=viewer)
    _ddl(conn, "'GRANT USAGE ON SCHEMA %I TO %I', current_schema(), :r", r=viewer)
    _ddl(conn, "'GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), :r", r=viewer)
    _ddl(conn, "'GRANT %I TO %I', :v, :c", v=viewer, c=coder)
    tables = conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename <> ALL(:skip)"
    ), {"skip": list(NOT_WRITABLE)}).scalars()  # fmt: skip
    for table in tables:
        _ddl(conn, "'GRANT INSERT, UPDATE, DELETE ON %I TO %I', :t, :r", t=table, r=coder)
    _ddl(conn, "'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', "
               "current_schema(), :r", r=coder)  # fmt: skip
    return viewer, coder


def add_member(conn: Connection, role: str, coder_id: int, kind: str, password: str | None) -> None:
    """Create the login ``role`` (if new), grant it ``kind``'s rights, map it to the coder."""
    viewer, coder = groups(conn)
    if not _role_exists(conn, role):
        if password:
            _ddl(conn, "'CREATE ROLE %I LOGIN PASSWORD %L', :r, :p", r=role, p=password)
        else:
            _ddl(conn, "'CREATE ROLE %I LOGIN', :r", r=role)
    if kind == "owner":
        owner = conn.execute(text(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        )).scalar_one()  # fmt: skip
        _ddl(conn, "'GRANT %I TO %I', :o, :r", o=owner, r=role)
        _ddl(conn, "'ALTER ROLE %I CREATEROLE', :r", r=role)
    _ddl(conn, "'GRANT %I TO %I', :g, :r", g=viewer if kind == "viewer" else coder, r=role)
    conn.execute(text(
        f"INSERT INTO {MEMBERS} (role_name, coder_id, kind) VALUES (:r, :c, :k) "
        "ON CONFLICT (role_name) DO UPDATE SET coder_id = excluded.coder_id, kind = excluded.kind"
    ), {"r": role, "c": coder_id, "k": kind})  # fmt: skip


def set_blind(conn: Connection, blind: bool, roles: list[str] | None = None) -> int:
    """Blind coding on (or off) for the given members (all coders when None). Returns how
    many members changed."""
    query = f"UPDATE {MEMBERS} SET blind = :b WHERE kind = 'coder'"
    params: dict[str, Any] = {"b": blind}
    if roles is not None:
        query += " AND role_name = ANY(:roles)"
        params["roles"] = roles
    return int(conn.execute(text(query), params).rowcount or 0)


def members(conn: Connection) -> list[tuple[str, int, str, bool]]:
    rows = conn.execute(text(
        f"SELECT role_name, coder_id, kind, blind FROM {MEMBERS} ORDER BY role_name"
    ))  # fmt: skip
    return [(str(r), int(c), str(k), bool(b)) for r, c, k, b in rows]
