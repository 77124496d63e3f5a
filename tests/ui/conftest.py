"""Qt fixtures: a main window with settings in tmp, and non-modal message fakes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ikt_desktop.ui.i18n.language import install_translators
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.application import configure_settings
from ikt_desktop.ui.shell.main_window import MainWindow


@dataclass
class Messages:
    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)  # non-modal messages (messages.inform)
    answer: messages.Choice = messages.Choice.CANCEL


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp: QApplication) -> None:
    """What the app does at start for English: its catalogue of plural forms ("1 coding",
    "2 codings"); tests/ui/test_language.py switches languages and comes back to this."""
    install_translators("en", qapp)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Records every message instead of showing a modal box."""
    record = Messages()

    def warn(_parent: QWidget | None, _title: str, text: str) -> None:
        record.warnings.append(text)

    def ask(_parent: QWidget | None, text: str) -> messages.Choice:
        record.questions.append(text)
        return record.answer

    def inform(_parent: QWidget | None, _title: str, text: str) -> None:
        record.informed.append(text)

    monkeypatch.setattr(messages, "warn", warn)
    monkeypatch.setattr(messages, "inform", inform)
    monkeypatch.setattr(messages, "ask_read_only", ask)
    monkeypatch.setattr(messages, "ask_read_only_file", ask)
    return record


@pytest.fixture
def settings(qapp: QApplication, app_home: object) -> QSettings:
    qapp.setOrganizationName("iKT Desktop")
    qapp.setApplicationName("iKT Desktop")
    configure_settings()  # after app_home: QSettings land in this test's folder
    return QSettings()


@pytest.fixture
def window(qtbot, settings: QSettings, shown: Messages) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_project()
