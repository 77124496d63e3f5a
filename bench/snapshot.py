"""A snapshot of the large project (100 transcripts, 100,000 codings) while it is open:
backup-API copy, counts, sidecar, rotation. Run by bench/run.py, or alone:
``python bench/snapshot.py``."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots
from ikt_desktop.services.project import Project


def snapshot_bench(folder: Path, large: Path) -> dict[str, float]:
    os.environ["IKT_DESKTOP_HOME"] = str(folder / "home")
    times = []
    with Project.open(large) as project:
        snaps = ProjectSnapshots.for_store(project.store)
        for _ in range(5):
            start = time.perf_counter()
            info = snaps.take("bench")
            times.append(time.perf_counter() - start)
        size = info.path.stat().st_size
    return {"snapshot_100k_ms": round(statistics.median(times) * 1000, 1),
            "snapshot_100k_mb": round(size / 1e6, 1)}  # fmt: skip


if __name__ == "__main__":
    from corpus import large_project

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(json.dumps(snapshot_bench(folder, large_project(folder / "large.ikt"))))
