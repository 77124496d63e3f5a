"""Re-emits the ChangeSets that services return, so every view updates itself."""

from __future__ import annotations

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

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
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
