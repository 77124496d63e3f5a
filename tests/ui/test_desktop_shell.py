"""The researcher's desktop (issue 15): fits a laptop, toolbar with icons, start page,
command palette, shortcut sheet in Help, exports land by the project and offer to open."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from ikt_desktop.ui.chrome import file_places
from ikt_desktop.ui.chrome.action_index import commands
from ikt_desktop.ui.shell.main_window import MainWindow

PACKAGE = Path(__file__).resolve().parents[2] / "ikt_desktop"
LAPTOP = (1260, 660)


def _min_size(window: MainWindow, qapp) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    qapp.processEvents()
    hint, least = window.minimumSizeHint(), window.minimumSize()
    return max(hint.width(), least.width()), max(hint.height(), least.height())


def test_the_window_fits_a_laptop_on_every_tab_with_rows_selected(  # type: ignore[no-untyped-def]
    qtbot, qapp, window: MainWindow, demo_path: Path
) -> None:
    window.resize(1280, 720)
    window.open_project(demo_path)
    ws = window.workspace
    assert ws is not None and window.project is not None
    ws.sources_pane.select_first()
    first_code = window.project.codebook.all()[0].id
    ws.codebook_pane.select_code(first_code)
    ws.retrieval_pane.table.selectRow(0)
    assert ws.inspector.code_id == first_code
    sizes = {}
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        for j in range(ws.bottom.count()):
            ws.bottom.setCurrentIndex(j)
            sizes[(ws.tabs.tabText(i), ws.bottom.tabText(j))] = _min_size(window, qapp)
    theme = window.project.themes.all()[0].id
    ws.tabs.setCurrentWidget(ws.board)
    ws.board.inspector.show_theme(theme)  # the tallest inspector of all
    sizes[("Themes", "theme selected")] = _min_size(window, qapp)
    too_big = {k: v for k, v in sizes.items() if v[0] > LAPTOP[0] or v[1] > LAPTOP[1]}
    assert too_big == {}, sizes
    assert window.height() <= 720  # nothing grew the window by itself


def test_the_toolbar_holds_the_daily_actions_with_icons_and_shortcuts(  # type: ignore[no-untyped-def]
    window: MainWindow, demo_path: Path
) -> None:
    window.open_project(demo_path)
    actions = window.toolbar.icon_actions()
    assert len(actions) >= 8
    for action in actions:
        assert not action.icon().isNull(), action.text()
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            assert keys in action.toolTip(), (action.toolTip(), keys)
    tips = " ".join(a.toolTip() for a in actions)
    for what in ("Import Transcripts", "New Code", "Code Selection", "Undo", "Redo",
                 "Find in Project", "Meeting Mode", "Compare Coders", "Export Report"):  # fmt: skip
        assert what in tips
    window.close_project()  # the project's own actions leave with it
    assert "New Code" not in " ".join(a.toolTip() for a in window.toolbar.icon_actions())


def test_f1_is_help_and_its_shortcut_sheet_comes_from_the_actions(
    window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    assert window.help.action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.action_find.setShortcut(QKeySequence("Ctrl+Alt+Shift+J"))  # the sheet follows
    shown = window.help.show_guide()
    text = shown.browser.toPlainText()
    assert "Shortcut sheet" in text
    assert "Ctrl+Alt+Shift+J" in text and "Command Palette" in text
    assert "Code Selection As" in text  # a project action, listed once a project is open
    shown.close()


def test_command_palette_finds_and_runs_an_action_by_typing(
    qtbot, window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    assert window.action_palette.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert window.action_participant_only.shortcut() != QKeySequence("Ctrl+Shift+P")
    ran: list[bool] = []
    window.action_find.triggered.connect(lambda: ran.append(True))
    window.action_palette.trigger()
    palette = window.palette_dialog
    assert palette.isVisible()
    assert len(palette.visible_commands()) == len(commands(window)) > 40
    qtbot.keyClicks(palette.query, "find proj")
    found = palette.visible_commands()
    assert [c.text for c in found] == ["Find in Project"]
    assert palette.list.currentItem().text(1) == found[0].shortcut != ""
    qtbot.keyClick(palette.query, "\r")
    assert ran == [True] and not palette.isVisible()
    assert window.workspace is not None and window.workspace.search_pane.query.hasFocus() in (
        True,
        False,
    )


def test_start_page_lists_recent_projects_and_opens_the_demo(
    qtbot, window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = window.welcome
    assert window.stack.currentWidget() is page
    assert {b.text() for b in page.findChildren(QPushButton)} >= {
        "New Project…", "Open Project…", "Open the Demo", "Import Transcripts…"}  # fmt: skip
    assert not page.recent.isVisibleTo(page)  # no recent projects yet
    window.open_project(demo_path)
    window.close_project()
    assert page.recent.count() == 1 and page.recent.item(0).toolTip() == str(demo_path)
    page.recent.itemActivated.emit(page.recent.item(0))
    assert window.project is not None and window.project.path == demo_path
    window.close_project()
    page.buttons["demo"].click()
    assert window.project is not None and window.project.path.name.startswith("iKT demo")
    assert window.project.info().sources == 8


def test_exports_default_to_the_project_folder_and_offer_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    launched: list[QUrl] = []
    monkeypatch.setattr(file_places, "launch", lambda url: launched.append(url) or True)
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    assert Path(dialog.docx.path.text()).parent == demo_path.parent
    assert Path(dialog.xlsx.path.text()).parent == demo_path.parent
    dialog.docx.check.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_button.click()
    written = blocker.args[0].paths
    assert written == (demo_path.parent / "demo workbook.xlsx",) and written[0].is_file()
    box = window.written_box
    buttons = {b.text(): b for b in box.buttons()}
    buttons["Open"].click()
    buttons["Show in Folder"].click()
    assert [u.toLocalFile() for u in launched] == [str(written[0]), str(demo_path.parent)]
    assert file_places.suggested_path(demo_path, "x.png") == demo_path.parent / "x.png"
    box.close()  # a top-level box left open would keep a later app.exec() running


def test_no_emoji_is_used_as_a_ui_symbol() -> None:
    emoji = re.compile("[\U0001f300-\U0001faff\u2600-\u26ff\u2700-\u27bf]|\\\\U0001f")
    found = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in (PACKAGE / "ui").rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if emoji.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []


@pytest.mark.parametrize(
    ("screen", "maximised"),
    [((1280, 720), True), ((1366, 768), True), ((1920, 1080), False), ((1280, 1024), True)],
)
def test_a_first_window_fits_the_screen(screen: tuple[int, int], maximised: bool) -> None:
    """No saved geometry: 1280x800 centred where it fits with its frame, otherwise
    maximised, and never larger than the screen's free room."""
    from PySide6.QtCore import QRect

    from ikt_desktop.ui.chrome.fit import first_placement

    available = QRect(0, 0, *screen)
    rect, maximise = first_placement(available)
    assert maximise is maximised
    assert available.contains(rect)
    assert rect.center() == available.center() or rect.size() == available.size()
