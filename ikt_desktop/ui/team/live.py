"""A team project, live (issue 19, item 5): what other coders commit appears here within a
second, the window shows who else is connected and which transcript each has open, and a
lost connection makes the window read-only until the server is back.

:class:`LiveWorker` is a thread holding the store's :class:`ChangeListener` (its own
connection: LISTEN, and this client's presence in its ``application_name``). It hands
what it hears to the GUI thread through queued signals; :class:`TeamLive` publishes each
remote change set on the window's ChangeHub, the same path as the window's own actions, so
every pane refreshes only what changed. The listener skips what this window's own
sessions committed (their backend pids), which the hub has already published.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QToolBar, QWidget

from ikt_desktop.db.team.live import ChangeListener, Presence, RemoteChange
from ikt_desktop.db.team.store import TeamStore
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.project import Project
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.look.palette import colours
from ikt_desktop.ui.shell.host import WindowHost

log = logging.getLogger(__name__)

POLL_S = 0.25  # the longest the worker waits before looking at its stop flag and presence
LOOK_S = 3.0  # presence is read again at least this often (a client that left says nothing)
FIRST_RETRY_S = 0.5
MAX_RETRY_S = 8.0


class LiveWorker(QThread):
    """Listens on its own connection; reconnects with backoff after losing it."""

    heard = Signal(object)  # RemoteChange
    people = Signal(object)  # list[Presence]
    connection = Signal(bool)  # False: lost; True: (back) connected

    def __init__(self, store: TeamStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stop = threading.Event()
        self._presence = (0, 0)  # (coder id, source id), replaced whole (thread-safe)
        self.attempts = 0  # connection attempts that failed (tests, the status line)

    def set_presence(self, coder_id: int, source_id: int) -> None:
        self._presence = (coder_id, source_id)

    def stop(self) -> None:
        self._stop.set()
        self.wait()

    def run(self) -> None:
        listener: ChangeListener | None = None
        online: bool | None = None
        delay = FIRST_RETRY_S
        while not self._stop.is_set():
            if listener is None:
                listener = self._connect()
                if listener is None:
                    if online is not False:
                        self.connection.emit(False)
                        online = False
                    self._stop.wait(delay)
                    delay = min(delay * 2, MAX_RETRY_S)
                    continue
                delay = FIRST_RETRY_S
                if online is not True:
                    self.connection.emit(True)
                    online = True
            if not self._listen(listener):
                self._close(listener)
                listener = None
                self.connection.emit(False)
                online = False
        if listener is not None:
            self._close(listener)

    def _connect(self) -> ChangeListener | None:
        try:
            return self._store.listen()
        except Exception as exc:  # psycopg.OperationalError: the server is not there
            self.attempts += 1
            log.info("team server not reachable (attempt %d): %s", self.attempts,
                     type(exc).__name__)  # fmt: skip
            return None

    def _listen(self, listener: ChangeListener) -> bool:
        """One round: say where we are, wait for changes, look at who is here. False when
        the connection is lost."""
        said: tuple[int, int] | None = getattr(listener, "said", None)
        last_look: float = getattr(listener, "last_look", 0.0)
        try:
            if self._presence != said:
                listener.set_presence(*self._presence)
                listener.said = self._presence  # type: ignore[attr-defined]
            for remote in listener.wait(POLL_S, stop_after=1):
                self.heard.emit(remote)
            if listener.presence_heard or time.monotonic() - last_look > LOOK_S:
                self.people.emit(listener.present())
                listener.last_look = time.monotonic()  # type: ignore[attr-defined]
        except Exception as exc:  # psycopg.OperationalError: the connection is gone
            log.warning("lost the connection to the team server: %s", type(exc).__name__)
            return False
        return True

    @staticmethod
    def _close(listener: ChangeListener) -> None:
        try:
            listener.close()
        except Exception:  # already broken
            log.debug("closing a broken listener", exc_info=True)


class TeamLive(QObject):
    """The live part of a window on a team project: remote changes, presence, and the
    read-only state while the connection is lost."""

    def __init__(self, window: WindowHost, project: Project) -> None:
        super().__init__(window)
        assert isinstance(project.store, TeamStore)
        self._window, self._project, self._store = window, project, project.store
        self.online = True
        self.others: list[Presence] = []
        self.received = 0  # remote change sets published (tests, the bench)
        self.presence_label = QLabel()
        self.presence_label.setObjectName("presence")
        window.statusBar().addPermanentWidget(self.presence_label)  # never hidden by messages
        self.banner = self._make_banner()
        self._disabled: list[QAction] = []
        self._frozen: list[QWidget] = []
        self._locked: list[QPlainTextEdit] = []
        self.worker = LiveWorker(self._store, self)
        queued = Qt.ConnectionType.QueuedConnection
        self.worker.heard.connect(self._on_heard, queued)
        self.worker.people.connect(self._on_people, queued)
        self.worker.connection.connect(self._on_connection, queued)
        pane = self._transcript_pane()
        if pane is not None:
            pane.source_shown.connect(self._say_where)
        self._say_where()
        self.worker.start()

    def _make_banner(self) -> QToolBar:
        bar = QToolBar(QCoreApplication.translate("TeamLive", "Connection"), self._window)
        bar.setObjectName("connection_banner")
        bar.setMovable(False)
        label = QLabel(
            QCoreApplication.translate(
                "TeamLive",
                "Connection to the team server lost — read-only until it returns. "
                "Nothing you typed is lost; trying again…",
            )
        )
        label.setObjectName("connection_lost")
        tokens = colours()
        label.setStyleSheet(f"QLabel {{ color: {tokens.error_text}; background: {tokens.window}; "
                            f"border: 2px solid {tokens.error_text}; padding: 6px 10px; "
                            "font-weight: 600; }")  # fmt: skip
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(label)
        self._window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        return bar

    def _transcript_pane(self) -> TranscriptPane | None:
        workspace = self._window.workspace
        return workspace.transcript_pane if workspace is not None else None

    def close(self) -> None:
        """Stop listening (the project is closing)."""
        self.worker.stop()
        self._window.statusBar().removeWidget(self.presence_label)
        self.presence_label.deleteLater()
        self._window.removeToolBar(self.banner)
        self.banner.deleteLater()
        self._store.offline = False

    # -- presence --------------------------------------------------------------------

    def _say_where(self) -> None:
        coder = self._project.coders.current() if self.online else None
        pane = self._transcript_pane()
        view = pane.view.source if pane is not None else None
        source_id = view.source_id if view is not None else 0
        coder_id = coder.id if coder is not None else 0
        self.worker.set_presence(coder_id, source_id)

    def _on_people(self, people: list[Presence]) -> None:
        self.others = people
        self.presence_label.setText(self.presence_text())

    def presence_text(self) -> str:
        """Presence on one line: "Also here: Anna (Interview 3), Ben"; empty when
        nobody else is connected."""
        if not self.others or not self.online:
            return ""
        coders = {c.id: c.name for c in self._project.coders.all()}
        sources = {s.id: s.name for s in self._project.sources.all()}
        names = []
        for person in self.others:
            name = coders.get(person.coder_id) or person.db_user
            where = sources.get(person.source_id)
            names.append(f"{name} ({where})" if where else name)
        return QCoreApplication.translate("TeamLive", "Also here: {names}").format(
            names=", ".join(names)
        )

    # -- changes from others ---------------------------------------------------------

    def _on_heard(self, remote: RemoteChange) -> None:
        if not self.online or self._window.project is not self._project:
            return
        changes = remote.changes
        if changes.ids(Entity.CODING):
            changes = changes + self._counts(changes)
        if remote.everything:
            changes = changes + self._whole(remote.everything)
        self.received += 1
        self._window.hub.publish(changes)

    def _counts(self, changes: ChangeSet) -> ChangeSet:
        """The codes and sources whose counts the codings changed (the server names the
        codings only; our own actions' change sets name their counts too)."""
        pane = self._transcript_pane()
        pairs: set[tuple[int, int]] = set()
        unknown = False
        for coding_id in changes.ids(Entity.CODING):
            # the transcript shown or one kept knows it (a deleted coding is read nowhere)
            coding = pane.view.known_coding(coding_id) if pane is not None else None
            if coding is None and coding_id not in changes.ids(Entity.CODING, Op.DELETED):
                try:
                    coding = self._project.codings.get(coding_id)
                except UserError:  # deleted again meanwhile
                    coding = None
            if coding is None:
                unknown = True
                continue
            pairs.add((coding.code_id, coding.source_id))
        if unknown:  # a deleted coding we never showed: every count may have moved
            return self._whole(frozenset({Entity.CODE})) + ChangeSet.of(
                Entity.SOURCE, Op.UPDATED, [s.id for s in self._project.sources.all()]
            )
        return ChangeSet.of(Entity.CODE, Op.UPDATED, sorted({c for c, _ in pairs})) + (
            ChangeSet.of(Entity.SOURCE, Op.UPDATED, sorted({s for _, s in pairs}))
        )

    def _whole(self, kinds: frozenset[Entity]) -> ChangeSet:
        """A change set that makes every pane read ``kinds`` again (too many ids were
        changed to name them, or the connection was lost meanwhile)."""
        p = self._project
        out = ChangeSet()
        if Entity.CODE in kinds or Entity.CODING in kinds:  # counts follow codings
            ids = [c.id for c in p.codebook.all()]
            out += ChangeSet.of(Entity.CODE, Op.UPDATED, ids) + ChangeSet.of(
                Entity.CODE, Op.CREATED, ids[:1]
            )  # "created" makes the codebook read its whole tree again
        if Entity.CODING in kinds:
            pane = self._transcript_pane()
            view = pane.view.source if pane is not None else None
            if view is not None:
                shown = set(view.codings) | {c.id for c in p.codings.for_source(view.source_id)}
                out += ChangeSet.of(Entity.CODING, Op.UPDATED, sorted(shown))
        if kinds & {Entity.SOURCE, Entity.PARTICIPANT, Entity.CODING}:  # new, gone, counts
            out += ChangeSet.of(Entity.SOURCE, Op.CREATED, [s.id for s in p.sources.all()])
        return out

    # -- the connection --------------------------------------------------------------

    def _on_connection(self, up: bool) -> None:
        if up == self.online:
            return
        self.online = up
        self._store.offline = not up
        self.banner.setVisible(not up)
        self._set_writable(up)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("TeamLive", "Connected to the team server again")
            if up
            else "",
            6000,
        )
        self.presence_label.setText(self.presence_text())
        if up:  # what others committed meanwhile was not heard: read it again
            self._save_typed()
            self._say_where()
            self._window.hub.publish(self._whole(frozenset(Entity) - {Entity.TEXT}))

    def _save_typed(self) -> None:
        """A code's definition typed while the connection was lost was refused and kept
        in its field: save it now (each field that differs is one undoable change)."""
        workspace = self._window.workspace
        if workspace is not None:
            for name in workspace.inspector.fields:
                workspace.inspector.commit(name)

    def _set_writable(self, on: bool) -> None:
        """Offline: the actions that write are disabled, the editors keep their text but
        take no more, and the lists that read the server wait; back: as before."""
        if not on:
            self._disabled = [a for a in self._writing_actions() if a.isEnabled()]
            self._frozen = [w for w in self._server_widgets() if w.isEnabled()]
            self._locked = [e for e in self._editors() if not e.isReadOnly()]
        for action in self._disabled:
            action.setEnabled(on)
        for widget in self._frozen:
            widget.setEnabled(on)
        for edit in self._locked:
            edit.setReadOnly(not on)
        if on:
            self._disabled, self._frozen, self._locked = [], [], []
            window = self._window
            window.action_undo.setEnabled(window.undo_stack.canUndo())
            window.action_redo.setEnabled(window.undo_stack.canRedo())

    def _server_widgets(self) -> list[QWidget]:
        workspace = self._window.workspace
        if workspace is None:
            return []
        return [workspace.sources_pane, workspace.codebook_pane, workspace.retrieval_pane]

    def _editors(self) -> list[QPlainTextEdit]:
        workspace = self._window.workspace
        return list(workspace.inspector.fields.values()) if workspace is not None else []

    def _writing_actions(self) -> list[QAction]:
        w = self._window
        actions = [w.action_undo, w.action_redo, w.action_import, w.action_study]
        if w.workspace is not None:
            c = w.workspace.coding
            actions += [c.code_selection, c.in_vivo, c.remove, c.resize, *c.recent_actions]
            actions.append(w.workspace.codebook_pane.new_code)
        return actions
