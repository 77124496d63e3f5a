"""The colours of the three palettes, as plain data (no Qt): the palette roles the Qt
palette is built from, and every text colour the app itself sets with the background it
is drawn on. :data:`TEXT_ON` names each (text, background) pair that must meet WCAG AA
(4.5:1); a test computes the ratios for all of them in all three palettes.

Views never write a colour literal for text: they ask :func:`ikt_desktop.ui.look.palette.colours`
for the tokens of the palette in use.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum

AA_NORMAL_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, normal-size text


class Scheme(Enum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class Tokens:
    """Colours as ``#rrggbb``. The first group fills the Qt palette; the second is what the
    app's own views paint text with (and on)."""

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    placeholder: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    border: str
    icon: str
    disabled_text: str  # exempt from AA (WCAG 1.4.3: inactive controls), kept legible
    # -- text the app's views set --------------------------------------------------------
    speaker_label: str  # "P3:" at the start of a turn, on base
    dimmed_turn: str  # interviewer turns when "Dim Interviewer Turns" is on, on base
    stripe_label: str  # code names beside the coding stripes, on base
    theme_title: str  # a theme cluster's title on the board, on cluster_fill
    cluster_fill: str
    card_text: str  # a code card's name on the board, on card_fill
    card_detail: str  # "3 codings · 2 participants" on a card, on card_fill
    card_fill: str
    board_background: str
    note_text: str  # informative notes (compare view), on window
    error_text: str  # inline errors (password dialog), on window
    search_hit_text: str  # a search hit's text, on search_hit_fill
    search_hit_fill: str
    matrix_diagonal_text: str  # matrix cells on the diagonal, on matrix_diagonal_fill
    matrix_diagonal_fill: str
    chart_text: str  # chart titles and axes, on chart_fill
    chart_fill: str


# (text token, background token): every text colour the app sets, on what it is drawn.
TEXT_ON: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("placeholder", "base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("tooltip_text", "tooltip_base"),
    ("speaker_label", "base"),
    ("dimmed_turn", "base"),
    ("stripe_label", "base"),
    ("theme_title", "cluster_fill"),
    ("card_text", "card_fill"),
    ("card_detail", "card_fill"),
    ("note_text", "window"),
    ("error_text", "window"),
    ("search_hit_text", "search_hit_fill"),
    ("matrix_diagonal_text", "matrix_diagonal_fill"),
    ("chart_text", "chart_fill"),
)

LIGHT = Tokens(
    window="#f4f5f7", window_text="#1b1f24", base="#ffffff", alternate_base="#f2f4f7",
    text="#1b1f24", placeholder="#5f6670", button="#e9ecf0", button_text="#1b1f24",
    highlight="#2159c4", highlighted_text="#ffffff", link="#1a56b0",
    tooltip_base="#22262c", tooltip_text="#f4f5f7", border="#b8bec8", icon="#39414d",
    disabled_text="#8a9099",
    speaker_label="#1d4f91", dimmed_turn="#5c6169", stripe_label="#22262c",
    theme_title="#16202e", cluster_fill="#eef1f6", card_text="#1b1f24", card_detail="#4d5561",
    card_fill="#ffffff", board_background="#e6e9ee", note_text="#7a4a00",
    error_text="#a0001c", search_hit_text="#1b1f24", search_hit_fill="#ffe08a",
    matrix_diagonal_text="#1b1f24", matrix_diagonal_fill="#e6e6e6",
    chart_text="#1a1a1a", chart_fill="#ffffff",
)  # fmt: skip

DARK = Tokens(
    window="#1e2024", window_text="#e4e7eb", base="#16181b", alternate_base="#1d2024",
    text="#e4e7eb", placeholder="#9aa1aa", button="#2c3036", button_text="#e4e7eb",
    highlight="#2d66c8", highlighted_text="#ffffff", link="#8ab4f8",
    tooltip_base="#e4e7eb", tooltip_text="#16181b", border="#4a5059", icon="#cfd4db",
    disabled_text="#6f757e",
    speaker_label="#8ab4f8", dimmed_turn="#a3a9b1", stripe_label="#e4e7eb",
    theme_title="#f1f3f6", cluster_fill="#262a31", card_text="#eceff3", card_detail="#b4bbc4",
    card_fill="#2d3138", board_background="#1a1c20", note_text="#f0b45a",
    error_text="#ff8a80", search_hit_text="#fff4cc", search_hit_fill="#5c4a12",
    matrix_diagonal_text="#e4e7eb", matrix_diagonal_fill="#33373e",
    chart_text="#e4e7eb", chart_fill="#1e2024",
)  # fmt: skip

HIGH_CONTRAST = Tokens(
    window="#000000", window_text="#ffffff", base="#000000", alternate_base="#101010",
    text="#ffffff", placeholder="#d6d6d6", button="#000000", button_text="#ffffff",
    highlight="#ffd400", highlighted_text="#000000", link="#7fdbff",
    tooltip_base="#ffffff", tooltip_text="#000000", border="#ffffff", icon="#ffffff",
    disabled_text="#a0a0a0",
    speaker_label="#ffd400", dimmed_turn="#d0d0d0", stripe_label="#ffffff",
    theme_title="#ffffff", cluster_fill="#000000", card_text="#ffffff", card_detail="#e0e0e0",
    card_fill="#000000", board_background="#000000", note_text="#ffd400",
    error_text="#ff8a8a", search_hit_text="#000000", search_hit_fill="#ffd400",
    matrix_diagonal_text="#ffffff", matrix_diagonal_fill="#303030",
    chart_text="#ffffff", chart_fill="#000000",
)  # fmt: skip

TOKENS: dict[Scheme, Tokens] = {
    Scheme.LIGHT: LIGHT,
    Scheme.DARK: DARK,
    Scheme.HIGH_CONTRAST: HIGH_CONTRAST,
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    hex_part = color.lstrip("#")
    if len(hex_part) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    r, g, b = (int(hex_part[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1 to 21) between two ``#rrggbb`` colours."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (heat-map cells, chips)."""
    dark, light = "#000000", "#ffffff"
    return dark if contrast_ratio(dark, background) >= contrast_ratio(light, background) else light


def failing_pairs(tokens: Tokens) -> list[str]:
    """Every (text, background) pair of :data:`TEXT_ON` below AA, described."""
    values = {f.name: getattr(tokens, f.name) for f in fields(tokens)}
    out = []
    for text, background in TEXT_ON:
        ratio = contrast_ratio(values[text], values[background])
        if ratio < AA_NORMAL_TEXT:
            out.append(f"{text} on {background}: {ratio:.2f}")
    return out
