"""File ▸ Merge Project, driven as a user would (the file dialog patched, no modal exec)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ikt_desktop.domain.query.coding_query import CodeTerm, Query, to_json
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.background import ProgressJob
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.team import merge_actions
from tests.helpers import add_source
from tests.unit.test_merge import content, teammate_copy
from tests.unit.test_merge_saved_queries import _ours, _theirs


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> dict[str, Path | None]:
    """What the patched open dialog answers."""
    answer: dict[str, Path | None] = {"open": None}
    monkeypatch.setattr(merge_actions, "ask_open", lambda *_a: answer["open"])
    return answer


def test_menu_entry_enabled_only_for_a_writable_project(
    window: MainWindow, demo_path: Path
) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Merge Project…" in texts
    window.merge.update_enabled()
    assert not window.merge.action.isEnabled()
    assert window.open_project(demo_path, read_only=True)
    window.merge.update_enabled()
    assert not window.merge.action.isEnabled()
    assert window.open_project(demo_path)
    window.merge.update_enabled()
    assert window.merge.action.isEnabled()


def test_preview_then_merge_then_the_panes_show_the_merged_project(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    chosen,  # type: ignore[no-untyped-def]
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    assert window.open_project(demo_path)
    before = window.project.info() if window.project else None
    chosen["open"] = other
    actions = window.merge
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.action.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    tops = {dialog.summary.topLevelItem(i).text(0): dialog.summary.topLevelItem(i)
            for i in range(dialog.summary.topLevelItemCount())}  # fmt: skip
    assert tops["Codings"].text(1) == "7" and tops["Codings"].text(2).startswith("159")
    assert tops["Codes"].child(0).text(0) == "Hope for the future"
    assert tops["Codes"].child(0).text(1) == "new"
    assert dialog.merge_button.isEnabled()
    assert "Undo is not available" in dialog.note.text()
    assert window.project is not None and window.project.info() == before  # nothing yet
    dialog.grab().save("/tmp/merge-preview.png")

    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert window.project is not None and before is not None
    after = window.project.info()
    assert (after.codings, after.codes, after.sources) == (
        before.codings + 7, before.codes + 1, before.sources + 1)  # fmt: skip
    assert window.codebook_pane is not None
    assert "Hope for the future" in window.project.codebook.paths().values()
    assert actions.dialog is dialog and "Merged." in dialog.heading.text()
    backups = list(tmp_path.glob("demo.before-merge-*.ikt"))
    assert len(backups) == 1 and backups[0].name in dialog.note.text()
    assert not dialog.merge_button.isVisible() and dialog.cancel_button.text() == "Close"
    assert window.undo_stack.count() == 0
    dialog.grab().save("/tmp/merge-done.png")
    dialog.close()
    assert actions._other is None


def test_a_ticked_near_duplicate_merges_into_our_code(
    qtbot,
    window: MainWindow,
    project: Project,
    tmp_path: Path,
    chosen,  # type: ignore[no-untyped-def]
) -> None:
    add_source(project, "P1")
    ours = project.codebook.create("Peer support").value
    path = project.path
    project.close()
    with Project.create(tmp_path / "theirs.ikt") as other:
        other.coders.ensure_current("Sam")
        source = add_source(other, "P1")
        code = other.codebook.create("Peer-Support").value
        other.codings.apply(source, code.id, 0, 9)
    assert window.open_project(path)
    chosen["open"] = tmp_path / "theirs.ikt"
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    dialog = window.merge.dialog
    assert dialog is not None and dialog.near.count() == 1
    item = dialog.near.item(0)
    assert "“Peer-Support” into “Peer support”" in item.text()
    assert dialog.conflicts.item(0).text().startswith("participant “P1”: the same label")
    dialog.grab().save("/tmp/merge-preview-near.png")
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == {code.guid: ours.id}
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        dialog.merge_button.click()
    assert window.project is not None
    assert [c.name for c in window.project.codebook.all()] == ["Peer support"]
    assert window.project.codebook.all()[0].coding_count == 1
    dialog.close()


def test_cancel_in_the_preview_changes_nothing(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, chosen, shown  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    other = teammate_copy(demo_path, tmp_path)
    ours, theirs = content(demo_path), content(other)
    assert window.open_project(demo_path)
    chosen["open"] = other
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    dialog = window.merge.dialog
    assert dialog is not None
    dialog.cancel_button.click()
    assert window.merge.dialog is None and window.merge._other is None
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    dialog = window.merge.dialog
    assert dialog is not None
    window.close_project()  # the preview was for the demo: Merge must not go elsewhere
    assert window.open_project(other)
    dialog.merge_button.click()
    assert len(shown.warnings) == 1 and "nothing was merged" in shown.warnings[0]
    assert window.merge.dialog is None and window.merge._other is None
    window.close_project()
    assert list(tmp_path.glob("*before-merge*")) == []
    assert (content(demo_path), content(other)) == (ours, theirs)


def test_cancelling_the_merge_changes_nothing_and_the_preview_stays(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, chosen,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    other = teammate_copy(demo_path, tmp_path)
    assert window.open_project(demo_path)
    before = window.project.info() if window.project else None
    chosen["open"] = other
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    dialog = window.merge.dialog
    assert dialog is not None
    start = ProgressJob.start

    def cancelled_at_once(job: ProgressJob) -> None:
        job.dialog.canceled.emit()  # as if Cancel were pressed before the first step
        start(job)

    monkeypatch.setattr(ProgressJob, "start", cancelled_at_once)
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        dialog.merge_button.click()
    assert "Cancelled" in window.statusBar().currentMessage()
    assert window.project is not None and window.project.info() == before
    assert list(tmp_path.glob("*before-merge*")) == []
    assert dialog.isVisible() and dialog.merge_button.isEnabled()  # may try again
    monkeypatch.setattr(ProgressJob, "start", start)
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        dialog.merge_button.click()
    assert window.project.info().codings == before.codings + 7  # type: ignore[union-attr]
    dialog.close()


def test_a_bad_file_is_a_plain_message(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    chosen,
    shown,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_project(demo_path)
    bad = tmp_path / "notes.qdpx"
    bad.write_text("not a zip", encoding="utf-8")
    chosen["open"] = bad
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    assert window.merge.dialog is None and len(shown.warnings) == 1
    assert "notes.qdpx" in shown.warnings[0]


def test_saved_queries_in_the_preview_and_the_query_pane_after_the_merge(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    chosen,  # type: ignore[no-untyped-def]
    shown,  # type: ignore[no-untyped-def]
) -> None:
    ours = _ours(tmp_path)
    trust = next(c.id for c in ours.codebook.all() if c.name == "Trust")
    ours.saved_queries.create("Trust and hope", "coding", to_json(Query(CodeTerm(trust))))
    path = ours.path
    ours.close()
    chosen["open"] = _theirs(tmp_path)
    assert window.open_project(path)
    actions = window.merge
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.action.trigger()
    dialog = actions.dialog
    assert dialog is not None
    tops = {dialog.summary.topLevelItem(i).text(0): dialog.summary.topLevelItem(i)
            for i in range(dialog.summary.topLevelItemCount())}  # fmt: skip
    queries = tops["Saved queries"]
    assert (queries.text(1), queries.text(2)) == ("2", "0")
    assert [queries.child(i).text(0) for i in range(2)] == [
        "Trust and hope (from Zoë Teammate)", "Trust words"]  # fmt: skip
    dialog.grab().save(str(tmp_path / "merge-queries.png"))
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "2 saved queries" in dialog.heading.text()
    assert shown.questions == [] and shown.warnings == []  # reopened, not "in use elsewhere"
    pane = window.workspace.query_pane  # type: ignore[union-attr]
    names = [pane.saved.itemText(i) for i in range(pane.saved.count())]
    assert names == ["Trust and hope", "Trust and hope (from Zoë Teammate)"]
