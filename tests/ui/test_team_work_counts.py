"""Speed on a team project (issue 19), kept without timing: applying a code in the real
main window on a PostgreSQL team database costs a bounded number of round trips to the
server, counted on the wire (tests/pg_wire.py: libpq's trace, so BEGIN, COMMIT, a pool's
``SELECT 1`` and reads straight from the driver all count). The solo version, on a file:
test_work_counts.py.

On a loaded machine every round trip is two hand-overs between the client and the
server's process; this is what ``team_apply_code_ms`` (bench/team_window.py) pays most."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.pg_wire import Tap, Wire, tap
from tests.ui.test_work_counts import at_most_once, model_signals

# Round trips per action once psycopg has prepared the statements (its first preparation
# of each is one more): apply 16 (the write: BEGIN, 6 statements, COMMIT, the code's
# existence left to its foreign key; the panes' reads in one look: 8, outside a
# transaction, the new segment's quote cut by the server) where it was 29 (3 units of
# work: the write, the look and the Recent Codes menu, each with a SELECT 1 pre-ping,
# BEGIN and COMMIT; 20 statements). Undo 15, where it was 22.
MAX_APPLY = 16
MAX_UNDO = 15


def _counts_project(path: Path) -> Path:
    """One transcript of 40 turns, codes A (with A1) and B, 40 codings."""
    with Project.create(path, "Counts") as project:
        project.coders.ensure_current("Anna")
        project.participants.add("P1", role="iKT panel member")
        turns = [f"Turn {i} about trust, fatigue and the panel meetings." for i in range(40)]
        starts = [sum(len(t) + 2 for t in turns[:i]) for i in range(40)]
        draft = DraftTranscript("P1 interview", "\n\n".join(turns), tuple(
            DraftTurn("Interviewer" if i % 2 == 0 else "P1", s, s + len(turns[i]))
            for i, s in enumerate(starts)))  # fmt: skip
        mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
        source = project.sources.add_transcript(draft, mapping, participant_label="P1").value.id
        a = project.codebook.create("A").value.id
        codes = [
            a,
            project.codebook.create("A1", a).value.id,
            project.codebook.create("B").value.id,
        ]
        for i, start in enumerate(starts):
            project.codings.apply(source, codes[i % 3], start, start + 10)
    return path


@pytest.fixture
def on_wire() -> Iterator[Tap]:
    with tap() as on:
        yield on


@pytest.fixture
def team_window(
    window: MainWindow,
    team_database: Callable[[str, Path], str],
    tmp_path_factory: pytest.TempPathFactory,
    on_wire: Tap,
) -> MainWindow:
    """The counts project on a team database, open in the window: code A selected (its
    segments listed), the transcript shown, every statement of an apply and an undo
    already prepared by psycopg (five of each)."""
    path = _counts_project(tmp_path_factory.mktemp("team-counts") / "counts.ikt")
    url = team_database("counts", path)
    assert window.open_project(url)  # its connections traced from the first (on_wire)
    project, ws = window.project, window.workspace
    assert project is not None and ws is not None and project.store.is_team
    code = next(c.id for c in project.codebook.all() if c.name == "A")
    ws.codebook_pane.select_code(code)
    ws.sources_pane.select_source(project.sources.all()[0].id)
    for n in range(6):
        _select(window, 100 + n, 120 + n)
        assert ws.coding.apply_code(code)
        window.undo_stack.undo()
    return window


def _select(window: MainWindow, start: int, end: int) -> None:
    window.transcript_pane.view.select_span(start, end)  # type: ignore[union-attr]


@contextmanager
def counting(window: MainWindow, on_wire: Tap) -> Iterator[tuple[Wire, Counter[str]]]:
    """What went on the wire (filled in at the end of the block), and the model signals
    per pane."""
    on_wire.take()  # what came before
    seen = Wire()
    try:
        with model_signals(window) as signals:
            yield seen, signals
    finally:
        seen.lines[:] = on_wire.take().lines


def _busy_code_selected(window: MainWindow) -> int:
    """The selected code (its segments listed), with words of the transcript selected."""
    ws = window.workspace
    assert ws is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    _select(window, 12, 30)
    return code


def test_apply_on_a_team_project_costs_few_round_trips(
    team_window: MainWindow, on_wire: Tap
) -> None:
    ws = team_window.workspace
    assert ws is not None
    listed = ws.retrieval_pane.model.rowCount()
    code = _busy_code_selected(team_window)
    with counting(team_window, on_wire) as (seen, signals):
        assert ws.coding.apply_code(code)
    at_most_once(signals)
    assert signals["segments.rowsInserted"] == 1  # the new segment, not a re-read list
    assert ws.retrieval_pane.model.rowCount() == listed + 1
    assert "SELECT 1" not in seen.statements  # no liveness ping on a busy pool
    assert seen.transactions == 1  # the write; the panes read outside a transaction
    assert seen.preparations == 0  # (see the fixture)
    assert seen.round_trips <= MAX_APPLY, seen.statements


def test_undo_on_a_team_project_costs_few_round_trips(
    team_window: MainWindow, on_wire: Tap
) -> None:
    ws = team_window.workspace
    assert ws is not None
    assert ws.coding.apply_code(_busy_code_selected(team_window))
    with counting(team_window, on_wire) as (seen, signals):
        team_window.undo_stack.undo()
    at_most_once(signals)
    assert "SELECT 1" not in seen.statements and seen.transactions == 1
    assert seen.preparations == 0
    assert seen.round_trips <= MAX_UNDO, seen.statements
