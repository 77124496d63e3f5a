"""PNG screenshots of the demo project in one interface language at 1280x720: every main
tab, the bottom panes, the analysis views and the main dialogs, to check that longer words
(German runs about 30% longer than English) still fit (``make screenshots-de``).

QT_QPA_PLATFORM=offscreen python scripts/screenshots_language.py de [docs/screenshots/de]

Writes ``<view>.png`` and prints one line per file, then the main window's minimum size
on every tab (it must stay within 1260x660).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1280, 720)
ROOT = Path(__file__).resolve().parents[1]


def main(code: str, out: Path) -> list[Path]:
    os.environ.setdefault("IKT_DESKTOP_HOME", tempfile.mkdtemp(prefix="ikt-shots-"))
    sys.path.insert(0, str(ROOT))  # this checkout's package
    from PySide6.QtWidgets import QWidget

    from ikt_desktop.services.demo import build_demo
    from ikt_desktop.ui.codebook.autocode_dialogs import SpeakerAutocodeDialog
    from ikt_desktop.ui.exchange.export_dialog import ExportDialog
    from ikt_desktop.ui.exchange.import_dialog import ImportDialog
    from ikt_desktop.ui.i18n.language import install_translators
    from ikt_desktop.ui.look.palette import ThemeChoice, look
    from ikt_desktop.ui.privacy.pseudonym_dialog import PseudonymiseDialog
    from ikt_desktop.ui.query import search_pane
    from ikt_desktop.ui.shell.application import make_application
    from ikt_desktop.ui.shell.main_window import MainWindow
    from ikt_desktop.ui.team.compare import open_compare

    app = make_application()
    install_translators(code, app)
    look().apply(ThemeChoice.LIGHT)
    out.mkdir(parents=True, exist_ok=True)
    demo = Path(os.environ["IKT_DESKTOP_HOME"]) / "demo.ikt"
    build_demo(demo).close()
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        print(path)

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    save(window, "start")
    window.open_project(demo)
    ws, project = window.workspace, window.project
    assert ws is not None and project is not None
    ws.sources_pane.select_source(3)
    ws.codebook_pane.select_code(10)
    ws.retrieval_pane.table.selectRow(0)
    save(window, "coding")
    window.action_find.trigger()
    ws.search_pane.query.setText("fatigue")
    ws.search_pane.run_search()
    deadline = time.monotonic() + 10
    while search_pane._RUNNING and time.monotonic() < deadline:  # results arrive
        app.processEvents()
    save(window, "coding-search")
    ws.bottom.setCurrentWidget(ws.query_pane)
    save(window, "coding-query")
    ws.tabs.setCurrentWidget(ws.board)
    themes = project.themes.all()
    if themes:
        ws.board.inspector.show_theme(themes[0].id)
    save(window, "themes")
    ws.tabs.setCurrentWidget(ws.analysis)
    for i in range(ws.analysis.count()):
        ws.analysis.setCurrentIndex(i)
        save(window, f"analysis-{i + 1}")
    sizes = {}
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        for j in range(ws.bottom.count()):
            ws.bottom.setCurrentIndex(j)
            app.processEvents()
            hint, least = window.minimumSizeHint(), window.minimumSize()
            sizes[(ws.tabs.tabText(i), ws.bottom.tabText(j))] = (
                max(hint.width(), least.width()),
                max(hint.height(), least.height()),
            )
    sample = ROOT / "tests" / "data" / "transcripts" / "teams.vtt"
    dialogs: list[tuple[str, QWidget]] = [
        ("dialog-import", ImportDialog(project.imports, project.participants, [sample], window)),
        ("dialog-export", ExportDialog(project, window.settings, window)),
        ("dialog-pseudonymise", PseudonymiseDialog(project.pseudonyms, window)),
        ("dialog-autocode-speaker", SpeakerAutocodeDialog(project, 10, window)),
    ]  # fmt: skip
    for name, dialog in dialogs:
        dialog.show()
        save(dialog, name)
        dialog.close()
    compare = open_compare(window)
    if compare is not None:
        compare.resize(*SIZE)
        save(compare, "compare-coders")
        compare.close()
    for (tab, bottom), (w, h) in sorted(sizes.items()):
        print(f"minimum size on {tab} / {bottom}: {w}x{h}")
    window.close_project()
    window.close()
    return written


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "de",
         Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots/de"))  # fmt: skip
