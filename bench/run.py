"""Benchmarks with budgets (see bench/README.md). Prints one JSON object."""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ikt_desktop.domain.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.project import Project

BUDGETS_MS = {
    "build_demo_ms": 3000,
    "open_project_ms": 150,
    "apply_coding_ms": 25,
    "codings_for_source_ms": 50,
    "codebook_all_ms": 50,
    "delete_restore_code_ms": 200,
    "info_ms": 50,
}
WORDS = [
    "we",
    "talked",
    "about",
    "fatigue",
    "and",
    "the",
    "meetings",
    "café",
    "👍",
    "partnership",
    "trust",
    "time",
]


def median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def big_project(folder: Path) -> tuple[Path, int, list[int]]:
    rng = random.Random(7)
    turns, parts, offset = [], [], 0
    for i in range(600):  # ~50 words a turn: ~30,000 words
        speaker = "Interviewer" if i % 2 == 0 else "P1"
        line = f"{speaker}: " + " ".join(rng.choice(WORDS) for _ in range(50))
        turns.append(DraftTurn(speaker, offset, offset + len(line)))
        parts.append(line)
        offset += len(line) + 2
    text = "\n\n".join(parts)
    path = folder / "big.ikt"
    with Project.create(path, "Bench") as p:
        p.coders.ensure_current("Bench")
        p.participants.add("P1", role="iKT panel member")
        draft = DraftTranscript("3-hour interview", text, tuple(turns))
        mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
        source = p.sources.add_transcript(draft, mapping, participant_label="P1").value.id
        codes = []
        for top in range(50):
            parent = p.codebook.create(f"Theme {top}").value.id
            codes.append(parent)
            codes += [p.codebook.create(f"Code {top}.{j}", parent).value.id for j in range(9)]
        # bulk-load the codings directly (the bench measures reading, not 3,000 fsyncs)
        from sqlalchemy import insert

        from ikt_desktop.db.models import Coding

        coder = p.coders.current()
        assert coder is not None
        rows = []
        for i in range(3000):
            start = rng.randrange(0, len(text) - 400)
            rows.append({"code_id": codes[i % 5] if i < 600 else rng.choice(codes),
                         "source_id": source, "start": start,
                         "end": start + rng.randrange(20, 400), "coder_id": coder.id})  # fmt: skip
        with p.store.write() as s:
            s.execute(insert(Coding), rows)
    return path, source, codes


def main() -> None:
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = iter(range(100))
        results["build_demo_ms"] = median_ms(
            lambda: build_demo(folder / f"demo{next(counter)}.ikt").close(), runs=3
        )
        path, source, codes = big_project(folder)
        results["open_project_ms"] = median_ms(lambda: Project.open(path).close())
        with Project.open(path) as p:
            starts = iter(range(0, 10_000, 3))
            results["apply_coding_ms"] = median_ms(
                lambda: p.codings.apply(source, codes[7], (s := next(starts)), s + 40), runs=21
            )
            results["codings_for_source_ms"] = median_ms(lambda: p.codings.for_source(source))
            results["codebook_all_ms"] = median_ms(p.codebook.all)

            def delete_restore() -> None:
                p.codebook.restore(p.codebook.delete(codes[0]).value)

            results["delete_restore_code_ms"] = median_ms(delete_restore, runs=5)
            results["info_ms"] = median_ms(p.info)
            results["project"] = {"words": p.info().words, "codes": p.info().codes,
                                  "codings": p.info().codings}  # fmt: skip
    results["budgets_ms"] = BUDGETS_MS
    results["within_budget"] = all(
        float(results[k]) <= v  # type: ignore[arg-type]
        for k, v in BUDGETS_MS.items()
    )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
