"""The Query tab: build, run (off the GUI thread), jump, copy, export, saved queries with
undo; the results model passes qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ikt_desktop.domain.query.coding_eval import QueryRow
from ikt_desktop.domain.query.coding_query import And, CodeTerm, Query, to_json
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.query.filters import ChoiceButton
from ikt_desktop.ui.query.query_model import QueryResultsModel, RowRole
from ikt_desktop.ui.query.query_pane import QueryPane
from ikt_desktop.ui.query.terms import GroupRow, TermRow
from ikt_desktop.ui.shell import clipboard
from ikt_desktop.ui.shell.main_window import MainWindow

TEXT = normalise_text(
    "Interviewer: What helped? 👍 Tell me.\n\n"
    "Zoë: The cafe\u0301 sessions 😂 helped, 患者参与 mattered, and the captions helped too."
)


@pytest.fixture
def pane(window: MainWindow, tmp_path: Path) -> QueryPane:
    """A window on a fresh project: one emoji/CJK transcript by P6 (extended collaborator),
    "Formats" on "sessions 😂 helped, 患者参与" and "Language" on "患者参与 mattered"."""
    window.create_project(tmp_path / "q.ikt", "Query")
    project = window.project
    assert project is not None and window.workspace is not None
    publish = window.hub.publish
    publish(project.participants.add("P6", role="extended collaborator").changes)
    cut = TEXT.index("\n\n")
    draft = DraftTranscript("P6 interview", TEXT, (DraftTurn("Interviewer", 0, cut),
                            DraftTurn("Zoë", cut + 2, len(TEXT))))  # fmt: skip
    mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "Zoë": SpeakerMapping("P6")}
    added = project.sources.add_transcript(draft, mapping, participant_label="P6")
    publish(added.changes)
    source = added.value.id
    formats = project.codebook.create("Formats")
    language = project.codebook.create("Language")
    publish(formats.changes + language.changes)
    start = TEXT.index("sessions")
    project.codings.apply(source, formats.value.id, start, TEXT.index("患者参与") + 4)
    project.codings.apply(source, language.value.id, TEXT.index("患者参与"),
                          TEXT.index(" mattered") + 9)  # fmt: skip
    pane = window.workspace.query_pane
    window.workspace.bottom.setCurrentWidget(pane)
    return pane


def choose(pane: QueryPane, first: str, operator: str, second: str) -> None:
    rows = pane.builder.rows
    rows[0].code.setCurrentIndex(rows[0].code.findText(first))
    rows[1].operator.setCurrentIndex(rows[1].operator.findData(operator))
    rows[1].code.setCurrentIndex(rows[1].code.findText(second))


def tick(button: ChoiceButton, label: str) -> None:
    """Tick an item of a drop-down list as a click on its check box does."""
    (item,) = button.list.findItems(label, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def run(pane: QueryPane, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(pane.finished, timeout=10_000):
        pane.run_button.click()


def test_build_run_and_jump_with_emoji_and_cjk(pane: QueryPane, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(pane, "Formats", "and", "Language")
    condition = pane.builder.filters.add_condition()
    condition.field.setCurrentIndex(condition.field.findData("role"))
    tick(condition.values, "extended collaborator")
    assert pane.words.text() == (
        "Coded 'Formats' AND 'Language'; participants with role = extended collaborator"
    )
    run(pane, qtbot)
    assert [r.text for r in pane.model.rows] == ["患者参与"]
    assert pane.summary.text() == "1 segment from 1 participant in 1 source"
    row: QueryRow = pane.model.rows[0]
    assert row.attribution == "(P6, extended collaborator)"
    pane.table.clicked.emit(pane.model.index(0, 0))
    view = window.transcript_pane.view  # type: ignore[union-attr]
    assert view.selection_span() == (TEXT.index("患者参与"), TEXT.index("患者参与") + 4)
    condition.remove.click()  # everyone: same answer here
    assert pane.builder.filters.conditions == []
    choose(pane, "Formats", "not", "Language")
    run(pane, qtbot)
    assert [r.text for r in pane.model.rows] == ["sessions 😂 helped, "]


def test_copy_gives_text_and_html_and_export_reads_back(
    pane: QueryPane, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    choose(pane, "Formats", "overlapping", "Language")
    run(pane, qtbot)
    pane.copy_button.click()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "“sessions 😂 helped, 患者参与” (P6, extended collaborator)"
    assert "<blockquote>" in data.html() and "(P6, extended collaborator)" in data.html()
    clipboard.settle()  # what quitting does (a QMimeData made in Python crashes PySide at exit)
    settled = QGuiApplication.clipboard().mimeData()
    assert settled.text() == "“sessions 😂 helped, 患者参与” (P6, extended collaborator)"
    assert not settled.hasHtml()
    pane.ask_xlsx = lambda _parent, _suggested: tmp_path / "out.xlsx"
    pane.export_button.click()
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A1"].value == "Coded 'Formats' overlapping 'Language'"
    assert sheet["A4"].value == "sessions 😂 helped, 患者参与"
    assert sheet["B4"].value == "(P6, extended collaborator)"


def test_saved_queries_save_open_rename_delete_with_undo(
    pane: QueryPane, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    saved = window.project.saved_queries  # type: ignore[union-attr]
    stack = window.undo_stack
    choose(pane, "Formats", "same_turn", "Language")
    pane.ask_text = lambda *_args: "Formats near language"
    pane.save_button.click()
    assert [q.name for q in saved.all()] == ["Formats near language"]
    assert pane.saved.currentText() == "Formats near language"
    assert stack.undoText() == "Save Query 'Formats near language'"
    stack.undo()
    assert saved.all() == [] and pane.saved.count() == 0
    stack.redo()
    assert pane.saved.currentText() == "Formats near language"
    pane.rename_saved("Near")
    assert pane.saved.currentText() == "Near"
    stack.undo()
    assert pane.saved.itemText(0) == "Formats near language"
    choose(pane, "Language", "or", "Formats")  # change the builder, then open the saved one
    with qtbot.waitSignal(pane.finished, timeout=10_000):
        pane.open_button.click()
    assert pane.builder.rows[0].code.currentText() == "Formats"
    assert pane.builder.rows[1].operator.currentData() == "same_turn"
    assert len(pane.model.rows) == 1
    pane.save("formats NEAR language")  # the same name: replaces the definition
    assert len(saved.all()) == 1 and stack.undoText() == "Change Query 'Formats near language'"
    pane.delete_button.click()
    assert saved.all() == []
    stack.undo()
    assert [q.name for q in saved.all()] == ["Formats near language"]


def test_opening_a_query_with_a_deleted_code_names_it(
    pane: QueryPane, window: MainWindow, shown
) -> None:  # type: ignore[no-untyped-def]
    project = window.project
    assert project is not None
    codes = {c.name: c.id for c in project.codebook.all()}
    query = Query(And(CodeTerm(codes["Formats"], name="Formats"),
                      CodeTerm(codes["Language"], name="Language")))  # fmt: skip
    window.hub.publish(project.saved_queries.create("Both", "coding", to_json(query)).changes)
    window.hub.publish(project.codebook.delete(codes["Language"]).changes)
    pane.saved.setCurrentIndex(0)
    pane.open_button.click()
    assert shown.warnings == ["Both: code 'Language' no longer exists."]
    assert pane.job is None


def test_results_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = QueryResultsModel()
    rows = [
        QueryRow(1, "P1 interview", 1, "P1", "panel", "(P1, panel)", 0, 4, "café 👍", ("A",),
                 ("Dana",), (1,)),
        QueryRow(2, "P2 interview", None, "", "", "(P2 interview)", 3, 9, "患者参与", ("A", "B"),
                 ("Dana", "Sam"), (2, 3)),
    ]  # fmt: skip
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(1, 4).data() == "A; B"
    assert model.index(0, 0).data(RowRole) == rows[0]


def test_pickers_follow_the_codebook_shown_or_hidden(pane: QueryPane, window: MainWindow) -> None:
    window.codebook_pane.create_code("Trust 🤝")  # type: ignore[union-attr]
    assert pane.builder.rows[0].code.findText("Trust 🤝") >= 0
    assert window.workspace is not None
    window.workspace.bottom.setCurrentIndex(0)  # the Query tab hidden
    window.codebook_pane.create_code("Later")  # type: ignore[union-attr]
    assert pane.builder.rows[0].code.findText("Later") < 0
    window.workspace.bottom.setCurrentWidget(pane)
    assert pane.builder.rows[1].code.findText("Later") >= 0


def test_pane_runs_a_grouped_query_and_words_follow(pane: QueryPane, qtbot) -> None:  # type: ignore[no-untyped-def]
    top = pane.builder.terms
    top.rows[0].code.setCurrentIndex(top.rows[0].code.findText("Formats"))  # type: ignore[attr-defined]
    top.rows[1].remove.click()
    top.add_group_button.click()
    group = top.rows[1]
    assert isinstance(group, GroupRow)
    group.operator.setCurrentIndex(group.operator.findData("not"))
    inner = group.group.rows
    assert isinstance(inner[0], TermRow) and isinstance(inner[1], TermRow)
    inner[0].code.setCurrentIndex(inner[0].code.findText("Language"))
    inner[1].code.setCurrentIndex(inner[1].code.findText("Formats"))
    assert pane.words.text() == "Coded 'Formats' but NOT ('Language' AND 'Formats')"
    condition = pane.builder.filters.add_condition()
    tick(condition.values, "extended collaborator")
    assert pane.words.text().endswith("; participants with role = extended collaborator")
    run(pane, qtbot)
    assert [r.text for r in pane.model.rows] == ["sessions 😂 helped, "]
