"""Schema versions (invariant 7): revision stored in the file, upgrade on open.

Alembic is imported on first use, not at start-up (0.6-0.7 s of the app's imports,
`python -X importtime`, bench/README.md); the list of known revisions is read once a run.
"""

from __future__ import annotations

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
    return tuple(rev.revision for rev in reversed(list(script().walk_revisions())))


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
