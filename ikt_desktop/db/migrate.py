"""Schema versions (invariant 7): revision stored in the file, upgrade on open.

Alembic is imported on first use, not at start-up (0.6-0.7 s of the app's imports,
`python -X importtime`, bench/README.md), and not to open a current project either: the
list of known revisions is read from the version scripts' ``revision`` and
``down_revision`` lines (0.3 s of the large project's opening was importing Alembic for
that list); a test checks it against Alembic's own walk.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:  # a third-party package, not one of our modules: no import cycle
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this version of the app knows, oldest first."""
    return list(_known_revisions())


@cache
def _known_revisions() -> tuple[str, ...]:
    return revision_chain(MIGRATIONS / "versions")


def revision_chain(folder: Path) -> tuple[str, ...]:
    """The revisions of the version scripts in ``folder``, oldest first, read from their
    module-level ``revision = "..."`` and ``down_revision = ...`` assignments. One line
    of history only (no branches, as ours has none)."""
    parent_of: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        found = _assignments(path)
        if "revision" in found:
            parent_of[str(found["revision"])] = found.get("down_revision")
    chain: list[str] = []
    child_of = {parent: rev for rev, parent in parent_of.items()}
    at = child_of.get(None)
    while at is not None:
        chain.append(at)
        at = child_of.get(at)
    if len(chain) != len(parent_of):
        raise RuntimeError(f"the schema versions in {folder} do not form one line")
    return tuple(chain)


def _assignments(path: Path) -> dict[str, str | None]:
    wanted: dict[str, str | None] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            for target in targets:
                if (isinstance(target, ast.Name)
                        and target.id in ("revision", "down_revision")
                        and isinstance(value, ast.Constant)
                        and (value.value is None or isinstance(value.value, str))):  # fmt: skip
                    wanted[target.id] = value.value
    return wanted


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
