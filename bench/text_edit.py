"""Editing a transcript after coding: ``edit_text`` on the editor corpus (one 60,000-word
transcript, 3,000 codings), for a typo fix, 50 scattered edits, and a word replaced
everywhere (the worst case: every paragraph changes). Prints JSON (milliseconds).

    python bench/text_edit.py
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import editor_project

from ikt_desktop.services.project import Project


def _timed(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 1)


def text_edit_bench(folder: Path) -> dict[str, float]:
    path = editor_project(folder / "editor.ikt")
    results: dict[str, float] = {}
    with Project.open(path) as p:
        source = p.sources.all()[0].id
        text = p.sources.text(source)
        middle = text.index(" fatigue ", len(text) // 2)
        edits = {
            "typo": text[:middle] + " fatigeu " + text[middle + 9 :],
            "scattered_50": _scattered(text, 50),
            "replace_everywhere": re.sub(r"\bfatigue\b", "tiredness", text),
        }
        for name, new in edits.items():
            results[f"preview_{name}_ms"] = _timed(
                lambda new=new: p.text_edits.preview_edit(source, new)  # type: ignore[misc]
            )

            edit_ms, undo_ms, moved = [], [], 0
            for _ in range(3):
                began = time.perf_counter()
                done = p.text_edits.edit_text(source, new, remove_lost=True)
                edit_ms.append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                p.text_edits.restore_text(done.value)
                undo_ms.append((time.perf_counter() - began) * 1000)
                moved = len(done.value.codings)
            results[f"edit_{name}_ms"] = round(statistics.median(edit_ms), 1)
            results[f"undo_{name}_ms"] = round(statistics.median(undo_ms), 1)
            results[f"moved_codings_{name}"] = moved
    return results


def _scattered(text: str, count: int) -> str:
    step = len(text) // (count + 1)
    parts, at = [], 0
    for i in range(1, count + 1):
        cut = text.index(" ", i * step)
        parts.append(text[at:cut] + " [inaudible]")
        at = cut
    return "".join(parts) + text[at:]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(text_edit_bench(Path(folder)), indent=2))
