"""The interview guide editor (Code ▸ Interview Guide…): edit wording and short names in
place, reorder by Move Up / Move Down and by drag, delete questions with their codings;
each edit one undo step (a macro for several rows) restoring the same ids."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ikt_desktop.domain.coding.autocode import GuideQuestion, parse_guide
from ikt_desktop.services.dto import CodeDTO
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.guide_editor import NAME, WORDING, GuideEditor, delete_text
from ikt_desktop.ui.shell.main_window import MainWindow

GUIDE = Path(__file__).parents[2] / "resources" / "demo" / "interview_guide.md"


def _editor(window: MainWindow, demo_path: Path) -> tuple[Project, GuideEditor]:
    assert window.open_project(demo_path)
    project = window.workspace.project
    assert project is not None
    project.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    dialog = window.autocode.open_guide()
    return project, dialog.guide


def _names(project: Project) -> list[str]:
    return [c.name for c in project.guide.questions()]


def test_the_questions_model_passes_modeltester(window: MainWindow, demo_path: Path,
                                                qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _project, editor = _editor(window, demo_path)
    assert editor.model.rowCount() == 8
    qtmodeltester.check(editor.model)


def test_edit_wording_and_short_name_in_place_each_undoable(window: MainWindow,
                                                            demo_path: Path) -> None:  # fmt: skip
    project, editor = _editor(window, demo_path)
    model, first = editor.model, project.guide.questions()[0]
    wording = "Wie sind Sie zur Partnerschaft gekommen? 🙂 参与"
    assert model.setData(model.index(0, WORDING), wording)
    assert project.codebook.get(first.id).definition == wording
    assert model.index(0, WORDING).data() == wording  # the row followed the ChangeSet
    assert model.setData(model.index(0, NAME), "Q1 Zugang")
    assert model.index(0, NAME).data() == "Q1 Zugang"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert project.codebook.get(first.id) == first and model.rows[0] == first


def test_move_up_and_down_renumber_and_undo_as_one_step(window: MainWindow,
                                                        demo_path: Path) -> None:  # fmt: skip
    project, editor = _editor(window, demo_path)
    before = project.guide.questions()
    editor.select([before[4].id])
    assert editor.move_selected(-1)
    after = project.guide.questions()
    assert [c.id for c in after][3:5] == [before[4].id, before[3].id]
    assert after[3].name.startswith("Q4 Can you describe") and after[4].name.startswith("Q5 How")
    assert [editor.model.index(r, 0).data() for r in range(8)] == list(range(1, 9))
    assert window.undo_stack.undoText() == f"Move '{before[4].name}'"
    assert editor.selected()[0].id == before[4].id
    assert not editor.move_to([before[0].id], 0)  # already there: nothing pushed
    window.undo_stack.undo()
    assert project.guide.questions() == before
    assert [c.id for c in editor.model.rows] == [c.id for c in before]
    editor.select([before[6].id, before[7].id])
    assert not editor.move_selected(+1)  # the last rows cannot go further down
    editor.select([before[0].id, before[1].id])
    assert editor.move_selected(+1)
    assert [c.id for c in project.guide.questions()][:3] == [before[2].id, before[0].id,
                                                             before[1].id]  # fmt: skip
    assert window.undo_stack.undoText() == "Move 2 Guide Questions"


def test_drag_rows_to_reorder_through_the_model_and_the_view(window: MainWindow,
                                                             demo_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project, editor = _editor(window, demo_path)
    before = [c.id for c in project.guide.questions()]
    model = editor.model
    mime = model.mimeData([model.index(6, 0), model.index(7, 1)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0).parent())
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0).parent())
    assert [c.id for c in project.guide.questions()] == before[6:] + before[:6]
    assert _names(project)[0].startswith("Q1 What would you tell")
    window.undo_stack.undo()
    assert [c.id for c in project.guide.questions()] == before
    # a view-level drop of row 0 onto the top edge of row 3 puts it before row 3
    view = editor.view
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop
    QApplication.processEvents()
    rect = view.visualRect(model.index(3, WORDING))
    point = rect.topLeft() + QPoint(rect.width() // 2, 2)
    dragged = model.mimeData([model.index(0, 0)])  # kept: the event does not own it
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, dragged,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    view.dropEvent(event)
    assert [c.id for c in project.guide.questions()][:4] == [before[1], before[2], before[0],
                                                             before[3]]  # fmt: skip
    assert [c.id for c in model.rows] == [c.id for c in project.guide.questions()]


def test_delete_questions_with_their_codings_says_how_many_and_undo_restores_ids(
    window: MainWindow, demo_path: Path
) -> None:
    project, editor = _editor(window, demo_path)
    plan = project.guide.preview()
    project.autocode.apply(plan.spans())
    editor.refresh()
    questions = project.guide.questions()
    codings = {c.id for q in questions[1:3] for c in project.codings.for_code(q.id)}
    assert codings and editor.model.index(1, 3).data() == questions[1].coding_count
    asked: list[str] = []
    editor.confirm = lambda _parent, text: asked.append(text) is None and False
    editor.select([questions[1].id, questions[2].id])
    assert not editor.delete_selected() and len(project.guide.questions()) == 8  # refused
    assert asked == [f"Delete 2 questions and their {len(codings)} coding(s)? "
                     "Edit ▸ Undo brings them back."]  # fmt: skip
    editor.confirm = lambda _parent, _text: True
    before = project.info().codings
    assert editor.delete_selected()
    assert len(project.guide.questions()) == 6 and editor.model.rowCount() == 6
    assert project.info().codings == before - len(codings)
    assert [c.name.split(" ")[0] for c in project.guide.questions()] == [
        f"Q{n}" for n in range(1, 7)
    ]
    assert window.undo_stack.undoText() == "Delete 2 Guide Questions"
    window.undo_stack.undo()
    assert project.guide.questions() == questions
    assert {c.id for q in questions[1:3] for c in project.codings.for_code(q.id)} == codings
    window.undo_stack.redo()
    assert editor.model.rowCount() == 6


def test_delete_text_for_one_question_without_codings() -> None:
    fields = {f: None for f in CodeDTO.__dataclass_fields__}
    one = CodeDTO(**{**fields, "name": "Q1 Start", "coding_count": 0})  # type: ignore[arg-type]
    assert delete_text([one]) == "Delete 'Q1 Start'? Edit ▸ Undo brings them back."
    assert GuideQuestion("1", "x").number == "1"
