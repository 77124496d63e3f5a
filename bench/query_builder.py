"""Query builder benchmark: open a saved query of 40 codes in nested groups (every
operator, sub-codes on some) with three participant conditions, two coders and 50 sources
into the builder, with 150 codes and 100 sources offered (the large corpus's sizes), and
read it back. Budget 500 ms to show it (our choice: a saved query opens at once); reading
it back is reported. Seeded, median of 5."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time

from ikt_desktop.domain.query.coding_query import (
    OPERATORS,
    CodeTerm,
    Condition,
    Filters,
    Node,
    Query,
    Ref,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CODES = [(i, f"Theme {i // 10}/Code {i // 10}.{i % 10}") for i in range(150)]
SOURCES = [(1000 + i, f"Interview {i}") for i in range(100)]
CODERS = [(1, "Dana"), (2, "Sam")]


def _tree(rng: random.Random, leaves: int) -> Node:
    if leaves == 1:
        code_id, path = rng.choice(CODES)
        return CodeTerm(code_id, rng.random() < 0.3, path.rsplit("/", 1)[-1])
    left = rng.randint(1, leaves - 1)
    operator = OPERATORS[rng.choice(sorted(OPERATORS))]
    return operator(_tree(rng, left), _tree(rng, leaves - left))


def builder_bench(runs: int = 5) -> dict[str, object]:
    from ikt_desktop.services.dto import AttributeDTO
    from ikt_desktop.ui.query.builder import QueryBuilder
    from ikt_desktop.ui.shell.application import make_application

    app = make_application()
    query = Query(
        _tree(random.Random(10), 40),
        Filters(
            (Condition("role", ("iKT panel member", "extended collaborator")),
             Condition("Years involved", (), "2", "10"), Condition("Joined", (), "2023-01-01")),
            tuple(Ref(i, name) for i, name in CODERS),
            tuple(Ref(i, name) for i, name in SOURCES[:50]),
        ),
    )  # fmt: skip
    attributes = [AttributeDTO(1, "a", "Years involved", "number", (), 0),
                  AttributeDTO(2, "b", "Joined", "date", (), 1)]  # fmt: skip
    shown, read = [], []
    for _ in range(runs):
        builder = QueryBuilder()
        builder.set_codes(CODES)
        builder.filters.set_choices([], attributes, CODERS, SOURCES)
        builder.show()
        started = time.perf_counter()
        assert builder.show_query(query)
        app.processEvents()
        shown.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assert builder.query() == query
        read.append((time.perf_counter() - started) * 1000)
        builder.close()
        builder.deleteLater()
        app.processEvents()
    return {
        "query_builder_show_ms": round(statistics.median(shown), 1),
        "query_builder_read_ms": round(statistics.median(read), 2),
    }


if __name__ == "__main__":
    print(json.dumps(builder_bench(), indent=None if "--json" in sys.argv else 2))
