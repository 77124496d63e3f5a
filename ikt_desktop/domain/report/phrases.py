"""Counted nouns and role names in the report's English: one table of singular and plural
forms, the rule that pluralises a role the project names ("iKT panel member" -> "iKT panel
members"), and numbers at the start of a sentence spelled out."""

from __future__ import annotations

from collections.abc import Mapping

from ikt_desktop.domain.report.english import NUMBER_WORDS as ENGLISH_NUMBERS

# Every counted noun the report writes: singular -> plural.
PHRASES: dict[str, str] = {
    "coding": "codings",
    "code": "codes",
    "participant": "participants",
    "interview": "interviews",
    "semi-structured interview": "semi-structured interviews",
    "quotation": "quotations",
    "quote": "quotes",
    "theme": "themes",
    "sub-theme": "sub-themes",
    "level": "levels",
    "word": "words",
    "source": "sources",
    "coder": "coders",
    "disagreement": "disagreements",
    "minute": "minutes",
    "transcript": "transcripts",
    "person": "people",
    "segment": "segments",
    "coded segment": "coded segments",
    "name": "names",
}
_IRREGULAR = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "staff": "staff",
    "faculty": "faculty",
    "personnel": "personnel",
}
_PREPOSITIONS = frozenset({"of", "with", "for", "in", "from", "at", "on", "to", "living"})
_NUMBERS: list[str] = list(ENGLISH_NUMBERS)  # one list: the English source's


def noun(n: int, singular: str) -> str:
    """The form of ``singular`` that goes with ``n`` (from :data:`PHRASES`)."""
    if n == 1:
        return singular
    return PHRASES.get(singular) or pluralise(singular)


def count(n: int, singular: str) -> str:
    """``1 coding``, ``3 codings``, ``1,204 words``."""
    return f"{n:,} {noun(n, singular)}"


def spelled(n: int) -> str:
    """``Five`` for a number that starts a sentence (up to twenty), else the digits."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else f"{n:,}"


def count_at_start(n: int, singular: str) -> str:
    """A count that opens a sentence: ``Five quotations``; a larger number is led in
    (``In total, 143 codings``) so no sentence starts with a numeral."""
    if 0 <= n < len(_NUMBERS):
        return f"{spelled(n).capitalize()} {noun(n, singular)}"
    return f"In total, {count(n, singular)}"


def pluralise(word_or_role: str) -> str:
    """English plural of a noun phrase by its head noun: the last word, or the word before
    a preposition ("member of the panel" -> "members of the panel", "person with MS" ->
    "people with MS")."""
    words = word_or_role.split(" ")
    joins = [i for i, w in enumerate(words) if i and w.casefold() in _PREPOSITIONS]
    head = joins[0] - 1 if joins else len(words) - 1
    words[head] = _plural_word(words[head])
    return " ".join(words)


def _plural_word(word: str) -> str:
    lower = word.casefold()
    if lower in _IRREGULAR:
        plural = _IRREGULAR[lower]
        return plural.capitalize() if word[:1].isupper() else plural
    if not word or not word[-1].isalpha() or word.isupper():
        return word + "s"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lower.endswith("y") and len(word) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def role_plural(role: str, overrides: Mapping[str, str] | None = None) -> str:
    """The plural of a participant role, from the user's overrides or the rule."""
    if overrides and role in overrides:
        return overrides[role]
    return pluralise(role)


def role_count(n: int, role: str, overrides: Mapping[str, str] | None = None) -> str:
    """``1 iKT panel member``, ``3 extended collaborators``."""
    return f"{n} {role if n == 1 else role_plural(role, overrides)}"


def parse_overrides(text: str) -> dict[str, str]:
    """``extended collaborator = extended collaborators; staff = staff members`` as a
    mapping (the Study details field); malformed parts are ignored."""
    out: dict[str, str] = {}
    for part in text.replace("\n", ";").split(";"):
        singular, sep, plural = part.partition("=")
        if sep and singular.strip() and plural.strip():
            out[" ".join(singular.split())] = " ".join(plural.split())
    return out
