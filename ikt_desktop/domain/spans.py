"""Half-open spans ``[start, end)`` in code points."""

from __future__ import annotations

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
