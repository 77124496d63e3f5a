"""The interface's language, the way Qt applications do it: our compiled translations
(``resources/i18n/ikt_desktop_<code>.qm``, from the ``.ts`` sources) and Qt's own
``qtbase_<code>.qm`` (standard dialogs and buttons) installed on the application before
the first window is built.

The language follows the system (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) unless
View ▸ Language chose one, which is kept in QSettings. A choice takes effect the next time
the app starts: every window is built in one language, never half in another."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ikt_desktop.domain.report.language import LANGUAGES, NAMES, default_language
from ikt_desktop.resources import resources_dir

log = logging.getLogger(__name__)

SETTINGS_KEY = "interface/language"  # "" or absent: follow the system
SYSTEM = ""
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)


def chosen_language(settings: QSettings) -> str:
    """The interface language: the one chosen in View ▸ Language, else the system's."""
    stored = str(settings.value(SETTINGS_KEY, SYSTEM) or SYSTEM)
    return stored if stored in LANGUAGES else default_language()


def install_translators(code: str, app: QCoreApplication | None = None) -> list[str]:
    """Install the translators for ``code`` on the application (replacing those installed
    before) and set the default QLocale, so numbers and dates in widgets follow it.
    Returns the catalogues loaded ("ikt_desktop_fr", "qtbase_fr"; for English only
    "ikt_desktop_en", its plural forms); a code we do not have means English."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators(app)
    code = code if code in LANGUAGES else "en"
    # English: the source words, the system's number and date formats
    QLocale.setDefault(QLocale.system() if code == "en" else QLocale(code))
    catalogues = {f"ikt_desktop_{code}": [str(resources_dir() / "i18n")]}
    if code != "en":  # ikt_desktop_en holds only the English plural forms (%n)
        qt_folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
        qt_folders.append(str(Path(PySide6.__file__).parent / "Qt" / "translations"))
        catalogues[f"qtbase_{code}"] = qt_folders
    loaded = []
    for name, folders in catalogues.items():
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:
            log.warning("translation %s not found in %s", name, ", ".join(folders))
    return loaded


def remove_translators(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


class LanguageMenu(QObject):
    """View ▸ Language: the system's language or one of ours, each in its own name;
    the choice is stored and applies at the next start (``notify`` says so)."""

    def __init__(
        self,
        parent: QWidget,
        menu: QMenu,
        settings: QSettings,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.notify = notify
        self.menu = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        stored = str(settings.value(SETTINGS_KEY, SYSTEM) or SYSTEM)
        system = NAMES[default_language()]
        choices = [
            (
                SYSTEM,
                QCoreApplication.translate("Language", "System Language ({language})").format(
                    language=system
                ),
            )
        ]
        choices += [(code, NAMES[code]) for code in LANGUAGES]
        self.actions: dict[str, QAction] = {}
        for code, label in choices:
            action = QAction(label, self.menu, checkable=True)
            action.setData(code)
            action.setChecked(code == (stored if stored in LANGUAGES else SYSTEM))
            action.triggered.connect(lambda _on=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.addSeparator()
        self.menu.addAction(
            QCoreApplication.translate("Language", "Takes effect the next time iKT Desktop starts.")
        ).setEnabled(False)

    def choose(self, code: str) -> None:
        """Store ``code`` ("" for the system's) and say when it applies."""
        before = chosen_language(self.settings)
        self.settings.setValue(SETTINGS_KEY, code)
        self.actions[code].setChecked(True)
        after = chosen_language(self.settings)
        if after != before:
            self.notify(
                QCoreApplication.translate(
                    "Language",
                    "iKT Desktop will show its menus and windows in {language} the next "
                    "time it starts.",
                ).format(language=NAMES[after])
            )
