"""What the full-window benches share (``window.py`` on a project file, ``team_window.py``
on a team database): counting paint events, processing events until a pass paints nothing
more, a timing summary, and the environment of the fresh process each one runs in.

Imported by the child processes (their ``PYTHONPATH`` holds this folder and the checkout)
and by the parents (``child_env``)."""

from __future__ import annotations

import os
import statistics
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent


def child_env(home: Path) -> dict[str, str]:
    """A fresh process's environment: its own settings folder, offscreen, this checkout's
    package and these helpers importable."""
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(BENCH.parent), str(BENCH), *filter(None, [env.get("PYTHONPATH")])]
    )
    return env


def summary(values: list[float]) -> dict[str, Any]:
    values = sorted(values)
    p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))]
    return {"median": round(statistics.median(values), 2), "min": round(values[0], 2),
            "p90": round(p90, 2), "max": round(values[-1], 2), "runs": len(values)}  # fmt: skip


class PaintClock:
    """Paint events of the panes an action must repaint (a filter on the whole application
    would see every event and slow the window down by itself), and ``settle``."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Counter(QObject):
            count = 0

            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == paint:
                    Counter.count += 1
                return False

        self.app, self.counter = app, Counter()

    @property
    def count(self) -> int:
        return int(self.counter.count)

    def watch(self, window: Any) -> None:
        ws = window.workspace
        for pane in (ws.transcript_pane.view.viewport(), ws.transcript_pane.stripes,
                     ws.codebook_pane.view.viewport(), ws.sources_pane.view.viewport(),
                     ws.retrieval_pane.table.viewport(), window):  # fmt: skip
            pane.installEventFilter(self.counter)

    def settle(self, window: Any) -> None:
        """Until a pass paints nothing more. Qt asks for a repaint with a timer (5 ms on
        most platforms): the update request is sent here at once, so the window paints
        now what is dirty (only that) and the time of that paint is counted."""
        from PySide6.QtCore import QCoreApplication, QEvent

        for n in range(20):
            before = self.count
            self.app.processEvents()
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
            if n and self.count == before:
                return
