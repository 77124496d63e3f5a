"""Text rules of the full-text search: tokens, folding, passages, sentences, snippets.

The index (SQLite FTS5, ``unicode61 remove_diacritics 2``) and these rules agree on what a
token is: a run of letters, digits and marks. CJK ideographs, kana and hangul carry no
spaces between words, so each such character is a token of its own: the index stores a
*search form* of each passage with a space around every such character, and a query's CJK
word becomes a phrase of characters (so "多発性硬化症" is found inside a longer run).
All positions are code points of the source text.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

# Ideographs (CJK unified + extension A + compatibility), kana, hangul syllables.
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|[。！？]+[」』）]*")

SNIPPET_CONTEXT = 60  # code points of context each side of a hit


def _ranges(codes: Iterable[int]) -> str:
    """A regex character class body for the code points given (ascending)."""
    out: list[str] = []
    run: list[int] = []
    for code in codes:
        if run and code == run[-1] + 1:
            run.append(code)
            continue
        if run:
            out.append(f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}")
        run = [code]
    if run:
        out.append(f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}")
    return "".join(out)


_LETTERS_DIGITS = re.compile(r"[^\W_]+")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Tokens as the index's ``categories 'L* N* Co M*'`` sees them: letters and digits
    (``[^\\W_]``), marks and private-use characters; each CJK character on its own; and
    a test for marks and private-use characters (rare in NFC text: without them the fast
    letters-and-digits pattern is the same and three times quicker). Built once (the marks
    are looked up in the Unicode database: planes 0-1 and the variation selectors)."""
    codes = itertools.chain(range(0x20000), range(0xE0100, 0xE01F0))
    extra = _ranges(c for c in codes if unicodedata.category(chr(c))[0] == "M")
    extra += "\ue000-\uf8ff\U000f0000-\U0010fffd"
    cjk = _CJK.pattern
    full = re.compile(f"{cjk}|(?:(?!{cjk})(?:[^\\W_]|[{extra}]))+")
    return full, re.compile(f"[{extra}]")


def _split_cjk(start: int, word: str) -> Iterator[Token]:
    at = 0
    for m in _CJK.finditer(word):
        if m.start() > at:
            yield Token(start + at, start + m.start(), word[at : m.start()])
        yield Token(start + m.start(), start + m.end(), m.group())
        at = m.end()
    if at < len(word):
        yield Token(start + at, start + len(word), word[at:])


class Token(NamedTuple):  # a tuple: made by the thousand per search
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The tokens of ``text`` with their spans (each CJK character is one token)."""
    full, marks = _patterns()
    if marks.search(text) is not None:
        return [Token(m.start(), m.end(), m.group()) for m in full.finditer(text)]
    out: list[Token] = []
    for m in _LETTERS_DIGITS.finditer(text):
        word = m.group()
        if word.isascii() or _CJK.search(word) is None:
            out.append(Token(m.start(), m.end(), word))
        else:
            out.extend(_split_cjk(m.start(), word))
    return out


def fold(text: str, *, accents: bool = False) -> str:
    """Lower case; without ``accents`` also without diacritics ("Zoë" -> "zoe")."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if accents:
        return unicodedata.normalize("NFC", lowered)
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_form(text: str) -> str:
    """What the index stores for a passage: CJK characters set apart by spaces."""
    return _CJK.sub(lambda m: f" {m.group(0)} ", text)


def passages(
    text: str, turns: Sequence[tuple[int, int, int | None, str]]
) -> Iterator[tuple[int, int, int | None]]:
    """The index units of a source: ``(start, end, turn_id)`` from turns given as
    ``(start, end, turn_id, speaker name)``. Each turn is one passage, without the
    ``Speaker:`` label the transcript writes before it (a search for "Zoë" finds where
    she is named, not every turn she speaks); text outside turns (or a source without
    turns) is split into lines. White space around a passage is left out; empty passages
    are skipped."""
    covered = 0
    for start, end, turn_id, speaker in sorted(turns, key=lambda t: t[:2]):
        if start < covered:
            continue  # overlapping turns (never written by us): keep the first
        yield from _lines(text, covered, start)
        label = f"{speaker}:" if speaker else ""
        skip = len(label) if label and text.startswith(label, start, end) else 0
        span = _trimmed(text, start + skip, end)
        if span is not None:
            yield span[0], span[1], turn_id
        covered = end
    yield from _lines(text, covered, len(text))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, int | None]]:
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        span = _trimmed(text, pos, stop)
        if span is not None:
            yield span[0], span[1], None
        pos = stop + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int = -1) -> tuple[int, int]:
    """The sentence(s) around ``[start, end)`` inside ``[lo, hi)`` (a passage; the whole
    text by default): from after the previous sentence end (., !, ?, …, 。) or line break
    to the next one, white space trimmed."""
    hi = len(text) if hi < 0 else hi
    begin = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        begin = m.end()
    newline = text.rfind("\n", lo, start)
    begin = max(begin, newline + 1)
    after = _SENTENCE_END.search(text, max(end - 1, lo), hi)
    finish = after.end() if after is not None else hi
    newline = text.find("\n", end, hi)
    if newline >= 0:
        finish = min(finish, newline)
    span = _trimmed(text, begin, max(finish, end))
    return span if span is not None else (start, end)


@dataclass(frozen=True)
class Snippet:
    """A hit in context: ``text`` with the hit at ``[mark_start, mark_end)`` of it."""

    text: str
    mark_start: int
    mark_end: int

    def marked(self, before: str = "«", after: str = "»") -> str:
        t = self.text
        return (
            t[: self.mark_start]
            + before
            + t[self.mark_start : self.mark_end]
            + after
            + t[self.mark_end :]
        )


def snippet(text: str, start: int, end: int, lo: int, hi: int) -> Snippet:
    """Up to :data:`SNIPPET_CONTEXT` code points either side of the hit, within the
    passage ``[lo, hi)``, cut at a space where one is near, with "…" where cut."""
    a = max(lo, start - SNIPPET_CONTEXT)
    if a > lo:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    b = min(hi, end + SNIPPET_CONTEXT)
    if b < hi:
        space = text.rfind(" ", end, b)
        b = space if space >= 0 else b
    head = "…" if a > lo else ""
    body = " ".join(text[a:b].split("\n"))
    tail = "…" if b < hi else ""
    offset = len(head) + (start - a)
    return Snippet(head + body + tail, offset, offset + (end - start))
