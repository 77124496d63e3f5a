"""The transcript text: read-only, selection in code points, drops of codes onto the
selection, drags of the selection onto codes, zoom, participant-talk-only."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ikt_desktop.services.dto import CodingDTO
from ikt_desktop.ui.coding.document import CodeStyles, SourceView
from ikt_desktop.ui.coding.highlighter import TranscriptHighlighter
from ikt_desktop.ui.shell.mime import CODE_MIME, SELECTION_MIME, decode_ids

MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 32.0
CATCH_UP_BLOCKS = 60  # paragraphs painted per idle step (~8 ms): typing and scrolling stay smooth
CATCH_UP_MS = 10
HOVER_ALPHA = 150
# Sources laid out before are kept to be shown again at once: a three-hour transcript
# takes 40-60 ms to read, index and lay out, and a document kept (its layout and its
# paragraphs' paint) about 5 ms to show. Bounded by their text, at about 53 bytes of
# memory per character kept (measured: 12 sources, 795,000 characters, 40 MB): four
# three-hour interviews (80 MB), or the last KEPT_SOURCES shown.
KEPT_CHARACTERS = 1_500_000
KEPT_SOURCES = 12


@dataclass
class Kept:
    """A source shown before: its document, painted by its own highlighter, its index,
    whether its interviewer's turns were hidden, and where it was scrolled to: the
    paragraph at the top and the line of it there (not the scroll bar's value, which
    counts lines: setting the document again lays it out anew, from one line a paragraph)."""

    source: SourceView
    document: QTextDocument
    highlighter: TranscriptHighlighter
    participant_only: bool
    top: tuple[int, int]


class TranscriptView(QPlainTextEdit):
    code_dropped = Signal(int)  # a code dragged from the codebook onto the selection
    selection_spans_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(True)
        self.setAccessibleName(QCoreApplication.translate("TranscriptView", "Transcript"))
        self.setPlaceholderText(
            QCoreApplication.translate(
                "TranscriptView", "Choose a source on the left to read it here."
            )
        )
        self.setCenterOnScroll(False)
        # Each source shown gets a document of its own, kept after it is left (see
        # ``show_kept``). The empty one shows the placeholder; it belongs to the view (a
        # document the text control parented would be deleted when another is set).
        self._blank = self._new_document()
        self.setDocument(self._blank)
        self._blank_highlighter = TranscriptHighlighter(self._blank)
        self.highlighter = self._blank_highlighter  # the shown document's
        self._kept: OrderedDict[int, Kept] = OrderedDict()
        self._catch_up = QTimer(self, singleShot=True, interval=CATCH_UP_MS)
        self._catch_up.timeout.connect(self._highlight_some)
        self.verticalScrollBar().valueChanged.connect(self._highlight_visible)
        self.source: SourceView | None = None
        self.participant_only = False
        self.selectionChanged.connect(self.selection_spans_changed)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)

    # -- content ---------------------------------------------------------------------

    def show_source(self, source: SourceView | None, styles: CodeStyles) -> None:
        """Lay ``source`` out in a new document; the one shown before is kept, unless
        this is the same source read again (its text or its codings were reloaded)."""
        again = (
            source is not None
            and self.source is not None
            and (source.source_id == self.source.source_id)
        )
        previous = self.highlighter
        self._put_away(keep=not again)
        if source is None:
            self._blank_highlighter.adopt(previous)
            self._switch(None, self._blank, self._blank_highlighter)
            return
        self.forget([source.source_id])
        document = self._new_document()
        highlighter = TranscriptHighlighter(document)  # on the empty document: nothing queued
        highlighter.adopt(previous)
        highlighter.styles = styles
        highlighter.view = source
        # The text goes in with the document's signals held, so the highlighter is not
        # called for each of a long transcript's thousands of paragraphs just to note
        # them; it is told at once that all wait (the layout is told directly, not by
        # a signal, so it still sees every paragraph).
        held = document.blockSignals(True)
        try:
            document.setPlainText(source.text)
        finally:
            document.blockSignals(held)
        highlighter.deferred = set(range(document.blockCount()))
        self._switch(source, document, highlighter)
        if self.participant_only:
            self.set_participant_only(True)

    def show_kept(self, source_id: int) -> bool:
        """Show a source kept from before, as it was left; False when it is not kept (it
        was never shown, or changed since: see ``forget``)."""
        kept = self._kept.pop(source_id, None)
        if kept is None:
            return False
        self._put_away(keep=True)
        if kept.highlighter.adopt(self.highlighter):  # new colours, emphasis or contrast
            kept.highlighter.deferred = set(range(kept.document.blockCount()))
        self._switch(kept.source, kept.document, kept.highlighter)
        if kept.participant_only != self.participant_only:
            self._show_turns()
        self._scroll_to(*kept.top)  # (what comes into view is painted)
        return True

    def _scroll_to(self, block_number: int, line: int) -> None:
        """Put that line of that paragraph at the top of the view."""
        block = self.document().findBlockByNumber(block_number)
        if not block.isValid():
            return
        self.blockBoundingRect(block)  # laid out now: its own line count is known
        line = min(line, max(block.lineCount() - 1, 0))
        self.verticalScrollBar().setValue(block.firstLineNumber() + line)

    def forget(self, source_ids: Iterable[int] | None = None) -> None:
        """Stop keeping these sources (all when None): their text, codings or speakers
        changed, so they are read and laid out again when next shown."""
        for source_id in list(self._kept) if source_ids is None else source_ids:
            kept = self._kept.pop(source_id, None)
            if kept is not None:
                kept.document.deleteLater()  # its highlighter with it

    def kept_sources(self) -> dict[int, SourceView]:
        return {source_id: kept.source for source_id, kept in self._kept.items()}

    def known_coding(self, coding_id: int) -> CodingDTO | None:
        """The coding as shown or kept, if it is in the source shown or in one kept."""
        for source in (self.source, *(kept.source for kept in self._kept.values())):
            if source is not None and coding_id in source.codings:
                return source.codings[coding_id]
        return None

    def _new_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setUndoRedoEnabled(False)  # read-only: no undo history to hold
        document.setDefaultFont(self.font())
        return document

    def _put_away(self, keep: bool) -> None:
        """The shown source leaves the screen: kept for later, or let go."""
        self._catch_up.stop()
        source, document = self.source, self.document()
        if source is None or document is self._blank:
            return
        if keep:
            first = self.firstVisibleBlock()
            top = (first.blockNumber(), self.verticalScrollBar().value() - first.firstLineNumber())
            self._kept[source.source_id] = Kept(source, document, self.highlighter,
                                                self.participant_only, top)  # fmt: skip
            self._trim()
        self.source = None
        self.setDocument(self._blank)  # (a document not shown is never painted)
        if not keep:
            document.deleteLater()

    def _trim(self) -> None:
        while self._kept and (
            len(self._kept) > KEPT_SOURCES
            or sum(len(k.source.text) for k in self._kept.values()) > KEPT_CHARACTERS
        ):
            self.forget([next(iter(self._kept))])  # the one left longest ago

    def _switch(
        self, source: SourceView | None, document: QTextDocument, highlighter: TranscriptHighlighter
    ) -> None:
        self.source = source
        self.highlighter = highlighter
        self.setExtraSelections([])  # a hovered coding of the previous source
        if document.defaultFont() != self.font():  # the font size changed meanwhile
            document.setDefaultFont(self.font())
        self.setDocument(document)
        self._highlight_visible()  # what is on screen now; the rest in idle time
        self._catch_up.start()

    def set_styles(self, styles: CodeStyles) -> None:
        """New names or colours: the paragraphs on screen at once, the others after."""
        self.highlighter.styles = styles
        self.highlighter.deferred = set(range(self.document().blockCount()))
        self._highlight_visible()
        self._catch_up.start()

    def visible_blocks(self) -> list[int]:
        """Numbers of the paragraphs (blocks) shown in the viewport now."""
        out: list[int] = []
        block, offset = self.firstVisibleBlock(), self.contentOffset()
        bottom = self.viewport().rect().bottom()
        while block.isValid():
            if block.isVisible():
                if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                    break
                out.append(block.blockNumber())
            block = block.next()
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._highlight_visible()  # a taller pane shows paragraphs not painted yet

    def _highlight_visible(self, *_args: object) -> None:
        pending = self.highlighter.deferred
        if pending:
            self._rehighlight([n for n in self.visible_blocks() if n in pending])

    def _highlight_some(self) -> None:
        """One idle step of painting the paragraphs not yet painted, nearest first."""
        pending = self.highlighter.deferred
        if not pending:
            return
        self._highlight_visible()
        self._rehighlight_unseen(sorted(pending)[:CATCH_UP_BLOCKS])
        if pending:
            self._catch_up.start()

    def _rehighlight_unseen(self, blocks: list[int]) -> None:
        """Paragraphs off screen, without repainting what is on screen. Laying out a
        paragraph for the first time changes its height from the one-line estimate, and
        ``QPlainTextDocumentLayout`` then asks for the whole viewport (and the stripes
        beside it) to be repainted: one full repaint per idle step, about 20 after opening
        a three-hour transcript, with nothing on screen changed. The layout's signals are
        held while they are highlighted; their new line counts still reach the scroll bar."""
        layout = self.document().documentLayout()
        held = layout.blockSignals(True)
        try:
            self._rehighlight(blocks)
        finally:
            layout.blockSignals(held)
        if not held:
            layout.documentSizeChanged.emit(layout.documentSize())

    def add_coding(self, coding: CodingDTO) -> None:
        if self.source is not None and coding.source_id == self.source.source_id:
            self._repaint_paragraphs(self.source.add(coding))

    def remove_coding(self, coding_id: int) -> None:
        if self.source is not None:
            self._repaint_paragraphs(self.source.remove(coding_id))

    def emphasise(self, code_ids: frozenset[int]) -> None:
        if self.source is None or code_ids == self.highlighter.emphasised:
            self.highlighter.emphasised = code_ids
            return
        changed = code_ids ^ self.highlighter.emphasised
        self.highlighter.emphasised = code_ids
        blocks = {
            block
            for c in self.source.codings.values()
            if c.code_id in changed
            for block in self.source.index.blocks_of_span(c.start, c.end)
        }
        self._repaint_paragraphs(sorted(blocks))

    def show_hover(self, coding_id: int | None) -> None:
        """Light up one coding's text (the stripe or label under the mouse). One extra
        selection at a time: cheap, and the highlighter's paint stays untouched."""
        source = self.source
        if coding_id is None or source is None or coding_id not in source.codings:
            self.setExtraSelections([])
            return
        coding = source.codings[coding_id]
        style = self.highlighter.styles.get(coding.code_id)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(source.positions.to_utf16(coding.start))
        cursor.setPosition(source.positions.to_utf16(coding.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        color = QColor(style.color if style else "#888888")
        color.setAlpha(HOVER_ALPHA)
        selection.format.setBackground(color)
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selection.format.setUnderlineColor(color.darker(160))
        self.setExtraSelections([selection])

    def _rehighlight(self, blocks: range | list[int]) -> None:
        doc = self.document()
        for number in blocks:
            self.highlighter.rehighlightBlock(doc.findBlockByNumber(number))

    def _repaint_paragraphs(self, blocks: range | list[int]) -> None:
        """Paragraphs whose codings (or emphasis) changed: painted again, and only their
        rectangles repainted. ``rehighlightBlock`` marks a paragraph dirty over twice its
        length, so ``QPlainTextDocumentLayout`` sees a change that runs into the next
        paragraph and asks for the whole viewport, and through ``updateRequest`` the whole
        stripes margin (measured: one coding repainted 444 x 486 pixels of text for one
        paragraph). A coding changes colours and underlines, never where lines break, so
        the layout's signals are held and each paragraph's rectangle on screen is asked
        for instead (those off screen are laid out again when they are scrolled to); if a
        paragraph's line count changed after all, everything is, as Qt would."""
        doc = self.document()
        layout = doc.documentLayout()
        if layout.signalsBlocked():  # (inside another hold: it decides what repaints)
            self._rehighlight(blocks)
            return
        on_screen = set(self.visible_blocks())  # the others have nothing painted to correct
        paragraphs = [doc.findBlockByNumber(n) for n in blocks]
        lines = {p.blockNumber(): p.layout().lineCount() for p in paragraphs}
        layout.blockSignals(True)
        try:
            for paragraph in paragraphs:
                self.highlighter.rehighlightBlock(paragraph)
        finally:
            layout.blockSignals(False)
        offset, shown = self.contentOffset(), self.viewport().rect()
        dirty = QRect()
        for paragraph in paragraphs:
            before = lines[paragraph.blockNumber()]
            if paragraph.blockNumber() not in on_screen or before == 0:
                continue
            rect = self.blockBoundingGeometry(paragraph).translated(offset)  # laid out again
            if paragraph.layout().lineCount() != before:
                layout.documentSizeChanged.emit(layout.documentSize())
                whole = QRectF(0, -doc.documentMargin(), 1e9, 1e9)  # what Qt itself asks
                layout.update[QRectF].emit(whole)  # type: ignore[index]  # (its overload)
                return
            dirty = dirty.united(rect.toAlignedRect().intersected(shown))
        if not dirty.isEmpty():
            self.viewport().update(dirty)
            self.updateRequest.emit(dirty, 0)

    # -- positions (code points here, UTF-16 in Qt) ----------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if self.source is None or not cursor.hasSelection():
            return None
        pm = self.source.positions
        start = pm.from_utf16(cursor.selectionStart())
        end = pm.from_utf16(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        if self.source is None:
            return
        pm = self.source.positions
        cursor = QTextCursor(self.document())
        cursor.setPosition(pm.to_utf16(start))
        cursor.setPosition(pm.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def position_at(self, utf16: int) -> int:
        assert self.source is not None
        return self.source.positions.from_utf16(utf16)

    # -- display options ---------------------------------------------------------------

    def change_font_size(self, steps: float) -> None:
        font = self.font()
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, font.pointSizeF() + steps))
        font.setPointSizeF(size)
        self.setFont(font)

    def set_high_contrast(self, on: bool) -> None:
        palette = self.palette()
        if on:
            palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
            palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
        else:
            default = QApplication.palette()
            palette.setColor(QPalette.ColorRole.Base, default.color(QPalette.ColorRole.Base))
            palette.setColor(QPalette.ColorRole.Text, default.color(QPalette.ColorRole.Text))
        self.setPalette(palette)
        if on != self.highlighter.high_contrast:  # unchanged (opening a project): no work
            self.highlighter.high_contrast = on
            self.highlighter.rehighlight()

    def set_dim_interviewer(self, on: bool) -> None:
        changed = on != self.highlighter.dim_interviewer
        self.highlighter.dim_interviewer = on
        if self.source is not None and changed:
            self._rehighlight(sorted(self.source.interviewer_blocks))

    def set_participant_only(self, on: bool) -> None:
        """Hide the interviewer's turns (and show them again)."""
        if not on and not self.participant_only:  # every turn shown already
            return
        self.participant_only = on
        self._show_turns()

    def _show_turns(self) -> None:
        """Each paragraph visible or not, as ``participant_only`` says."""
        on = self.participant_only
        if self.source is None:
            return
        doc = self.document()
        block = doc.firstBlock()
        while block.isValid():
            block.setVisible(not (on and block.blockNumber() in self.source.interviewer_blocks))
            block = block.next()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()
        self._highlight_visible()  # paragraphs that came into view may wait to be painted

    # -- drag and drop -----------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own text mime data fixes its list of formats; start from a plain one
        mime = QMimeData()
        mime.setText(self.textCursor().selection().toPlainText())
        span = self.selection_span()
        if self.source is not None and span is not None:
            payload = {"source_id": self.source.source_id, "start": span[0], "end": span[1]}
            mime.setData(SELECTION_MIME, json.dumps(payload).encode())
        return mime

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CODE_MIME) and self.selection_span():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CODE_MIME) and self.selection_span():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = decode_ids(event.mimeData(), CODE_MIME)
        if ids and self.selection_span():
            event.acceptProposedAction()
            self.code_dropped.emit(ids[0])
        else:
            event.ignore()
