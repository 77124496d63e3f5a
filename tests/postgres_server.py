"""A throw-away PostgreSQL server for the test session (issue 19).

``PostgresServer.start()`` runs Debian's ``initdb`` and ``pg_ctl`` (package ``postgresql``,
binaries under ``/usr/lib/postgresql/<version>/bin``, or found on PATH) in a fresh
temporary folder, listening on a Unix socket in that folder only (no TCP port, so
parallel sessions never collide). initdb refuses to run as root, so when the tests run as
root (CI) the server runs as the OS user ``nobody`` through ``runuser``; otherwise as the
current user. Authentication is ``trust`` on the socket, whose folder only the server's
OS user (and root) can enter.

Each test gets its own database: ``new_database()`` copies a template database with
``CREATE DATABASE … TEMPLATE …`` (a file copy inside the server, milliseconds).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "ikt"
SERVER_USER_WHEN_ROOT = "nobody"
_names = itertools.count(1)


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    for folder in candidates:
        if all(Path(folder, tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(folder: str) -> int:
    name = Path(folder).parent.name
    return int(name) if name.isdigit() else 0


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ikt-pg-")))
    started: bool = False

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """A libpq URL reaching ``database`` over the Unix socket."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def _as_server_user(self, argv: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return argv
        return ["runuser", "-u", SERVER_USER_WHEN_ROOT, "--", *argv]

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(
            self._as_server_user(argv), capture_output=True, text=True, check=False,
            cwd=self.root,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed ({done.returncode}): {done.stderr.strip()}")

    def start(self) -> PostgresServer:
        if os.geteuid() == 0:
            entry = pwd.getpwnam(SERVER_USER_WHEN_ROOT)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        self._run([
            str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER,
            "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        ])  # fmt: skip
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run([
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
        ])  # fmt: skip
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(RuntimeError):
                self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir),
                           "-m", "immediate", "-w", "stop"])  # fmt: skip
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str = "template1") -> str:
        """A fresh database copied from ``template``; returns its name."""
        name = f"t{os.getpid()}_{next(_names)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
