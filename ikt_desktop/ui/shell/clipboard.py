"""Rich copies to the clipboard (plain text and HTML).

PySide6 crashes when the application is destroyed while the clipboard still holds a
QMimeData made in Python (measured: a segfault at exit, offscreen and on a desktop). So
when the application is about to quit, :func:`settle` hands the clipboard its plain text
as Qt's own data: what was copied stays pasteable as text after the app is gone."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_HOOKED = "ikt_clipboard_settles_on_quit"


def copy_rich(plain: str, html: str) -> None:
    data = QMimeData()
    data.setText(plain)
    data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)
    app = QGuiApplication.instance()
    if app is not None and not app.property(_HOOKED):
        app.aboutToQuit.connect(settle)
        app.setProperty(_HOOKED, True)


def settle() -> None:
    """Replace the clipboard's data by Qt's own copy of its text."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(clipboard.text())
