"""Team projects on a PostgreSQL server (issue 19): make one from a project file, and make
an offline project file from one. Both copy losslessly (ids, GUIDs, spans, times, memos,
themes, saved queries, the change log): see :mod:`ikt_desktop.db.team.transfer`."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from ikt_desktop import paths
from ikt_desktop.db import migrate
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.models import utcnow
from ikt_desktop.db.store import PROJECT_SUFFIX, create_store, free_name, open_store
from ikt_desktop.db.team.backup import dump
from ikt_desktop.db.team.store import (
    TeamStore,
    analyze,
    check_revision,
    connected,
    is_owner,
    open_team_store,
    our_tables,
    prepare_schema,
    reason,
    stored_revision,
)
from ikt_desktop.db.team.transfer import copy_rows
from ikt_desktop.db.team.url import TeamDatabaseError, parse
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.domain.progress import Progress, no_progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeamCopy:
    """What a copy did: from where (a path, or a redacted URL), to where, rows per table."""

    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)


def create_team_project(
    url: str, source: Path, *, password: Password | None = None,
    progress: Progress = no_progress,
) -> TeamCopy:  # fmt: skip
    """Copy the project file ``source`` into the empty database at ``url``, in one
    transaction: on any failure the database stays empty and the file is only read."""
    team_url = parse(url)
    store = open_store(Path(source), read_only=True, key=password)
    try:
        with store.engine.connect() as src, connected(team_url) as dst:
            present = sorted(our_tables(dst))
            if present:
                shown = ", ".join(present[:5]) + ("…" if len(present) > 5 else "")
                raise TeamDatabaseError(
                    team_url.display, f"the database is not empty (it has {len(present)} "
                    f"tables: {shown}); team create needs an empty database",
                )  # fmt: skip
            prepare_schema(dst)
            rows = copy_rows(src, dst, progress)
    finally:
        store.close()
    analyze(team_url)  # committed: statistics for the planner from the first client on
    log.info("created team project %s from %s", team_url.display, store.path)
    return TeamCopy(str(store.path), team_url.display, rows)


def copy_team_project(url: str, target: Path, *, progress: Progress = no_progress) -> TeamCopy:
    """Write the team project at ``url`` into the new project file ``target`` (an offline
    copy; bring work done in it back with merge). The database is only read, in one
    consistent snapshot; on any failure no file is left."""
    target = Path(target)
    if target.suffix.lower() != ".ikt":
        raise ProjectFileError(target, "a project file name must end in .ikt")
    team = open_team_store(url, read_only=True)
    try:
        return copy_to_file(team, target, progress)
    finally:
        team.close()


def copy_to_file(team: TeamStore, target: Path, progress: Progress = no_progress) -> TeamCopy:
    """Write the open team project into the new project file ``target``, from one
    consistent snapshot; on any failure no file is left."""
    out = create_store(target.resolve())
    try:
        with team.engine.connect() as src:
            src = src.execution_options(isolation_level="REPEATABLE READ")
            with out.engine.begin() as dst:
                rows = copy_rows(src, dst, progress)
    except BaseException as exc:
        out.close()
        with contextlib.suppress(OSError):
            out.path.unlink()
        if isinstance(exc, SQLAlchemyError):
            raise TeamDatabaseError(team.location, f"cannot be copied ({reason(exc)}); "
                                    f"{target} was not written") from None  # fmt: skip
        raise
    out.close()
    log.info("copied team project %s to %s", team.location, out.path)
    return TeamCopy(team.location, str(out.path), rows)


def backup_team_project(team: TeamStore, label: str) -> Path:
    """An offline copy of the team project, made before a change to the whole project
    (a merge): ``DB.LABEL-YYYYmmdd-HHMMSS.ikt`` in the app's ``team-backups`` folder."""
    folder = paths.data_dir() / "team-backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"{label}-{utcnow():%Y%m%d-%H%M%S}"
    target = free_name(folder / f"{team.url.database}{PROJECT_SUFFIX}", stamp)
    copy_to_file(team, target)
    return target


@dataclass(frozen=True)
class TeamUpgrade:
    """What ``team upgrade`` did: the schema before and after, and the backup (None when
    the database was already current)."""

    target: str
    before: str
    after: str
    backup: str | None


def upgrade_team_project(url: str) -> TeamUpgrade:
    """Migrate the team database at ``url`` to this app's schema: only its owner may, and
    only after a ``pg_dump`` backup in the app's ``team-backups`` folder. Clients never do
    this on open (invariant 7). A newer database is refused; a current one is left alone."""
    team_url = parse(url)
    head = migrate.head_revision()
    with connected(team_url) as conn:
        if not is_owner(conn):
            raise TeamDatabaseError(team_url.display, "only the database's owner can upgrade "
                                    "a team project; nothing was changed")  # fmt: skip
        revision = stored_revision(conn)
        if revision == head:
            return TeamUpgrade(team_url.display, head, head, None)
        if revision is None or revision not in migrate.known_revisions():
            check_revision(team_url, revision)  # raises: not a project, or newer
    folder = paths.data_dir() / "team-backups"
    stamp = f"{utcnow():%Y%m%d-%H%M%S}"
    backup = dump(team_url, folder / f"{team_url.database}.schema-{revision}-{stamp}.dump")
    log.info("backed up %s (schema %s) to %s before upgrading", team_url.display, revision, backup)
    with connected(team_url) as conn:
        if stored_revision(conn) != revision:
            raise TeamDatabaseError(team_url.display, "someone else upgraded it meanwhile")
        prepare_schema(conn)
    return TeamUpgrade(team_url.display, str(revision), head, str(backup))
