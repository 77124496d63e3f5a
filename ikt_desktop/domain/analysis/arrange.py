"""Order codes so that codes which co-occur sit next to each other: a starting point for
clustering on the board (phase 3 of thematic analysis), not a clustering itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def co_occurrence_order(codes: Sequence[int], weights: Mapping[tuple[int, int], int]) -> list[int]:
    """Greedy chain: start from the most connected code, then repeatedly take the unplaced
    code most connected to the last few placed ones (ties: the given order). Codes with no
    co-occurrence keep their order at the end."""

    def weight(a: int, b: int) -> int:
        return weights.get((a, b), 0) + weights.get((b, a), 0)

    total = {c: sum(weight(c, d) for d in codes if d != c) for c in codes}
    connected = [c for c in codes if total[c] > 0]
    order: list[int] = []
    remaining = list(connected)
    while remaining:
        if not order or all(weight(order[-1], c) == 0 for c in remaining):
            nxt = max(remaining, key=lambda c: (total[c], -codes.index(c)))
        else:
            recent = order[-3:]
            nxt = max(
                remaining,
                key=lambda c: (
                    sum(weight(r, c) * (i + 1) for i, r in enumerate(recent)),
                    -codes.index(c),
                ),
            )
        order.append(nxt)
        remaining.remove(nxt)
    return order + [c for c in codes if total[c] == 0]
