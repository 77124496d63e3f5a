"""Evaluating a coding query (``domain/query.py``) on spans: pure, no database.

A result is a list of hits: spans of a source's text (code points, half-open) with the
codes and codings they come from.

- a code term gives its codings, one hit each;
- AND, OR and NOT work on the text covered: the text is cut into elementary pieces
  (``intervals.elementary_segments``), the pieces the operator keeps are joined where they
  touch; a piece carries the codes and codings of the segments covering it (NOT: only a's);
- Overlapping and SameTurn keep a's hits whole, adding the codes of b found with them.

A turn is found the way the rest of the app finds a coding's speaker: the last turn
starting at or before a position (``turn_starts`` per source, in text order).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ikt_desktop.domain.coding.intervals import elementary_segments
from ikt_desktop.domain.query.coding_query import (
    And,
    CodeTerm,
    Node,
    Not,
    Or,
    Overlapping,
    SameTurn,
)


@dataclass(frozen=True)
class Coded:
    """A coding as the evaluation needs it."""

    coding_id: int
    code_id: int
    source_id: int
    start: int
    end: int


@dataclass(frozen=True, order=True)
class Hit:
    source_id: int
    start: int
    end: int
    codes: frozenset[int] = field(default=frozenset(), compare=False)
    codings: frozenset[int] = field(default=frozenset(), compare=False)


@dataclass(frozen=True)
class Context:
    """What the evaluation reads: codings by code, each code's sub-codes (all levels),
    and where turns start in each source."""

    codings: Mapping[int, Sequence[Coded]]
    descendants: Mapping[int, Sequence[int]] = field(default_factory=dict)
    turn_starts: Mapping[int, Sequence[int]] = field(default_factory=dict)


BySource = dict[int, list[Hit]]


def evaluate(node: Node, context: Context) -> list[Hit]:
    """The hits of ``node``, by source id and then position."""
    found = _eval(node, context)
    return [hit for source in sorted(found) for hit in found[source]]


def coverage(hits: Sequence[Hit]) -> dict[int, list[tuple[int, int]]]:
    """The text the hits cover, per source, as sorted disjoint spans (touching ones joined)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for hit in sorted(hits):
        spans = out.setdefault(hit.source_id, [])
        if spans and hit.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hit.end))
        else:
            spans.append((hit.start, hit.end))
    return out


def code_ids_of(node: Node, descendants: Mapping[int, Sequence[int]]) -> set[int]:
    """Every code whose codings the evaluation reads."""
    if isinstance(node, CodeTerm):
        return set(_term_ids(node, descendants))
    return code_ids_of(node.a, descendants) | code_ids_of(node.b, descendants)


def _term_ids(term: CodeTerm, descendants: Mapping[int, Sequence[int]]) -> list[int]:
    """The term's code, then its sub-codes when it includes them (no repeats)."""
    ids = [term.code_id, *(descendants.get(term.code_id, ()) if term.include_subcodes else ())]
    return list(dict.fromkeys(ids))


def _eval(node: Node, context: Context) -> BySource:
    if isinstance(node, CodeTerm):
        return _term(node, context)
    a, b = _eval(node.a, context), _eval(node.b, context)
    if isinstance(node, And):
        return _combine(a, b, lambda in_a, in_b: in_a and in_b, keep_b=True)
    if isinstance(node, Or):
        return _union(a, b)
    if isinstance(node, Not):
        return _combine(a, b, lambda in_a, in_b: in_a and not in_b, keep_b=False)
    if isinstance(node, Overlapping):
        return _overlapping(a, b)
    assert isinstance(node, SameTurn)
    return _same_turn(a, b, context.turn_starts)


def _term(term: CodeTerm, context: Context) -> BySource:
    out: BySource = {}
    for code_id in _term_ids(term, context.descendants):
        for c in context.codings.get(code_id, ()):
            if c.end > c.start:
                hit = Hit(c.source_id, c.start, c.end, frozenset([c.code_id]),
                          frozenset([c.coding_id]))  # fmt: skip
                out.setdefault(c.source_id, []).append(hit)
    for hits in out.values():
        hits.sort()
    return out


def _combine(
    a: BySource, b: BySource, keep: Callable[[bool, bool], bool], keep_b: bool
) -> BySource:
    out: BySource = {}
    for source in a.keys() | b.keys():
        a_hits, b_hits = a.get(source, []), b.get(source, [])
        hits = a_hits + b_hits
        spans = [(h.start, h.end, i) for i, h in enumerate(hits)]
        joined: list[Hit] = []
        for start, end, active in elementary_segments(spans):
            in_a, in_b = min(active) < len(a_hits), max(active) >= len(a_hits)
            if not keep(in_a, in_b):
                continue
            taken = [hits[i] for i in active if keep_b or i < len(a_hits)]
            codes = frozenset().union(*(h.codes for h in taken))
            codings = frozenset().union(*(h.codings for h in taken))
            if joined and joined[-1].end == start:
                last = joined[-1]
                joined[-1] = Hit(source, last.start, end, last.codes | codes,
                                 last.codings | codings)  # fmt: skip
            else:
                joined.append(Hit(source, start, end, codes, codings))
        if joined:
            out[source] = joined
    return out


def _union(a: BySource, b: BySource) -> BySource:
    """OR needs no cutting: sort both and join what overlaps or touches."""
    out: BySource = {}
    for source in a.keys() | b.keys():
        joined: list[Hit] = []
        for hit in sorted(a.get(source, []) + b.get(source, [])):
            last = joined[-1] if joined else None
            if last is not None and hit.start <= last.end:
                joined[-1] = Hit(source, last.start, max(last.end, hit.end),
                                 last.codes | hit.codes, last.codings | hit.codings)  # fmt: skip
            else:
                joined.append(hit)
        out[source] = joined
    return out


def _overlapping(a: BySource, b: BySource) -> BySource:
    out: BySource = {}
    for source, a_hits in a.items():
        b_spans = _union({source: b.get(source, [])}, {}).get(source, [])
        ends = [h.end for h in b_spans]
        kept = []
        for hit in a_hits:
            at = bisect_right(ends, hit.start)  # the first b span ending after hit starts
            codes, found = set(hit.codes), False
            while at < len(b_spans) and b_spans[at].start < hit.end:
                codes |= b_spans[at].codes
                found = True
                at += 1
            if found:
                kept.append(Hit(source, hit.start, hit.end, frozenset(codes), hit.codings))
        if kept:
            out[source] = kept
    return out


def _same_turn(a: BySource, b: BySource, turn_starts: Mapping[int, Sequence[int]]) -> BySource:
    out: BySource = {}
    for source, a_hits in a.items():
        starts = turn_starts.get(source, ())
        codes_in_turn: dict[int, set[int]] = {}
        for hit in b.get(source, ()):
            for turn in _turns(starts, hit):
                codes_in_turn.setdefault(turn, set()).update(hit.codes)
        kept = []
        for hit in a_hits:
            shared = [codes_in_turn[t] for t in _turns(starts, hit) if t in codes_in_turn]
            if shared:
                codes = hit.codes.union(*shared)
                kept.append(Hit(source, hit.start, hit.end, codes, hit.codings))
        if kept:
            out[source] = kept
    return out


def _turns(starts: Sequence[int], hit: Hit) -> range:
    """The turns a span touches (-1: text before the first turn)."""
    first = bisect_right(starts, hit.start) - 1
    last = bisect_right(starts, max(hit.start, hit.end - 1)) - 1
    return range(first, last + 1)


@dataclass(frozen=True)
class QueryRow:
    """One result as the researcher sees it: a quote with who said it, where, coded with
    which codes by whom. ``start``/``end``: code points of the source's text."""

    source_id: int
    source_name: str
    participant_id: int | None
    participant_label: str
    participant_role: str
    attribution: str  # by the report's rule: "(P3, extended collaborator)"
    start: int
    end: int
    text: str
    codes: tuple[str, ...]  # names, alphabetical
    coders: tuple[str, ...]
    coding_ids: tuple[int, ...]

    @property
    def quote(self) -> str:
        """The text with white space folded (line breaks, indents) for one line."""
        return " ".join(self.text.split())
