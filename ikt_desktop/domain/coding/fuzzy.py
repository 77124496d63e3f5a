"""Fuzzy matching for the quick-code picker: typed letters in order, rewarding matches at
word starts and consecutive runs; case- and accent-insensitive."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def score(query: str, candidate: str) -> int | None:
    """Higher is better; None when the letters of ``query`` are not all in ``candidate``
    in order. Spaces in the query are ignored."""
    q = fold(query).replace(" ", "")
    c = fold(candidate)
    if not q:
        return 0
    total, at, run = 0, 0, 0
    for ch in q:
        found = c.find(ch, at)
        if found < 0:
            return None
        word_start = found == 0 or not c[found - 1].isalnum()
        run = run + 1 if found == at and at > 0 else 0
        total += 10 + (15 if word_start else 0) + 5 * run - min(found - at, 10)
        at = found + 1
    return total - len(c) // 10


def rank(query: str, candidates: list[tuple[int, str]], limit: int = 50) -> list[int]:
    """Ids of the best matches, best first (ties keep the given order)."""
    scored = [(s, i, ident) for i, (ident, text) in enumerate(candidates)
              if (s := score(query, text)) is not None]  # fmt: skip
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [ident for _, _, ident in scored[:limit]]


def letters_key(text: str) -> str:
    """``text`` folded (no case, no accents) with everything but letters and digits
    removed: "Peer support", "peer-support" and "Peer  Support." share one key."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """Levenshtein distance of ``a`` and ``b`` when it is at most ``limit``, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return None
        previous = current
    return previous[-1] if previous[-1] <= limit else None
