"""A process killed in the middle of a transaction in rollback-journal mode (a migration, a
rewrite's last note, before a project switches to WAL) leaves a hot journal beside the
file. The next opening rolls it back and opens the last committed state; it is not called
damage. Found by the SIGKILL test of decrypt (issue 21), where inspection through a
read-only connection said "the file is damaged (attempt to write a readonly database)"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.db.cipher import Password
from ikt_desktop.db.engine import fold_wal, hot_journal
from ikt_desktop.domain.errors import WrongPasswordError
from ikt_desktop.services.privacy.security import encrypt_project
from ikt_desktop.services.project import Project, check
from tests.unit.test_hardening_faults import SETPRIV, one_line, run

SECRET = "s3cret pass"
# In a child: open the project's file straight through the driver in journal mode, change
# every memo in one transaction large enough to spill to disk, then die before COMMIT.
KILLED_WRITE = r"""
import os, sys
from pathlib import Path
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.engine import connect
key = Password(sys.argv[2]) if len(sys.argv) > 2 else None
conn = connect(Path(sys.argv[1]), key=key, cipher=key is not None)
conn.execute("PRAGMA cache_size = 5")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE project_meta SET value = 'half-written'")
conn.execute("CREATE TABLE filler (x)")
conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 900,)] * 3000)
os._exit(0)
"""


def _project(path: Path, encrypted: bool) -> Path:
    with Project.create(path, "Journal study") as p:
        p.coders.ensure_current("Tester")
        p.participants.add("P1", role="iKT panel member")
    if encrypted:
        encrypt_project(path, Password(SECRET))
    fold_wal(path, Password(SECRET) if encrypted else None)  # rollback-journal mode
    return path


def _kill_mid_write(path: Path, encrypted: bool) -> None:
    args = [sys.executable, "-c", KILLED_WRITE, str(path)] + ([SECRET] if encrypted else [])
    subprocess.run(args, check=True)
    assert hot_journal(path)


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_hot_journal_is_rolled_back_at_the_next_opening(
    tmp_path: Path, app_home: Path, encrypted: bool
) -> None:
    path = _project(tmp_path / "study.ikt", encrypted)
    _kill_mid_write(path, encrypted)
    password = Password(SECRET) if encrypted else None
    with Project.open(path, password=password) as p:
        assert p.info().participants == 1
        assert p.info().title == "Journal study"  # not 'half-written'
    assert not hot_journal(path)
    assert check(path, password) == []


def test_a_wrong_password_still_rolls_back_to_the_committed_file(
    tmp_path: Path, app_home: Path
) -> None:
    """The journal holds the pages as they are on disk (encrypted), so SQLite copies them
    back without the key: a wrong password restores the same file the right one would."""
    path = _project(tmp_path / "study.ikt", encrypted=True)
    _kill_mid_write(path, encrypted=True)
    with pytest.raises(WrongPasswordError):
        Project.open(path, password=Password("not it"))
    with Project.open(path, password=Password(SECRET)) as p:
        assert p.info().title == "Journal study"
        assert p.info().participants == 1
    assert check(path, Password(SECRET)) == []


@pytest.mark.skipif(SETPRIV is None and os.geteuid() == 0, reason="needs setpriv as root")
def test_a_hot_journal_on_a_read_only_file_is_one_plain_line(
    tmp_path: Path, app_home: Path
) -> None:
    path = _project(tmp_path / "study.ikt", encrypted=False)
    _kill_mid_write(path, encrypted=False)
    path.chmod(0o444)
    before = path.read_bytes()
    result = run("info", str(path), home=app_home, no_override=os.geteuid() == 0)
    one_line(result, "study.ikt-journal", "must be rolled back", "write access")
    assert path.read_bytes() == before and hot_journal(path)
