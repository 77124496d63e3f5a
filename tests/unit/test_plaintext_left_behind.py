"""Nothing readable left behind (issue 21, items 2 and 3): after ``encrypt`` every plain
copy is reported and can be deleted securely; a rewrite killed at any moment leaves no
readable plain text once the project is next opened; every file written from a project
keeps its permissions."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikt_desktop.cli.main import run
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.store import backup_file, is_encrypted_file
from ikt_desktop.domain.errors import WrongPasswordError
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots
from ikt_desktop.services.privacy.security import (
    change_password,
    decrypt_project,
    encrypt_project,
)
from ikt_desktop.services.project import Project, check
from ikt_desktop.services.team.merge import merge_backup_path

MARKER = "give back to people like me"
SECRET, OTHER = "s3cret pass", "another pass"


def _study(path: Path, repeat: int = 1, mode: int = 0o600) -> Path:
    with Project.create(path, "Plain study") as p:
        p.coders.ensure_current("Tester")
        p.participants.add("P1", role="iKT panel member")
        text = "I: Why?\n\nP1: " + f"I joined to {MARKER}. " * repeat
        draft = DraftTranscript("P1 interview", text, (DraftTurn("I", 0, 7),
                                                       DraftTurn("P1", 9, len(text))))  # fmt: skip
        mapping = {"I": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
        p.sources.add_transcript(draft, mapping, participant_label="P1")
    os.chmod(path, mode)
    return path


def _readable_copies(folders: list[Path]) -> list[Path]:
    """Every file under ``folders`` whose bytes show the marker text."""
    needle = MARKER.encode()
    return sorted({p for f in folders for p in f.rglob("*") if p.is_file()
                   and needle in p.read_bytes()})  # fmt: skip


def _plain_copies(path: Path) -> list[Path]:
    with Project.open(path) as p:
        ProjectSnapshots.for_store(p.store).take()
    backup_file(path, path.with_name("study.schema-0004-backup.ikt"))
    backup_file(path, merge_backup_path(path))
    return sorted(p for p in path.parent.iterdir() if p.is_file() and p != path)


@pytest.mark.parametrize("delete", [False, True])
def test_encrypt_reports_and_deletes_every_plain_copy(
    tmp_path: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], delete: bool,
) -> None:  # fmt: skip
    path = _study(tmp_path / "study.ikt")
    beside = _plain_copies(path)
    assert len(_readable_copies([tmp_path, app_home])) == 4  # the project, 1 snapshot, 2 backups
    monkeypatch.setenv("IKT_DESKTOP_PASSWORD", SECRET)
    args = ["encrypt", str(path), "--json"] + (["--delete-plaintext-copies"] if delete else [])
    assert run(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["encrypted"] is True and out["plaintext_copies"] == 3
    assert out["deleted"] == (3 if delete else 0)
    assert len(out["kept"]) == (0 if delete else 3)
    kept = sorted(map(Path, out["kept"]))
    assert set(beside) <= set(kept) or delete
    assert _readable_copies([tmp_path, app_home]) == kept  # the project is encrypted now
    if delete:
        assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["study.ikt"]
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_encrypt_in_words_lists_the_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _study(tmp_path / "study.ikt")
    _plain_copies(path)
    monkeypatch.setenv("IKT_DESKTOP_PASSWORD", SECRET)
    assert run(["encrypt", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Encrypted {path}"
    assert "Found 3 plain-text copies" in out[1] and len(out) == 5


@pytest.mark.parametrize("mode", [0o640])  # 0o600 throughout the other tests
def test_every_rewrite_and_copy_keeps_the_project_mode(tmp_path: Path, mode: int) -> None:
    path = _study(tmp_path / "study.ikt", mode=mode)
    modes: dict[str, int] = {}

    def note(what: str, p: Path) -> None:
        modes[what] = os.stat(p).st_mode & 0o777

    with Project.open(path) as p:
        snapshots = ProjectSnapshots.for_store(p.store)
        taken = snapshots.take().path
        note("snapshot", taken)
        note("snapshot sidecar", taken.with_suffix(".json"))
        backup = merge_backup_path(path)
        backup_file(path, backup)
        note("backup", backup)
    note("restored", snapshots.restore(snapshots.list()[0], tmp_path / "restored.ikt"))
    encrypt_project(path, Password(SECRET))
    note("encrypted", path)
    change_password(path, Password(SECRET), Password(OTHER))
    note("new password", path)
    with Project.open(path, password=Password(OTHER)) as p:
        note("encrypted snapshot", ProjectSnapshots.for_store(p.store).take().path)
    decrypt_project(path, Password(OTHER))
    note("decrypted", path)
    assert modes == dict.fromkeys(modes, mode)
    assert check(path) == []


REKEY = r"""
import sys
from pathlib import Path
from ikt_desktop.db.cipher import Password
from ikt_desktop.services.privacy import security
path, what = Path(sys.argv[1]), sys.argv[2]
started = []

def progress(done, total, label):
    if not started:
        started.append(print("go", flush=True))  # the rewrite starts now

if what == "encrypt":
    security.encrypt_project(path, Password(sys.argv[3]), progress)
elif what == "passwd":
    security.change_password(path, Password(sys.argv[3]), Password(sys.argv[4]), progress)
else:
    security.decrypt_project(path, Password(sys.argv[3]), progress)
print("done", flush=True)
"""
KILLS = [("encrypt", 0), ("passwd", 0), ("decrypt", 0), ("decrypt", 1), ("decrypt", 2)]


def _opens_with(path: Path, *passwords: str | None) -> str | None:
    """The one of ``passwords`` (None: no password) that opens ``path`` for writing."""
    encrypted = is_encrypted_file(path)
    for secret in passwords:
        if (secret is not None) != encrypted:
            continue
        try:
            with Project.open(path, password=Password(secret) if secret else None) as p:
                assert p.info().sources == 1
                return secret
        except WrongPasswordError:
            continue
    raise AssertionError(f"{path} opens with none of the passwords")


@pytest.mark.slow
@pytest.mark.parametrize(("what", "run_no"), KILLS)
def test_sigkill_during_a_rewrite_leaves_nothing_readable(
    tmp_path: Path, app_home: Path, what: str, run_no: int
) -> None:
    path = _study(tmp_path / "study.ikt", repeat=30_000)
    if what != "encrypt":
        encrypt_project(path, Password(SECRET))
    before, after = ((None, SECRET) if what == "encrypt" else
                     (SECRET, OTHER) if what == "passwd" else (SECRET, None))  # fmt: skip
    argv = [SECRET, OTHER] if what == "passwd" else [SECRET]
    child = subprocess.Popen([sys.executable, "-c", REKEY, str(path), what, *argv],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout is not None and child.stdout.readline().strip() == "go"
    time.sleep(random.Random(f"{what}{run_no}").uniform(0.0, 0.3))
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    partial = tmp_path / ".study.ikt.rekey.partial"
    print(what, "killed mid-rewrite" if partial.exists() else "killed outside the rewrite")
    if partial.exists():
        assert os.stat(partial).st_mode & 0o777 == 0o600  # never world-readable meanwhile
    # the file is the original or the finished rewrite, and opens with its password
    used = _opens_with(path, before, after)
    assert check(path, Password(used) if used else None) == []
    # after that open, nothing in the folder is readable but an intended plain project
    readable = _readable_copies([tmp_path, app_home])
    assert readable == ([] if used else [path]), readable
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["study.ikt"]
    assert os.stat(path).st_mode & 0o777 == 0o600


@pytest.mark.parametrize("encrypted", [True, False])
def test_exports_of_an_encrypted_project_are_no_more_readable_than_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    encrypted: bool,
) -> None:  # fmt: skip
    path = _study(tmp_path / "study.ikt", mode=0o600)
    if encrypted:
        encrypt_project(path, Password(SECRET))
        monkeypatch.setenv("IKT_DESKTOP_PASSWORD", SECRET)
    mask = os.umask(0o022)
    try:
        outputs = {flag: tmp_path / f"out{suffix}" for flag, suffix in
                   (("--docx", ".docx"), ("--xlsx", ".xlsx"), ("--qdpx", ".qdpx"))}  # fmt: skip
        for flag, out in outputs.items():  # a study with no coding yet: a draft report
            extra = ["--draft"] if flag == "--docx" else []
            assert run(["export", str(path), flag, str(out), *extra]) == 0, (
                capsys.readouterr().err)  # fmt: skip
    finally:
        os.umask(mask)
    modes = {flag: os.stat(out).st_mode & 0o777 for flag, out in outputs.items()}
    assert modes == dict.fromkeys(outputs, 0o600 if encrypted else 0o644)
