"""Matrices on the large project (100 transcripts, 1,000,000 words, 150 codes, 100,000
codings): code x participant, code x role, the co-occurrence of the 150 codes, and one
cell's segments. Run by bench/run.py, or alone: ``python bench/matrix.py``."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ikt_desktop.domain.analysis.matrices import MatrixSpec
from ikt_desktop.services.project import Project


def _median_ms(fn: object, runs: int) -> tuple[float, float]:
    """(median wall-clock ms, median CPU ms): the machine may be shared."""
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    walls.sort()
    cpus.sort()
    return round(walls[runs // 2], 1), round(cpus[runs // 2], 1)


def matrix_bench(large: Path) -> dict[str, float]:
    results: dict[str, float] = {}
    with Project.open(large, read_only=True) as p:
        cases = {
            "matrix_code_participant_ms": MatrixSpec("participant"),
            "matrix_code_role_ms": MatrixSpec("role"),
            "matrix_cooccurrence_150_ms": MatrixSpec("code"),
            "matrix_code_participant_words_ms": MatrixSpec("participant", "words"),
        }
        for key, spec in cases.items():
            runs = 3 if spec.measure == "words" else 7
            wall, cpu = _median_ms(lambda spec=spec: p.matrices.matrix(spec), runs)
            results[key] = wall
            results[key.replace("_ms", "_cpu_ms")] = cpu
        matrix = p.matrices.matrix(MatrixSpec("participant"))
        wall, _ = _median_ms(lambda: p.matrices.cell_segments(matrix, 1, 0), 7)
        results["matrix_cell_segments_ms"] = wall
    return results


if __name__ == "__main__":
    from corpus import large_project

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
        large = given if given else large_project(folder / "large.ikt")
        print(json.dumps(matrix_bench(large)))
