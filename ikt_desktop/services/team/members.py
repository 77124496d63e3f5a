"""People on a team project (issue 19, item 3): PostgreSQL login roles mapped to coders,
with the rights of an owner, a coder or a viewer, and blind coding switched on and off.
The server enforces all of it (db/team/access.py); these calls are the owner's."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, text

from ikt_desktop.db import models as m
from ikt_desktop.db.team import access
from ikt_desktop.db.team.store import check_revision, connected, is_owner, stored_revision
from ikt_desktop.db.team.url import TeamDatabaseError, TeamUrl, parse
from ikt_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class Member:
    role: str  # the PostgreSQL login role
    coder: str  # the coder it codes as
    kind: str  # owner | coder | viewer
    blind: bool
    named_as_asked: bool = True  # False: NAME was not a valid role name, ``role`` was used


def _owner_connection(url: TeamUrl, conn: Connection) -> None:
    check_revision(url, stored_revision(conn))
    if not is_owner(conn):
        raise TeamDatabaseError(url.display, "only the project's owner can manage its people")


def _free_role(conn: Connection, wanted: str) -> str:
    """``wanted``, or ``wanted_2``…: a role that is not yet on the server, or already one
    of this project's members (then it is updated)."""
    ours = {r for r, *_ in access.members(conn)}
    taken = {str(r) for r in conn.execute(text("SELECT rolname FROM pg_roles")).scalars()}
    role, n = wanted, 1
    while role in taken and role not in ours:
        n += 1
        role = f"{wanted[:58]}_{n}"
    return role


def _coder_id(conn: Connection, name: str) -> int:
    found = conn.execute(select(m.Coder.id).where(func.lower(m.Coder.name) == name.lower()))
    ident = found.scalar()
    if ident is not None:
        return int(ident)
    return int(conn.execute(insert(m.Coder).values(name=name, guid=m.new_guid(),
               created=m.utcnow()).returning(m.Coder.id)).scalar_one())  # fmt: skip


def add_coder(url: str, name: str, kind: str, password: str | None = None) -> Member:
    """Make ``name`` a member: a login role (named ``name`` when that is a valid role
    name) with ``kind``'s rights, coding as the coder called ``name`` (made if new)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Give the person's name.")
    if kind not in access.KINDS:
        raise ValidationError(f"A member is an owner, a coder or a viewer, not “{kind}”.")
    team_url = parse(url)
    with connected(team_url) as conn:
        _owner_connection(team_url, conn)
        role = _free_role(conn, access.role_name_for(name))
        coder_id = _coder_id(conn, name)
        access.add_member(conn, role, coder_id, kind, password)
        conn.execute(insert(m.ChangeLog).values(
            time=m.utcnow(), action="add team member", entity="coder", entity_id=coder_id,
            detail=json.dumps({"role": role, "kind": kind}),
        ))  # fmt: skip
    return Member(role, name, kind, False, role == name)


def set_blind(url: str, blind: bool, roles: list[str] | None = None) -> list[Member]:
    """Blind coding on or off for the named coders' roles (all coders when None); the
    members as they are afterwards."""
    team_url = parse(url)
    with connected(team_url) as conn:
        _owner_connection(team_url, conn)
        known = {r for r, *_ in access.members(conn)}
        missing = sorted(set(roles or ()) - known)
        if missing:
            raise ValidationError(f"Not a member of this project: {', '.join(missing)}.")
        access.set_blind(conn, blind, roles)
        conn.execute(insert(m.ChangeLog).values(
            time=m.utcnow(), action="blind coding " + ("on" if blind else "off"),
            entity="project", detail=json.dumps({"roles": roles or "all coders"}),
        ))  # fmt: skip
        return list_members(conn)


def list_members(conn: Connection) -> list[Member]:
    names = {int(i): str(n) for i, n in conn.execute(select(m.Coder.id, m.Coder.name))}
    return [Member(r, str(names.get(c, "")), k, b) for r, c, k, b in access.members(conn)]
