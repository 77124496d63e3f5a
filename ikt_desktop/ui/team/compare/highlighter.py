"""Paints the compare view: characters both coders coded (same code), only coder A, only
coder B. Pieces are in code points; each paragraph converts them to UTF-16 through its own
``PositionMap`` (the one place for that conversion)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ikt_desktop.domain.analysis.agreement import Interval, Shade
from ikt_desktop.domain.coding.intervals import elementary_segments
from ikt_desktop.domain.transcripts.positions import PositionMap

BOTH_COLOR = "#8CC084"
SHADE_ALPHA = 95
_BITS = {Shade.BOTH: 1, Shade.A_ONLY: 2, Shade.B_ONLY: 4}


def shade_color(color: str, alpha: int = SHADE_ALPHA) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class CompareHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._block_starts: list[int] = [0]
        self._pieces: list[tuple[int, int, frozenset[int]]] = []
        self._piece_starts: list[int] = []
        self._formats: dict[frozenset[int], QTextCharFormat] = {}

    def set_shading(
        self, text: str, shades: Mapping[Shade, list[Interval]], color_a: str, color_b: str
    ) -> None:
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._block_starts = starts
        spans = [(s, e, _BITS[shade]) for shade, ivs in shades.items() for s, e in ivs]
        self._pieces = elementary_segments(spans)
        self._piece_starts = [p[0] for p in self._pieces]
        self._formats = {}
        self._colors = (color_a, color_b)
        self.rehighlight()

    def _format(self, bits: frozenset[int]) -> QTextCharFormat:
        fmt = self._formats.get(bits)
        if fmt is None:
            fmt = QTextCharFormat()
            color_a, color_b = self._colors
            if 2 in bits:  # a disagreement shows over an agreement on another code
                fmt.setBackground(shade_color(color_a))
            elif 4 in bits:
                fmt.setBackground(shade_color(color_b))
            else:
                fmt.setBackground(shade_color(BOTH_COLOR))
            if 4 in bits:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(color_b).darker(130))
            self._formats[bits] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock().blockNumber()
        if block >= len(self._block_starts) or not self._pieces:
            return
        start = self._block_starts[block]
        end = start + len(text)
        local = PositionMap.for_text(text)
        i = max(0, bisect_right(self._piece_starts, start) - 1)
        while i < len(self._pieces) and self._pieces[i][0] < end:
            p_start, p_end, bits = self._pieces[i]
            lo, hi = max(p_start, start) - start, min(p_end, end) - start
            if hi > lo:
                u_lo = local.to_utf16(lo)
                self.setFormat(u_lo, local.to_utf16(hi) - u_lo, self._format(bits))
            i += 1
