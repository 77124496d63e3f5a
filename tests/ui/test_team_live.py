"""Two windows on one team database (issue 19, item 5), on the session's real PostgreSQL
server: a coding made in one appears in the other within a second, each shows who else
is here and which transcript they have open, and a lost connection makes the window
read-only (the banner says so, coding is disabled, an edit is refused with one message
and kept) until the server takes connections again."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from ikt_desktop.services.team.members import add_coder
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.postgres_server import PostgresServer

_n = itertools.count(1)


def unique(name: str) -> str:
    return f"{name}_{os.getpid()}_{next(_n)}"


@pytest.fixture
def team(team_database: Callable[[str, Path], str], _demo_master: Path) -> tuple[str, str, str]:
    """(the owner's URL, Anna's, Ben's): two coders with their own logins."""
    url = team_database("demo", _demo_master)
    anna, ben = add_coder(url, unique("anna"), "coder"), add_coder(url, unique("ben"), "coder")
    user_of = url.split("@", 1)[0]
    return (
        url,
        url.replace(user_of, f"postgresql://{anna.role}"),
        url.replace(user_of, f"postgresql://{ben.role}"),
    )


@pytest.fixture
def other(qtbot, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_project()


def database_of(url: str) -> str:
    return url.split("?", 1)[0].rsplit("/", 1)[1]


def select_word(window: MainWindow, word: str) -> tuple[int, int]:
    view = window.transcript_pane.view  # type: ignore[union-attr]
    start = view.toPlainText().index(word)
    u16 = view.source.positions  # type: ignore[union-attr]
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16.to_utf16(start))
    cursor.setPosition(u16.to_utf16(start + len(word)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start, start + len(word)


def shown_codings(window: MainWindow) -> dict[int, object]:
    source = window.transcript_pane.view.source  # type: ignore[union-attr]
    return dict(source.codings) if source is not None else {}


def test_a_coding_by_one_coder_appears_in_the_other_window_within_a_second(
    qtbot, window: MainWindow, other: MainWindow, team: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    _owner, anna, ben = team
    assert window.open_project(anna) and other.open_project(ben)
    a, b = window.project, other.project
    assert a is not None and b is not None and window.live and other.live
    source = a.sources.all()[0]
    window.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    other.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    code = a.codebook.all()[0]
    tree = other.codebook_pane.model  # type: ignore[union-attr]
    before = set(shown_codings(other))
    heard_before = other.live.received
    start, end = select_word(window, "research")
    assert window.workspace.coding.apply_code(code.id)  # type: ignore[union-attr]
    committed = time.monotonic()
    qtbot.waitUntil(lambda: len(shown_codings(other)) == len(before) + 1, timeout=1000)
    took = time.monotonic() - committed
    new = set(shown_codings(other)) - before
    (coding_id,) = new
    assert shown_codings(other)[coding_id].start == start  # type: ignore[attr-defined]
    assert shown_codings(other)[coding_id].end == end  # type: ignore[attr-defined]
    assert took < 1.0
    assert other.live.received == heard_before + 1  # one change set, not one per row
    assert window.live.received == 0  # our own change is not heard back
    # the other window's codebook shows the new count (the server named only the coding)
    node = tree._nodes[code.id]
    assert node.code is not None and node.code.coding_count == code.coding_count + 1
    # undone in A: gone in B too
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: set(shown_codings(other)) == before, timeout=1000)


def test_each_window_shows_who_else_is_here_and_what_they_have_open(
    qtbot, window: MainWindow, other: MainWindow, team: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    owner, anna, ben = team
    viewer = add_coder(owner, unique("vera"), "viewer")
    assert window.open_project(anna) and other.open_project(ben)
    assert window.live and other.live and window.project is not None
    ben_name = other.project.coders.current().name  # type: ignore[union-attr]
    anna_name = window.project.coders.current().name  # type: ignore[union-attr]
    sources = window.project.sources.all()
    other.sources_pane.select_source(sources[2].id)  # type: ignore[union-attr]
    label = window.live.presence_label
    qtbot.waitUntil(lambda: f"{ben_name} ({sources[2].name})" in label.text(), timeout=2000)
    assert label.text().startswith("Also here:")
    other.sources_pane.select_source(sources[1].id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: f"{ben_name} ({sources[1].name})" in label.text(), timeout=2000)
    # a viewer (read-only login) sees the others too
    other.close_project()
    assert other.open_project(owner.replace("postgresql://ikt@", f"postgresql://{viewer.role}@"))
    assert other.project is not None and other.live is not None
    window.sources_pane.select_source(sources[0].id)  # type: ignore[union-attr]
    seen = other.live.presence_label
    qtbot.waitUntil(lambda: f"{anna_name} ({sources[0].name})" in seen.text(), timeout=2000)
    qtbot.waitUntil(lambda: viewer.coder in label.text(), timeout=2000)  # no transcript open
    other.close_project()
    qtbot.waitUntil(lambda: label.text() == "", timeout=5000)  # left: gone from the list


def test_a_lost_connection_is_read_only_until_the_server_returns(
    qtbot, window: MainWindow, team: tuple[str, str, str], pg_server: PostgresServer, shown
) -> None:  # type: ignore[no-untyped-def]
    _owner, anna, _ben = team
    assert window.open_project(anna)
    project, live = window.project, window.live
    assert project is not None and live is not None
    source = project.sources.all()[0]
    window.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    workspace = window.workspace
    assert workspace is not None
    code = project.codebook.all()[0]
    workspace.codebook_pane.select_code(code.id)
    definition = workspace.inspector.fields["definition"]
    definition.setPlainText("Typed as the server went away")  # not saved yet (no focus-out)
    name = database_of(anna)
    pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    pg_server.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    )
    try:
        qtbot.waitUntil(lambda: live.banner.isVisible(), timeout=3000)
        assert not live.online and project.store.offline
        assert not workspace.coding.code_selection.isEnabled()
        assert not window.action_undo.isEnabled() and not window.action_import.isEnabled()
        select_word(window, "research")
        before = len(shown.warnings)
        assert not workspace.coding.apply_code(code.id)  # refused with one message
        assert len(shown.warnings) == before + 1
        assert "read-only until it returns" in shown.warnings[-1]
        assert definition.isReadOnly() and not workspace.sources_pane.isEnabled()
        workspace.inspector.commit("definition")  # leaving the field: nothing lost
        assert len(shown.warnings) == before + 1
        assert definition.toPlainText() == "Typed as the server went away"
    finally:
        pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: live.online, timeout=12000)  # the next attempt (backoff) gets in
    assert not live.banner.isVisible() and not project.store.offline
    assert workspace.coding.code_selection.isEnabled()
    assert live.worker.attempts >= 1
    # what was typed was saved when the connection came back
    assert not definition.isReadOnly() and workspace.sources_pane.isEnabled()
    assert project.codebook.get(code.id).definition == "Typed as the server went away"
    assert definition.toPlainText() == "Typed as the server went away"
    select_word(window, "research")
    assert workspace.coding.apply_code(code.id)  # writing works again (the pool reconnected)


def test_a_coding_removed_by_another_coder_in_a_kept_transcript(
    qtbot, window: MainWindow, other: MainWindow, team: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    """The server names only the coding. One in a transcript this window keeps (shown
    before, not now) is known there: that transcript alone is read again when shown, the
    others stay kept (an unknown one would make every count, and every kept transcript,
    be read again)."""
    _owner, anna, ben = team
    assert window.open_project(anna) and other.open_project(ben)
    a, b = window.project, other.project
    assert a is not None and b is not None and window.live
    first, second, third = a.sources.all()[:3]
    for source in (first, second, third):
        window.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    view = window.transcript_pane.view  # type: ignore[union-attr]
    assert set(view.kept_sources()) == {first.id, second.id}
    gone = next(iter(view.kept_sources()[first.id].codings))
    heard = window.live.received
    b.codings.remove(gone)  # Ben, through his own connection
    qtbot.waitUntil(lambda: window.live.received > heard, timeout=1000)
    assert set(view.kept_sources()) == {second.id}
    window.sources_pane.select_source(first.id)  # type: ignore[union-attr]
    assert gone not in shown_codings(window)
    assert set(shown_codings(window)) == {c.id for c in a.codings.for_source(first.id)}
