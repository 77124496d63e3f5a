"""Every command of a window, found by walking its menu bar: the command palette lists
them and the shortcut sheet in Help is generated from them, so neither can go stale."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class Command:
    action: QAction
    path: tuple[str, ...]  # the menus leading to it, "&" removed: ("Code", "Recent Codes")
    text: str  # its menu text without "&" or a trailing "…"
    shortcut: str  # native text ("Ctrl+Shift+I"), "" when none

    @property
    def label(self) -> str:
        return " ▸ ".join((*self.path, self.text))


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_text(action: QAction) -> str:
    return ", ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty()
    )


def _fill(menu: QMenu) -> None:
    """Let menus filled on demand (Open Recent) fill now, before anything is collected."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _fill(sub)


def _walk(menu: QMenu, path: tuple[str, ...], out: list[Command]) -> None:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, (*path, plain(action.text())), out)
        elif action.text():
            out.append(Command(action, path, plain(action.text()), shortcut_text(action)))


def commands(window: QMainWindow) -> list[Command]:
    """The window's menu commands in menu order (every menu, every submenu)."""
    out: list[Command] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _fill(menu)
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, (plain(top.text()),), out)
    return out


def shortcut_sheet_markdown(window: QMainWindow) -> str:
    """A Markdown table of every menu command that has a shortcut, by menu."""
    rows = [c for c in commands(window) if c.shortcut]
    lines = [
        "## Shortcut sheet",
        "",
        "Generated from this window's menus as they are now (a project's Code menu "
        "appears once a project is open).",
        "",
        "| Shortcut | Command | Menu |",
        "|---|---|---|",
    ]
    for c in rows:
        cell = escape(c.shortcut).replace("|", "\\|")
        lines.append(f"| {cell} | {escape(c.text)} | {escape(' ▸ '.join(c.path))} |")
    return "\n".join(lines) + "\n"
