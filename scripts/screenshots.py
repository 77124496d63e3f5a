"""PNG screenshots of every tab of the demo project, at laptop and desktop sizes, in the
light and dark palettes (``make screenshots``; offscreen, no X server needed).

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [docs/screenshots]

Writes ``<tab>-<width>x<height>-<palette>.png`` (tabs: start, coding, search, themes,
analysis) and prints one line per file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZES = ((1280, 720), (1920, 1080))


def main(out: Path) -> list[Path]:
    os.environ.setdefault("IKT_DESKTOP_HOME", tempfile.mkdtemp(prefix="ikt-shots-"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package
    from ikt_desktop.services.demo import build_demo
    from ikt_desktop.ui.look.palette import ThemeChoice, look
    from ikt_desktop.ui.query import search_pane
    from ikt_desktop.ui.shell.application import make_application
    from ikt_desktop.ui.shell.main_window import MainWindow

    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    demo = Path(os.environ["IKT_DESKTOP_HOME"]) / "demo.ikt"
    build_demo(demo).close()
    written: list[Path] = []

    def save(window: MainWindow, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / name
        window.grab().save(str(path))
        written.append(path)
        print(path)

    for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
        look().apply(choice)
        for width, height in SIZES:
            tag = f"{width}x{height}-{choice.value}"
            window = MainWindow()
            window.resize(width, height)
            window.show()
            save(window, f"start-{tag}.png")
            window.open_project(demo)
            ws = window.workspace
            assert ws is not None and window.project is not None
            ws.sources_pane.select_source(3)
            ws.codebook_pane.select_code(10)  # Fatigue and symptoms: emphasised, listed below
            ws.retrieval_pane.table.selectRow(0)
            save(window, f"coding-{tag}.png")
            window.action_find.trigger()
            ws.search_pane.query.setText("fatigue")
            ws.search_pane.run_search()
            deadline = time.monotonic() + 10
            while search_pane._RUNNING and time.monotonic() < deadline:  # results arrive
                app.processEvents()
            save(window, f"search-{tag}.png")
            ws.tabs.setCurrentWidget(ws.board)
            themes = window.project.themes.all()
            if themes:
                ws.board.inspector.show_theme(themes[0].id)
            save(window, f"themes-{tag}.png")
            ws.tabs.setCurrentWidget(ws.analysis)
            save(window, f"analysis-{tag}.png")
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
