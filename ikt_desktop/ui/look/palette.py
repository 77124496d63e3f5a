"""The palette in use: light, dark or high contrast (Fusion with a designed ``QPalette``).

``System`` (the default) follows the desktop's colour scheme through Qt's style hints and
changes with it; View ▸ Theme picks one for good (stored in QSettings). Views that paint
text themselves ask :func:`colours` for the tokens of the palette in use and repaint on
:attr:`Look.changed`.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ikt_desktop.ui.look.tokens import TOKENS, Scheme, Tokens

log = logging.getLogger(__name__)

SETTINGS_KEY = "view/theme"
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


class ThemeChoice(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"

    @property
    def label(self) -> str:
        return {"system": "&System", "light": "&Light", "dark": "&Dark",
                "high-contrast": "&High Contrast"}[self.value]  # fmt: skip


def stored_choice(settings: QSettings) -> ThemeChoice:
    try:
        return ThemeChoice(str(settings.value(SETTINGS_KEY, ThemeChoice.SYSTEM.value)))
    except ValueError:
        return ThemeChoice.SYSTEM


def system_scheme() -> Scheme:
    """The desktop's preference as Qt reports it (light when Qt cannot tell)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt >= 6.10
    if accessibility is not None:
        preference = accessibility().contrastPreference()
        if preference == Qt.ContrastPreference.HighContrast:
            return Scheme.HIGH_CONTRAST
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return Scheme.DARK
    return Scheme.LIGHT


def scheme_for(choice: ThemeChoice) -> Scheme:
    if choice is ThemeChoice.SYSTEM:
        return system_scheme()
    return Scheme(choice.value)


def build_palette(tokens: Tokens) -> QPalette:
    palette = QPalette()
    roles = {
        Role.Window: tokens.window, Role.WindowText: tokens.window_text,
        Role.Base: tokens.base, Role.AlternateBase: tokens.alternate_base,
        Role.Text: tokens.text, Role.PlaceholderText: tokens.placeholder,
        Role.Button: tokens.button, Role.ButtonText: tokens.button_text,
        Role.Highlight: tokens.highlight, Role.HighlightedText: tokens.highlighted_text,
        Role.Link: tokens.link, Role.LinkVisited: tokens.link,
        Role.ToolTipBase: tokens.tooltip_base, Role.ToolTipText: tokens.tooltip_text,
        Role.BrightText: tokens.error_text, Role.Mid: tokens.border,
        Role.Midlight: tokens.alternate_base, Role.Dark: tokens.border,
        Role.Shadow: tokens.border, Role.Light: tokens.base,
    }  # fmt: skip
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(tokens.disabled_text))
    palette.setColor(Group.Disabled, Role.Highlight, QColor(tokens.border))
    return palette


class Look(QObject):
    """The application's palette: one per ``QApplication`` (see :func:`look`)."""

    changed = Signal(object)  # the new Tokens

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = ThemeChoice.SYSTEM
        self.scheme = Scheme.LIGHT
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def tokens(self) -> Tokens:
        return TOKENS[self.scheme]

    def load(self, settings: QSettings) -> None:
        """Apply the choice stored in ``settings`` (System when none or unknown)."""
        self.apply(stored_choice(settings))

    def choose(self, choice: ThemeChoice, settings: QSettings) -> None:
        settings.setValue(SETTINGS_KEY, choice.value)
        self.apply(choice)

    def apply(self, choice: ThemeChoice) -> None:
        self.choice = choice
        self._set_scheme(scheme_for(choice), force=True)

    def _system_changed(self, _scheme: object) -> None:
        if self.choice is ThemeChoice.SYSTEM:
            self._set_scheme(system_scheme())

    def _set_scheme(self, scheme: Scheme, force: bool = False) -> None:
        if scheme is self.scheme and not force:
            return
        self.scheme = scheme
        if self.app.style().name().lower() != "fusion":
            self.app.setStyle("Fusion")
        self.app.setPalette(build_palette(self.tokens))
        log.info("palette: %s (%s)", scheme.value, self.choice.value)
        self.changed.emit(self.tokens)


def look() -> Look:
    """The running application's :class:`Look` (made on first use)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    found = app.findChild(Look)
    return found if isinstance(found, Look) else Look(app)


def colours() -> Tokens:
    """The colour tokens of the palette in use (light before any palette was applied)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return TOKENS[Scheme.LIGHT]
    found = app.findChild(Look)
    return found.tokens if isinstance(found, Look) else TOKENS[Scheme.LIGHT]
