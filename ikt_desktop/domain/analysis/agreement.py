"""Intercoder agreement: percent agreement, Cohen's kappa and Krippendorff's alpha.

Pure and fast: everything is computed from sorted, merged intervals (sums of lengths),
never one character at a time, so 100 transcripts x 100,000 codings take well under a
second.

Two units of analysis, as the desktop QDA tools use them:

**Character level** (NVivo, QualCoder). For one code, every character (code point) of a
compared source is a unit; coder X *applies* the code to a character when any of X's
codings of that code covers it. For two coders this gives a 2x2 table (both, only A,
only B, neither), and

* percent agreement  p_o = (both + neither) / N
* Cohen's kappa      (p_o - p_e) / (1 - p_e), with p_e = (m_A1 m_B1 + m_A0 m_B0) / N^2
  (Cohen 1960), m_X1 = characters X coded, m_X0 = N - m_X1
* Krippendorff's alpha, nominal, for two or more coders, on the same units (every coder
  codes every unit, so no value is missing): alpha = 1 - (n - 1) o_01 / (n_0 n_1), the
  binary case of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".

*Overall* pools the per-code tables: a unit is one (character, code) pair, so the overall
2x2 table is the sum of the per-code tables and kappa and alpha are computed on it. This is
not NVivo's average of per-source kappas weighted by source length; the per-code rows are
always shown next to it.

**Segment level** (MAXQDA's "segment overlap" criterion). For one code, each coded segment
of either coder is a unit. A segment *agrees* when the other coder has a segment of the same
code whose overlap with it, measured as intersection / union of the two spans, is at least
the threshold (default 90%). p_o = agreeing segments / all segments. There is no "neither"
cell, so Cohen's kappa does not apply; as MAXQDA does, we give Brennan & Prediger's (1981)
kappa_n = (p_o - 1/q) / (1 - 1/q) with chance agreement 1/q: q = 2 for one code (the
segment has the code or has not), q = the number of codes compared for the overall figure
(MAXQDA: "the number of codes in the result table"). Alpha is not defined at segment level
(it needs units that both coders could leave uncoded) and is reported as None.

A statistic that is undefined (nobody used the code: no variation) is None, with a reason.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

Interval = tuple[int, int]

DEFAULT_THRESHOLD = 0.9
# A "high" agreement with a "low" kappa: the prevalence paradox (Feinstein & Cicchetti 1990).
PARADOX_AGREEMENT = 0.8
PARADOX_KAPPA = 0.4


class Unit(StrEnum):
    CHAR = "char"
    SEGMENT = "segment"


# -- interval arithmetic ------------------------------------------------------------------


def merge(spans: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping, non-touching intervals covering the same characters."""
    out: list[Interval] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def total(intervals: Iterable[Interval]) -> int:
    return sum(end - start for start, end in intervals)


def intersection(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The characters in both merged lists ``a`` and ``b`` (two pointers, linear)."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def difference(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The characters of merged ``a`` not in merged ``b``."""
    out: list[Interval] = []
    j = 0
    for start, end in a:
        at = start
        while j < len(b) and b[j][1] <= at:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            if b[k][0] > at:
                out.append((at, b[k][0]))
            at = max(at, b[k][1])
            k += 1
        if at < end:
            out.append((at, end))
    return out


def coverage_histogram(coverages: Sequence[Sequence[Interval]], length: int) -> list[int]:
    """``h[k]`` = characters of a text of ``length`` covered by exactly ``k`` of the merged
    coverages (one per coder), for k = 0..len(coverages). A sweep over the endpoints."""
    events: dict[int, int] = {}
    for coverage in coverages:
        for start, end in coverage:
            events[start] = events.get(start, 0) + 1
            events[end] = events.get(end, 0) - 1
    hist = [0] * (len(coverages) + 1)
    depth, at = 0, 0
    for point in sorted(events):
        hist[depth] += point - at
        depth += events[point]
        at = point
    hist[0] += length - at
    return hist


# -- the statistics -------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A 2x2 agreement table of two coders on binary units (applied / not applied)."""

    both: int = 0
    a_only: int = 0
    b_only: int = 0
    neither: int = 0

    def __add__(self, other: Table) -> Table:
        return Table(
            self.both + other.both,
            self.a_only + other.a_only,
            self.b_only + other.b_only,
            self.neither + other.neither,
        )

    @property
    def n(self) -> int:
        return self.both + self.a_only + self.b_only + self.neither

    @property
    def histogram(self) -> tuple[int, int, int]:
        """Units coded by 0, 1 and 2 coders (alpha's input)."""
        return (self.neither, self.a_only + self.b_only, self.both)


def percent_agreement(table: Table) -> float | None:
    return (table.both + table.neither) / table.n if table.n else None


def cohen_kappa(table: Table) -> float | None:
    """Cohen's (1960) kappa of a 2x2 table; None when chance agreement is 1 (both coders
    gave every unit the same single value: no variation) or the table is empty.
    Computed in integers: kappa = (N (a + d) - E) / (N^2 - E), E = sum of marginal products."""
    n = table.n
    a1, b1 = table.both + table.a_only, table.both + table.b_only
    expected = a1 * b1 + (n - a1) * (n - b1)
    denominator = n * n - expected
    if n == 0 or denominator == 0:
        return None
    return (n * (table.both + table.neither) - expected) / denominator


def alpha_binary(histogram: Sequence[int]) -> float | None:
    """Krippendorff's alpha (nominal) for binary values, every unit coded by all
    m = len(histogram) - 1 coders; ``histogram[k]`` = units where k coders gave value 1.

    A unit with k ones adds k(m-k)/(m-1) to o_01 (pairs of different values, one way) and
    its m values to n_0 and n_1. alpha = 1 - (n - 1) o_01 / (n_0 n_1). None when only one
    value occurs (no variation: D_e = 0) or m < 2."""
    m = len(histogram) - 1
    if m < 2:
        return None
    # everything times (m - 1) to stay in integers
    o01 = sum(h * k * (m - k) for k, h in enumerate(histogram))
    n1 = sum(h * k for k, h in enumerate(histogram))
    n0 = sum(h * (m - k) for k, h in enumerate(histogram))
    n = n0 + n1
    if n0 == 0 or n1 == 0:
        return None
    return 1 - (n - 1) * o01 / ((m - 1) * n0 * n1)


def alpha_nominal(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal data from a reliability data matrix given by unit:
    ``units[u]`` holds each coder's value for unit u, None where a coder gave none. Units
    with fewer than two values are not pairable and are left out (Krippendorff 2011).
    For small tables (tests, worked examples); the app's own data uses ``alpha_binary``."""
    coincidence: dict[tuple[Hashable, Hashable], float] = {}
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[c, k] = coincidence.get((c, k), 0.0) + 1 / (m - 1)
    totals: dict[Hashable, float] = {}
    for (c, _), o in coincidence.items():
        totals[c] = totals.get(c, 0.0) + o
    n = sum(totals.values())
    disagree = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * disagree / expected


def brennan_prediger(p_o: float | None, categories: int) -> float | None:
    """kappa_n = (p_o - 1/q) / (1 - 1/q) (Brennan & Prediger 1981); None for q < 2."""
    if p_o is None or categories < 2:
        return None
    chance = 1 / categories
    return (p_o - chance) / (1 - chance)


def overlap_ratio(s: Interval, t: Interval) -> float:
    """|s ∩ t| / |s ∪ t| of two spans (0 when they do not overlap)."""
    inter = min(s[1], t[1]) - max(s[0], t[0])
    if inter <= 0:
        return 0.0
    return inter / (max(s[1], t[1]) - min(s[0], t[0]))


def match_segments(
    a: Sequence[Interval], b: Sequence[Interval], threshold: float = DEFAULT_THRESHOLD
) -> tuple[list[bool], list[bool]]:
    """Which segments of ``a`` have a partner in ``b`` overlapping them by at least
    ``threshold`` (intersection / union), and which of ``b`` have one in ``a``."""
    if not 0 < threshold <= 1:
        raise ValueError(f"the overlap threshold must be in (0, 1], not {threshold}")
    return _matched(a, b, threshold), _matched(b, a, threshold)


def _matched(a: Sequence[Interval], b: Sequence[Interval], threshold: float) -> list[bool]:
    ordered = sorted(b)
    starts = [s for s, _ in ordered]
    longest = max((e - s for s, e in ordered), default=0)
    out: list[bool] = []
    for seg in a:
        lo = bisect_left(starts, seg[0] - longest)
        hi = bisect_left(starts, seg[1])
        out.append(any(overlap_ratio(seg, ordered[i]) >= threshold for i in range(lo, hi)))
    return out


# -- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """The statistics of one code (``code_id``) or of all codes (``code_id`` None).

    Character level: ``table`` counts characters (overall: character x code pairs).
    Segment level: ``table.both`` = agreeing segments (of either coder), ``a_only`` /
    ``b_only`` = segments of A / B without a partner, ``neither`` = 0 (no such cell).
    ``histogram`` (alpha's input): units by how many of the coders applied the code."""

    code_id: int | None
    unit: Unit
    table: Table
    percent_agreement: float | None
    kappa: float | None
    alpha: float | None
    histogram: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def units(self) -> int:
        return self.table.n

    @property
    def paradox(self) -> bool:
        """High agreement but low kappa: the prevalence paradox."""
        return (
            self.percent_agreement is not None
            and self.kappa is not None
            and self.percent_agreement >= PARADOX_AGREEMENT
            and self.kappa < PARADOX_KAPPA
        )


UNDEFINED_NO_VARIATION = (
    "kappa and alpha are undefined: no variation (neither coder applied the code, or every "
    "unit got the same value from everyone)"
)
UNDEFINED_SEGMENT_ALPHA = (
    "alpha is computed at character level only: at segment level there are no units that "
    "both coders left uncoded"
)
PARADOX_NOTE = (
    "agreement is high but kappa is low: the code covers little of the text, so most "
    "agreement is on text nobody coded, which chance alone would produce (the prevalence "
    "paradox); look at the 'both' and 'only A / only B' counts"
)


KAPPA_TWO_CODERS = "Cohen's kappa compares two coders; with more, see alpha"


def char_stats(code_id: int | None, histogram: Sequence[int], table: Table | None) -> Stats:
    """Character-level statistics from the coverage histogram and, for two coders, the
    2x2 table. With more than two coders percent agreement counts the units on which all
    coders agree, and kappa is None."""
    notes: list[str] = []
    if table is None:
        n = sum(histogram)
        p_o = (histogram[0] + histogram[-1]) / n if n else None
        kappa = None
        table = Table(histogram[-1], 0, 0, histogram[0])
        notes.append(KAPPA_TWO_CODERS)
    else:
        p_o, kappa = percent_agreement(table), cohen_kappa(table)
    alpha = alpha_binary(histogram)
    if p_o is not None and alpha is None:
        notes.append(UNDEFINED_NO_VARIATION)
    stats = Stats(code_id, Unit.CHAR, table, p_o, kappa, alpha, tuple(histogram))
    if stats.paradox:
        notes.append(PARADOX_NOTE)
    return replace(stats, notes=tuple(notes))


def segment_stats(code_id: int | None, table: Table, categories: int) -> Stats:
    p_o = percent_agreement(table)
    kappa = brennan_prediger(p_o, categories)
    notes = [UNDEFINED_SEGMENT_ALPHA] if p_o is not None else []
    return Stats(code_id, Unit.SEGMENT, table, p_o, kappa, None, (), tuple(notes))


@dataclass
class Coverage:
    """One coder's codings: ``spans[code][source]`` = that coder's spans (any order)."""

    spans: dict[int, dict[int, list[Interval]]] = field(default_factory=dict)

    def add(self, code_id: int, source_id: int, start: int, end: int) -> None:
        self.spans.setdefault(code_id, {}).setdefault(source_id, []).append((start, end))

    def sources(self) -> set[int]:
        return {s for by_source in self.spans.values() for s in by_source}


@dataclass(frozen=True)
class Agreement:
    unit: Unit
    overall: Stats
    codes: tuple[Stats, ...]  # in the order of ``code_ids`` given


def char_agreement(
    lengths: Mapping[int, int], coders: Sequence[Coverage], code_ids: Sequence[int]
) -> Agreement:
    """Character-level agreement of two or more coders over the sources in ``lengths``
    (``{source id: text length in code points}``), per code and pooled."""
    m = len(coders)
    if m < 2:
        raise ValueError("agreement needs at least two coders")
    rows: list[Stats] = []
    pooled_hist = [0] * (m + 1)
    pooled_table = Table()
    for code in code_ids:
        hist = [0] * (m + 1)
        table = Table()
        for source, length in lengths.items():
            covs = [merge(c.spans.get(code, {}).get(source, ())) for c in coders]
            if not any(covs):
                hist[0] += length
                if m == 2:
                    table += Table(neither=length)
                continue
            for k, h in enumerate(coverage_histogram(covs, length)):
                hist[k] += h
            if m == 2:
                both = total(intersection(covs[0], covs[1]))
                a1, b1 = total(covs[0]), total(covs[1])
                table += Table(both, a1 - both, b1 - both, length - a1 - b1 + both)
        rows.append(char_stats(code, hist, table if m == 2 else None))
        pooled_hist = [x + y for x, y in zip(pooled_hist, hist, strict=True)]
        pooled_table += table
    overall = char_stats(None, pooled_hist, pooled_table if m == 2 else None)
    return Agreement(Unit.CHAR, overall, tuple(rows))


def segment_agreement(
    sources: Iterable[int],
    a: Coverage,
    b: Coverage,
    code_ids: Sequence[int],
    threshold: float = DEFAULT_THRESHOLD,
) -> Agreement:
    """Segment-level agreement of two coders (see the module's docstring)."""
    compared = list(sources)
    rows: list[Stats] = []
    pooled = Table()
    used = 0
    for code in code_ids:
        table = Table()
        for source in compared:
            sa = sorted(set(a.spans.get(code, {}).get(source, ())))
            sb = sorted(set(b.spans.get(code, {}).get(source, ())))
            if not sa and not sb:
                continue
            ma, mb = match_segments(sa, sb, threshold)
            table += Table(sum(ma) + sum(mb), ma.count(False), mb.count(False), 0)
        used += table.n > 0
        rows.append(segment_stats(code, table, 2))
        pooled += table
    return Agreement(Unit.SEGMENT, segment_stats(None, pooled, used), tuple(rows))


# -- disagreements ------------------------------------------------------------------------


@dataclass(frozen=True)
class Disagreement:
    """A stretch of one code where two coders differ: a connected piece of the union of
    their coverage in which their coverages are not the same. ``a`` and ``b`` are each
    coder's coverage inside it (merged; one of them may be empty)."""

    source_id: int
    code_id: int
    start: int
    end: int
    a: tuple[Interval, ...]
    b: tuple[Interval, ...]


def disagreements(
    source_id: int, code_id: int, a: Iterable[Interval], b: Iterable[Interval]
) -> list[Disagreement]:
    ca, cb = merge(a), merge(b)
    out: list[Disagreement] = []
    for start, end in merge([*ca, *cb]):
        ia = tuple(intersection(ca, [(start, end)]))
        ib = tuple(intersection(cb, [(start, end)]))
        if ia != ib:
            out.append(Disagreement(source_id, code_id, start, end, ia, ib))
    return out


class Shade(StrEnum):
    BOTH = "both"
    A_ONLY = "a"
    B_ONLY = "b"


def shading(
    pairs: Iterable[tuple[Iterable[Interval], Iterable[Interval]]],
) -> dict[Shade, list[Interval]]:
    """For the compare view: given (A's spans, B's spans) of each code shown, the
    characters both coded (with the same code), only A coded and only B coded, merged
    over the codes."""
    both: list[Interval] = []
    a_only: list[Interval] = []
    b_only: list[Interval] = []
    for a, b in pairs:
        ca, cb = merge(a), merge(b)
        both += intersection(ca, cb)
        a_only += difference(ca, cb)
        b_only += difference(cb, ca)
    return {Shade.BOTH: merge(both), Shade.A_ONLY: merge(a_only), Shade.B_ONLY: merge(b_only)}
