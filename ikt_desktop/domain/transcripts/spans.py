"""Half-open spans ``[start, end)`` in code points."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ikt_desktop.domain.errors import ValidationError


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValidationError(f"[{self.start}, {self.end}) is not a non-empty span.")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


def check_span(start: int, end: int, text_length: int) -> Span:
    """A span that lies inside a text of ``text_length`` code points."""
    span = Span(start, end)
    if span.end > text_length:
        raise ValidationError(
            f"[{start}, {end}) reaches past the end of the text ({text_length} characters)."
        )
    return span


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words and trim surrounding white space, as a
    researcher means a sloppy mouse selection."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _in_word(text[start - 1]) and _in_word(text[start]):
        start -= 1
    while end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
        end += 1
    return start, end


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-_" or unicodedata.category(ch).startswith("M")


def step_to(
    spans: Iterable[tuple[int, int]], at: int, *, forward: bool, inclusive: bool
) -> tuple[int, int] | None:
    """The span to go to from position ``at``: the first starting after it (or at it, when
    ``inclusive``: a bare cursor before a segment), or the last starting before it.
    Spans starting together count as one step (the shortest is chosen)."""
    ordered = sorted(set(spans))
    if forward:
        return next((s for s in ordered if s[0] > at or (inclusive and s[0] == at)), None)
    earlier = [s for s in ordered if s[0] < at]
    if not earlier:
        return None
    first_at = earlier[-1][0]
    return next(s for s in earlier if s[0] == first_at)
