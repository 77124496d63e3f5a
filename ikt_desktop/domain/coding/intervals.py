"""Per-paragraph interval index of codings, for painting highlights and stripes.

A transcript is shown one paragraph (Qt block) per line; positions are code points. The
index answers, for one paragraph, which codings touch it and where, without scanning all
codings: built once per source in O(n log n), updated per coding in O(log n + k).
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple


class Mark(NamedTuple):
    """A coding as the view needs it: its span and code, in code points of the text.
    A tuple, ordered by its fields in this order: made, sorted and compared in C (a
    three-hour transcript indexes thousands each time it is first shown)."""

    start: int
    end: int
    code_id: int
    coding_id: int


@dataclass
class BlockIndex:
    """Codings grouped by the paragraphs they touch."""

    block_starts: list[int]  # code-point offset where each paragraph starts
    text_length: int
    _by_block: dict[int, list[Mark]] = field(default_factory=dict)

    @classmethod
    def for_text(cls, text: str, marks: Iterable[Mark] = ()) -> BlockIndex:
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        index = cls(starts, len(text))
        # Sorted once, then appended in order (inserting 3,000 codings one by one took
        # 8 ms): each paragraph's list comes out sorted, as ``add`` keeps it.
        by_block = index._by_block
        for mark in sorted(marks):
            for block in index.blocks_of_span(mark.start, mark.end):
                if block in by_block:
                    by_block[block].append(mark)
                else:
                    by_block[block] = [mark]
        return index

    def block_of(self, position: int) -> int:
        return bisect_right(self.block_starts, position) - 1

    def block_range(self, block: int) -> tuple[int, int]:
        """``[start, end)`` of a paragraph, without its line break."""
        start = self.block_starts[block]
        end = (
            self.block_starts[block + 1] - 1
            if block + 1 < len(self.block_starts)
            else self.text_length
        )
        return start, end

    def blocks_of(self, mark: Mark) -> range:
        return self.blocks_of_span(mark.start, mark.end)

    def blocks_of_span(self, start: int, end: int) -> range:
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

    def add(self, mark: Mark) -> range:
        blocks = self.blocks_of(mark)
        for block in blocks:
            insort(self._by_block.setdefault(block, []), mark)
        return blocks

    def remove(self, mark: Mark) -> range:
        blocks = self.blocks_of(mark)
        for block in blocks:
            marks = self._by_block.get(block, [])
            if mark in marks:
                marks.remove(mark)
        return blocks

    def marks_in(self, block: int) -> list[Mark]:
        return self._by_block.get(block, [])

    def local_marks(self, block: int) -> list[tuple[int, int, Mark]]:
        """The paragraph's codings clipped to it, as offsets from its start."""
        start, end = self.block_range(block)
        return [
            (max(m.start, start) - start, min(m.end, end) - start, m)
            for m in self.marks_in(block)
            if min(m.end, end) > max(m.start, start)
        ]


def elementary_segments(
    spans: Iterable[tuple[int, int, int]],
) -> list[tuple[int, int, frozenset[int]]]:
    """Split overlapping ``(start, end, code_id)`` spans into non-overlapping pieces, each
    with the set of codes covering it, so overlaps can be painted as overlaps."""
    edges: dict[int, list[tuple[int, int]]] = {}
    for start, end, code in spans:
        if end > start:
            edges.setdefault(start, []).append((1, code))
            edges.setdefault(end, []).append((-1, code))
    active: dict[int, int] = {}
    out: list[tuple[int, int, frozenset[int]]] = []
    points = sorted(edges)
    for i, point in enumerate(points):
        for delta, code in edges[point]:
            active[code] = active.get(code, 0) + delta
            if active[code] == 0:
                del active[code]
        if active and i + 1 < len(points):
            out.append((point, points[i + 1], frozenset(active)))
    return out


def overlap_pairs(spans: Sequence[tuple[int, int, int, int]]) -> dict[tuple[int, int], int]:
    """How many pairs of spans of two different codes overlap: ``{(a, b): n}``, ``a < b``.

    ``spans`` are ``(group, start, end, code)`` sorted by group, then start (a group is a
    source: spans of different sources never overlap). Half-open spans overlap when they
    share at least one position. One sweep: each span meets only the spans still open
    where it starts, so the work grows with the overlaps, not with the square of the
    spans; counts go into a flat code x code table (dense indices), folded at the end.
    """
    codes = sorted({span[3] for span in spans})
    n = len(codes)
    dense = {code: i for i, code in enumerate(codes)}
    cells = [0] * (n * n)
    open_spans: list[tuple[int, int]] = []  # (end, dense code) of spans started before
    current: int | None = None
    for group, start, end, code in spans:
        if group != current:
            current, open_spans = group, []
        here = dense[code]
        if open_spans:
            open_spans = [o for o in open_spans if o[0] > start]
            row = here * n
            for _end, other in open_spans:
                cells[row + other] += 1
        if end > start:
            open_spans.append((end, here))
    out: dict[tuple[int, int], int] = {}
    for i in range(n):
        for j in range(i + 1, n):
            count = cells[i * n + j] + cells[j * n + i]
            if count:
                out[(codes[i], codes[j])] = count
    return out
