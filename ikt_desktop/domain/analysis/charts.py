"""Rules of the matrices' heat colours and the charts' scales, kept pure (no Qt) so they
can be tested alone: nice axis ticks, label truncation, a white-to-blue colour scale with a
readable text colour, and the bar chart as data that any painter can draw."""

from __future__ import annotations

import math
from dataclasses import dataclass

# The heat scale runs from white (0) to this blue (the maximum); one hue reads in print and
# for colour-blind readers, and Excel's colour scale uses the same two ends.
HEAT_LOW = (255, 255, 255)
HEAT_HIGH = (33, 102, 172)
ELLIPSIS = "…"
# Eight distinguishable series colours (Tableau 10, the codebook's palette family).
# the charts the Analysis tab offers, by key (their titles in English: the report's too)
CHART_TITLES = {
    "code_frequencies": "Code frequencies",
    "theme_prevalence": "Theme prevalence by role",
    "codings_per_source": "Codings per source",
}

SERIES_COLORS = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948",
                 "#B07AA1", "#FF9DA7")  # fmt: skip


def nice_step(maximum: float, count: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``count`` ticks
    from 0 to at least ``maximum``."""
    if maximum <= 0 or count < 1:
        return 1.0
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def nice_ticks(maximum: float, count: int = 5, *, integers: bool = True) -> list[float]:
    """Ticks from 0 up to the first tick at or above ``maximum``: ``nice_ticks(37)`` is
    ``[0, 10, 20, 30, 40]``. Counts have whole-number steps (no 2.5 codings)."""
    step = nice_step(maximum, count)
    if integers and step < 1:
        step = 1.0
    elif integers and step != int(step):
        step *= 2  # 2.5 -> 5: still a round step, and a whole number
    top = max(1, math.ceil(maximum / step - 1e-9))
    return [round(i * step, 10) for i in range(top + 1)]


def truncate(label: str, limit: int) -> str:
    """``label`` cut to at most ``limit`` characters, an ellipsis marking the cut, on a
    word boundary when one is near; whitespace runs collapse to one space."""
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    if limit <= 1:
        return ELLIPSIS[:limit]
    cut = label[: limit - 1]
    space = cut.rfind(" ")
    if label[limit - 1] != " " and space >= limit * 2 // 3:  # not at a word's end: back up
        cut = cut[:space]
    return cut.rstrip(" ,;:-/") + ELLIPSIS


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def heat_color(value: float, maximum: float) -> str:
    """The background of a cell: white for 0, ``HEAT_HIGH`` for the maximum, linear between."""
    share = 0.0 if maximum <= 0 else min(1.0, max(0.0, value / maximum))
    return _hex(
        (
            round(HEAT_LOW[0] + (HEAT_HIGH[0] - HEAT_LOW[0]) * share),
            round(HEAT_LOW[1] + (HEAT_HIGH[1] - HEAT_LOW[1]) * share),
            round(HEAT_LOW[2] + (HEAT_HIGH[2] - HEAT_LOW[2]) * share),
        )
    )


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def text_color(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (WCAG luminance)."""
    rgb = [int(background[i : i + 2], 16) for i in (1, 3, 5)]
    lum = 0.2126 * _channel(rgb[0]) + 0.7152 * _channel(rgb[1]) + 0.0722 * _channel(rgb[2])
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars: one band per category, one bar per series in each band."""

    title: str
    value_label: str  # what the bars count, under the axis
    categories: tuple[str, ...]
    series: tuple[Series, ...]

    @property
    def maximum(self) -> float:
        return max((v for s in self.series for v in s.values), default=0.0)

    def is_empty(self) -> bool:
        return not self.categories or self.maximum <= 0


@dataclass(frozen=True)
class BarLayout:
    """Where things go on a canvas of a given size, in pixels."""

    label_width: float
    plot_left: float
    plot_width: float
    plot_top: float
    band: float  # height of one category's band
    bar: float  # height of one bar
    ticks: tuple[float, ...]

    def x(self, value: float) -> float:
        top = self.ticks[-1] if self.ticks and self.ticks[-1] > 0 else 1.0
        return self.plot_left + self.plot_width * value / top

    def bar_top(self, category: int, series: int, count: int) -> float:
        inner = self.bar * count
        return self.plot_top + category * self.band + (self.band - inner) / 2 + series * self.bar


TITLE_HEIGHT, AXIS_HEIGHT, LEGEND_HEIGHT, MARGIN = 34.0, 40.0, 26.0, 12.0


def _bands(chart: BarChart) -> tuple[float, float, float]:
    """(legend height, bar height, band height): thinner bars when a band holds several."""
    legend = LEGEND_HEIGHT if len(chart.series) > 1 else 0.0
    per_bar = 18.0 if len(chart.series) == 1 else 12.0
    return legend, per_bar, per_bar * len(chart.series) + 8


def bar_layout(chart: BarChart, width: float, char_width: float = 7.0) -> BarLayout:
    """The layout of ``chart`` on a canvas ``width`` pixels wide; labels get up to a third
    of the width (longer ones are truncated to fit, see :func:`label_chars`)."""
    longest = max((len(c) for c in chart.categories), default=0)
    label_width = min(width / 3, max(40.0, longest * char_width + 8))
    plot_left = MARGIN + label_width
    legend, per_bar, band = _bands(chart)
    return BarLayout(
        label_width=label_width,
        plot_left=plot_left,
        plot_width=max(40.0, width - plot_left - MARGIN * 2),
        plot_top=TITLE_HEIGHT + legend,
        band=band,
        bar=per_bar,
        ticks=tuple(nice_ticks(chart.maximum)),
    )


def chart_height(chart: BarChart) -> float:
    """The canvas height the chart needs for all its categories."""
    legend, _, band = _bands(chart)
    return TITLE_HEIGHT + legend + band * max(1, len(chart.categories)) + AXIS_HEIGHT + MARGIN


def label_chars(layout: BarLayout, char_width: float = 7.0) -> int:
    """How many characters of a category label fit beside the bars."""
    return max(3, int((layout.label_width - 8) // char_width))
