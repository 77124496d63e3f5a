"""Backing a team database up with PostgreSQL's own ``pg_dump`` before an upgrade (issue
19, item 6). ``pg_dump`` is looked for on PATH, then in Debian's
``/usr/lib/postgresql/<version>/bin`` (newest first); without it the upgrade is refused.
The password never goes on the command line (other users can read that): it is handed to
``pg_dump`` in its environment (``PGPASSWORD``)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from ikt_desktop.db.team.url import TeamDatabaseError, TeamUrl, redact

DEBIAN_BIN_GLOB = "/usr/lib/postgresql/*/bin"
TIMEOUT_S = 3600


def find_pg_dump() -> str | None:
    found = shutil.which("pg_dump")
    if found:
        return found
    folders = sorted(glob.glob(DEBIAN_BIN_GLOB), key=lambda f: Path(f).parent.name, reverse=True)
    for folder in folders:
        if Path(folder, "pg_dump").is_file():
            return str(Path(folder, "pg_dump"))
    return None


def dump(url: TeamUrl, target: Path) -> Path:
    """Write a ``pg_dump --format=custom`` archive of the database to ``target``."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo  # only for team work

    tool = find_pg_dump()
    if tool is None:
        raise TeamDatabaseError(url.display, "cannot back the database up before upgrading: "
                                "pg_dump is not installed (Debian/Ubuntu: apt install "
                                "postgresql-client); nothing was changed")  # fmt: skip
    params = {k: str(v) for k, v in conninfo_to_dict(url.conninfo).items() if v is not None}
    env = dict(os.environ)
    if "password" in params:
        env["PGPASSWORD"] = params.pop("password")
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "--format=custom", f"--file={target}", f"--dbname={make_conninfo(**params)}"],
        capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        why = redact(" ".join(done.stderr.split()))[:300]
        raise TeamDatabaseError(url.display, f"pg_dump could not back the database up "
                                f"({why}); nothing was changed")  # fmt: skip
    return target
