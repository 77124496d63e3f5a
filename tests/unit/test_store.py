"""Opening, refusing, migrating, locking and closing project files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from ikt_desktop.db import migrate, search_index
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.models import Base
from ikt_desktop.db.store import create_store
from ikt_desktop.domain.errors import (
    NewerSchemaError,
    NotAProjectError,
    PasswordRequiredError,
    ProjectFileError,
    ProjectLockedError,
    ReadOnlyProjectError,
    WrongPasswordError,
)
from ikt_desktop.services.project import Project, check

FIXTURES = Path(__file__).parent.parent / "data"
RELEASED = sorted(FIXTURES.glob("schema-*.ikt"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_new_project_is_one_self_contained_file_once_closed(tmp_path: Path) -> None:
    path = tmp_path / "study.ikt"
    p = Project.create(path, "My study")
    assert (tmp_path / "study.ikt.lock").exists()
    p.close()
    assert folder_listing(path) == ["study.ikt"]  # no -wal, -shm or lock left behind
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    copy = tmp_path / "usb" / "copy.ikt"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    with Project.open(copy) as again:
        assert again.title == "My study"


def test_pragmas_on_an_open_project(project: Project) -> None:
    with project.store.engine.connect() as conn:
        pragma = conn.exec_driver_sql
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA busy_timeout").scalar() == 5000


def test_migrations_build_exactly_the_models() -> None:
    """The Alembic history and the SQLAlchemy models describe the same schema (but the
    search index, an FTS5 virtual table and its shadow tables, which no model describes)."""
    from sqlalchemy import create_engine

    def not_the_index(name: str | None, type_: str, _parent: object) -> bool:
        return not (type_ == "table" and (name or "").startswith(search_index.TABLE))

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        migrate.upgrade(conn)
        context = MigrationContext.configure(conn, opts={"include_name": not_the_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_known_revisions_are_alembics_without_importing_it(tmp_path: Path) -> None:
    """Opening a project reads the revision list from the scripts' assignments (importing
    Alembic cost 0.3 s of the large project's opening); it is Alembic's own walk, and a
    history that does not form one line is refused rather than guessed."""
    walked = [r.revision for r in reversed(list(migrate.script().walk_revisions()))]
    assert migrate.known_revisions() == walked
    for name, rev, down in (("a.py", "x1", None), ("b.py", "x2", "x1"), ("c.py", "x3", "x1")):
        (tmp_path / name).write_text(f"revision = {rev!r}\ndown_revision = {down!r}\n")
    with pytest.raises(RuntimeError, match="one line"):
        migrate.revision_chain(tmp_path)
    (tmp_path / "c.py").write_text('revision: str = "x3"\ndown_revision: str | None = "x2"\n')
    assert migrate.revision_chain(tmp_path) == ("x1", "x2", "x3")


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.ikt"
    path.write_text("keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "keep me"


def test_create_refuses_a_missing_folder_and_a_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder does not exist"):
        create_store(tmp_path / "nope" / "x.ikt")
    with pytest.raises(ProjectFileError, match=r"\.ikt"):
        Project.create(tmp_path / "x.sqlite")


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _text_file(path: Path) -> None:
    path.write_text("Interviewer: hello\nP1: hi\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    data = (FIXTURES / "schema-0001.ikt").read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbled(path: Path) -> None:
    data = bytearray((FIXTURES / "schema-0001.ikt").read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_text_file, "not a SQLite database"),
        (_empty, "not a SQLite database"),
        (_other_sqlite, "a different database"),
        (_truncated, "damaged|malformed"),
        (_garbled, "damaged|malformed|not an iKT"),
    ],
    ids=["text-file", "empty", "other-sqlite", "truncated", "garbled"],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.ikt"
    make(path)
    before, listing = digest(path), folder_listing(path)
    with pytest.raises(NotAProjectError, match=expected) as err:
        Project.open(path)
    assert str(path) in str(err.value)
    assert digest(path) == before
    assert folder_listing(path) == listing


def test_random_bytes_look_encrypted_and_are_left_untouched(tmp_path: Path) -> None:
    """Whole pages of random bytes cannot be told from a SQLCipher file without a key: the
    user is asked for a password, and any password is refused; the file stays as it was."""
    path = tmp_path / "bad.ikt"
    _random_bytes(path)
    before, listing = digest(path), folder_listing(path)
    with pytest.raises(PasswordRequiredError, match="encrypted"):
        Project.open(path)
    with pytest.raises(WrongPasswordError, match=r"wrong \(or the file is damaged\)"):
        Project.open(path, password=Password("anything"))
    assert digest(path) == before
    assert folder_listing(path) == listing


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError, match="folder"):
        Project.open(tmp_path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "missing.ikt")


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.ikt"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9001'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer version of iKT Desktop"):
        Project.open(path)
    assert digest(path) == before
    assert folder_listing(path) == ["future.ikt"]


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_every_released_schema_opens(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "old.ikt"
    shutil.copyfile(fixture, path)
    revision = fixture.stem.removeprefix("schema-")
    with Project.open(path) as p:
        info = p.info()
        assert info.schema == migrate.head_revision()
        assert (info.sources, info.codes, info.codings, info.coders) == (1, 2, 1, 1)
        coding = p.codings.for_source(1)[0]
        assert p.sources.text(1)[coding.start : coding.end].startswith("Through the MS Society")
        assert [c.name for c in p.codebook.all()] == ["Motivations", "Giving back"]
    assert check(path) == []
    if revision != migrate.head_revision():
        backup = tmp_path / f"old.schema-{revision}-backup.ikt"
        assert backup.exists(), "an older file is backed up before it is migrated"
        conn = sqlite3.connect(backup)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        conn.close()


def test_older_schema_cannot_be_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "old.ikt"
    shutil.copyfile(FIXTURES / "schema-0001.ikt", path)
    with pytest.raises(ProjectFileError, match="older schema"):
        Project.open(path, read_only=True)


def test_second_writer_is_refused_read_only_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "shared.ikt"
    first = Project.create(path, "Shared")
    try:
        with pytest.raises(ProjectLockedError, match="open in another iKT Desktop window"):
            Project.open(path)
        with Project.open(path, read_only=True) as viewer:
            assert viewer.title == "Shared"
            with pytest.raises(ReadOnlyProjectError):
                viewer.codebook.create("Trust")
    finally:
        first.close()
    with Project.open(path) as second:  # released on close
        assert not second.read_only


def test_stale_lock_file_from_a_crash_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "s.ikt"
    Project.create(path).close()
    (tmp_path / "s.ikt.lock").write_text('{"pid": 999999, "host": "gone"}')
    with Project.open(path) as p:
        assert not p.read_only


def test_check_reports_ok_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "c.ikt"
    with Project.create(path) as p:
        p.coders.ensure_current("A")
        code = p.codebook.create("X").value
    assert check(path) == []
    conn = sqlite3.connect(path)  # break a foreign key behind the app's back
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        'INSERT INTO coding (guid, code_id, source_id, start, "end", coder_id, created, memo)'
        " VALUES ('g', ?, 424242, 0, 1, 1, '2025-01-01', '')",
        (code.id,),
    )
    conn.commit()
    conn.close()
    problems = check(path)
    assert problems and "coding" in problems[0]


def test_reads_do_not_block_a_writer_and_writes_lock_up_front(project: Project) -> None:
    other = sqlite3.connect(project.path, timeout=0)
    try:
        with project.store.read() as s:
            s.execute(text("SELECT count(*) FROM code")).scalar()
            other.execute("BEGIN IMMEDIATE")  # another writer gets in during our read
            other.execute("ROLLBACK")
        with project.store.write() as s:
            s.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # our write holds the lock from BEGIN
    finally:
        other.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_opening_reads_the_file_head_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    """The open path inspects the file once and hands down what it learned (encrypted or
    not, salt, schema version): Python opens the project file itself exactly once (SQLite's
    own reads go through C and are not counted)."""
    import builtins

    key = Password("head once") if encrypted else None
    path = tmp_path / "p.ikt"
    Project.create(path, "t", key).close()
    opened: list[str] = []
    real_open = builtins.open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        if isinstance(file, (str, os.PathLike)) and Path(file).resolve() == path.resolve():
            opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", counting_open)
    with Project.open(path, password=key) as project:
        assert project.info().encrypted is encrypted
        assert len(opened) == 1
