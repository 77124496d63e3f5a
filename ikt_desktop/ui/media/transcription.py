"""Transcription mode in Edit Transcript (issue 17, item 4), as f4 does it: F4 plays and
pauses (pausing rewinds a configurable 2 s, so you hear the last words again when you
go on), F6 inserts the current time as ``[0:01:02]`` at the cursor, F7 plays the last 3 s
again. The edit itself is saved as before, through the text-edit service, so codings
keep covering their words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from ikt_desktop.ui.coding.text_edit_actions import EditTranscriptDialog, ask_text
from ikt_desktop.ui.media.player import MediaPlayer
from ikt_desktop.ui.media.transport import clock

REWIND_MS = 2_000
REPLAY_MS = 3_000
KEYS = {"play": "F4", "stamp": "F6", "replay": "F7"}


class TranscriptionMode(QObject):
    def __init__(self, editor: QPlainTextEdit, player: MediaPlayer,
                 rewind_ms: int = REWIND_MS, replay_ms: int = REPLAY_MS) -> None:  # fmt: skip
        super().__init__(editor)
        self.editor, self.player, self.replay_ms = editor, player, replay_ms
        self._saved_rewind = player.rewind_on_pause_ms
        player.rewind_on_pause_ms = rewind_ms
        for key, slot in ((KEYS["play"], player.toggle), (KEYS["stamp"], self.insert_time),
                          (KEYS["replay"], self.replay)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        editor.destroyed.connect(self._restore)

    def insert_time(self) -> None:
        self.editor.textCursor().insertText(f"[{clock(self.player.position())}] ")

    def replay(self) -> None:
        self.player.replay(self.replay_ms)

    def finish(self) -> None:
        """Leave transcription mode: pausing no longer rewinds."""
        self.player.pause()
        self._restore()

    def _restore(self, *_: object) -> None:
        self.player.rewind_on_pause_ms = self._saved_rewind


def hint() -> str:
    return QCoreApplication.translate(
        "Transcription",
        "Transcription mode: {play_key} play/pause (pausing rewinds {rewind} s) · "
        "{stamp_key} insert the time · {replay_key} play the last {replay} s again",
    ).format(
        play_key=KEYS["play"],
        rewind=REWIND_MS // 1000,
        stamp_key=KEYS["stamp"],
        replay_key=KEYS["replay"],
        replay=REPLAY_MS // 1000,
    )


def transcription_dialog(
    parent: QWidget | None, name: str, text: str, player: MediaPlayer
) -> tuple[EditTranscriptDialog, TranscriptionMode]:
    dialog = EditTranscriptDialog(name, text, parent)
    mode = TranscriptionMode(dialog.editor, player)
    layout = dialog.layout()
    assert layout is not None
    layout.addWidget(QLabel(hint()))
    return dialog, mode


def ask_text_with_player(player: MediaPlayer):  # type: ignore[no-untyped-def]
    """An ``ask_text`` for TextEditActions that offers transcription mode when the source
    has a recording loaded."""

    def ask(parent: QWidget | None, name: str, text: str) -> str | None:
        if not player.has_media:
            return ask_text(parent, name, text)
        dialog, mode = transcription_dialog(parent, name, text, player)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        mode.finish()
        return dialog.text() if accepted else None

    return ask
