"""Palettes: every text colour the app sets meets WCAG AA in light, dark and high
contrast; View ▸ Theme applies and remembers a palette; icons follow it."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ikt_desktop.ui.look import tokens as t
from ikt_desktop.ui.look.palette import SETTINGS_KEY, ThemeChoice, build_palette, colours, look
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.shell.resources import icon


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert t.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert t.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert t.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails
    assert t.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes
    with pytest.raises(ValueError):
        t.relative_luminance("#fff")


@pytest.mark.parametrize("scheme", list(t.Scheme))
def test_every_text_colour_meets_aa_on_its_background(scheme: t.Scheme) -> None:
    tokens = t.TOKENS[scheme]
    ratios = {
        f"{fg} on {bg}": t.contrast_ratio(getattr(tokens, fg), getattr(tokens, bg))
        for fg, bg in t.TEXT_ON
    }
    low = {pair: round(r, 2) for pair, r in ratios.items() if r < t.AA_NORMAL_TEXT}
    assert low == {}, f"{scheme.value}: {low}"
    assert t.failing_pairs(tokens) == []


def test_the_check_catches_a_pale_colour() -> None:
    pale = t.Tokens(**{**{f.name: getattr(t.LIGHT, f.name) for f in fields(t.LIGHT)},
                       "dimmed_turn": "#b0b0b0"})  # fmt: skip
    assert t.failing_pairs(pale) == [
        f"dimmed_turn on base: {t.contrast_ratio('#b0b0b0', '#ffffff'):.2f}"
    ]


def test_every_token_is_a_colour_and_text_pairs_name_real_tokens() -> None:
    names = {f.name for f in fields(t.Tokens)}
    for scheme in t.Scheme:
        for name in names:
            t.relative_luminance(getattr(t.TOKENS[scheme], name))
    assert {n for pair in t.TEXT_ON for n in pair} <= names
    assert t.readable_on("#ffe08a") == "#000000" and t.readable_on("#202020") == "#ffffff"


def test_the_qt_palette_carries_the_tokens() -> None:
    palette = build_palette(t.DARK)
    assert palette.color(QPalette.ColorRole.Window).name() == t.DARK.window
    assert palette.color(QPalette.ColorRole.Text).name() == t.DARK.text
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == t.DARK.disabled_text


def test_view_theme_applies_remembers_and_recolours_icons(
    window: MainWindow, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    menu = window.theme_menu
    assert [a.text() for a in menu.actions()] == ["&System", "&Light", "&Dark", "&High Contrast"]
    before = window.toolbar.icon_actions()[0].icon().pixmap(20, 20).toImage()
    try:
        menu.choices[ThemeChoice.DARK].trigger()
        assert window.settings.value(SETTINGS_KEY) == "dark"
        assert colours() == t.DARK
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == t.DARK.base
        assert qapp.style().name().lower() == "fusion"
        after = window.toolbar.icon_actions()[0].icon().pixmap(20, 20).toImage()
        assert after != before  # redrawn in the dark palette's icon colour
        menu.choices[ThemeChoice.HIGH_CONTRAST].trigger()
        assert colours() == t.HIGH_CONTRAST
        assert menu.choices[ThemeChoice.HIGH_CONTRAST].isChecked()
        assert not menu.choices[ThemeChoice.DARK].isChecked()
    finally:
        look().apply(ThemeChoice.LIGHT)  # later tests expect the light palette


def test_icons_are_drawn_in_the_palette_colour(qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    look().apply(ThemeChoice.DARK)
    try:
        image = icon("search").pixmap(48, 48).toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)
                 if image.pixelColor(x, y).alpha() == 255}  # fmt: skip
        assert t.DARK.icon in drawn
    finally:
        look().apply(ThemeChoice.LIGHT)


def test_a_closed_window_does_not_hear_palette_changes(qapp, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The palette is the application's; a window connects to it with a bound method, so
    a window already deleted is never called (a lambda outlived it and raised, which the
    crash dialog turned into a modal hang on the next palette change)."""
    import shiboken6

    errors: list[BaseException] = []
    window = MainWindow(settings)
    shiboken6.delete(window)
    import sys

    previous = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: errors.append(exc)
    try:
        look().apply(ThemeChoice.DARK)
        look().apply(ThemeChoice.LIGHT)
    finally:
        sys.excepthook = previous
    assert errors == []
