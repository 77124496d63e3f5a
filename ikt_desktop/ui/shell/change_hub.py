"""Re-emits the ChangeSets that services return, so every view updates itself."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, Signal

from ikt_desktop.domain.changes import ChangeSet, Entity


class ChangeHub(QObject):
    changed = Signal(object)  # every ChangeSet
    codes_changed = Signal(object)
    codings_changed = Signal(object)
    sources_changed = Signal(object)
    participants_changed = Signal(object)
    project_changed = Signal(object)
    themes_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the open project's Project.one_look: the views refreshing after one change read
        # one state of the project in one transaction
        self.one_look: Callable[[], AbstractContextManager[None]] = contextlib.nullcontext

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self.one_look():
            self._emit(changes)

    def _emit(self, changes: ChangeSet) -> None:
        entities = changes.entities()
        self.changed.emit(changes)
        if Entity.CODE in entities:
            self.codes_changed.emit(changes)
        if Entity.CODING in entities:
            self.codings_changed.emit(changes)
        if Entity.SOURCE in entities:
            self.sources_changed.emit(changes)
        if entities & {Entity.PARTICIPANT, Entity.ATTRIBUTE}:
            self.participants_changed.emit(changes)
        if entities & {Entity.PROJECT, Entity.CODER}:
            self.project_changed.emit(changes)
        if entities & {Entity.THEME, Entity.CODE}:  # cards show codes' names and counts
            self.themes_changed.emit(changes)
