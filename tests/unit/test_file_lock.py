"""One writer per *file* (issue 21, item 1): a hard link, a symbolic link or the same
name meet the same lock, while another process writes; reading is still allowed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.db import lock
from ikt_desktop.db.cipher import Password
from ikt_desktop.domain.errors import ProjectFileError, ProjectLockedError, ReadOnlyFileError
from ikt_desktop.services.privacy.security import encrypt_project
from ikt_desktop.services.project import Project, check

WRITER = r"""
import sys, threading
from pathlib import Path
from ikt_desktop.services.project import Project

project = Project.open(Path(sys.argv[1]))
project.coders.ensure_current("Writer")
stop = threading.Event()
written = [0]

def write():
    while not stop.is_set():
        project.codebook.create(f"Code {written[0]}")
        written[0] += 1
        if written[0] == 5:
            print("ready", flush=True)

worker = threading.Thread(target=write)
worker.start()
line = sys.stdin.readline()
stop.set()
worker.join()
if line.strip() == "quit":
    project.close()
print(written[0], flush=True)
"""


def _start_writer(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read() if child.stderr else line
    return child


def _names(tmp_path: Path) -> tuple[Path, Path, Path]:
    path = tmp_path / "study.ikt"
    Project.create(path, "Locked study").close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    hard, soft = elsewhere / "hard.ikt", elsewhere / "soft.ikt"
    os.link(path, hard)
    soft.symlink_to(path)
    return path, hard, soft


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text
    return text


@pytest.mark.slow
def test_a_second_name_cannot_write_while_another_process_writes(tmp_path: Path) -> None:
    path, hard, soft = _names(tmp_path)
    child = _start_writer(path)
    try:
        for name in (hard, soft, path):
            with pytest.raises(ProjectLockedError) as caught:
                Project.open(name)
            assert "open in another iKT Desktop window" in _one_line(caught.value)
        with pytest.raises(ProjectLockedError):  # a rewrite is refused the same way
            encrypt_project(hard, Password("secret"))
        for name in (path, hard, soft):  # reading while another writes is fine
            with Project.open(name, read_only=True) as viewer:
                assert viewer.title == "Locked study"
    finally:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("quit\n")
        child.stdin.flush()
        written = int(child.stdout.readline())
        child.wait(30)
    assert written >= 5
    assert check(path) == []
    with Project.open(hard) as again:  # released on close: any name may write now
        assert again.info().codes == written
        again.codebook.create("After")
    assert check(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "study.ikt"]


def test_the_same_process_is_refused_by_another_name(tmp_path: Path) -> None:
    path, hard, soft = _names(tmp_path)
    with Project.open(path) as first:
        for name in (hard, soft):
            with pytest.raises(ProjectLockedError):
                Project.open(name)
        first.codebook.create("Still writing")
    with Project.open(soft) as second:
        assert not second.read_only


@pytest.mark.slow
def test_a_log_left_under_another_name_is_never_written_past(tmp_path: Path) -> None:
    path, hard, _soft = _names(tmp_path)
    child = _start_writer(path)
    child.send_signal(signal.SIGKILL)  # leaves study.ikt-wal with committed changes
    child.wait(30)
    assert (tmp_path / "study.ikt-wal").exists()
    with pytest.raises(ProjectFileError, match="not closed cleanly under another name") as e:
        Project.open(hard)
    _one_line(e.value)
    assert not (hard.parent / "hard.ikt-wal").exists()
    with Project.open(path) as p:  # the name with the log: its changes are all there
        codes = p.info().codes
        assert codes >= 5
    with Project.open(hard) as p:  # closed cleanly now: any name may write
        assert p.info().codes == codes
    assert check(path) == []


def test_a_read_only_file_is_refused_for_writing_and_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "ro.ikt"
    Project.create(path, "Read only").close()
    os.chmod(path, 0o444)
    before = path.read_bytes()
    with pytest.raises(ReadOnlyFileError) as caught:
        Project.open(path)
    assert "read-only" in _one_line(caught.value)
    with pytest.raises(ReadOnlyFileError):
        encrypt_project(path, Password("secret"))
    with Project.open(path, read_only=True) as viewer:
        assert viewer.title == "Read only"
    assert path.read_bytes() == before
    assert os.stat(path).st_mode & 0o777 == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.ikt"]


@pytest.mark.parametrize("on_file", [True, False])
def test_the_os_lock_itself_refuses_every_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_file: bool
) -> None:
    """Both ways of locking (the file itself; an identity lock file, as on macOS and
    Windows) refuse a second writer by the OS lock alone, not only this process's list."""
    monkeypatch.setattr(lock, "locks_file_itself", lambda: on_file)
    path, hard, soft = _names(tmp_path)
    with Project.open(path):
        lock._held.discard(lock.identity(path))  # forget it here: only the OS lock is left
        for name in (hard, soft, path):
            with pytest.raises(ProjectLockedError):
                Project.open(name)
    with Project.open(hard) as again:
        assert not again.read_only
