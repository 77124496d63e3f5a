"""Remapping spans when a transcript's text is edited after coding (invariant 2 of
docs/ARCHITECTURE.md).

:func:`diff_texts` finds what changed between the old and the new text as a list of
:class:`Edit` regions (code points; ``difflib`` on the strings, coarse to fine: common
prefix and suffix, then lines, then words, then characters, so a 60,000-word transcript
diffs in milliseconds). :class:`TextDiff` maps spans of the old text onto the new one.

The rule: a boundary follows the character it touches. A span's start follows its first
character, its end follows its last character.

* A character in unchanged text moves by the length change of the edits before it.
* A start on a replaced or deleted character goes to the start of the replacement; an end
  after such a character goes to the end of the replacement. So a span around (or
  overlapping) an edit grows or shrinks with it.
* Text inserted exactly at a span's start or end stays outside the span (it is typed
  before or after the coded text); text inserted strictly inside it joins it.
* A span none of whose characters survive is *lost* (reported, never silently dropped):
  its text was deleted, or it lay inside a longer passage that was rewritten (", and the
  captions helped too" -> "."). A span that is exactly a rewritten passage ("Smith" ->
  "Jones") is kept on the replacement.

Finally a kept span never starts on, or ends before, a combining mark (an edit that put
a mark next to a boundary would otherwise split a character as a reader sees it): the
start moves back to the base character, the end forward past the marks.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ikt_desktop.domain.transcripts.text import normalise_text

# Tokens carry their trailing separators, so blank lines and spaces never anchor a match
# on their own (they would pair the wrong paragraphs or words around an edit).
_LINE = re.compile(r"[^\n]*\n+|[^\n]+")
_WORD = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")
# Character-level diffs of two regions larger than this (product of lengths) are not
# attempted: the region is one replacement (only a rewrite that large gets here).
_CHAR_DIFF_LIMIT = 4_000_000


@dataclass(frozen=True)
class Edit:
    """Old text ``[old_start, old_end)`` became new text ``[new_start, new_end)``.
    ``old_start == old_end`` is an insertion, ``new_start == new_end`` a deletion."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class RemappedSpan:
    start: int
    end: int

    @property
    def lost(self) -> bool:
        """Every character of the span was deleted."""
        return self.start >= self.end


class TextDiff:
    """The edits turning ``old`` into ``new``, and the mapping of spans they imply."""

    def __init__(self, old: str, new: str, edits: Sequence[Edit]) -> None:
        self.old, self.new = old, new
        self.edits: tuple[Edit, ...] = tuple(edits)
        self._starts = [e.old_start for e in self.edits]
        shift, self._shifts = 0, []
        for e in self.edits:
            shift += (e.new_end - e.new_start) - (e.old_end - e.old_start)
            self._shifts.append(shift)

    def __bool__(self) -> bool:
        return bool(self.edits)

    def _char(self, c: int) -> tuple[int, int]:
        """Where old character ``c`` went: ``[lo, hi)`` in the new text (its own place when
        unchanged, the whole replacement when it was replaced or deleted)."""
        k = bisect_right(self._starts, c) - 1
        if k >= 0:
            e = self.edits[k]
            if c < e.old_end:
                return e.new_start, e.new_end
            lo = c + self._shifts[k]
        else:
            lo = c
        return lo, lo + 1

    def start(self, position: int) -> int:
        """Where a span starting at old ``position`` starts in the new text."""
        if position >= len(self.old):
            return len(self.new)
        return self._char(position)[0]

    def end(self, position: int) -> int:
        """Where a span ending at old ``position`` ends in the new text."""
        if position <= 0:
            return 0
        return self._char(position - 1)[1]

    def span(self, start: int, end: int, *, keep_inside: bool = False) -> RemappedSpan:
        """``[start, end)`` of the old text on the new text; empty when it is lost. With
        ``keep_inside`` a span lying inside one replaced passage (not a deletion) moves
        onto the replacement instead of being lost (a pseudonym replacing a whole name)."""
        k = bisect_right(self._starts, start) - 1
        if k >= 0 and end <= self.edits[k].old_end:  # no character of the span survives
            e = self.edits[k]
            if e.new_start == e.new_end or (start, end) != (e.old_start, e.old_end):
                if keep_inside and start < end and e.new_start < e.new_end:
                    return RemappedSpan(e.new_start, e.new_end)
                return RemappedSpan(e.new_start, e.new_start)
        new_start, new_end = self.start(start), self.end(end)
        return RemappedSpan(*snap_to_characters(self.new, new_start, new_end))

    def apply(self) -> str:
        """The new text rebuilt from the old one and the edits (a check of the diff)."""
        parts, at = [], 0
        for e in self.edits:
            parts.append(self.old[at : e.old_start])
            parts.append(self.new[e.new_start : e.new_end])
            at = e.old_end
        parts.append(self.old[at:])
        return "".join(parts)


def snap_to_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so it neither starts on nor ends before a combining mark."""
    while 0 < start < len(text) and _is_mark(text[start]):
        start -= 1
    while end < len(text) and _is_mark(text[end]):
        end += 1
    return start, end


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _in_word(ch: str) -> bool:
    return ch.isalnum() or _is_mark(ch)


def diff_texts(old: str, new: str) -> TextDiff:
    """The edits from ``old`` to ``new`` (``new`` is normalised first; ``old`` is stored
    text, so already normalised)."""
    new = normalise_text(new)
    edits: list[Edit] = []
    # The common prefix and suffix end at word boundaries, so that deleting "Two words. "
    # from "One. Two words. Three." is that sentence, not "wo words. T".
    prefix = _common_prefix(old, new)
    while prefix > 0 and _in_word(old[prefix - 1]):
        prefix -= 1
    suffix = _common_suffix(old, new, prefix)
    while suffix > 0 and _in_word(old[len(old) - suffix]):
        suffix -= 1
    a, b = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    if a or b:
        _diff(a, b, prefix, prefix, 0, edits)
    return TextDiff(old, new, _merged(edits))


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: str, b: str, prefix: int) -> int:
    """The common suffix of ``a`` and ``b`` not overlapping their common ``prefix``."""
    n = min(len(a), len(b)) - prefix
    lo, hi = 0, n + 1  # suffix of length lo is common; of hi is not (or is out of range)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid
    return lo


def _lines(text: str) -> list[str]:
    return _LINE.findall(text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_LEVELS: tuple[Callable[[str], list[str]], ...] = (_lines, _words)


def _diff(a: str, b: str, at_a: int, at_b: int, level: int, out: list[Edit]) -> None:
    """Append the edits from ``a`` (at ``at_a`` of the old text) to ``b`` (at ``at_b`` of
    the new), tokenising by lines, then words, then comparing characters."""
    if not a or not b:
        out.append(Edit(at_a, at_a + len(a), at_b, at_b + len(b)))
        return
    if level == len(_LEVELS):
        if len(a) * len(b) > _CHAR_DIFF_LIMIT:
            out.append(Edit(at_a, at_a + len(a), at_b, at_b + len(b)))
            return
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                out.append(Edit(at_a + i1, at_a + i2, at_b + j1, at_b + j2))
        return
    tokens_a, tokens_b = _LEVELS[level](a), _LEVELS[level](b)
    offsets_a, offsets_b = _offsets(tokens_a), _offsets(tokens_b)
    matcher = SequenceMatcher(None, tokens_a, tokens_b, autojunk=len(tokens_b) > 20_000)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        sa, ea, sb, eb = offsets_a[i1], offsets_a[i2], offsets_b[j1], offsets_b[j2]
        _diff(a[sa:ea], b[sb:eb], at_a + sa, at_b + sb, level + 1, out)


def _offsets(tokens: Sequence[str]) -> list[int]:
    offsets, at = [0], 0
    for t in tokens:
        at += len(t)
        offsets.append(at)
    return offsets


def _merged(edits: Sequence[Edit]) -> list[Edit]:
    """Edits in order, touching ones joined (an insertion next to a replacement is one)."""
    merged: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.old_start, e.new_start)):
        if e.old_start == e.old_end and e.new_start == e.new_end:
            continue
        if merged and merged[-1].old_end == e.old_start and merged[-1].new_end == e.new_start:
            last = merged[-1]
            merged[-1] = Edit(last.old_start, e.old_end, last.new_start, e.new_end)
        else:
            merged.append(e)
    return merged
