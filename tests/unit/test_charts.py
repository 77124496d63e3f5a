"""Pure chart rules: nice ticks, label truncation, heat and text colours, bar layout."""

from __future__ import annotations

import pytest

from ikt_desktop.domain.analysis.charts import (
    BarChart,
    Series,
    bar_layout,
    chart_height,
    heat_color,
    label_chars,
    nice_ticks,
    text_color,
    truncate,
)


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [
        (37, [0, 10, 20, 30, 40]),
        (11, [0, 5, 10, 15]),  # 2.5 is no step for counts
        (5, [0, 1, 2, 3, 4, 5]),
        (1, [0, 1]),
        (0, [0, 1]),
        (729, [0, 200, 400, 600, 800]),
        (100_000, [0, 20_000, 40_000, 60_000, 80_000, 100_000]),
    ],
)
def test_nice_ticks(maximum: float, ticks: list[float]) -> None:
    assert nice_ticks(maximum) == ticks


def test_nice_ticks_for_fractions() -> None:
    assert nice_ticks(0.9, integers=False) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_truncate_on_words_with_an_ellipsis() -> None:
    assert truncate("Jargon and power imbalance", 40) == "Jargon and power imbalance"
    assert truncate("Jargon and power imbalance", 18) == "Jargon and power…"
    assert truncate("Défining   iKT\nfrom the start", 14) == "Défining iKT…"
    assert truncate("多发性硬化患者参与研究的经历", 6) == "多发性硬化…"
    assert truncate("Giving back 👍 to the MS community", 14) == "Giving back 👍…"
    assert len(truncate("x" * 50, 10)) == 10
    assert truncate("abc", 1) == "…"


def test_heat_and_text_colours() -> None:
    assert heat_color(0, 10) == "#FFFFFF"
    assert heat_color(10, 10) == "#2166AC"
    assert heat_color(20, 10) == "#2166AC"  # above the scale: its top
    assert heat_color(5, 0) == "#FFFFFF"  # nothing to scale to
    assert heat_color(5, 10) not in ("#FFFFFF", "#2166AC")
    assert text_color("#FFFFFF") == "#000000"
    assert text_color("#2166AC") == "#FFFFFF"
    assert text_color(heat_color(2, 10)) == "#000000"


def test_bar_layout_fits_the_canvas() -> None:
    chart = BarChart("T", "Codings", ("Short", "A much longer label " * 5),
                     (Series("a", "#000000", (3.0, 7.0)), Series("b", "#111111", (1.0, 0.0))))  # fmt: skip
    layout = bar_layout(chart, 720)
    assert layout.label_width == 240  # a third of the width at most
    assert layout.ticks == (0, 2, 4, 6, 8)
    assert layout.x(0) == layout.plot_left
    assert layout.x(8) == pytest.approx(layout.plot_left + layout.plot_width)
    assert layout.bar_top(0, 1, 2) == layout.bar_top(0, 0, 2) + layout.bar
    assert layout.bar_top(1, 0, 2) == layout.bar_top(0, 0, 2) + layout.band
    assert chart_height(chart) > layout.plot_top + 2 * layout.band
    assert label_chars(layout) == 33
    assert BarChart("T", "", (), ()).is_empty()
