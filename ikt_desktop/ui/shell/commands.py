"""Undo commands: one per user action, holding ids and before/after values, calling one
service function in ``redo()``/``undo()`` and publishing what changed.

Use :func:`push` rather than ``QUndoStack.push``: it runs the action once first, so an
action a service refuses (a user error) shows a message and never enters the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import StaleEditError, UserError
from ikt_desktop.services.coding.codebook import CodebookService
from ikt_desktop.services.coding.codings import CodingService
from ikt_desktop.services.dto import (
    CodeDTO,
    CodeSnapshot,
    CodingDTO,
    CodingSnapshot,
    MergeRecord,
    ParticipantDTO,
    SourceSnapshot,
)
from ikt_desktop.services.participants import ParticipantService
from ikt_desktop.services.sources import SourceService
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.team import conflicts


class CountedNames(QObject):
    """Undo names with a count: lupdate reads plural forms (%n) only from ``self.tr``."""

    def import_transcripts(self, n: int) -> str:
        return self.tr("Import %n Transcript(s)", "", n)


class ServiceCommand(QUndoCommand):
    """Base: ``_do`` and ``_undo`` return the ChangeSet that the hub then publishes.

    An undo (or redo) a service refuses (a user error: another coder has since built on
    the action, issue 19) changes nothing: the message names who and what, and the
    command stays where it was on the stack, still done (or still undone). QUndoStack
    moves its index after ``undo()`` returns whatever happened, so the command moves it
    back on the next turn of the event loop with a ``redo()`` (or ``undo()``) that only
    moves the index.
    """

    def __init__(self, text: str, hub: ChangeHub) -> None:
        super().__init__(text)
        self._hub = hub
        self._done_once = False
        self._index_only = False  # the next redo()/undo() only moves the stack back
        self.stack: QUndoStack | None = None  # set by push()

    def first_run(self) -> None:
        self._hub.publish(self._do())
        self._done_once = True

    def publish(self, changes: ChangeSet) -> None:
        self._hub.publish(changes)

    def redo(self) -> None:
        if self._done_once:  # QUndoStack.push calls redo(); the action already ran
            self._done_once = False
            return
        if self._index_only:
            self._index_only = False
            return
        try:
            self._hub.publish(self._do())
        except UserError as exc:
            self._refused(exc, redo=True)

    def undo(self) -> None:
        if self._index_only:
            self._index_only = False
            return
        try:
            self._hub.publish(self._undo())
        except UserError as exc:
            self._refused(exc, redo=False)

    def _refused(self, exc: UserError, *, redo: bool) -> None:
        title = (
            QCoreApplication.translate("Undo", "Cannot Redo")
            if redo
            else QCoreApplication.translate("Undo", "Cannot Undo")
        )
        messages.warn(None, title, conflicts.undo_refused_text(self.text(), exc, redo=redo))
        stack = self.stack
        if stack is None:
            return
        self._index_only = True
        moved_to = stack.index() + (1 if redo else -1)  # where the stack is about to go
        QTimer.singleShot(0, lambda: self._move_back(stack, moved_to, redo=redo))

    def _move_back(self, stack: QUndoStack, moved_to: int, *, redo: bool) -> None:
        if stack.index() == moved_to:  # nothing else happened since: put it back
            if redo:
                stack.undo()
            else:
                stack.redo()
        self._index_only = False

    def _do(self) -> ChangeSet:
        raise NotImplementedError

    def _undo(self) -> ChangeSet:
        raise NotImplementedError


class BackgroundCommand(ServiceCommand):
    """A command whose undo/redo may run off the GUI thread and fail there: a user
    error is shown as a message instead of escaping from the undo stack (the base
    class does this for every command)."""


def push(
    stack: QUndoStack,
    command: ServiceCommand,
    parent: QWidget | None = None,
    refused: Callable[[UserError], None] | None = None,
    hint: str = "",
) -> bool:
    """Run ``command``; on success put it on the stack. Returns whether it ran.
    ``refused`` is told of a user error after its message (an editor shows the new
    value another coder saved); ``hint`` follows the message of an edit another coder
    got to first (where the user's text went)."""
    try:
        command.first_run()
    except UserError as exc:
        text = conflicts.reason(exc)
        if hint and isinstance(exc, StaleEditError):
            text = f"{text} {hint}"
        messages.warn(parent, command.text() or "iKT Desktop", text)
        if refused is not None:
            refused(exc)
        if isinstance(exc, StaleEditError):  # every view shows what the other coder saved
            command.publish(conflicts.changed_by_other(exc))
        return False
    command.stack = stack
    stack.push(command)
    return True


class CreateCodeCommand(ServiceCommand):
    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        name: str,
        parent_id: int | None,
        row: int | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CreateCodeCommand", "New Code '{name}'").format(name=name),
            hub,
        )
        self._codebook, self._name, self._parent, self._row = codebook, name, parent_id, row
        self._snapshot: CodeSnapshot | None = None
        self.code_id: int | None = None

    def _do(self) -> ChangeSet:
        if self._snapshot is not None:  # redo after undo: the same id comes back
            return self._codebook.restore(self._snapshot).changes
        outcome = self._codebook.create(self._name, self._parent, row=self._row)
        self.code_id = outcome.value.id
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self.code_id is not None
        outcome = self._codebook.delete(self.code_id, undoing=True)
        self._snapshot = outcome.value
        return outcome.changes


class RenameCodeCommand(ServiceCommand):
    """``seen``: the code as the user saw it (default: as it is now); a rename of a name
    another coder has changed since is refused, and so is an undo once they have."""

    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        code_id: int,
        name: str,
        seen: CodeDTO | None = None,
    ) -> None:
        code = seen or codebook.get(code_id)
        self._before, self._seen = code.name, code.row_version
        super().__init__(
            QCoreApplication.translate("RenameCodeCommand", "Rename '{before}' to '{name}'").format(
                before=self._before, name=name
            ),
            hub,
        )
        self._codebook, self._id, self._after = codebook, code_id, name

    def _do(self) -> ChangeSet:
        out = self._codebook.rename(self._id, self._after, seen=self._seen, expected=self._before)
        self._after = out.value.name
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._codebook.rename(self._id, self._before, expected=self._after).changes


class RecolorCodeCommand(ServiceCommand):
    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        code_id: int,
        color: str,
        seen: CodeDTO | None = None,
    ) -> None:
        code = seen or codebook.get(code_id)
        super().__init__(
            QCoreApplication.translate("RecolorCodeCommand", "Recolour '{name}'").format(
                name=code.name
            ),
            hub,
        )
        self._codebook, self._id, self._before, self._after = codebook, code_id, code.color, color
        self._seen = code.row_version

    def _do(self) -> ChangeSet:
        out = self._codebook.recolor(self._id, self._after, seen=self._seen, expected=self._before)
        self._after = out.value.color
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._codebook.recolor(self._id, self._before, expected=self._after).changes


class DeleteCodeCommand(ServiceCommand):
    def __init__(self, codebook: CodebookService, hub: ChangeHub, code_id: int) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteCodeCommand", "Delete '{name}'").format(
                name=codebook.get(code_id).name
            ),
            hub,
        )
        self._codebook, self._id = codebook, code_id
        self._snapshot: CodeSnapshot | None = None

    def _do(self) -> ChangeSet:
        outcome = self._codebook.delete(self._id)
        self._snapshot = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return self._codebook.restore(self._snapshot).changes


class MoveCodeCommand(ServiceCommand):
    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        code_id: int,
        parent_id: int | None,
        row: int | None,
    ) -> None:
        code = codebook.get(code_id)
        super().__init__(
            QCoreApplication.translate("MoveCodeCommand", "Move '{name}'").format(name=code.name),
            hub,
        )
        self._codebook, self._id = codebook, code_id
        self._before = (code.parent_id, code.position)
        self._after = (parent_id, row)

    def _do(self) -> ChangeSet:
        return self._codebook.move(self._id, *self._after, expected_parent=self._before[0]).changes

    def _undo(self) -> ChangeSet:
        expected = self._after[0]
        return self._codebook.move(self._id, *self._before, expected_parent=expected).changes


class MergeCodeCommand(ServiceCommand):
    def __init__(
        self, codebook: CodebookService, hub: ChangeHub, source_id: int, target_id: int
    ) -> None:
        source, target = codebook.get(source_id), codebook.get(target_id)
        super().__init__(
            QCoreApplication.translate(
                "MergeCodeCommand", "Merge '{source}' into '{target}'"
            ).format(source=source.name, target=target.name),
            hub,
        )
        self._codebook, self._source, self._target = codebook, source_id, target_id
        self._record: MergeRecord | None = None

    def _do(self) -> ChangeSet:
        outcome = self._codebook.merge(self._source, self._target)
        self._record = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._record is not None
        return self._codebook.unmerge(self._record).changes


class ImportSourcesCommand(ServiceCommand):
    """A finished batch import as one undoable action: undo removes the new sources and
    the participants the import created; redo puts them back with the same ids."""

    def __init__(
        self,
        sources: SourceService,
        participants: ParticipantService,
        hub: ChangeHub,
        changes: ChangeSet,
    ) -> None:
        source_ids = sorted(changes.ids(Entity.SOURCE, Op.CREATED))
        n = len(source_ids)
        super().__init__(
            CountedNames().import_transcripts(n),
            hub,
        )
        self._sources, self._participants = sources, participants
        self._source_ids = source_ids
        self._participant_ids = sorted(changes.ids(Entity.PARTICIPANT, Op.CREATED))
        self._changes = changes
        self._source_snaps: list[SourceSnapshot] = []
        self._people_snaps: list[ParticipantDTO] = []

    def first_run(self) -> None:  # the worker already imported; only announce it
        self._hub.publish(self._changes)
        self._done_once = True

    def _do(self) -> ChangeSet:
        changes = ChangeSet()
        for person in self._people_snaps:
            changes += self._participants.restore(person).changes
        for snap in self._source_snaps:
            changes += self._sources.restore(snap).changes
        return changes

    def _undo(self) -> ChangeSet:
        changes = ChangeSet()
        self._source_snaps = []
        for source_id in self._source_ids:
            outcome = self._sources.delete(source_id)
            self._source_snaps.append(outcome.value)
            changes += outcome.changes
        self._people_snaps = []
        for person_id in self._participant_ids:
            removed = self._participants.delete(person_id)
            self._people_snaps.append(removed.value)
            changes += removed.changes
        return changes


class ApplyCodeCommand(ServiceCommand):
    """Code a span; undo removes the coding, redo brings back the same one."""

    def __init__(
        self,
        codings: CodingService,
        hub: ChangeHub,
        code_id: int,
        code_name: str,
        source_id: int,
        start: int,
        end: int,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ApplyCodeCommand", "Code '{code_name}'").format(
                code_name=code_name
            ),
            hub,
        )
        self._codings, self._code_id = codings, code_id
        self._source, self._start, self._end = source_id, start, end
        self._snapshot: CodingSnapshot | None = None
        self.coding_id: int | None = None
        self._made: CodingDTO | None = None  # the coding as this action made it

    def _do(self) -> ChangeSet:
        if self._snapshot is not None:
            return self._codings.restore(self._snapshot).changes
        outcome = self._codings.apply(self._source, self._code_id, self._start, self._end)
        self.coding_id, self._made = outcome.value.id, outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self.coding_id is not None
        made = self._snapshot.codings[0] if self._snapshot else self._made
        outcome = self._codings.remove(self.coding_id, undoing=made)
        self._snapshot = outcome.value
        return outcome.changes


class CodeAsNewCommand(ServiceCommand):
    """Create a code and apply it to a span, as one action (quick picker, in-vivo)."""

    def __init__(
        self,
        codebook: CodebookService,
        codings: CodingService,
        hub: ChangeHub,
        name: str,
        parent_id: int | None,
        span: tuple[int, int, int],
        label: str = QCoreApplication.translate("CodeAsNewCommand", "Code as New"),
    ) -> None:
        super().__init__(f"{label} '{name}'", hub)
        self._codebook, self._codings = codebook, codings
        self._name, self._parent, self._span = name, parent_id, span
        self._snapshot: CodeSnapshot | None = None
        self.code_id: int | None = None

    def _do(self) -> ChangeSet:
        if self._snapshot is not None:
            return self._codebook.restore(self._snapshot).changes
        created = self._codebook.create(self._name, self._parent)
        self.code_id = created.value.id
        source, start, end = self._span
        try:
            applied = self._codings.apply(source, self.code_id, start, end)
        except UserError:
            self._codebook.delete(self.code_id)  # all or nothing
            raise
        return created.changes + applied.changes

    def _undo(self) -> ChangeSet:
        assert self.code_id is not None
        outcome = self._codebook.delete(self.code_id, undoing=True)  # and its coding
        self._snapshot = outcome.value
        return outcome.changes


class RemoveCodingCommand(ServiceCommand):
    def __init__(self, codings: CodingService, hub: ChangeHub, coding_id: int, code_name: str):
        super().__init__(
            QCoreApplication.translate("RemoveCodingCommand", "Remove Coding '{code_name}'").format(
                code_name=code_name
            ),
            hub,
        )
        self._codings, self._id = codings, coding_id
        self._snapshot: CodingSnapshot | None = None

    def _do(self) -> ChangeSet:
        outcome = self._codings.remove(self._id)
        self._snapshot = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return self._codings.restore(self._snapshot).changes


class ResizeCodingCommand(ServiceCommand):
    def __init__(
        self, codings: CodingService, hub: ChangeHub, coding_id: int, start: int, end: int,
        code_name: str,
    ) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate("ResizeCodingCommand", "Resize Coding '{code_name}'").format(
                code_name=code_name
            ),
            hub,
        )
        before = codings.get(coding_id)
        self._codings, self._id = codings, coding_id
        self._before, self._after = (before.start, before.end), (start, end)

    def _do(self) -> ChangeSet:
        return self._codings.resize(self._id, *self._after, expected=self._before).changes

    def _undo(self) -> ChangeSet:
        return self._codings.resize(self._id, *self._before, expected=self._after).changes


class EditCodingMemoCommand(ServiceCommand):
    """``seen``: the memo as the user saw it (default: as it is now); another coder's
    memo written since is not overwritten, nor taken back by an undo."""

    def __init__(
        self,
        codings: CodingService,
        hub: ChangeHub,
        coding_id: int,
        memo: str,
        seen: str | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EditCodingMemoCommand", "Edit Coding Memo"), hub
        )
        self._codings, self._id = codings, coding_id
        self._before = codings.get(coding_id).memo if seen is None else seen
        self._after = memo

    def _do(self) -> ChangeSet:
        return self._codings.set_memo(self._id, self._after, expected=self._before).changes

    def _undo(self) -> ChangeSet:
        return self._codings.set_memo(self._id, self._before, expected=self._after).changes


class RecodeCodingCommand(ServiceCommand):
    """Change the code of one coding (its span, coder and memo stay)."""

    def __init__(self, codings: CodingService, hub: ChangeHub, coding_id: int, code_id: int,
                 code_name: str):  # fmt: skip
        super().__init__(
            QCoreApplication.translate(
                "RecodeCodingCommand", "Change Coding to '{code_name}'"
            ).format(code_name=code_name),
            hub,
        )
        self._codings, self._id = codings, coding_id
        self._before, self._after = codings.get(coding_id).code_id, code_id

    def _do(self) -> ChangeSet:
        return self._codings.recode(self._id, self._after, expected=self._before).changes

    def _undo(self) -> ChangeSet:
        return self._codings.recode(self._id, self._before, expected=self._after).changes


class EditCodeDetailsCommand(ServiceCommand):
    """Definition, inclusion, exclusion or example of a code. ``seen``: the code as the
    user saw it when they began typing (default: as it is now); if another coder has
    changed the same field since, the edit is refused (``StaleEditError`` with the new
    value), and so is an undo once another coder has changed what it wrote."""

    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        code_id: int,
        *,
        seen: CodeDTO | None = None,
        **after: str,
    ) -> None:
        code = seen or codebook.get(code_id)
        fields_ = ", ".join(sorted(after))
        super().__init__(
            QCoreApplication.translate(
                "EditCodeDetailsCommand", "Edit {fields} of '{name}'"
            ).format(fields=fields_, name=code.name),
            hub,
        )
        self._codebook, self._id, self._seen = codebook, code_id, code.row_version
        self._after = after
        self._before = {k: getattr(code, k) for k in after}

    def _do(self) -> ChangeSet:
        out = self._codebook.edit_details(
            self._id, seen=self._seen, expected=self._before, **self._after
        )
        self._after = {k: getattr(out.value, k) for k in self._after}  # as stored
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._codebook.edit_details(self._id, expected=self._after, **self._before).changes
