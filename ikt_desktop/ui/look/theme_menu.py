"""View ▸ Theme: System (follow the desktop), Light, Dark, High Contrast. The choice is
stored in QSettings; icons are redrawn in the new palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ikt_desktop.ui.look.palette import ThemeChoice, look, stored_choice

# the palettes' names (ThemeChoice.label), for lupdate
_LABELS = (
    QT_TRANSLATE_NOOP("ThemeMenu", "&System"),
    QT_TRANSLATE_NOOP("ThemeMenu", "&Light"),
    QT_TRANSLATE_NOOP("ThemeMenu", "&Dark"),
    QT_TRANSLATE_NOOP("ThemeMenu", "&High Contrast"),
)


def _theme_label(text: str) -> str:
    return QCoreApplication.translate("ThemeMenu", text)


class ThemeMenu(QMenu):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ThemeMenu", "&Theme"), parent)
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[ThemeChoice, QAction] = {}
        current = stored_choice(settings)
        for choice in ThemeChoice:
            action = QAction(_theme_label(choice.label), self, checkable=True)
            action.setChecked(choice is current)
            action.setStatusTip(
                QCoreApplication.translate(
                    "ThemeMenu", "Follow the desktop's light or dark setting"
                )
                if choice is ThemeChoice.SYSTEM
                else QCoreApplication.translate("ThemeMenu", "Use the {palette} palette").format(
                    palette=_theme_label(choice.label).replace("&", "")
                )
            )
            action.triggered.connect(lambda _c=False, ch=choice: self.choose(ch))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action

    def choose(self, choice: ThemeChoice) -> None:
        self.choices[choice].setChecked(True)
        look().choose(choice, self.settings)
