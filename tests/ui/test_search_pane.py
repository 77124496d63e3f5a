"""The Search tab: Find in Project, hits with highlighted snippets, jump to a hit (code
points through UTF-16, with emoji and CJK), pages fetched as the table scrolls, options,
and Code All Hits as one undoable action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.search import SearchOptions, SearchPage
from ikt_desktop.ui.query.search_model import SNIPPET, HitRole, SearchResultsModel, snippet_html
from ikt_desktop.ui.query.search_pane import SearchPane
from ikt_desktop.ui.shell.main_window import MainWindow

TEXT = "Dana: Tell me 👍 more.\n\nMei: 我的多发性硬化症 🎉 and the café, the cafe club."


def _open(window: MainWindow, path: Path) -> SearchPane:
    assert window.open_project(path)
    assert window.workspace is not None
    return window.workspace.search_pane


def _multilingual(tmp_path: Path) -> Path:
    path = tmp_path / "cjk.ikt"
    with Project.create(path, "CJK") as p:
        p.coders.ensure_current("Tester")
        p.participants.add("P9", role="iKT panel member")
        turns = (DraftTurn("Dana", 0, 21), DraftTurn("Mei", 23, len(TEXT)))
        mapping = {"Dana": SpeakerMapping(is_interviewer=True), "Mei": SpeakerMapping("P9")}
        draft = DraftTranscript("P9 interview", TEXT, turns)
        p.sources.add_transcript(draft, mapping, participant_label="P9")
        p.codebook.create("Places")
    return path


def test_the_results_model_passes_the_model_tester_and_fetches_more(
    demo: Project, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    options = SearchOptions()
    first = demo.search.search("the", options, limit=40)
    model.set_results(first, lambda after: demo.search.search("the", options, after=after))
    qtmodeltester.check(model)
    shown = model.rowCount()
    assert model.canFetchMore() and shown >= 40
    model.fetchMore()
    assert model.rowCount() > shown
    qtmodeltester.check(model)
    hit = model.index(0, SNIPPET).data(HitRole)
    assert model.index(0, SNIPPET).data() == hit.snippet
    model.set_results(SearchPage((), None), None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_find_in_project_searches_and_a_click_jumps_to_the_hit(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pane = _open(window, _multilingual(tmp_path))
    window.action_find.trigger()
    assert window.workspace is not None
    assert window.workspace.bottom.currentWidget() is pane
    assert pane.query.hasFocus() or QApplication.focusWidget() is pane.query
    pane.query.setText("硬化症")  # keyClicks cannot type CJK
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)
    assert pane.model.rowCount() == 1
    hit = pane.model.rows[0]
    assert (hit.participant, hit.role) == ("P9", "iKT panel member")
    assert TEXT[hit.start : hit.end] == "硬化症"
    assert '<b style="background-color:#FFE08A; color:#000">硬化症</b>' in snippet_html(hit)
    pane.table.clicked.emit(pane.model.index(0, SNIPPET))
    view = window.workspace.transcript_pane.view
    assert view.selection_span() == (hit.start, hit.end)  # code points, via UTF-16
    assert pane.status.text() == "1 hit"


def search(pane: SearchPane, qtbot) -> bool:  # type: ignore[no-untyped-def]
    """Search and wait until the first page is shown (accent-sensitive searches read it
    off the GUI thread)."""
    with qtbot.waitSignal(pane.searched, timeout=10_000):
        ran = pane.run_search()
    return ran


def test_options_and_a_bad_query(window: MainWindow, tmp_path: Path, shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _open(window, _multilingual(tmp_path))
    pane.query.setText("cafe")
    pane.run_search()
    assert [TEXT[h.start : h.end] for h in pane.model.rows] == ["café", "cafe"]
    pane.accents.setChecked(True)
    assert search(pane, qtbot)
    assert [TEXT[h.start : h.end] for h in pane.model.rows] == ["cafe"]
    pane.query.setText("tell")
    search(pane, qtbot)
    assert len(pane.model.rows) == 1
    pane.participants_only.setChecked(True)
    search(pane, qtbot)
    assert pane.model.rows == [] and pane.status.text() == "No hits"
    pane.query.setText("NOT cafe")
    assert not search(pane, qtbot)
    assert "NOT needs a word before it" in pane.status.text()
    assert shown.warnings == []  # said in the pane, no message box
    assert not pane.code_button.isEnabled()


def test_sources_filter(demo_path: Path, window: MainWindow) -> None:
    pane = _open(window, demo_path)
    pane.query.setText("neurologist")
    pane.run_search()
    everywhere = {h.source_id for h in pane.model.rows}
    assert len(everywhere) > 1
    one = min(everywhere)
    pane.choose_sources({one})
    assert {h.source_id for h in pane.model.rows} == {one}
    assert pane.sources_button.text() == "1 source"
    pane._fill_sources()
    assert pane.sources_menu.actions()[0].text() == "All Sources"


def test_more_hits_load_as_the_table_scrolls_and_passages_are_counted(
    demo_path: Path, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pane = _open(window, demo_path)
    pane.query.setText("the")
    pane.run_search()
    first = pane.model.rowCount()
    assert not pane.model.complete
    qtbot.waitUntil(lambda: "passages" in pane.status.text())
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.rowCount() > first)


def code_all(pane: SearchPane, qtbot, extent: str) -> str:  # type: ignore[no-untyped-def]
    """Code All Hits and wait for it (the spans are found off the GUI thread)."""
    with qtbot.waitSignal(pane.coded, timeout=10_000) as blocker:
        assert pane.code_all(extent) is not None
    return str(blocker.args[0])


def test_code_all_hits_is_one_undoable_action(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _open(window, _multilingual(tmp_path))
    project = window.project
    assert project is not None and window.workspace is not None
    places = project.codebook.all()[0]
    pane.query.setText("cafe")
    pane.run_search()
    assert pane.code_all("hit") is None  # no code selected yet
    assert "Select a code" in pane.status.text()
    window.workspace.codebook_pane.select_code(places.id)
    listed = list(pane.model.rows)
    assert code_all(pane, qtbot, "sentence") == "Coded 1 passage with 'Places'"
    assert pane.model.rows == listed and pane.model.rows[0] is listed[0]  # not searched again
    coded = [TEXT[c.start : c.end] for c in project.codings.for_code(places.id)]
    assert coded == ["我的多发性硬化症 🎉 and the café, the cafe club."]  # one sentence
    assert window.undo_stack.undoText().startswith("Code Hits of “cafe”")
    window.undo_stack.undo()
    assert project.codings.for_code(places.id) == []
    window.undo_stack.redo()
    assert len(project.codings.for_code(places.id)) == 1
    assert code_all(pane, qtbot, "hit") == "Coded 2 passages with 'Places'"
    assert pane.status.text() == "Coded 2 passages with 'Places'"
    assert [TEXT[c.start : c.end] for c in project.codings.for_code(places.id)] == [
        "我的多发性硬化症 🎉 and the café, the cafe club.", "café", "cafe"]  # fmt: skip
    count = window.undo_stack.count()
    assert code_all(pane, qtbot, "hit") == "Every hit is already coded with “Places” by you."
    assert window.undo_stack.count() == count
    window.undo_stack.undo()
    assert len(project.codings.for_code(places.id)) == 1


def test_hits_follow_an_edit_of_the_transcript(window: MainWindow, tmp_path: Path) -> None:
    pane = _open(window, _multilingual(tmp_path))
    project = window.project
    assert project is not None
    pane.query.setText("club")
    pane.run_search()
    source_id = pane.model.rows[0].source_id
    before = pane.model.rows[0].start
    outcome = project.text_edits.edit_text(source_id, "Note 👍👍. " + TEXT)
    window.hub.publish(outcome.changes)
    hit = pane.model.rows[0]
    assert hit.start == before + len("Note 👍👍. ")
    assert project.sources.text(source_id)[hit.start : hit.end] == "club"
