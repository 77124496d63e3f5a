"""Play a segment from wherever it is listed (issue 17): the Coded Segments pane, the
Query tab's results, a theme's pinned quotes, meeting mode. One ``SegmentPlay`` per
workspace hands each list the same Play action (button, context menu, the same
shortcut), enabled only when the segment's source has a recording and its text has
times; playing goes through one place (``requested`` -> ``Workspace.play_segment``, which
shows the segment and plays exactly its time range, then stops)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.media.timing import span_times
from ikt_desktop.ui.shell.change_hub import ChangeHub

if TYPE_CHECKING:  # the window's View menu builds the play action at start-up
    from ikt_desktop.services.media.recordings import RecordingService
    from ikt_desktop.services.media.turn_times import TurnTimeService

KEY = "Ctrl+Shift+Space"  # play the segment selected in a list (F4 family: the transport)
Span = tuple[int, int, int]  # source id, start, end (code points)
SpanAt = Callable[[QModelIndex], Span | None]


def play_action(parent: QObject) -> QAction:
    """The Play Segment action every list of segments shows (text, shortcut, tip)."""
    action = QAction(QCoreApplication.translate("SegmentPlay", "Play Segment"), parent)
    action.setShortcut(QKeySequence(KEY))
    action.setToolTip(
        QCoreApplication.translate(
            "SegmentPlay", "Play the segment's time in its recording, then stop ({key})"
        ).format(key=KEY)
    )
    return action


class SegmentPlay(QObject):
    requested = Signal(int, int, int)  # source id, start, end: play exactly that range

    def __init__(self, recordings: RecordingService, turn_times: TurnTimeService,
                 hub: ChangeHub, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._recordings, self._turn_times = recordings, turn_times
        self._refreshers: list[Callable[[], None]] = []
        self.checks = 0  # sources looked up (tests count work, not time)
        hub.sources_changed.connect(self._on_sources)

    def times(self, span: Span | None) -> tuple[int, int] | None:
        """The time range (ms) ``span`` plays, or None: no recording, or no times."""
        if span is None:
            return None
        source_id, start, end = span
        self.checks += 1
        if self._recordings.get(source_id) is None:
            return None
        return span_times(self._turn_times.windows(source_id), start, end)

    def play(self, span: Span | None) -> bool:
        if self.times(span) is None:
            return False
        assert span is not None
        self.requested.emit(*span)
        return True

    def attach(self, view: QAbstractItemView, span_at: SpanAt,
               button: QAbstractButton | None = None) -> QAction:  # fmt: skip
        """Give ``view`` the Play action: its shortcut while the list has focus, its
        context menu, and ``button`` (enabled with it) for the current row."""
        action = play_action(view)
        action.triggered.connect(lambda _checked=False: self.play(span_at(view.currentIndex())))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if button is not None:
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)

        def refresh() -> None:
            try:
                index = view.currentIndex()
            except RuntimeError:  # the list was deleted with its window
                return
            on = self.times(span_at(index)) is not None
            action.setEnabled(on)
            if button is not None:
                button.setEnabled(on)

        self._refreshers.append(refresh)
        view.selectionModel().currentChanged.connect(lambda *_: refresh())
        model = view.model()
        model.modelReset.connect(refresh)
        model.rowsRemoved.connect(lambda *_: refresh())
        refresh()
        return action

    def refresh(self) -> None:
        for refresh in self._refreshers:
            refresh()

    def _on_sources(self, changes: ChangeSet) -> None:
        gone_or_back = changes.ids(Entity.SOURCE, Op.DELETED) | changes.ids(
            Entity.SOURCE, Op.CREATED
        )
        if changes.ids(Entity.MEDIA) or changes.ids(Entity.TEXT) or gone_or_back:
            self.refresh()  # linked, unlinked, timed, edited, removed, restored
