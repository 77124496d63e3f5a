"""The board's colours, all taken from the application palette (light, dark or high
contrast alike): the one place to wire a designed palette into the board."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class BoardColors:
    card: QColor
    card_text: QColor
    card_dim_text: QColor  # counts: softer than the name, still AA on the card
    card_border: QColor
    focus: QColor  # selection and the drop target under a drag
    title: QColor  # theme titles (the theme's own colour is the frame and the fill)
    loose_area: QColor


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    k = share_of_a
    return QColor(
        round(a.red() * k + b.red() * (1 - k)),
        round(a.green() * k + b.green() * (1 - k)),
        round(a.blue() * k + b.blue() * (1 - k)),
    )


def board_colors() -> BoardColors:
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return BoardColors(
        card=base,
        card_text=text,
        card_dim_text=mix(text, base, 0.78),
        card_border=mix(text, base, 0.35),
        focus=palette.color(QPalette.ColorRole.Highlight),
        title=palette.color(QPalette.ColorRole.WindowText),
        loose_area=mix(text, base, 0.5),
    )
