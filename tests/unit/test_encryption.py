"""Encrypted projects (SQLCipher): create, open, wrong password, encrypt / change password /
decrypt, snapshots, backups and merges of encrypted projects, and the password never
leaving memory."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from ikt_desktop.db.cipher import SQLITE_HEADER, Password
from ikt_desktop.db.engine import APPLICATION_ID, connect
from ikt_desktop.db.store import copy_to_new_file, inspect_file
from ikt_desktop.domain.errors import (
    Cancelled,
    NotAProjectError,
    PasswordRequiredError,
    ProjectFileError,
    WrongPasswordError,
)
from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots, restore_snapshot
from ikt_desktop.services.privacy.security import (
    change_password,
    decrypt_project,
    encrypt_project,
    is_encrypted,
)
from ikt_desktop.services.project import Project, check
from ikt_desktop.services.team.merge import open_other
from tests.helpers import TEXT, add_source

SECRET = "Tr0ub4dor&3 café 患者 👍"  # accents, CJK and an emoji: UTF-8 in the key
FIXTURES = Path(__file__).resolve().parent.parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_sqlite_refuses(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
    return False


def make(path: Path, secret: str | None = SECRET) -> tuple[int, int]:
    """A project (encrypted when ``secret``) with one source, one code and one coding."""
    with Project.create(path, "MS study", Password(secret) if secret else None) as p:
        p.coders.ensure_current("Ana")
        source = add_source(p)
        code = p.codebook.create("Fatigue 😴").value.id
        p.codings.apply(source, code, 22, len(TEXT))
    return source, code


def test_password_never_shows_itself() -> None:
    key = Password(SECRET)
    assert SECRET not in repr(key) and SECRET not in str(key) and SECRET not in f"{[key]}"
    with pytest.raises(TypeError):
        __import__("pickle").dumps(key)
    with pytest.raises(ProjectFileError.__mro__[1]):  # UserError: an empty password
        Password("")


def test_encrypted_project_is_not_plain_sqlite_and_needs_its_password(tmp_path: Path) -> None:
    path = tmp_path / "secret.ikt"
    source, _code = make(path)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert plain_sqlite_refuses(path)
    assert is_encrypted(path)
    before = digest(path)
    with pytest.raises(PasswordRequiredError, match="encrypted: a password is needed"):
        Project.open(path)
    with pytest.raises(WrongPasswordError) as wrong:
        Project.open(path, password=Password("not it"))
    assert "not it" not in str(wrong.value) and str(path) in str(wrong.value)
    assert digest(path) == before  # a wrong password changes nothing, not even the WAL
    assert not path.with_name(path.name + "-wal").exists()
    with Project.open(path, password=Password(SECRET)) as p:
        assert p.encrypted and p.info().encrypted
        assert p.sources.text(source) == TEXT
        assert p.codings.for_source(source)[0].start == 22
    assert check(path, Password(SECRET)) == []
    conn = connect(path, key=Password(SECRET))  # the pragmas of a plain project
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
    finally:
        conn.close()


def test_other_files_are_still_told_apart(tmp_path: Path) -> None:
    text = tmp_path / "notes.ikt"
    text.write_text("not a project at all\n" * 400, encoding="utf-8")
    with pytest.raises(NotAProjectError):
        inspect_file(text, Password(SECRET))
    plain = tmp_path / "plain.ikt"
    make(plain, None)
    assert inspect_file(plain, Password(SECRET)).key is None  # a password is simply unused
    with Project.open(plain, password=Password(SECRET)) as p:
        assert not p.encrypted


def test_encrypt_change_password_decrypt_keep_everything(tmp_path: Path) -> None:
    path = tmp_path / "study.ikt"
    source, code = make(path, None)
    encrypt_project(path, Password(SECRET))
    assert plain_sqlite_refuses(path)
    with pytest.raises(ProjectFileError, match="already encrypted"):
        encrypt_project(path, Password(SECRET))
    before = digest(path)
    with pytest.raises(WrongPasswordError):
        change_password(path, Password("wrong one"), Password("new secret"))
    assert digest(path) == before
    change_password(path, Password(SECRET), Password("new secret 🔑"))
    with pytest.raises(WrongPasswordError):
        Project.open(path, password=Password(SECRET))
    with Project.open(path, password=Password("new secret 🔑")) as p:
        assert [c.code_id for c in p.codings.for_source(source)] == [code]
    decrypt_project(path, Password("new secret 🔑"))
    assert path.read_bytes()[:16] == SQLITE_HEADER
    assert check(path) == []
    with Project.open(path) as p:
        assert p.sources.text(source) == TEXT and not p.encrypted
        with p.store.read() as s:
            rows = s.execute(__import__("sqlalchemy").text("SELECT action FROM change_log"))
            actions = [r[0] for r in rows]
    assert actions[-3:] == ["encrypt project", "change password", "remove encryption"]
    assert [f.name for f in tmp_path.iterdir() if f.name != "home"] == ["study.ikt"]  # no leftovers


def test_a_cancelled_rewrite_leaves_the_original(tmp_path: Path) -> None:
    path = tmp_path / "study.ikt"
    make(path, None)
    before = digest(path)
    calls: list[str] = []

    def cancel(_done: int, _total: int, what: str) -> None:
        calls.append(what)
        if len(calls) > 1:
            raise Cancelled("encrypting")

    with pytest.raises(Cancelled):
        encrypt_project(path, Password(SECRET), cancel)
    assert digest(path) == before
    assert [f.name for f in tmp_path.iterdir() if f.name != "home"] == ["study.ikt"]
    with Project.open(path) as p:  # the lock was released
        assert not p.encrypted


def test_snapshots_and_copies_are_encrypted_with_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.ikt"
    source, _code = make(path)
    key = Password(SECRET)
    with Project.open(path, password=key) as p:
        info = ProjectSnapshots.for_store(p.store).take("test")
        listed = ProjectSnapshots.for_store(p.store).list()
    assert info.counts.codings == 1 and listed[0].counts.codings == 1
    assert plain_sqlite_refuses(info.path) and info.path.read_bytes()[:16] != SQLITE_HEADER
    assert json.loads(info.path.with_suffix(".json").read_text())["title"] == ""
    with pytest.raises(PasswordRequiredError):
        restore_snapshot(info.path, tmp_path / "restored.ikt")
    with pytest.raises(WrongPasswordError):
        restore_snapshot(info.path, tmp_path / "restored.ikt", Password("nope"))
    assert not (tmp_path / "restored.ikt").exists()
    restored = restore_snapshot(info.path, tmp_path / "restored.ikt", Password(SECRET))
    assert plain_sqlite_refuses(restored)
    with Project.open(restored, password=Password(SECRET)) as p:
        assert p.sources.text(source) == TEXT
    copy = tmp_path / "copy.ikt"
    copy_to_new_file(path, copy, key)
    assert plain_sqlite_refuses(copy) and check(copy, key) == []


def test_migration_backup_of_an_encrypted_project_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.ikt"
    shutil.copyfile(FIXTURES / "schema-0001.ikt", path)
    encrypt_project(path, Password(SECRET))
    with Project.open(path, password=Password(SECRET)) as p:
        assert p.encrypted
    backups = list(tmp_path.glob("old.schema-0001-backup*.ikt"))
    assert len(backups) == 1 and plain_sqlite_refuses(backups[0])
    assert inspect_file(backups[0], Password(SECRET)).revision == "0001"


def test_merge_reads_and_backs_up_encrypted_projects(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.ikt", tmp_path / "theirs.ikt"
    make(ours)
    with Project.create(theirs, "Theirs", Password("their secret")) as p:
        p.coders.ensure_current("Ben")
        p.codebook.create("Trust")
    with pytest.raises(PasswordRequiredError):
        open_other(theirs, ours)
    with Project.open(ours, password=Password(SECRET)) as p:
        with open_other(theirs, ours, password=Password("their secret")) as other:
            result = p.merge.merge(other).value
        assert "Trust" in {c.name for c in p.codebook.all()}
    backup = Path(result.backup)
    assert plain_sqlite_refuses(backup)
    assert check(backup, Password(SECRET)) == []


def test_the_password_is_never_written_anywhere(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, app_home: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "secret.ikt"
    make(path)
    with Project.open(path, password=Password(SECRET)) as p:
        snap = ProjectSnapshots.for_store(p.store).take("test")
    change_password(path, Password(SECRET), Password("second secret"))
    with pytest.raises(WrongPasswordError):
        Project.open(path, password=Password(SECRET))
    decrypt_project(path, Password("second secret"))
    assert "encrypted" in caplog.text  # the log says what happened...
    for secret in (SECRET, "second secret"):
        assert secret not in caplog.text  # ...never the password
        raw = secret.encode("utf-8")
        for file in [path, snap.path, *app_home.rglob("*")]:
            if file.is_file():
                assert raw not in file.read_bytes(), file
