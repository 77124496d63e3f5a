"""Pseudonymisation: preview, apply and undo over the demo project and the large corpus
(100 transcripts of 10,000 words, 100,000 codings). The large list replaces two frequent
words ("trust", "panel": ~10% of all words, the worst case) and the speaker labels.
Prints JSON (milliseconds).

    python bench/pseudonyms.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project

from ikt_desktop.domain.pseudonyms import Entry
from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.project import Project


def _ms(began: float) -> float:
    return round((time.perf_counter() - began) * 1000, 1)


def _run(p: Project, prefix: str) -> dict[str, float]:
    out: dict[str, float] = {}
    began = time.perf_counter()
    hits = sum(len(x.hits) for x in p.pseudonyms.preview())
    out[f"{prefix}_preview_ms"] = _ms(began)
    began = time.perf_counter()
    done = p.pseudonyms.apply()
    out[f"{prefix}_apply_ms"] = _ms(began)
    began = time.perf_counter()
    p.pseudonyms.restore(done.value)
    out[f"{prefix}_undo_ms"] = _ms(began)
    out[f"{prefix}_hits"] = hits
    out[f"{prefix}_codings_moved"] = sum(len(e.codings) for e in done.value.edits)
    return out


def pseudonym_bench(folder: Path) -> dict[str, float]:
    results: dict[str, float] = {}
    with build_demo(folder / "demo.ikt") as p:
        p.pseudonyms.set_list(p.pseudonyms.seed().entries)
        results.update(_run(p, "demo"))
    with Project.open(large_project(folder / "large.ikt")) as p:
        entries = [Entry("trust", "[T]"), Entry("panel", "[Panel]")]
        entries += [Entry(f"P{n}", f"[Participant {n}]") for n in range(1, 101)]
        p.pseudonyms.set_list(entries)
        results.update(_run(p, "large"))
    return results


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        json.dump(pseudonym_bench(Path(tmp)), sys.stdout, indent=1)
        print()
