"""REFI-QDA exchange on the large corpus (100 transcripts, 100,000 codings): export the
whole project as .qdpx, then import that file into a new project. Run by bench/run.py, or
alone: ``python bench/exchange.py``."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import large_project

from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project


def exchange_bench(folder: Path, large: Path | None = None) -> dict[str, object]:
    """``{"qdpx_export_s": ..., "qdpx_import_s": ...}`` (one run each: seconds-long work)."""
    path = large or large_project(folder / "exchange-large.ikt")
    out = folder / "large.qdpx"
    with Project.open(path, read_only=True) as project:
        t = time.perf_counter()
        project.exchange.export_qdpx(out)
        exported = time.perf_counter() - t
    t = time.perf_counter()
    imported_project, summary = import_qdpx(out, folder / f"imported-{time.time_ns()}.ikt")
    imported = time.perf_counter() - t
    with imported_project as p:
        codings = p.info().codings
    return {"qdpx_export_s": round(exported, 2), "qdpx_import_s": round(imported, 2),
            "qdpx_size_mb": round(out.stat().st_size / 1e6, 1), "qdpx_codings": codings,
            "qdpx_unit": summary.unit}  # fmt: skip


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(exchange_bench(Path(tmp))))
