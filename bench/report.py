"""Word report benchmark: the large project (100 transcripts, 100,000 codings) with 8
themes over its 150 codes and 300 pinned quotes; the report with its thematic map."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def themed_project(path: Path) -> Path:
    """Add 8 themes and 300 pinned quotes to the large project (once)."""
    from ikt_desktop.services.project import Project

    rng = random.Random(11)
    with Project.open(path) as p:
        if p.themes.all():
            return path
        codes = [c.id for c in p.codebook.all()]
        rng.shuffle(codes)
        for t in range(8):
            members = codes[t::8]
            theme = p.themes.create(f"Theme {t + 1}", code_ids=members).value
            p.themes.edit(theme.id, definition=f"What theme {t + 1} is about. " * 3)
            codings = [c.id for code in members[:6] for c in p.codings.for_code(code)[:10]]
            for coding_id in rng.sample(codings, 38 if t < 4 else 37):
                p.themes.pin_quote(theme.id, coding_id)
    return path


def report_bench(folder: Path, large: Path | None = None) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from ikt_desktop.domain.report.rules import ReportOptions
    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.themes.map_image import thematic_map_png

    if large is None or not large.exists():
        from corpus import large_project

        large = large_project(folder / "large.ikt")
    themed_project(large)
    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    runs, maps = [], []
    with Project.open(large, read_only=True) as p:
        options = ReportOptions(quotes_per_theme=3)
        for n in range(3):
            t = time.perf_counter()
            picture = thematic_map_png(p, options)
            maps.append(time.perf_counter() - t)
            summary = p.report.write(folder / f"report{n}.docx", options, picture)
            runs.append(time.perf_counter() - t)
    size = (folder / "report0.docx").stat().st_size
    return {
        "report_100_transcripts_s": round(statistics.median(runs), 3),
        "report_map_s": round(statistics.median(maps), 3),
        "report_detail": {
            "themes": summary.themes,
            "quotes": summary.quotes,
            "bytes": size,
        },
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(report_bench(Path(tmp)), indent=2))
