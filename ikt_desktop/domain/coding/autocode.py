"""Auto-coding rules: the spoken part of a turn, the interview guide as a list of
questions, and matching an interviewer's turns to those questions. Pure functions; text
positions are code points (Python ``str`` indices)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

GUIDE_ROOT = "Interview guide"
STRUCTURAL = "structural"
THEMATIC = "thematic"
DEFAULT_THRESHOLD = 0.5
REORDERED_THRESHOLD = 0.75  # a question asked out of the guide's order must match this well
MAX_NAME = 48

# "Q3.", "Q3:", "q 3)", "3.", "3)", "(3)", "3 -", and bullets "-", "*", "•"
_NUMBER = re.compile(r"^\s*(?:\(?[Qq]\s*(\d{1,3})[.):\-–]?|\(?(\d{1,3})[.):]|(\d{1,3})\s+[-–])\s*")
_BULLET = re.compile(r"^\s*[-*•·]\s+")
_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"[^.?!。？！]+[.?!。？！]*")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
STEM = 5  # words compare by their first letters: involved ~ involvement, partner ~ partnering
# inflections cut before that, so helped ~ helps ~ help and worked ~ working (longest first)
SUFFIXES = ("ments", "ment", "ings", "ing", "ed", "es", "s")
MIN_SHARED = 2  # content words a turn must share with a question ("Anything else on that?"
# shares only "else" with "Is there anything else you would like to add?": a probe)
STOPWORDS = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could",
        "did", "do", "does", "doing", "for", "from", "had", "has", "have", "how", "i", "if", "in",
        "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "some", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "tell",
        "us", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
        "would", "you", "your", "yours", "about", "any", "anything", "just", "like", "maybe",
        "okay", "ok", "well", "now", "also", "more",
    )
)  # fmt: skip


# -- the spoken part of a turn ----------------------------------------------------------


def turn_body(text: str, start: int, end: int, speaker: str | None) -> tuple[int, int]:
    """``[start, end)`` of a turn without its ``Speaker:`` label (imports write labelled
    turns as ``Speaker: text`` and the turn's span covers the label; continuation
    paragraphs have none). Returns the span unchanged when there is no label."""
    if speaker:
        label = f"{speaker}:"
        if text.startswith(label, start):
            start += len(label)
            while start < end and text[start].isspace():
                start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def covered(span: tuple[int, int], existing: Sequence[tuple[int, int]]) -> bool:
    """Whether one of ``existing`` spans covers ``span`` entirely."""
    return any(s <= span[0] and span[1] <= e for s, e in existing)


# -- the interview guide ----------------------------------------------------------------


@dataclass(frozen=True)
class GuideQuestion:
    number: str  # as written ("3"), or "" when the line had no number
    text: str  # the full wording, numbering removed


def parse_guide(text: str) -> list[GuideQuestion]:
    """One question per line (or paragraph); "Q3." / "3)" / "(3)" / bullets stripped;
    Markdown headings skipped. When some lines are numbered, only those count (the rest
    is the guide's preamble and notes)."""
    found: list[tuple[bool, GuideQuestion]] = []
    for raw in text.replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line or line.startswith("#"):
            continue
        match = _NUMBER.match(line)
        if match:
            number = next(g for g in match.groups() if g)
            body = line[match.end() :].strip()
        else:
            number, body = "", _BULLET.sub("", line).strip()
        if body:
            found.append((match is not None, GuideQuestion(number, body)))
    if any(numbered for numbered, _ in found):
        return [q for numbered, q in found if numbered]
    return [q for _, q in found]


def short_name(question: GuideQuestion, ordinal: int) -> str:
    """The code's name: "Q3 " and the question shortened at a word to about 48 characters
    (no trailing question mark)."""
    body = question.text.rstrip(" ?？")
    if len(body) > MAX_NAME:
        cut = body[:MAX_NAME].rsplit(" ", 1)[0] if " " in body[:MAX_NAME] else body[:MAX_NAME]
        body = cut.rstrip(" ,;:") + "…"
    body = body.replace("/", "-")  # "/" separates levels in code paths
    return f"Q{question.number or ordinal} {body}"


# -- matching turns to questions ----------------------------------------------------------


def quick_fold(text: str) -> str:
    """Like ``fuzzy.fold`` (no case, no accents), quicker on long ASCII-heavy text."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


def stem(word: str) -> str:
    """A folded word's comparable form: an inflection cut, then its first letters."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:STEM]


def tokens(text: str, *, folded: bool = False) -> frozenset[str]:
    """Content words, folded (no case, no accents) and cut to their first letters; CJK
    text counts each character; stop words and emoji are dropped."""
    out: set[str] = set()
    for word in _WORD.findall(text if folded else quick_fold(text)):
        if word.isascii():
            if word not in STOPWORDS and not word.isdigit():
                out.add(stem(word))
        elif _CJK.search(word):
            out.update(ch for ch in word if not ch.isascii())
            out.update(stem(w) for w in re.findall(r"[a-z0-9]+", word) if w not in STOPWORDS)
        elif word not in STOPWORDS and not word.isdigit():
            out.add(stem(word))
    return frozenset(out)


def similarity(question: frozenset[str], passage: frozenset[str]) -> float:
    """Dice overlap of two token sets (0..1); 0 when they share fewer than
    ``MIN_SHARED`` words (or, for a one-word question, that word), so a short probe
    sharing one word with a question is not taken for it."""
    shared = len(question & passage)
    if not question or not passage or shared < min(MIN_SHARED, len(question)):
        return 0.0
    return 2 * shared / (len(question) + len(passage))


def windows(text: str) -> list[frozenset[str]]:
    """Token sets of each sentence of ``text`` and of each two neighbouring sentences (a
    guide question may run over two sentences; a turn may lead in before asking)."""
    folded = quick_fold(text)
    sentences = [tokens(s, folded=True) for s in _SENTENCE.findall(folded)]
    pairs = [a | b for a, b in itertools.pairwise(sentences)]
    return [w for w in sentences + pairs if w]


def score_turn(question: frozenset[str], turn_windows: Sequence[frozenset[str]]) -> float:
    return max((similarity(question, w) for w in turn_windows), default=0.0)


@dataclass(frozen=True)
class GuideMatch:
    question: int  # index into the questions
    turn: int  # index into the turns
    score: float


def match_guide(
    questions: Sequence[str],
    turns: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
) -> list[GuideMatch]:
    """Which turns (the interviewer's, by index) ask which questions. Each question is
    matched at most once. Questions are expected in the guide's order: the best chain of
    matches in order is taken first (skips allowed); a question asked out of order is
    added when it matches at least ``REORDERED_THRESHOLD``. One turn may ask several
    questions. Sorted by turn, then question."""
    q_tokens = [tokens(q) for q in questions]
    candidates: list[GuideMatch] = []
    for t, text in enumerate(turns):
        parts = windows(text)
        for q, wanted in enumerate(q_tokens):
            score = score_turn(wanted, parts)
            if score >= threshold:
                candidates.append(GuideMatch(q, t, round(score, 3)))
    chosen = _first_asked(_ordered_chain(candidates), candidates)
    taken_q = {m.question for m in chosen}
    for m in sorted(candidates, key=lambda m: -m.score):
        if m.question not in taken_q and m.score >= max(threshold, REORDERED_THRESHOLD):
            chosen.append(m)
            taken_q.add(m.question)
    return sorted(chosen, key=lambda m: (m.turn, m.question))


def _ordered_chain(candidates: list[GuideMatch]) -> list[GuideMatch]:
    """The chain of candidates increasing in both turn (or the same turn) and question
    with the largest total score."""
    ordered = sorted(candidates, key=lambda m: (m.turn, m.question))
    best: list[float] = []
    back: list[int] = []
    for i, m in enumerate(ordered):
        best.append(m.score)
        back.append(-1)
        for j in range(i):
            p = ordered[j]
            if p.question < m.question and p.turn <= m.turn and best[j] + m.score > best[i]:
                best[i], back[i] = best[j] + m.score, j
    if not ordered:
        return []
    i = max(range(len(ordered)), key=lambda k: best[k])
    chain: list[GuideMatch] = []
    while i >= 0:
        chain.append(ordered[i])
        i = back[i]
    return chain[::-1]


def _first_asked(chain: list[GuideMatch], candidates: list[GuideMatch]) -> list[GuideMatch]:
    """Move each chained match back to the first turn asking its question since the
    previous match: a question asked in two turns ("What has helped you take part?" ...
    "And what has made it harder?") starts at the first, whichever scores higher."""
    out: list[GuideMatch] = []
    previous = -1
    for m in chain:
        earlier = [c for c in candidates
                   if c.question == m.question and previous <= c.turn < m.turn]  # fmt: skip
        first = min(earlier, key=lambda c: c.turn, default=m)
        out.append(first)
        previous = first.turn
    return out


def answer_turns(
    matches: Sequence[GuideMatch],
    asking: Sequence[int],
    answering: Sequence[int],
) -> dict[GuideMatch, list[int]]:
    """For each match, the answering turns after its question until the next matched
    question. ``asking`` maps interviewer-turn indices (as matched) to positions in the
    whole transcript; ``answering`` lists the positions of the answering turns."""
    starts = sorted({asking[m.turn] for m in matches})
    out: dict[GuideMatch, list[int]] = {}
    for m in matches:
        at = asking[m.turn]
        later = [s for s in starts if s > at]
        stop = later[0] if later else None
        out[m] = [a for a in answering if a > at and (stop is None or a < stop)]
    return out
