"""The undo command of a consensus decision: one decision, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.services.team.agreement import DisagreementDTO
from ikt_desktop.services.team.consensus import ConsensusService, DecisionRecord
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand

CHOICE_TEXT = {
    "accept_a": QT_TRANSLATE_NOOP("DecideCommand", "Accept A"),
    "accept_b": QT_TRANSLATE_NOOP("DecideCommand", "Accept B"),
    "accept_both": QT_TRANSLATE_NOOP("DecideCommand", "Accept Both"),
    "consensus": QT_TRANSLATE_NOOP("DecideCommand", "Consensus Coding"),
}


class DecideCommand(ServiceCommand):
    def __init__(
        self,
        consensus: ConsensusService,
        hub: ChangeHub,
        disagreement: DisagreementDTO,
        coders: tuple[int, int],
        choice: str,
        note: str = "",
        span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DecideCommand", "{decision} on '{code}'").format(
                decision=QCoreApplication.translate(
                    "DecideCommand", str(CHOICE_TEXT.get(choice, choice))
                ),
                code=disagreement.code,
            ),
            hub,
        )
        self._consensus = consensus
        self._d, self._coders, self._choice, self._note, self._span = (
            disagreement, coders, choice, note, span
        )  # fmt: skip
        self.record: DecisionRecord | None = None

    def _do(self) -> ChangeSet:
        if self.record is not None:  # redo after undo: the same ids
            return self._consensus.restore(self.record).changes
        d = self._d
        out = self._consensus.decide(d.source_id, d.code_id, d.start, d.end, *self._coders,
                                     self._choice, self._note, self._span)  # fmt: skip
        self.record = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        assert self.record is not None
        return self._consensus.withdraw(self.record).changes
