"""Save a screenshot of the main window on a fresh demo project (for the README).

QT_QPA_PLATFORM=offscreen python scripts/screenshot.py docs/screenshot.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    os.environ.setdefault("IKT_DESKTOP_HOME", tempfile.mkdtemp(prefix="ikt-shot-"))
    from ikt_desktop.services.demo import build_demo
    from ikt_desktop.ui.shell.application import make_application
    from ikt_desktop.ui.shell.main_window import MainWindow

    app = make_application()
    demo = Path(os.environ["IKT_DESKTOP_HOME"]) / "demo.ikt"
    build_demo(demo).close()
    window = MainWindow()
    window.resize(1500, 940)
    window.show()
    window.open_project(demo)
    assert window.sources_pane is not None and window.codebook_pane is not None
    window.sources_pane.select_source(3)
    window.codebook_pane.select_code(10)  # Fatigue and symptoms: emphasised, listed below
    app.processEvents()
    assert window.transcript_pane is not None
    view = window.transcript_pane.view
    first = min(c.start for c in view.source.codings.values()) if view.source else 0
    view.select_span(first, first)
    app.processEvents()
    window.grab().save(str(out))
    window.close()
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
