"""Shared fixtures: every test gets its own app folders and a fresh project.

Two engines (issue 19): a module marked ``pytestmark = pytest.mark.both_engines`` runs each
test that uses ``project`` or ``demo`` twice, on a project file (``[sqlite]``) and on a team
database of the session's PostgreSQL server (``[postgresql]``, tests/postgres_server.py).
The team project is a fresh database copied from a template made once per session by
``team create`` from the same file the SQLite test gets, so both start identical.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface and the report follow the system language (LANGUAGE, LC_ALL, LANG): the
# suite runs in English whatever the developer's locale; a test that wants another
# language says so.
os.environ["LANGUAGE"] = "en"

from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.server import create_team_project
from tests.postgres_server import PostgresServer, find_bin_dir

ENGINES = ("sqlite", "postgresql")
NO_POSTGRES = (
    "PostgreSQL is not installed (Debian package 'postgresql': initdb, pg_ctl and postgres "
    "under /usr/lib/postgresql/<version>/bin); the team-database tests need it"
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_engines"
    ):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine a project fixture gives: ``sqlite`` unless the module runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (skips only when PostgreSQL is not installed)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(NO_POSTGRES)
    server = PostgresServer(bin_dir).start()
    yield server
    server.stop()


class TeamTemplates:
    """Template databases made once per session from project files, by name."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.made: dict[str, str] = {}

    def database_from(self, name: str, path: Path) -> str:
        """A fresh database holding the project ``path`` (the same for every call)."""
        if name not in self.made:
            template = self.server.new_database()
            create_team_project(self.server.url(template), path)
            self.made[name] = template
        return self.server.new_database(self.made[name])


@pytest.fixture(scope="session")
def team_templates(pg_server: PostgresServer) -> TeamTemplates:
    return TeamTemplates(pg_server)


@pytest.fixture
def team_database(
    request: pytest.FixtureRequest,
) -> Iterator[Callable[[str, Path], str]]:
    """``team_database(name, path)``: the URL of a fresh team database holding the project
    file ``path`` (copied once per session per ``name``); dropped after the test."""
    templates: TeamTemplates = request.getfixturevalue("team_templates")
    made: list[str] = []

    def make(name: str, path: Path) -> str:
        made.append(templates.database_from(name, path))
        return templates.server.url(made[-1])

    yield make
    for database in made:
        templates.server.drop_database(database)


@pytest.fixture(scope="session")
def _empty_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "study.ikt"
    Project.create(path, "Test study").close()
    return path


def _open(
    db_engine: str, request: pytest.FixtureRequest, name: str, master: Path, copy: Path
) -> Project:
    if db_engine == "postgresql":
        make: Callable[[str, Path], str] = request.getfixturevalue("team_database")
        return Project.open_team(make(name, master))
    shutil.copyfile(master, copy)
    return Project.open(copy)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every app folder (data, config, logs, QSettings) at this test's tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("IKT_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def project(
    tmp_path: Path, db_engine: str, request: pytest.FixtureRequest, _empty_master: Path
) -> Iterator[Project]:
    """A fresh, empty project with a current coder (on ``db_engine``)."""
    if db_engine == "sqlite":
        p = Project.create(tmp_path / "study.ikt", "Test study")
    else:
        p = _open(db_engine, request, "empty", _empty_master, tmp_path / "study.ikt")
    p.coders.ensure_current("Tester")
    yield p
    p.close()


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ikt"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(_demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project (closed; open it yourself)."""
    path = tmp_path / "demo.ikt"
    shutil.copyfile(_demo_master, path)
    return path


@pytest.fixture
def demo(
    demo_path: Path, db_engine: str, request: pytest.FixtureRequest, _demo_master: Path
) -> Iterator[Project]:
    """The demo project, open (on ``db_engine``)."""
    p = _open(db_engine, request, "demo", _demo_master, demo_path)
    yield p
    p.close()
