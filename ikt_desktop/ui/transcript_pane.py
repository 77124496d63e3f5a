"""Centre pane: the transcript, read-only, with speaker labels styled.

Issue 4 adds coding highlights (an interval-index highlighter) and the stripes margin.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ikt_desktop.domain.positions import cp_to_utf16
from ikt_desktop.services.dto import SourceDTO
from ikt_desktop.services.sources import SourceService


class SpeakerHighlighter(QSyntaxHighlighter):
    """Bold speaker labels at the start of a turn; interviewer labels in a muted colour."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.speakers: frozenset[str] = frozenset()
        self.interviewers: frozenset[str] = frozenset()
        self._speaker = QTextCharFormat()
        self._speaker.setFontWeight(QFont.Weight.Bold)
        self._interviewer = QTextCharFormat(self._speaker)
        self._interviewer.setForeground(QColor("#6b6b6b"))

    def set_speakers(self, speakers: frozenset[str], interviewers: frozenset[str]) -> None:
        self.speakers, self.interviewers = speakers, interviewers

    def highlightBlock(self, text: str) -> None:
        name, colon, _ = text.partition(":")
        if colon and name in self.speakers:
            fmt = self._interviewer if name in self.interviewers else self._speaker
            # Qt counts UTF-16 units; a name with an astral character is longer there
            self.setFormat(0, cp_to_utf16(text, len(name) + 1), fmt)


class TranscriptPane(QWidget):
    def __init__(self, sources: SourceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = sources
        self.source_id: int | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setContentsMargins(6, 4, 6, 4)
        self.editor = QPlainTextEdit(readOnly=True)
        self.editor.setAccessibleName("Transcript")
        self.editor.setPlaceholderText("Choose a source on the left to read it here.")
        font = self.editor.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.editor.setFont(font)
        self.highlighter = SpeakerHighlighter(self.editor.document())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.editor)

    def show_source(self, source: SourceDTO | None) -> None:
        if source is None:
            self.source_id = None
            self.header.clear()
            self.editor.clear()
            return
        self.source_id = source.id
        speakers = self._sources.speakers(source.id)
        self.highlighter.set_speakers(
            frozenset(s.name for s in speakers),
            frozenset(s.name for s in speakers if s.is_interviewer),
        )
        self.editor.setPlainText(self._sources.text(source.id))
        details = [source.participant_label, source.participant_role, source.mode]
        if source.interview_date:
            details.append(source.interview_date.isoformat())
        if source.duration_seconds:
            details.append(f"{source.duration_seconds // 60} min")
        details.append(f"{source.word_count:,} words")
        self.header.setText(f"<b>{source.name}</b> &nbsp; " + " · ".join(d for d in details if d))
