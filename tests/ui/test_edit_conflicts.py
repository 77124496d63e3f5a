"""Another coder got there first (issue 19, item 7), in the window: the inspector's edit
of a field another coder has changed since is refused in one message naming who and
when; the field shows the new value and Ctrl+Z in it brings back what the user typed;
an undo another coder has built on is refused naming who and what, and the command stays
on the stack, still done."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from pathlib import Path

from ikt_desktop.services.project import Project
from ikt_desktop.services.team.members import add_coder
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.helpers import add_source
from tests.postgres_server import PostgresServer
from tests.ui.conftest import Messages

SAID = re.compile(
    r"^(?P<who>\S+) changed the definition of 'Engagement' at \d\d:\d\d; your edit was not "
    r"saved\. The new definition is shown\. Ctrl\+Z in the field brings back your text\.$"
)


def test_the_inspector_shows_who_changed_the_definition_and_their_text(
    window: MainWindow,
    shown: Messages,
    pg_server: PostgresServer,
    team_database: Callable[[str, Path], str],
    _demo_master: Path,
) -> None:
    url = team_database("demo", _demo_master)
    anna, ben = (f"{n}_{secrets.token_hex(3)}" for n in ("anna", "ben"))
    add_coder(url, anna, "coder")
    add_coder(url, ben, "coder")
    window.set_project(Project.open_team(url.replace("ikt@", f"{ben}@")))
    project, pane = window.project, window.codebook_pane
    assert project is not None and pane is not None
    code = pane.create_code("Engagement")
    assert code is not None
    pane.select_code(code)
    inspector = window.workspace.inspector  # type: ignore[union-attr]
    assert inspector.shown is not None and inspector.shown.id == code
    with Project.open_team(url.replace("ikt@", f"{anna}@")) as other:  # Anna's laptop
        seen = other.codebook.get(code)
        other.codebook.edit_details(code, seen=seen.row_version, expected={"definition": ""},
                                    definition="Taking part from the first meeting.")  # fmt: skip
    steps = window.undo_stack.count()
    field = inspector.fields["definition"]
    field.setPlainText("Being asked to comment at the end.")
    inspector.commit("definition")
    assert len(shown.warnings) == 1
    said = SAID.match(shown.warnings[0])
    assert said is not None and said["who"] == anna, shown.warnings
    assert field.toPlainText() == "Taking part from the first meeting."  # the new value
    assert project.codebook.get(code).definition == "Taking part from the first meeting."
    assert window.undo_stack.count() == steps  # nothing to undo: nothing was saved
    field.undo()  # Ctrl+Z in the field: the user's own text is back, to copy or keep
    assert field.toPlainText() == "Being asked to comment at the end."
    inspector.commit("definition")  # kept, now on the version the user has seen
    assert len(shown.warnings) == 1
    assert project.codebook.get(code).definition == "Being asked to comment at the end."
    window.close_project()


def test_undo_of_a_code_another_coder_has_applied_is_refused_and_stays_done(
    window: MainWindow, shown: Messages, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.create_project(tmp_path / "team.ikt", "Shared laptop")
    project, pane, stack = window.project, window.codebook_pane, window.undo_stack
    assert project is not None and pane is not None
    source = add_source(project)
    code = pane.create_code("Fatigue")
    assert code is not None
    ben = project.coders.add("Ben").value.id
    for start in (0, 10, 20):  # Ben, at the meeting, codes with it
        project.codings.apply(source, code, start, start + 5, coder_id=ben)
    steps, text = stack.index(), stack.undoText()
    stack.undo()
    assert shown.warnings == [
        "Cannot undo “New Code 'Fatigue'”: Ben has since applied it to 3 segments."
    ]
    qtbot.waitUntil(lambda: stack.index() == steps)  # back where it was: still done
    assert stack.undoText() == text and project.codebook.get(code).coding_count == 3
    stack.redo()  # nothing to redo: the refused command is done, not undone
    assert project.codebook.get(code).coding_count == 3 and stack.index() == steps
    for coding in project.codings.for_source(source):
        project.codings.remove(coding.id)
    stack.undo()  # nobody's work in the way now
    assert stack.index() == steps - 1 and len(shown.warnings) == 1
    assert all(c.id != code for c in project.codebook.all())
    stack.redo()
    assert project.codebook.get(code).name == "Fatigue"


def test_undo_of_a_rename_another_coder_has_renamed_again_is_refused(
    window: MainWindow, shown: Messages, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.create_project(tmp_path / "team.ikt", "Shared laptop")
    project, pane, stack = window.project, window.codebook_pane, window.undo_stack
    assert project is not None and pane is not None
    me = project.coders.current()
    code = pane.create_code("Fatigue")
    assert code is not None and me is not None
    pane.rename_code(code, "Tiredness")
    project.coders.set_current(project.coders.add("Anna").value.id)
    project.codebook.rename(code, "Lack of energy")  # Anna, after
    project.coders.set_current(me.id)
    steps = stack.index()
    stack.undo()
    assert shown.warnings == [
        "Cannot undo “Rename 'Fatigue' to 'Tiredness'”: Anna has since changed the name "
        "of 'Tiredness'."
    ]
    qtbot.waitUntil(lambda: stack.index() == steps)
    assert project.codebook.get(code).name == "Lack of energy"


def test_the_theme_inspector_shows_the_narrative_another_coder_saved(
    window: MainWindow, shown: Messages, demo_path: Path
) -> None:
    window.open_project(demo_path)
    project, ws = window.project, window.workspace
    assert project is not None and ws is not None
    theme = project.themes.all()[0]
    ws.board.inspector.show_theme(theme.id)
    inspector = ws.board.inspector
    me = project.coders.current()
    assert me is not None
    project.coders.set_current(project.coders.add("Carla").value.id)
    project.themes.edit(theme.id, narrative="Carla's reading of the theme.")
    project.coders.set_current(me.id)
    field = inspector.fields["narrative"]
    field.setPlainText("My reading.")
    inspector._commit("narrative", field.toPlainText())
    assert len(shown.warnings) == 1 and shown.warnings[0].startswith(
        f"Carla changed the narrative of '{theme.name}' at "
    )
    assert field.toPlainText() == "Carla's reading of the theme."
    field.undo()
    assert field.toPlainText() == "My reading."


def test_undo_of_a_code_moved_into_a_theme_another_coder_quoted_is_refused(
    window: MainWindow, shown: Messages, demo_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ikt_desktop.ui.shell.commands import push
    from ikt_desktop.ui.themes.commands import MoveCodeCommand

    window.open_project(demo_path)
    project, stack = window.project, window.undo_stack
    assert project is not None
    theme = project.themes.create("Planning around relapses").value
    code = next(c for c in project.codebook.all() if c.coding_count)
    assert push(stack, MoveCodeCommand(project.themes, window.hub, code.id, code.name, None,
                                       theme.id))  # fmt: skip
    ben = project.coders.add("Ben").value.id
    quote = project.codings.apply(project.sources.all()[0].id, code.id, 0, 9, coder_id=ben)
    me = project.coders.current()
    assert me is not None
    project.coders.set_current(ben)
    project.themes.pin_quote(theme.id, quote.value.id)
    project.coders.set_current(me.id)
    steps = stack.index()
    stack.undo()
    assert shown.warnings == [
        f"Cannot undo “Assign '{code.name}'”: Ben has since pinned a quote of it in "
        "'Planning around relapses'."
    ]
    qtbot.waitUntil(lambda: stack.index() == steps)
    assert code.id in project.themes.get(theme.id).code_ids


def test_a_refused_rename_in_the_codebook_tree_shows_the_other_coders_name(
    window: MainWindow, shown: Messages, tmp_path: Path
) -> None:
    window.create_project(tmp_path / "team.ikt", "Shared laptop")
    project, pane = window.project, window.codebook_pane
    assert project is not None and pane is not None
    code = pane.create_code("Fatigue")
    assert code is not None
    me = project.coders.current()
    assert me is not None
    project.coders.set_current(project.coders.add("Anna").value.id)
    project.codebook.rename(code, "Tiredness")  # Anna's, not yet in this window
    project.coders.set_current(me.id)
    assert pane.known_code(code).name == "Fatigue"  # type: ignore[union-attr]
    pane.rename_code(code, "Exhaustion")
    assert len(shown.warnings) == 1 and shown.warnings[0].startswith(
        "Anna changed the name of 'Fatigue' at "
    )
    assert pane.known_code(code).name == "Tiredness"  # type: ignore[union-attr]
    assert project.codebook.get(code).name == "Tiredness"


def test_a_refused_redo_leaves_the_command_undone(
    window: MainWindow, shown: Messages, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.create_project(tmp_path / "team.ikt", "Shared laptop")
    project, pane, stack = window.project, window.codebook_pane, window.undo_stack
    assert project is not None and pane is not None
    code = pane.create_code("Fatigue")
    assert code is not None
    pane.rename_code(code, "Tiredness")
    stack.undo()  # back to Fatigue
    me = project.coders.current()
    assert me is not None and project.codebook.get(code).name == "Fatigue"
    project.coders.set_current(project.coders.add("Anna").value.id)
    project.codebook.rename(code, "Low energy")
    project.coders.set_current(me.id)
    steps = stack.index()
    stack.redo()
    assert shown.warnings == [
        "Cannot redo “Rename 'Fatigue' to 'Tiredness'”: Anna has since changed the name of "
        "'Fatigue'."
    ]
    qtbot.waitUntil(lambda: stack.index() == steps)  # still undone, still redoable
    assert stack.canRedo() and project.codebook.get(code).name == "Low energy"
    stack.undo()  # the creation before it: Anna renamed it, so that is refused too
    qtbot.waitUntil(lambda: stack.index() == steps)
    assert len(shown.warnings) == 2 and project.codebook.get(code).name == "Low energy"
