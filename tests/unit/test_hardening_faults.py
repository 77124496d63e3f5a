"""Issue 21, item 5: faults a command meets on its project and output files (a full disk,
a read-only project, a damaged or set-back schema) are one line naming the file, exit 1,
leave the project as it was (its ``info --json`` and a dump) and no stray file. Each runs
the real command in a child process (a file size limit stands in for a full disk)."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ikt_desktop.db import migrate
from ikt_desktop.db.engine import APPLICATION_ID
from ikt_desktop.services.project import Project

ROOT = Path(__file__).resolve().parents[2]
SETPRIV = shutil.which("setpriv")
WORDS = [
    "trust",
    "partnership",
    "panel",
    "research",
    "people",
    "living",
    "with",
    "MS",
    "meet",
    "again",
    "about",
]


def run(*args: str, home: Path, fsize: int | None = None, no_override: bool = False
        ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """``ikt-desktop ARGS`` in a child: with ``fsize`` no file may grow past that many
    bytes (writes fail with EFBIG, as on a full disk); with ``no_override`` root loses
    the capability to ignore file permissions."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    prefix = [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps=-all"]
    command = [*(prefix if no_override else []), sys.executable, "-m", "ikt_desktop", *args]
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home)}
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
        preexec_fn=limit, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    return result.stderr


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def info(path: Path, home: Path) -> dict[str, object]:
    result = run("info", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - {"home"}


def big_transcript(path: Path) -> Path:
    rng = random.Random(21)
    turns = [
        f"{'Interviewer' if i % 2 == 0 else 'P1'}: " + " ".join(rng.choices(WORDS, k=40))
        for i in range(3000)
    ]
    path.write_text("\n\n".join(turns), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.mark.slow
def test_full_disk_while_importing(folder: Path, app_home: Path) -> None:
    project, text = folder / "p.ikt", big_transcript(folder / "big.txt")
    assert run("new", str(project), home=app_home).returncode == 0
    before, listed, shape = dump(project), files(folder), info(project, app_home)
    full = run("import", str(project), str(text), home=app_home, fsize=1_000_000)
    assert full.returncode == 1 and full.stderr == "", full.stderr
    assert full.stdout == (
        f"big.txt: failed: {project}: cannot be written: the disk is full, or a file size "
        "limit was reached; the change was not saved and the project is as it was\n"
    )
    assert dump(project) == before and info(project, app_home) == shape
    assert files(folder) == listed  # no -wal, -shm or .lock


@pytest.mark.slow
def test_full_disk_when_folding_the_journal_keeps_committed_work(
    folder: Path, app_home: Path
) -> None:
    """The import commits into the write-ahead log, but the file cannot grow to take it
    in: the log is kept (removing it after a partial fold would damage the file), the lock
    is released, and opening with room again finishes the fold."""
    text = big_transcript(folder / "big.txt")
    trial = folder / "trial.ikt"
    assert run("new", str(trial), home=app_home).returncode == 0
    assert run("import", str(trial), str(text), home=app_home).returncode == 0
    grown = trial.stat().st_size  # what the file grows to: the log itself is smaller
    project = folder / "p.ikt"
    assert run("new", str(project), home=app_home).returncode == 0
    full = run("import", str(project), str(text), home=app_home, fsize=grown - 16384)
    one_line(full, str(project), "the disk is full", "p.ikt-wal", "nothing is lost")
    assert not (folder / "p.ikt.lock").exists() and (folder / "p.ikt-wal").exists()
    assert run("check", str(project), home=app_home).stdout.strip() == "ok"
    assert info(project, app_home)["turns"] == 3000
    Project.open(project).close()  # with room again, opening for writing finishes the fold
    assert files(folder) == {"big.txt", "trial.ikt", "p.ikt"}


@pytest.mark.parametrize("flag", ["--docx", "--qdpx", "--qdc"])
def test_full_disk_while_exporting(flag: str, demo_path: Path, app_home: Path) -> None:
    folder = demo_path.parent
    listed, before = files(folder), dump(demo_path)
    target = folder / f"out{flag.replace('--', '.')}"
    names = ["--accept-found-names"] if flag == "--docx" else []  # the demo quotes "Tomás"
    full = run("export", str(demo_path), flag, str(target), *names, home=app_home, fsize=4096)
    one_line(full, str(target), "could not be written (the disk is full")
    assert files(folder) == listed and dump(demo_path) == before  # no partial file


def _read_only_checks(project: Path, other: Path, home: Path, **how: bool) -> None:
    before, listed = dump(project), files(project.parent)
    for args in (("import", str(project), str(ROOT / "tests" / "data" / "otter.txt")),
                 ("merge", str(project), str(other))):  # fmt: skip
        one_line(run(*args, home=home, **how), str(project), "the project file is read-only")
        assert dump(project) == before and files(project.parent) == listed


def test_a_read_only_project_is_refused_for_writing(
    demo_path: Path, tmp_path: Path, app_home: Path
) -> None:
    other = tmp_path / "other.ikt"
    shutil.copyfile(demo_path, other)
    demo_path.chmod(0o444)
    _read_only_checks(demo_path, other, app_home)  # even a user who could write over it
    if SETPRIV is not None and os.geteuid() == 0:  # a process that cannot override modes
        _read_only_checks(demo_path, other, app_home, no_override=True)
    assert stat.S_IMODE(demo_path.stat().st_mode) == 0o444
    assert info(demo_path, app_home)["sources"] == 8  # reading it is fine


def test_our_id_and_a_schema_version_but_no_tables(folder: Path, app_home: Path) -> None:
    path = folder / "hollow.ikt"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (migrate.head_revision(),))
    before = path.read_bytes()
    for command in ("info", "import"):
        extra = [str(ROOT / "tests" / "data" / "otter.txt")] if command == "import" else []
        one_line(run(command, str(path), *extra, home=app_home), "hollow.ikt",
                 "damaged: not a complete project")  # fmt: skip
    assert path.read_bytes() == before and files(folder) == {"hollow.ikt"}


def test_a_schema_version_set_back_fails_once_and_leaves_no_backups(
    demo_path: Path, app_home: Path
) -> None:
    known = migrate.known_revisions()
    with closing(sqlite3.connect(demo_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (known[2],))
    before, listed = dump(demo_path), files(demo_path.parent)
    for _ in range(2):  # a retry fails the same way and leaves no second backup
        failed = run("import", str(demo_path), str(ROOT / "tests" / "data" / "otter.txt"),
                     home=app_home)  # fmt: skip
        one_line(failed, str(demo_path), f"cannot be upgraded from schema {known[2]}",
                 "the file was not changed")  # fmt: skip
        assert dump(demo_path) == before and files(demo_path.parent) == listed
