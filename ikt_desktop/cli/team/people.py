"""``team add-coder`` and ``team blind``: the people of a team project and blind coding,
which the server enforces (see :mod:`ikt_desktop.db.team.access`). Owner only."""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import asdict

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.team.members import add_coder, set_blind

KINDS = ("owner", "coder", "viewer")


def run_add_coder(args: argparse.Namespace) -> int:
    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            raise ValidationError(f"The environment variable {args.password_env} is not set.")
    member = add_coder(args.url, args.name, args.role, password)
    if args.json:
        print(json.dumps(asdict(member), ensure_ascii=False))
        return 0
    print(f"Added {member.coder} as {member.kind}: PostgreSQL role {member.role}")
    if not member.named_as_asked:
        print(f"  “{args.name}” is not a valid role name here, so the role is {member.role}")
    return 0


def run_blind(args: argparse.Namespace) -> int:
    members = set_blind(args.url, args.state == "on", args.roles)
    if args.json:
        listed = [asdict(x) for x in members]
        print(json.dumps({"blind": args.state == "on", "members": listed}, ensure_ascii=False))
        return 0
    print(f"Blind coding {args.state}")
    for x in members:
        print(f"  {x.role:<20} {x.kind:<7} {x.coder}{'  (blind)' if x.blind else ''}")
    return 0
