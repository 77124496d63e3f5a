"""Undo commands for saved queries (coding queries and text searches alike): save,
rename, change, delete. ``noun`` names the kind in the Edit menu ("Query", "Search").
Running a query is not an edit and has no command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.services.query.saved_queries import SavedQueryDTO, SavedQueryService
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand


class SaveQueryCommand(ServiceCommand):
    def __init__(
        self, saved: SavedQueryService, hub: ChangeHub, name: str, kind: str, definition: str,
        noun: str = "",
    ) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate("SaveQueryCommand", "Save {noun} '{name}'").format(
                noun=noun or QCoreApplication.translate("SavedQueryCommand", "Query"), name=name
            ),
            hub,
        )
        self._saved, self._name, self._kind, self._definition = saved, name, kind, definition
        self._snapshot: SavedQueryDTO | None = None
        self.query_id: int | None = None

    def _do(self) -> ChangeSet:
        if self._snapshot is not None:  # redo after undo: the same id comes back
            return self._saved.restore(self._snapshot).changes
        outcome = self._saved.create(self._name, self._kind, self._definition)
        self.query_id = outcome.value.id
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self.query_id is not None
        outcome = self._saved.delete(self.query_id)
        self._snapshot = outcome.value
        return outcome.changes


class RenameSavedQueryCommand(ServiceCommand):
    def __init__(
        self, saved: SavedQueryService, hub: ChangeHub, query_id: int, name: str,
        noun: str = "",
    ) -> None:  # fmt: skip
        self._before = saved.get(query_id).name
        super().__init__(
            QCoreApplication.translate(
                "RenameSavedQueryCommand", "Rename {noun} '{before}' to '{name}'"
            ).format(
                noun=noun or QCoreApplication.translate("SavedQueryCommand", "Query"),
                before=self._before,
                name=name,
            ),
            hub,
        )
        self._saved, self._id, self._after = saved, query_id, name

    def _do(self) -> ChangeSet:
        return self._saved.rename(self._id, self._after).changes

    def _undo(self) -> ChangeSet:
        return self._saved.rename(self._id, self._before).changes


class UpdateSavedQueryCommand(ServiceCommand):
    """Save the query in the builder (or the search typed) over a saved one."""

    def __init__(
        self, saved: SavedQueryService, hub: ChangeHub, query_id: int, definition: str,
        noun: str = "",
    ) -> None:  # fmt: skip
        before = saved.get(query_id)
        super().__init__(
            QCoreApplication.translate("UpdateSavedQueryCommand", "Change {noun} '{name}'").format(
                noun=noun or QCoreApplication.translate("SavedQueryCommand", "Query"),
                name=before.name,
            ),
            hub,
        )
        self._saved, self._id = saved, query_id
        self._before, self._after = before.definition, definition

    def _do(self) -> ChangeSet:
        return self._saved.update(self._id, self._after).changes

    def _undo(self) -> ChangeSet:
        return self._saved.update(self._id, self._before).changes


class DeleteSavedQueryCommand(ServiceCommand):
    def __init__(
        self, saved: SavedQueryService, hub: ChangeHub, query_id: int, noun: str = ""
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteSavedQueryCommand", "Delete {noun} '{name}'").format(
                noun=noun or QCoreApplication.translate("SavedQueryCommand", "Query"),
                name=saved.get(query_id).name,
            ),
            hub,
        )
        self._saved, self._id = saved, query_id
        self._snapshot: SavedQueryDTO | None = None

    def _do(self) -> ChangeSet:
        outcome = self._saved.delete(self._id)
        self._snapshot = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return self._saved.restore(self._snapshot).changes
