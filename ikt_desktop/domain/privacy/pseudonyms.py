"""Pseudonymisation: a replacement list (term -> replacement) applied to a text.

The matching rule:

* whole words only: a term whose first (last) character is a word character (a letter,
  digit, ``_`` or combining mark) matches only where the text before (after) it is not a
  word character. Scripts written without spaces between words (Han, Hiragana, Katakana,
  Thai, Lao, Khmer, Myanmar) need no boundary at such an edge: a Chinese name inside a
  Chinese sentence is found;
* case-insensitive unless asked otherwise (Python's Unicode simple case folding);
* longest term first at any position, so "Dr. Maria Okafor" wins over "Maria"; the text
  is scanned left to right and hits never overlap (a replaced passage is not searched
  again, so a replacement that contains a term is not replaced twice).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ikt_desktop.domain.transcripts.remap import Edit, TextDiff

CONTEXT = 40  # characters of context on each side of a hit in a preview

# Scripts written without spaces between words: no boundary is required at a term's edge
# in one of these ranges.
_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B..
)


@dataclass(frozen=True)
class Entry:
    """One line of the replacement list. ``kind`` says where it came from: "speaker",
    "interviewer", "pseudonym" (a participant's pseudonym field) or "user"."""

    term: str
    replacement: str
    kind: str = "user"


def entries_to_json(entries: Iterable[Entry]) -> list[dict[str, str]]:
    """The entries as JSON objects (the list stored in the project and the key file)."""
    return [{"term": e.term, "replacement": e.replacement, "kind": e.kind} for e in entries]


def entries_from_json(items: Iterable[Mapping[str, object]]) -> list[Entry]:
    """The entries of :func:`entries_to_json` (``kind`` defaults to "user")."""
    return [Entry(str(e["term"]), str(e["replacement"]), str(e.get("kind", "user")))
            for e in items]  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """``text[start:end]`` (the matched term as written) is replaced by ``replacement``."""

    start: int
    end: int
    found: str
    replacement: str
    before: str  # up to CONTEXT characters of context
    after: str


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def _is_unspaced(ch: str) -> bool:
    code = ord(ch)
    if code < _UNSPACED[0][0]:  # Latin, Greek, Cyrillic...: the common case, at once
        return False
    return any(lo <= code <= hi for lo, hi in _UNSPACED)


@lru_cache(maxsize=1)
def _mark_class() -> str:
    """A regex class body of every combining mark (Python's ``\\w`` does not cover them)."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def _pattern(term: str) -> str:
    word = rf"[\w{_mark_class()}]"
    body = re.escape(term)
    if _is_word(term[0]) and not _is_unspaced(term[0]):
        body = rf"(?<!{word})" + body
    if _is_word(term[-1]) and not _is_unspaced(term[-1]):
        body = body + rf"(?!{word})"
    return body


def _bounded_ok(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` satisfies the whole-word rule (as :func:`_pattern`)."""
    first, last = text[start], text[end - 1]
    if start > 0 and _is_word(first) and not _is_unspaced(first) and _is_word(text[start - 1]):
        return False
    return not (
        end < len(text) and _is_word(last) and not _is_unspaced(last) and _is_word(text[end])
    )


def clean_entries(entries: Sequence[Entry]) -> list[Entry]:
    """The entries with spaces tidied, empty terms dropped; the first of terms equal
    (case-insensitively) wins."""
    seen: set[str] = set()
    out = []
    for e in entries:
        term = " ".join(unicodedata.normalize("NFC", e.term).split())
        replacement = " ".join(unicodedata.normalize("NFC", e.replacement).split())
        if not term or term.casefold() in seen:
            continue
        seen.add(term.casefold())
        out.append(Entry(term, replacement, e.kind))
    return out


class Replacer:
    """A compiled replacement list."""

    def __init__(self, entries: Sequence[Entry], *, ignore_case: bool = True) -> None:
        self.entries = [e for e in clean_entries(entries) if e.replacement != e.term]
        ordered = sorted(self.entries, key=lambda e: -len(e.term))
        self._by_term = {self._key(e.term, ignore_case): e.replacement for e in ordered}
        self._ignore_case = ignore_case
        flags = re.IGNORECASE if ignore_case else 0
        # Two patterns: the bare terms find candidates fast (the engine skips positions no
        # term can start at); the bounded one, tried only at a candidate, applies the
        # whole-word rule and picks the longest term that passes it there.
        # The lookahead on the terms' first characters lets the engine skip ahead (an
        # ignore-case alternation alone is tried at every position: 6x slower).
        firsts = "".join(sorted({re.escape(e.term[0]) for e in ordered}))
        bare = "|".join(re.escape(e.term) for e in ordered)
        self._regex = re.compile(f"(?=[{firsts}])(?:{bare})", flags) if ordered else None
        self._bounded = re.compile("|".join(_pattern(e.term) for e in ordered), flags)

    @staticmethod
    def _key(term: str, ignore_case: bool) -> str:
        return term.casefold() if ignore_case else term

    def hits(self, text: str) -> list[Hit]:
        if self._regex is None:
            return []
        out, pos = [], 0
        while (candidate := self._regex.search(text, pos)) is not None:
            m: re.Match[str] | None = candidate
            if not _bounded_ok(text, candidate.start(), candidate.end()):
                m = self._bounded.match(text, candidate.start())  # a shorter term, maybe
            if m is None or m.start() == m.end():
                pos = candidate.start() + 1
                continue
            pos = m.end()
            found = m.group()
            replacement = self._by_term.get(self._key(found, self._ignore_case))
            if replacement is None:  # a case-folding mismatch: find the term it matched
                replacement = next(
                    e.replacement for e in self.entries if re.fullmatch(
                        _pattern(e.term), found, re.IGNORECASE if self._ignore_case else 0)
                )  # fmt: skip
            out.append(Hit(
                m.start(), m.end(), found, replacement,
                text[max(0, m.start() - CONTEXT) : m.start()], text[m.end() : m.end() + CONTEXT],
            ))  # fmt: skip
        return out

    def replace_all(self, text: str) -> str:
        return apply_hits(text, self.hits(text)).new


def apply_hits(text: str, hits: Sequence[Hit]) -> TextDiff:
    """The new text and the exact edits (one per hit) as a :class:`TextDiff`."""
    parts, edits, at, shift = [], [], 0, 0
    for h in hits:
        parts.append(text[at : h.start])
        parts.append(h.replacement)
        new_start = h.start + shift
        edits.append(Edit(h.start, h.end, new_start, new_start + len(h.replacement)))
        shift += len(h.replacement) - (h.end - h.start)
        at = h.end
    parts.append(text[at:])
    return TextDiff(text, "".join(parts), edits)
