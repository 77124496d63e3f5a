"""Paints a transcript: speaker labels, dimmed interviewer turns, and coding highlights
from the per-paragraph interval index (never extra selections: those slow to ~60 ms per
added coding at 20,000 codings; this applies one paragraph at a time)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ikt_desktop.domain.coding.intervals import elementary_segments
from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.ui.coding.document import CodeStyles, SourceView

HIGHLIGHT_ALPHA = 70
EMPHASIS_ALPHA = 160


def blend(colors: list[QColor], alpha: int) -> QColor:
    r = sum(c.red() for c in colors) // len(colors)
    g = sum(c.green() for c in colors) // len(colors)
    b = sum(c.blue() for c in colors) // len(colors)
    return QColor(r, g, b, alpha)


class TranscriptHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.view: SourceView | None = None
        self.styles: CodeStyles = {}
        self.emphasised: frozenset[int] = frozenset()  # codes whose segments stand out
        self.dim_interviewer = True
        self.high_contrast = False
        # Painting every paragraph of a long transcript on opening it took ~350 ms (60,000
        # words, 3,000 codings). The paragraphs not painted yet are in ``deferred``; the
        # view paints those on screen at once and the rest in idle time.
        self.deferred: set[int] = set()

    def adopt(self, other: TranscriptHighlighter) -> bool:
        """Paint as ``other`` does (the view's settings, when this document is shown
        again); True when something differs, so what it painted before is out of date."""
        mine = (self.styles, self.emphasised, self.dim_interviewer, self.high_contrast)
        theirs = (other.styles, other.emphasised, other.dim_interviewer, other.high_contrast)
        self.styles, self.emphasised, self.dim_interviewer, self.high_contrast = theirs
        return mine != theirs

    def _base(self, block: int, text: str) -> list[tuple[int, int, QTextCharFormat]]:
        """Label and dimming formats as code-point runs ``(start, end, format)``."""
        assert self.view is not None
        plain = QTextCharFormat()
        if block in self.view.interviewer_blocks and self.dim_interviewer:
            plain.setForeground(QColor("#c8c8c8" if self.high_contrast else "#5f5f5f"))
        name, colon, _ = text.partition(":")
        if not (colon and name in self.view.speaker_names):
            return [(0, len(text), plain)]
        label = QTextCharFormat(plain)
        label.setFontWeight(QFont.Weight.Bold)
        return [(0, len(name) + 1, label), (len(name) + 1, len(text), plain)]

    def highlightBlock(self, text: str) -> None:
        if self.view is None:
            return
        block = self.currentBlock().blockNumber()
        self.deferred.discard(block)
        local = PositionMap.for_text(text)
        base = self._base(block, text)
        for start, end, fmt in base:
            if end > start and fmt != QTextCharFormat():
                self.setFormat(local.to_utf16(start), local.to_utf16(end) - local.to_utf16(start),
                               fmt)  # fmt: skip
        spans = [
            (start, end, mark.code_id)
            for start, end, mark in self.view.index.local_marks(block)
            if mark.code_id in self.styles
        ]
        for start, end, codes in elementary_segments(spans):
            colors = [QColor(self.styles[c].color) for c in sorted(codes)]
            emphasised = bool(codes & self.emphasised)
            extra = QTextCharFormat()
            alpha = EMPHASIS_ALPHA if emphasised or self.high_contrast else HIGHLIGHT_ALPHA
            extra.setBackground(blend(colors, alpha))
            if len(codes) > 1 or emphasised:
                extra.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                extra.setUnderlineColor(colors[0].darker(150))
            for b_start, b_end, fmt in base:
                lo, hi = max(start, b_start), min(end, b_end)
                if hi > lo:
                    merged = QTextCharFormat(fmt)
                    merged.merge(extra)
                    u_lo = local.to_utf16(lo)
                    self.setFormat(u_lo, local.to_utf16(hi) - u_lo, merged)
