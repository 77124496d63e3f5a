"""Item models: qtmodeltester, and precise updates through edits and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack

from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.model import CodebookModel, IdRole
from ikt_desktop.ui.coding.sources_model import SourcesModel
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub


def flatten(model: CodebookModel, parent: QModelIndex = QModelIndex()) -> list[tuple[int, int]]:
    """(code id, depth) in display order."""
    out: list[tuple[int, int]] = []
    depth = 0
    p = parent
    while p.isValid():
        depth += 1
        p = p.parent()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append((index.data(IdRole), depth))
        out.extend(flatten(model, index))
    return out


def expected(project: Project) -> list[tuple[int, int]]:
    codes = project.codebook.all()
    parents = {c.id: c.parent_id for c in codes}

    def depth(i: int) -> int:
        return 0 if parents[i] is None else 1 + depth(parents[i])  # type: ignore[arg-type]

    return [(c.id, depth(c.id)) for c in codes]


@pytest.fixture
def setup(demo: Project, qtmodeltester):  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    model = CodebookModel(demo.codebook)
    hub.codes_changed.connect(lambda _c: model.sync())
    hub.codings_changed.connect(lambda _c: model.sync())
    qtmodeltester.check(model)
    return demo, hub, model, QUndoStack()


def test_sources_model_passes_modeltester(demo: Project, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SourcesModel(demo.sources)
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert model.index(0, 1).data() == "P1"


def test_codebook_model_follows_every_edit_and_undo(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    project, hub, model, stack = setup
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    barriers = next(c for c in project.codebook.all() if c.name == "Barriers to engagement")
    facilitators = next(c for c in project.codebook.all() if c.name == "Facilitators")
    fatigue = next(c for c in project.codebook.all() if c.name == "Fatigue and symptoms")
    steps = [
        commands.CreateCodeCommand(project.codebook, hub, "Stigma", barriers.id, 0),
        commands.RenameCodeCommand(project.codebook, hub, fatigue.id, "Fatigue"),
        commands.MoveCodeCommand(project.codebook, hub, fatigue.id, facilitators.id, 1),
        commands.MoveCodeCommand(project.codebook, hub, barriers.id, None, 0),
        commands.DeleteCodeCommand(project.codebook, hub, facilitators.id),
        commands.MergeCodeCommand(
            project.codebook, hub, barriers.id, project.codebook.all()[-1].id
        ),
    ]
    for step in steps:
        assert commands.push(stack, step)
        assert flatten(model) == expected(project)
    states = []
    while stack.canUndo():
        stack.undo()
        states.append(expected(project))
        assert flatten(model) == states[-1]
    while stack.canRedo():
        stack.redo()
        assert flatten(model) == expected(project)
    assert not resets, "updates must be incremental, never a reset"


def test_counts_update_when_codings_change(setup) -> None:  # type: ignore[no-untyped-def]
    project, hub, model, _stack = setup
    code = project.codebook.all()[1]
    changed: list[int] = []
    model.dataChanged.connect(lambda tl, _br, _roles=(): changed.append(tl.data(IdRole)))
    src = project.sources.all()[0].id
    hub.publish(project.codings.apply(src, code.id, 0, 5).changes)
    index = model.index_of(code.id, 1)
    assert index.data() == code.coding_count + 1
    assert changed == [code.id]


def test_rename_through_model_edit_requests_a_command(setup) -> None:  # type: ignore[no-untyped-def]
    _project, _hub, model, _stack = setup
    asked: list[tuple[int, str]] = []
    model.rename_requested.connect(lambda i, n: asked.append((i, n)))
    first = model.index(0, 0)
    assert model.setData(first, "  Defining partnership ")
    assert asked == [(first.data(IdRole), "Defining partnership")]
    assert not model.setData(first, first.data())  # unchanged name: nothing to do


def test_refused_command_never_enters_the_stack(setup, shown) -> None:  # type: ignore[no-untyped-def]
    project, hub, _model, stack = setup
    first = project.codebook.all()[0]
    dup = commands.CreateCodeCommand(project.codebook, hub, first.name, None)
    assert not commands.push(stack, dup)
    assert stack.count() == 0 and "already a code" in shown.warnings[0]


def test_model_copes_with_an_empty_codebook(tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with Project.create(tmp_path / "e.ikt") as p:
        model = CodebookModel(p.codebook)
        qtmodeltester.check(model)
        assert model.rowCount() == 0
