"""Theme board benchmark: 300 code cards in 25 clusters (seeded)."""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def board_project(path: Path) -> Path:
    from ikt_desktop.services.project import Project

    rng = random.Random(9)
    with Project.create(path, "Board bench") as p:
        p.coders.ensure_current("Bench")
        codes = [p.codebook.create(f"Code {i}").value.id for i in range(300)]
        rng.shuffle(codes)
        for t in range(25):
            members = codes[t * 10 : t * 10 + 10]
            p.themes.create(
                f"Theme {t}",
                code_ids=members,
                geometry=(40.0 + (t % 5) * 420, 40.0 + (t // 5) * 320, 390.0, 280.0),
            )
    return path


def board_bench(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.shell.change_hub import ChangeHub
    from ikt_desktop.ui.themes.widget import ThemeBoard

    app = QApplication.instance() or QApplication([])
    path = board_project(folder / "board.ikt")
    with Project.open(path) as p:
        opens = []
        for _ in range(5):
            t = time.perf_counter()
            board = ThemeBoard(p, ChangeHub(), QUndoStack())
            board.resize(1400, 900)
            board.show()
            board.view.fit()
            board.grab()
            opens.append((time.perf_counter() - t) * 1000)
            board.close()
            board.deleteLater()
            app.processEvents()
        board = ThemeBoard(p, ChangeHub(), QUndoStack())
        board.resize(1400, 900)
        board.show()
        board.view.fit()
        app.processEvents()
        card = board.scene.cards[0]
        frames = []
        view = board.view
        for step in range(40):  # one drag frame: move the card, repaint where it was and is
            t = time.perf_counter()
            before = card.sceneBoundingRect()
            card.setPos(card.pos() + QPointF(4, 3 if step % 2 else -3))
            dirty = view.mapFromScene(before.united(card.sceneBoundingRect())).boundingRect()
            view.viewport().repaint(dirty.adjusted(-2, -2, 2, 2))
            frames.append((time.perf_counter() - t) * 1000)
        full = []
        for _ in range(10):  # worst case: the whole board repainted (zoom, fit, rebuild)
            t = time.perf_counter()
            view.viewport().repaint()
            full.append((time.perf_counter() - t) * 1000)
        board.close()
    return {
        "board_open_ms": round(statistics.median(opens), 2),
        "board_drag_frame_ms": round(statistics.median(frames), 2),
        "board_full_repaint_ms": round(statistics.median(full), 2),
    }
