"""File ▸ Import Codebook as one undo command (apart from the File menu's actions, which
the window builds at start-up: this module needs the services, loaded on first use)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.services.exchange.refi import CodebookImport, ExchangeService
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub


class AddCodebookCommand(commands.ServiceCommand):
    """File ▸ Import Codebook: add a .qdc's codes; undo removes exactly those."""

    def __init__(self, exchange: ExchangeService, hub: ChangeHub, path: Path) -> None:
        super().__init__(
            QCoreApplication.translate("AddCodebookCommand", "Import Codebook '{name}'").format(
                name=path.name
            ),
            hub,
        )
        self._exchange, self._path = exchange, path
        self.added: CodebookImport | None = None

    def _do(self) -> ChangeSet:
        if self.added is None:
            outcome = self._exchange.add_codebook(self._path)
            self.added = outcome.value
            return outcome.changes
        return self._exchange.restore_added(self.added)

    def _undo(self) -> ChangeSet:
        assert self.added is not None
        return self._exchange.remove_added(self.added)
