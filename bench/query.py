"""Coding query benchmark on the large corpus (100 transcripts, 1,000,000 words, 100,000
codings over 150 codes: about 670 codings a code). Times ``project.queries.run`` (read,
evaluate, attribute, cut the quotes) for a two-code AND, an OR of five codes, an
Overlapping query and a SameTurn query filtered to extended collaborators; budget 300 ms
each (our choice: a query should answer while the researcher is still looking at it).
Two heavier queries (two whole themes with their sub-codes, about 6,700 codings each)
are reported without a budget."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project

from ikt_desktop.domain.query.coding_query import (
    And,
    CodeTerm,
    Condition,
    Filters,
    Node,
    Or,
    Overlapping,
    Query,
    SameTurn,
)
from ikt_desktop.services.project import Project

COLLABORATORS = Filters((Condition("role", ("extended collaborator",)),))


def _queries(codes: dict[str, int]) -> dict[str, Query]:
    def term(name: str, subcodes: bool = False) -> CodeTerm:
        return CodeTerm(codes[name], subcodes, name)

    five: Node = term("Code 0.1")
    for name in ("Code 1.1", "Code 2.1", "Code 3.1", "Code 4.1"):
        five = Or(five, term(name))
    return {
        "query_and_ms": Query(And(term("Code 0.1"), term("Code 1.1"))),
        "query_or5_ms": Query(five),
        "query_overlapping_ms": Query(Overlapping(term("Code 0.1"), term("Code 1.1"))),
        "query_same_turn_role_ms": Query(
            SameTurn(term("Code 0.1"), term("Code 1.1")), COLLABORATORS
        ),
        "query_themes_and_ms": Query(And(term("Theme 0", True), term("Theme 1", True))),
        "query_themes_same_turn_role_ms": Query(
            SameTurn(term("Theme 0", True), term("Theme 1", True)), COLLABORATORS
        ),
    }


def query_bench(folder: Path, runs: int = 7) -> dict[str, object]:
    large = folder / "large.ikt"  # run.py's large_bench builds it first; reuse it
    if not large.exists():
        large_project(large)
    out: dict[str, object] = {}
    rows: dict[str, int] = {}
    with Project.open(large, read_only=True) as p:
        codes = {c.name: c.id for c in p.codebook.all()}
        for key, query in _queries(codes).items():
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                result = p.queries.run(query)
                times.append((time.perf_counter() - started) * 1000)
            out[key] = round(statistics.median(times), 1)
            rows[key] = len(result.rows)
        out["query_rows"] = rows
        out["query_codings"] = p.info().codings
    return out


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(query_bench(Path(tmp)), indent=None if "--json" in sys.argv else 2))
