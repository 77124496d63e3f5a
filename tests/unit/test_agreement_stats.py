"""Agreement statistics on known tables, worked examples from the literature, and checks
against independent implementations (the ``krippendorff`` package; a per-character
brute force)."""

from __future__ import annotations

import itertools
import random

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikt_desktop.domain.analysis.agreement import (
    PARADOX_NOTE,
    UNDEFINED_NO_VARIATION,
    Coverage,
    Table,
    alpha_binary,
    alpha_nominal,
    brennan_prediger,
    char_agreement,
    cohen_kappa,
    coverage_histogram,
    difference,
    disagreements,
    intersection,
    match_segments,
    merge,
    overlap_ratio,
    percent_agreement,
    segment_agreement,
    shading,
)

# -- hand tables ------------------------------------------------------------------------


def test_perfect_agreement() -> None:
    t = Table(both=30, a_only=0, b_only=0, neither=70)
    assert percent_agreement(t) == 1.0
    assert cohen_kappa(t) == 1.0
    assert alpha_binary(t.histogram) == 1.0


def test_complete_disagreement() -> None:
    t = Table(both=0, a_only=50, b_only=50, neither=0)
    assert percent_agreement(t) == 0.0
    assert cohen_kappa(t) == pytest.approx(-1.0)
    # alpha = 1 - (n-1) o01 / (n0 n1) = 1 - 199 * 100 / (100 * 100)
    assert alpha_binary(t.histogram) == pytest.approx(1 - 199 / 100)


def test_cohen_kappa_worked_example() -> None:
    """Wikipedia, "Cohen's kappa", simple example: 50 proposals, yes/yes 20, yes/no 5,
    no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4."""
    t = Table(both=20, a_only=5, b_only=10, neither=15)
    assert percent_agreement(t) == pytest.approx(0.7)
    assert cohen_kappa(t) == pytest.approx(0.4)


def test_prevalence_paradox() -> None:
    """Feinstein & Cicchetti (1990): the same 85% agreement gives very different kappas
    depending on prevalence. Their table (a=40, b=9, c=6, d=45) vs (a=80, b=10, c=5, d=5)."""
    balanced = Table(both=40, a_only=9, b_only=6, neither=45)
    skewed = Table(both=80, a_only=10, b_only=5, neither=5)
    assert percent_agreement(balanced) == percent_agreement(skewed) == pytest.approx(0.85)
    assert cohen_kappa(balanced) == pytest.approx(0.70, abs=0.005)
    assert cohen_kappa(skewed) == pytest.approx(0.32, abs=0.005)


def test_undefined_when_nobody_used_the_code() -> None:
    t = Table(neither=1000)
    assert percent_agreement(t) == 1.0
    assert cohen_kappa(t) is None
    assert alpha_binary(t.histogram) is None
    assert cohen_kappa(Table()) is None and percent_agreement(Table()) is None
    assert alpha_binary([0, 0, 5]) is None  # everyone coded everything
    stats = char_agreement({1: 100}, [Coverage(), Coverage()], [7]).codes[0]
    assert stats.kappa is None and stats.alpha is None
    assert UNDEFINED_NO_VARIATION in stats.notes


def test_krippendorff_2011_binary_example() -> None:
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", A: binary data,
    two observers, no missing data: alpha = 0.095."""
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    hist = [0, 0, 0]
    for x, y in zip(a, b, strict=True):
        hist[x + y] += 1
    assert alpha_binary(hist) == pytest.approx(0.095, abs=0.0005)
    assert alpha_nominal(list(zip(a, b, strict=True))) == pytest.approx(0.095, abs=0.0005)


def test_krippendorff_2011_nominal_example_with_missing_values() -> None:
    """Krippendorff (2011), C: nominal data, four observers, 12 units, missing values:
    alpha = 0.743."""
    n = None
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    units = list(zip(*observers, strict=True))
    assert alpha_nominal(units) == pytest.approx(0.743, abs=0.0005)


@pytest.mark.parametrize("seed", range(20))
def test_alpha_matches_the_krippendorff_package(seed: int) -> None:
    rng = np.random.default_rng(seed)
    coders = int(rng.integers(2, 6))
    units = int(rng.integers(5, 60))
    prevalence = rng.uniform(0.05, 0.95)
    data = (rng.random((coders, units)) < prevalence).astype(int)
    if data.min() == data.max():
        return
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    hist = [0] * (coders + 1)
    for k in data.sum(axis=0):
        hist[int(k)] += 1
    assert alpha_binary(hist) == pytest.approx(expected)
    assert alpha_nominal(data.T.tolist()) == pytest.approx(expected)


# -- intervals equal a per-character brute force ---------------------------------------------

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
)


def _chars(intervals: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in intervals for i in range(s, e)}


@settings(max_examples=200, deadline=None)
@given(a=spans, b=spans, c=spans)
def test_interval_arithmetic_equals_brute_force(a, b, c) -> None:  # type: ignore[no-untyped-def]
    ma, mb = merge(a), merge(b)
    assert _chars(ma) == _chars(a)
    assert all(x[1] < y[0] for x, y in itertools.pairwise(ma))  # sorted, not touching
    assert _chars(intersection(ma, mb)) == _chars(a) & _chars(b)
    assert _chars(difference(ma, mb)) == _chars(a) - _chars(b)
    length = 100
    hist = coverage_histogram([ma, mb, merge(c)], length)
    sets = [_chars(a), _chars(b), _chars(c)]
    brute = [0, 0, 0, 0]
    for i in range(length):
        brute[sum(i in s for s in sets)] += 1
    assert hist == brute


@settings(max_examples=150, deadline=None)
@given(a=spans, b=spans)
def test_char_level_table_equals_brute_force(a, b) -> None:  # type: ignore[no-untyped-def]
    length = 100
    ca, cb = Coverage(), Coverage()
    for s, e in a:
        ca.add(1, 1, s, e)
    for s, e in b:
        cb.add(1, 1, s, e)
    stats = char_agreement({1: length}, [ca, cb], [1]).codes[0]
    sa, sb = _chars(a), _chars(b)
    brute = Table(
        both=len(sa & sb),
        a_only=len(sa - sb),
        b_only=len(sb - sa),
        neither=sum(1 for i in range(length) if i not in sa and i not in sb),
    )
    assert stats.table == brute
    assert stats.kappa == cohen_kappa(brute)
    if stats.alpha is not None:
        data = np.array(
            [[int(i in sa) for i in range(length)], [int(i in sb) for i in range(length)]]
        )
        assert stats.alpha == pytest.approx(
            krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        )


def test_overall_pools_character_code_pairs() -> None:
    ca, cb = Coverage(), Coverage()
    ca.add(1, 1, 0, 10)
    cb.add(1, 1, 0, 10)  # code 1: perfect
    ca.add(2, 1, 50, 60)  # code 2: only A
    result = char_agreement({1: 100}, [ca, cb], [1, 2])
    assert result.codes[0].kappa == 1.0
    assert result.overall.table == Table(both=10, a_only=10, b_only=0, neither=180)
    assert result.overall.table == result.codes[0].table + result.codes[1].table


def test_char_level_paradox_note() -> None:
    ca, cb = Coverage(), Coverage()
    ca.add(1, 1, 0, 10)
    cb.add(1, 1, 10, 20)
    stats = char_agreement({1: 1000}, [ca, cb], [1]).codes[0]
    assert stats.percent_agreement == pytest.approx(0.98)
    assert stats.kappa is not None and stats.kappa < 0
    assert stats.paradox and PARADOX_NOTE in stats.notes


def test_three_coders_give_alpha_and_no_kappa() -> None:
    coders = [Coverage(), Coverage(), Coverage()]
    for c in coders:
        c.add(1, 1, 0, 10)
    coders[2].add(1, 1, 10, 20)
    stats = char_agreement({1: 40}, coders, [1]).codes[0]
    assert stats.kappa is None
    assert stats.percent_agreement == pytest.approx(30 / 40)
    data = np.array([[int(i < 10) for i in range(40)]] * 2 + [[int(i < 20) for i in range(40)]])
    assert stats.alpha == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    )


# -- segment level ------------------------------------------------------------------------


def test_overlap_is_intersection_over_union() -> None:
    assert overlap_ratio((0, 100), (0, 90)) == pytest.approx(0.9)
    assert overlap_ratio((0, 100), (10, 110)) == pytest.approx(90 / 110)
    assert overlap_ratio((0, 10), (10, 20)) == 0.0


def test_segment_threshold_rule() -> None:
    a = [(0, 100), (200, 300), (400, 410)]
    b = [(0, 90), (210, 310), (600, 700)]
    ma, mb = match_segments(a, b, 0.9)
    assert ma == [True, False, False]  # 90/100 agrees; 90/110 does not
    assert mb == [True, False, False]
    ma, mb = match_segments(a, b, 0.8)
    assert ma == [True, True, False] and mb == [True, True, False]
    with pytest.raises(ValueError):
        match_segments(a, b, 0)


def test_segment_agreement_and_brennan_prediger() -> None:
    ca, cb = Coverage(), Coverage()
    ca.add(1, 1, 0, 100)
    cb.add(1, 1, 0, 95)  # agrees (95%)
    ca.add(1, 1, 200, 300)  # A alone
    ca.add(2, 1, 500, 600)
    cb.add(2, 1, 500, 600)
    result = segment_agreement([1], ca, cb, [1, 2], 0.9)
    one, two = result.codes
    assert one.table == Table(both=2, a_only=1, b_only=0, neither=0)
    assert one.percent_agreement == pytest.approx(2 / 3)
    assert one.kappa == pytest.approx(2 * (2 / 3) - 1)  # q = 2
    assert two.percent_agreement == 1.0 and one.alpha is None
    assert result.overall.percent_agreement == pytest.approx(4 / 5)
    assert result.overall.kappa == pytest.approx(brennan_prediger(4 / 5, 2))
    assert brennan_prediger(0.5, 1) is None


# -- disagreements and shading ----------------------------------------------------------


def test_disagreements_are_differing_components_of_the_union() -> None:
    a = [(0, 50), (100, 120), (300, 310)]
    b = [(10, 60), (100, 120)]
    found = disagreements(1, 7, a, b)
    assert [(d.start, d.end, d.a, d.b) for d in found] == [
        (0, 60, ((0, 50),), ((10, 60),)),
        (300, 310, ((300, 310),), ()),
    ]


def test_shading() -> None:
    shades = shading([([(0, 10)], [(5, 15)]), ([(20, 30)], [])])
    assert shades["both"] == [(5, 10)]
    assert shades["a"] == [(0, 5), (20, 30)]
    assert shades["b"] == [(10, 15)]


def test_random_large_case_is_fast_enough() -> None:
    rng = random.Random(1)
    ca, cb = Coverage(), Coverage()
    for _ in range(20_000):
        s = rng.randrange(0, 60_000)
        ca.add(rng.randrange(10), rng.randrange(20), s, s + rng.randrange(1, 400))
        s = rng.randrange(0, 60_000)
        cb.add(rng.randrange(10), rng.randrange(20), s, s + rng.randrange(1, 400))
    result = char_agreement(dict.fromkeys(range(20), 61_000), [ca, cb], list(range(10)))
    assert result.overall.units == 20 * 61_000 * 10
