"""The one place where Unicode code points (our positions) meet UTF-16 units (Qt's).

A coding's span is ``[start, end)`` in code points of the source text (Python ``str``
indices). ``QTextCursor`` counts UTF-16 code units: characters outside the Basic
Multilingual Plane (most emoji) take two units. Combining marks are separate code points in
both systems, so they need no special care here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class PositionMap:
    """Converts between code-point and UTF-16 offsets of one immutable text.

    Built once per text in O(n); each conversion is O(log k) where k is the number of
    astral characters (usually zero, then conversions are the identity).
    """

    text_length: int
    _astral: tuple[int, ...] = field(repr=False)  # code-point indices of astral chars

    @classmethod
    def for_text(cls, text: str) -> PositionMap:
        astral = tuple(m.start() for m in _ASTRAL.finditer(text))
        return cls(len(text), astral)

    @property
    def utf16_length(self) -> int:
        return self.text_length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """Code-point offset -> UTF-16 offset."""
        if not 0 <= cp <= self.text_length:
            raise ValueError(f"code point offset {cp} outside 0..{self.text_length}")
        return cp + bisect_right(self._astral, cp - 1)

    def from_utf16(self, unit: int) -> int:
        """UTF-16 offset -> code-point offset. An offset inside a surrogate pair snaps
        to the start of that character."""
        if not 0 <= unit <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {unit} outside 0..{self.utf16_length}")
        lo, hi = 0, min(unit, self.text_length)
        # smallest cp with to_utf16(cp) >= unit, then snap back if we overshot
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_utf16(mid) < unit:
                lo = mid + 1
            else:
                hi = mid
        if self.to_utf16(lo) > unit:
            lo -= 1
        return lo


def utf16_to_cp(text: str, unit: int) -> int:
    """Convenience for one-off conversions."""
    return PositionMap.for_text(text).from_utf16(unit)


def cp_to_utf16(text: str, cp: int) -> int:
    """Convenience for one-off conversions."""
    return PositionMap.for_text(text).to_utf16(cp)
