"""The recording of the source on screen, kept in step with its transcript (issue 17).

``MediaPanel`` puts the transport bar under the transcript pane and a Recording menu in its
header; loads the source's recording when the source is shown (a missing one is reported
with Relink); highlights the turn being played and keeps it in view (Follow);
Ctrl+click in the text seeks to the time of that character (interpolated inside its
turn); Shift+F4 plays the selection; ``play_span`` plays a coded segment's range and
stops. Link/relink/embed/unlink are undo commands. Tests replace ``ask_file``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QTextEdit, QToolButton, QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity, media_changed
from ikt_desktop.domain.media.reference import MEDIA_EXTENSIONS
from ikt_desktop.domain.media.timing import Window, index_at_time, span_times, time_at
from ikt_desktop.services.media.recordings import (
    RecordingService,
    RecordingSnapshot,
    RecordingState,
)
from ikt_desktop.services.media.turn_times import TurnTimeService, TurnTimesSnapshot
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.media.player import MediaPlayer
from ikt_desktop.ui.media.transport import TransportBar
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand, push


def media_filter() -> str:
    patterns = " ".join(f"*{e}" for e in MEDIA_EXTENSIONS)
    return (
        QCoreApplication.translate("FileFilters", "Recordings ({patterns})").format(
            patterns=patterns
        )
        + ";;"
        + QCoreApplication.translate("FileFilters", "All files (*)")
    )


PLAYING = QColor(255, 214, 102, 110)


def ask_file(parent: QWidget | None, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", media_filter())
    return Path(name) if name else None


class RecordingCommand(ServiceCommand):
    """Link, relink, embed or unlink; undo puts the previous link back."""

    def __init__(self, text: str, hub: ChangeHub, recordings: RecordingService,
                 source_id: int, action: Callable[[], RecordingSnapshot]) -> None:  # fmt: skip
        super().__init__(text, hub)
        self._recordings, self._source_id, self._action = recordings, source_id, action
        self._before: RecordingSnapshot | None = None
        self._after: RecordingSnapshot | None = None

    def _do(self) -> ChangeSet:
        if self._after is None:  # the first run does the work
            self._before = self._action()
            self._after = self._recordings.snapshot(self._source_id)
            return media_changed(self._source_id)
        return self._recordings.restore(self._after).changes

    def _undo(self) -> ChangeSet:
        assert self._before is not None
        return self._recordings.restore(self._before).changes


class TurnTimeCommand(ServiceCommand):
    def __init__(self, hub: ChangeHub, times: TurnTimeService, source_id: int, turn_id: int,
                 ms: int) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("TurnTimeCommand", "Set Turn Time"), hub)
        self._times, self._source, self._turn, self._ms = times, source_id, turn_id, ms
        self._before: TurnTimesSnapshot | None = None

    def _do(self) -> ChangeSet:
        outcome = self._times.set_time(self._source, self._turn, self._ms)
        self._before = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._before is not None
        return self._times.restore(self._before).changes


class MediaPanel(QObject):
    def __init__(self, pane: TranscriptPane, recordings: RecordingService,
                 turn_times: TurnTimeService, hub: ChangeHub, undo_stack: QUndoStack,
                 *, use_audio: bool = True) -> None:  # fmt: skip
        super().__init__(pane)
        self.pane, self.recordings, self.turn_times = pane, recordings, turn_times
        self.hub, self.undo_stack = hub, undo_stack
        self.ask_file = ask_file
        self.player = MediaPlayer(self, use_audio=use_audio)
        self.bar = TransportBar(self.player)
        layout = pane.layout()
        assert layout is not None
        layout.addWidget(self.bar)
        self._windows: list[Window] | None = None  # read when first needed (see windows)
        self._loaded_key: object = None
        self.current_turn: int | None = None
        self.menu_button = QToolButton()
        self.menu_button.setText(QCoreApplication.translate("MediaPanel", "Recording"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.link_action = menu.addAction(
            QCoreApplication.translate("MediaPanel", "Link Recording…"), self.link
        )
        self.relink_action = menu.addAction(
            QCoreApplication.translate("MediaPanel", "Relink Recording…"), self.relink
        )
        self.embed_action = menu.addAction(
            QCoreApplication.translate("MediaPanel", "Embed Recording in Project"), self.embed
        )
        self.unlink_action = menu.addAction(
            QCoreApplication.translate("MediaPanel", "Unlink Recording"), self.unlink
        )
        menu.addSeparator()
        self.time_action = menu.addAction(
            QCoreApplication.translate("MediaPanel", "Set Turn Time from Playhead"),
            self.set_turn_time,
        )
        self.time_action.setShortcut(QKeySequence("Ctrl+Alt+T"))  # F6 moves between panes
        self.time_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        pane.addAction(self.time_action)
        self.menu_button.setMenu(menu)
        pane.header_row.addWidget(self.menu_button)
        self.bar.relink_requested.connect(self.relink)
        self.bar.play_selection_requested.connect(self.play_selection)
        self.player.position_changed.connect(self._follow)
        pane.source_shown.connect(self.load)
        pane.view.viewport().installEventFilter(self)
        hub.sources_changed.connect(self._on_sources)
        self.load()

    # -- loading -------------------------------------------------------------------------

    @property
    def windows(self) -> list[Window]:
        """The shown source's timed turns, read when first asked for: most transcripts
        have no recording, and reading every turn of a three-hour one on each switch of
        source cost 6 ms for nothing."""
        if self._windows is None:
            source_id = self.pane.source_id
            self._windows = self.turn_times.windows(source_id) if source_id is not None else []
        return self._windows

    def load(self) -> None:
        self.player.clear()
        self.current_turn = None
        self._highlight(None)
        source_id = self.pane.source_id
        status = self.recordings.status(source_id) if source_id is not None else None
        self._loaded_key = source_id, status.recording if status is not None else None  # _key
        self._windows = None
        self._update_actions(status is not None)
        if status is None:
            self.bar.set_available(False)
            self.bar.show_status(
                QCoreApplication.translate(
                    "MediaPanel", "No recording linked: Recording ▸ Link Recording…"
                )
                if source_id is not None
                else ""
            )
            return
        if status.state is RecordingState.EMBEDDED:
            data = self.recordings.embedded_bytes(status.recording.source_id)
            assert data is not None
            self.player.load_bytes(data, status.recording.file_name)
        elif status.path is not None:
            self.player.load_file(status.path)
        else:
            self.bar.set_available(False)
            self.bar.show_status(status.message, relink=True)
            return
        self.bar.set_available(True)
        note = (
            " "
            + QCoreApplication.translate(
                "MediaPanel",
                "This transcript has no times yet: put the cursor in a turn and press F6 to set "
                "its time from the playhead.",
            )
            if not self.windows
            else ""
        )
        self.bar.show_status((status.message + note).strip())

    def _update_actions(self, linked: bool) -> None:
        has_source = self.pane.source_id is not None
        self.link_action.setEnabled(has_source)
        for action in (self.relink_action, self.embed_action, self.unlink_action,
                       self.time_action):  # fmt: skip
            action.setEnabled(linked)

    def _key(self) -> object:
        """What the loaded recording depends on: the source and its link."""
        source_id = self.pane.source_id
        return source_id, self.recordings.get(source_id) if source_id is not None else None

    def _on_sources(self, changes: ChangeSet) -> None:
        source_id = self.pane.source_id
        touched = changes.ids(Entity.MEDIA) | changes.ids(Entity.TEXT)  # not a coding's counts
        if source_id is None or source_id not in touched:
            return
        if self._key() != self._loaded_key:
            self.load()  # linked, relinked, embedded or unlinked
        else:  # turn times changed: playback goes on
            self._windows = None
            self.current_turn = None

    # -- actions -------------------------------------------------------------------------

    def _run(self, text: str, action: Callable[[int], RecordingSnapshot]) -> bool:
        source_id = self.pane.source_id
        if source_id is None:
            return False
        command = RecordingCommand(text, self.hub, self.recordings, source_id,
                                   lambda: action(source_id))  # fmt: skip
        return push(self.undo_stack, command, self.pane)

    def link(self) -> bool:
        path = self.ask_file(self.pane, QCoreApplication.translate("MediaPanel", "Link Recording"))
        return path is not None and self._run(
            QCoreApplication.translate("MediaPanel", "Link Recording '{name}'").format(
                name=path.name
            ),
            lambda s: self.recordings.link(s, path).value,
        )

    def relink(self) -> bool:
        path = self.ask_file(
            self.pane, QCoreApplication.translate("MediaPanel", "Relink Recording")
        )
        return path is not None and self._run(
            QCoreApplication.translate("MediaPanel", "Relink Recording"),
            lambda s: self.recordings.relink(s, path).value,
        )

    def embed(self) -> bool:
        return self._run(
            QCoreApplication.translate("MediaPanel", "Embed Recording"),
            lambda s: self.recordings.embed(s).value,
        )

    def unlink(self) -> bool:
        return self._run(
            QCoreApplication.translate("MediaPanel", "Unlink Recording"),
            lambda s: self.recordings.unlink(s).value,
        )

    def set_turn_time(self) -> bool:
        """The turn at the cursor starts at the playhead; the turns between the ones timed
        so are estimated (for transcripts without times)."""
        view, source_id = self.pane.view, self.pane.source_id
        if source_id is None or view.source is None or not self.player.has_media:
            return False
        at = view.position_at(view.textCursor().position())
        turn = next((t for t in self.turn_times.turns(source_id) if t.start <= at <= t.end), None)
        if turn is None:
            return False
        command = TurnTimeCommand(self.hub, self.turn_times, source_id, turn.id,
                                  self.player.position())  # fmt: skip
        return push(self.undo_stack, command, self.pane)

    # -- playing text ----------------------------------------------------------------------

    def time_of(self, position: int) -> int | None:
        return time_at(self.windows, position)

    def play_span(self, start: int, end: int) -> bool:
        """Play exactly the time range of the text ``[start, end)``, then stop."""
        times = span_times(self.windows, start, end)
        if times is None or not self.player.has_media:
            return False
        self.player.play_segment(*times)
        return True

    def play_when_ready(self, start: int, end: int) -> None:
        """Play the text's range now, or as soon as the recording has loaded."""
        if self.player.duration() > 0:
            self.play_span(start, end)
            return
        if not self.player.has_media:
            return

        def once() -> None:
            self.player.loaded.disconnect(once)
            self.play_span(start, end)

        self.player.loaded.connect(once)

    def play_selection(self) -> None:
        span = self.pane.view.selection_span()
        if span is not None:
            self.play_span(*span)

    def seek_to_text(self, position: int) -> bool:
        ms = self.time_of(position)
        if ms is None or not self.player.has_media:
            return False
        self.player.seek(ms)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and self.pane.view.source is not None):  # fmt: skip
            cursor = self.pane.view.cursorForPosition(event.position().toPoint())
            if self.seek_to_text(self.pane.view.position_at(cursor.position())):
                return True
        return super().eventFilter(watched, event)

    def _follow(self, ms: int) -> None:
        index = index_at_time(self.windows, ms)
        if index == self.current_turn:
            return
        self.current_turn = index
        self._highlight(self.windows[index] if index is not None else None)

    def _highlight(self, window: Window | None) -> None:
        view = self.pane.view
        if window is None or view.source is None:
            view.setExtraSelections([])
            return
        pm = view.source.positions
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(pm.to_utf16(window.start))
        cursor.setPosition(pm.to_utf16(window.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(PLAYING)
        selection.cursor, selection.format = cursor, fmt
        view.setExtraSelections([selection])
        if self.bar.follow.isChecked():  # keep the turn in view, never lose a selection
            block = view.document().findBlock(pm.to_utf16(window.start))
            top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
            if top < 0 or top > view.viewport().height() * 0.8:
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() + int(top) - view.viewport().height() // 4)
